# snippet: expect-output=판정: 양보하면 알림이 한 단계마다 차례를 받았고, 양보하지 않는 보고서는 알림을 세워 두었습니다
# snippet: expect-output=판정: 한 번에 한 태스크만 실행되었습니다
# snippet: browser
"""라운드 로빈 스케줄러가 언제 어느 태스크를 실행했는지 타임라인으로 그립니다.

보고서 태스크가 단계마다 양보할 때와,
다섯 단계를 마친 뒤에야 양보할 때를 비교합니다.
"""

import time
from collections import deque

# 이 저장소의 snippets/timeline.py: 막대를 기록하고 SVG 그림으로 저장합니다
import timeline

# 한 단계에 0.2초 걸리는 일 (여기서는 time.sleep으로 흉내 냅니다)
STEP = 0.2
chart = timeline.Timeline(
    "스레드 하나의 라운드 로빈: 양보할 때와 양보하지 않을 때"
)


def work(name: str, step: int) -> None:
    # with 블록이 실행된 동안이 막대 하나가 됩니다
    with chart.span(name, f"{step}단계"):
        time.sleep(STEP)


def notice():
    for step in range(1, 4):
        work("알림", step)
        yield


def report(polite: bool):
    for step in range(1, 6):
        work("보고서", step)
        if polite:
            yield
    # snippet: highlight
    yield  # 양보하지 않는 보고서는 여기서 처음 양보합니다


def run(tasks) -> None:
    ready = deque(tasks)
    while ready:
        current = ready.popleft()
        try:
            next(current)
        except StopIteration:
            continue
        ready.append(current)


def longest_wait(section: int) -> float:
    """그 구역에서 알림의 막대 사이에 벌어진 가장 긴 틈(초)."""
    bars = sorted(b for b in chart.bars if b[0] == section and b[1] == "알림")
    gaps = [later[2] - earlier[3] for earlier, later in zip(bars, bars[1:])]
    return max(gaps)


chart.section("단계마다 양보하는 보고서")
run([notice(), report(polite=True)])
chart.section("양보하지 않는 보고서")
run([notice(), report(polite=False)])

# --- 결과 확인: 알림이 기다린 가장 긴 틈으로 판정하고 그림을 저장합니다 ---
polite_wait, greedy_wait = longest_wait(1), longest_wait(2)
print(
    f"알림이 기다린 가장 긴 틈: 양보할 때 {polite_wait:.2f}초, "
    f"양보하지 않을 때 {greedy_wait:.2f}초"
)
chart.save(
    "round_robin_turns",
    "보고서가 단계마다 양보하면 알림과 보고서의 막대가 번갈아 놓이고 "
    f"알림의 가장 긴 틈은 {polite_wait:.2f}초였습니다. "
    "보고서가 양보하지 않으면 보고서의 막대 다섯 개가 이어지는 동안 "
    f"알림은 {greedy_wait:.2f}초 동안 차례를 받지 못했습니다.",
)
# 같은 구역에서 시간이 겹친 막대의 쌍
overlapping = sum(
    1
    for i, first in enumerate(chart.bars)
    for second in chart.bars[i + 1 :]
    if first[0] == second[0] and first[2] < second[3] and second[2] < first[3]
)
if overlapping == 0:
    print("판정: 한 번에 한 태스크만 실행되었습니다. 겹친 막대가 없습니다.")
else:
    print(f"판정: 시간이 겹친 막대가 {overlapping}쌍 있습니다.")
if polite_wait < 2 * STEP and greedy_wait >= 4 * STEP:
    print(
        "판정: 양보하면 알림이 한 단계마다 차례를 받았고, "
        "양보하지 않는 보고서는 알림을 세워 두었습니다."
    )
else:
    print("판정: 양보한 것과 양보하지 않은 것의 차이가 보이지 않았습니다.")
