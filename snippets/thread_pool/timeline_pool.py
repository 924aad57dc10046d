# snippet: expect-output=판정: 작업자 3개가 일을 2개씩 맡았고, 같은 순간에 돈 일은 3개를 넘지 않았습니다
"""1초짜리 다운로드 6개를 스레드 3개짜리 스레드 풀에 맡기고,
어느 작업자가 언제 어느 일을 했는지 타임라인으로 그립니다."""

import threading
import time
from concurrent.futures import ThreadPoolExecutor

# 이 저장소의 snippets/timeline.py: 막대를 기록하고 SVG 그림으로 저장합니다
import timeline

chart = timeline.Timeline("다운로드 6개, 작업자 스레드 3개")


def download(page: int) -> str:
    # 스레드 이름 "작업자_0"의 번호로 줄을 정합니다: 줄 하나가 작업자 하나입니다
    number = int(threading.current_thread().name.rsplit("_", 1)[1]) + 1
    with chart.span(f"작업자 {number}", f"{page}번"):
        # 네트워크 응답을 기다리는 1초
        time.sleep(1)
    return f"페이지{page}"


# snippet: highlight-start
with ThreadPoolExecutor(max_workers=3, thread_name_prefix="작업자") as pool:
    futures = [pool.submit(download, page) for page in range(6)]
results = [future.result() for future in futures]
# snippet: highlight-end
elapsed = chart.elapsed()

# --- 결과 확인: 막대를 세어 판정하고 그림을 저장합니다 ---
lanes = {
    lane: [b for b in chart.bars if b[1] == lane] for _, lane, *_ in chart.bars
}
# 막대마다 그 막대가 시작한 순간에 돌고 있던 막대 수
busiest = max(
    sum(start <= bar[2] < end for _, _, start, end, _ in chart.bars)
    for bar in chart.bars
)
print(f"결과: {results}")
print(
    f"걸린 시간: {elapsed:.2f}초, 작업자별 일 수: "
    f"{ {lane: len(bars) for lane, bars in sorted(lanes.items())} }, "
    f"같은 순간에 돈 일의 최대: {busiest}개"
)
chart.save(
    "thread_pool_workers",
    f"작업자 스레드 {len(lanes)}개의 줄에 1초짜리 막대가 "
    "줄마다 이어져 있습니다. 처음 세 일이 0초에 함께 시작했고, "
    "그 일이 끝나 빈 작업자가 다음 일을 맡아 "
    f"{elapsed:.2f}초에 모두 끝났습니다.",
)
if (
    len(lanes) == 3
    and all(len(b) == 2 for b in lanes.values())
    and busiest <= 3
):
    print(
        "판정: 작업자 3개가 일을 2개씩 맡았고, "
        "같은 순간에 돈 일은 3개를 넘지 않았습니다."
    )
else:
    print("판정: 작업자가 일을 고르게 맡지 않았거나 3개보다 많이 돌았습니다.")
