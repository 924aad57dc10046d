# snippet: expect-output=판정: 스레드로 겹쳐서 기다렸습니다
"""같은 세 다운로드를 차례로, 그다음 스레드 세 개로 실행하고,
언제 무엇을 기다렸는지 타임라인으로 그립니다."""

import threading
import time

# 이 저장소의 snippets/timeline.py: 막대를 기록하고 SVG 그림으로 저장합니다
import timeline

# 페이지: 내려받는 데 걸리는 시간(초)
PAGES = {"page-1": 1.0, "page-2": 0.5, "page-3": 0.8}
chart = timeline.Timeline("페이지 세 개 내려받기: 차례로와 스레드 세 개")


def download(page: str, seconds: float) -> None:
    # with 블록이 실행된 동안이 막대 하나가 됩니다
    with chart.span(page):
        # 네트워크 응답을 기다린다고 칩니다
        time.sleep(seconds)


chart.section("차례로")
for page, seconds in PAGES.items():
    # snippet: highlight
    download(page, seconds)
one_by_one = chart.elapsed()

chart.section("스레드 3개")
# snippet: highlight-start
threads = [
    threading.Thread(target=download, args=item) for item in PAGES.items()
]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
# snippet: highlight-end
threaded = chart.elapsed()

# --- 결과 확인: 잰 시간으로 판정하고 그림을 저장합니다 ---
print(
    f"차례로: {one_by_one:.2f}초, 스레드 3개: {threaded:.2f}초 "
    "(가장 긴 기다림: 1초)"
)
chart.save(
    "threads_timeline",
    f"차례로 내려받으면 막대 세 개가 이어져 {one_by_one:.2f}초 걸렸고, "
    "스레드 세 개로 내려받으면 막대 세 개가 0초에 함께 시작해 "
    f"가장 긴 page-1이 끝난 {threaded:.2f}초에 모두 끝났습니다.",
)
if threaded < 0.6 * one_by_one:
    print(
        "판정: 스레드로 겹쳐서 기다렸습니다. "
        "전체 시간은 가장 긴 기다림과 비슷합니다."
    )
else:
    print("판정: 겹치지 않았습니다.")
