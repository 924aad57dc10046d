# snippet: expect-output=판정: 점수가 오가는 동안 report는 일하지 않았고, 점수를 받아 더한 것은 averager였습니다
# snippet: browser
"""yield from으로 위임하면 누가 언제 실행되는지 타임라인으로 그립니다."""

import time

# 이 저장소의 snippets/timeline.py: 막대를 기록하고 SVG 그림으로 저장합니다
import timeline

STEP = 0.1  # 한 번에 0.1초 걸리는 일 (time.sleep으로 흉내 냅니다)
chart = timeline.Timeline(
    "yield from: 호출한 쪽, 위임하는 report, 하위 averager"
)


def work(lane: str, text: str) -> None:
    with chart.span(lane, text):
        time.sleep(STEP)


def averager():
    total, count = 0, 0
    while True:
        value = yield
        if value is None:
            return total / count
        work("averager", f"{value}점 더함")
        total, count = total + value, count + 1


def report():
    work("report", "시작")
    # snippet: highlight
    average = yield from averager()
    work("report", f"평균 {average:.0f}")


group = report()
next(group)  # report가 시작하고 averager의 첫 yield까지 실행됩니다
for score in [80, 90, 70]:
    work("호출한 쪽", f"{score}점 보냄")
    # snippet: highlight
    group.send(score)
try:
    group.send(None)  # averager가 return하고, report가 깨어나 끝납니다
except StopIteration:
    print(f"[{chart.elapsed():.2f}초] report가 끝났습니다")

# --- 결과 확인: 점수가 오가는 동안 report의 막대가 있었는지로 판정합니다 ---
sent = [bar for bar in chart.bars if bar[1] != "report"]
first, last = min(bar[2] for bar in sent), max(bar[3] for bar in sent)
reports = [bar for bar in chart.bars if bar[1] == "report"]
between = [bar for bar in reports if first <= bar[2] < last]
print(f"report가 일한 때: {[f'{bar[2]:.1f}초' for bar in reports]}")
chart.save(
    "yield_from_turns",
    "report는 맨 앞과 맨 뒤에만 막대가 있습니다. 그 사이에는 호출한 쪽이 "
    "점수를 보내는 막대와 averager가 그 점수를 더하는 막대가 번갈아 놓이고, "
    "report의 줄은 비어 있습니다.",
)
if len(reports) == 2 and not between:
    print(
        "판정: 점수가 오가는 동안 report는 일하지 않았고, "
        "점수를 받아 더한 것은 averager였습니다."
    )
else:
    print(f"판정: 점수가 오가는 동안 report가 {len(between)}번 일했습니다.")
