# snippet: cpu-timing
# snippet: min-cores=2
# snippet: expect-output=판정: 두 프로세스가 같은 순간에 계산해 차례로 할 때보다 빨리 끝났습니다
"""계산 네 덩어리를 한 프로세스에서 차례로 할 때와 프로세스 2개에 나눌 때,
어느 프로세스가 언제 계산했는지 타임라인으로 그립니다."""

import os
import time
from concurrent.futures import ProcessPoolExecutor

# 이 저장소의 snippets/timeline.py: 막대를 기록하고 SVG 그림으로 저장합니다
import timeline

ROUNDS = 5_000_000  # 한 덩어리의 계산량


def crunch(part: int) -> tuple[int, int, float, float]:
    """CPU만 쓰는 계산 한 덩어리. 계산한 프로세스와 시작·끝 시각을 줍니다."""
    started = time.time()
    total = sum(i * i for i in range(ROUNDS))
    assert total > 0
    return part, os.getpid(), started, time.time()


if __name__ == "__main__":
    chart = timeline.Timeline("계산 네 덩어리: 한 프로세스와 프로세스 2개")
    chart.section("한 프로세스에서 차례로")
    for part, pid, started, ended in map(crunch, range(1, 5)):
        chart.add("메인 프로세스", started, ended, f"{part}번")
    sequential = chart.elapsed()

    # snippet: highlight-start
    with ProcessPoolExecutor(max_workers=2) as pool:
        # 작업자 두 개를 미리 띄워 둡니다: 그림에는 계산하는 시간만 나옵니다
        list(pool.map(time.sleep, [0.3, 0.3]))
        chart.section("프로세스 2개짜리 풀 (프로세스는 미리 띄워 둠)")
        results = list(pool.map(crunch, range(1, 5)))
    # snippet: highlight-end
    pooled = chart.elapsed()
    workers = {}  # pid -> "작업자 1", "작업자 2"
    for part, pid, started, ended in results:
        lane = workers.setdefault(pid, f"작업자 {len(workers) + 1}")
        chart.add(lane, started, ended, f"{part}번")
    print(f"걸린 시간: 차례로 {sequential:.2f}초, 프로세스 2개 {pooled:.2f}초")

    # --- 결과 확인: 걸린 시간과 겹친 막대로 판정하고 그림을 저장합니다 ---
    bars = [bar for bar in chart.bars if bar[0] == 2]
    overlapped = any(
        a[1] != b[1] and a[2] < b[3] and b[2] < a[3] for a in bars for b in bars
    )
    chart.save(
        "process_pool_timeline",
        f"한 프로세스에서는 막대 네 개가 이어져 "
        f"{sequential:.2f}초에 끝났습니다. "
        f"프로세스 2개에서는 작업자 {len(workers)}개의 줄에 막대가 나란히 "
        f"놓여 {pooled:.2f}초에 끝났습니다.",
    )
    if overlapped and pooled <= 0.75 * sequential:
        print(
            "판정: 두 프로세스가 같은 순간에 계산해 "
            "차례로 할 때보다 빨리 끝났습니다."
        )
    else:
        print(
            f"판정: 빨라지지 않았습니다 (겹침: {overlapped}, "
            f"{pooled / sequential:.2f}배 시간)."
        )
