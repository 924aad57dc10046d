# snippet: expect-output=판정: send() 한 번마다 실행이 제너레이터로 넘어갔다가 돌아왔고, 두 쪽이 같은 순간에 실행된 적은 없습니다
# snippet: browser
"""send()를 부를 때마다 누가 실행 중이었는지 타임라인으로 그립니다."""

import time

# 이 저장소의 snippets/timeline.py: 막대를 기록하고 SVG 그림으로 저장합니다
import timeline

STEP = 0.1  # 한 번에 0.1초 걸리는 일 (time.sleep으로 흉내 냅니다)
chart = timeline.Timeline("send() 한 번에 오가는 실행: 호출한 쪽과 제너레이터")


def work(lane: str, text: str) -> None:
    # with 블록이 실행된 동안이 막대 하나가 됩니다
    with chart.span(lane, text):
        time.sleep(STEP)


def checker():
    """받은 주문을 확인하고, 확인한 결과를 다음 yield로 내보냅니다."""
    result = None
    while True:
        order = yield result
        work("제너레이터", f"{order} 확인")
        result = f"{order} 확인 완료"


check = checker()
next(check)  # 준비: 첫 yield까지 실행해 둡니다
for order in ["주문 1", "주문 2", "주문 3"]:
    work("호출한 쪽", f"{order} 준비")
    # 제너레이터가 일하는 동안 호출한 쪽은 이 줄에서 멈춰 있습니다
    # snippet: highlight
    reply = check.send(order)
    print(f"[{chart.elapsed():.2f}초] send()가 돌려준 값: {reply}")

# --- 결과 확인: 막대가 번갈아 놓였는지로 판정하고 그림을 저장합니다 ---
bars = sorted(chart.bars, key=lambda bar: bar[2])
lanes = [bar[1] for bar in bars]
alternating = all(before != after for before, after in zip(lanes, lanes[1:]))
no_overlap = all(
    later[2] >= earlier[3] for earlier, later in zip(bars, bars[1:])
)
chart.save(
    "send_turns",
    f"호출한 쪽의 막대와 제너레이터의 막대가 {STEP}초씩 번갈아 이어집니다. "
    "호출한 쪽이 주문을 준비하고 send()를 부르면 제너레이터가 그 주문을 "
    "확인하고, 그동안 호출한 쪽의 줄은 비어 있습니다.",
)
if alternating and no_overlap and len(bars) == 6:
    print(
        "판정: send() 한 번마다 실행이 제너레이터로 넘어갔다가 돌아왔고, "
        "두 쪽이 같은 순간에 실행된 적은 없습니다."
    )
else:
    print(f"판정: 막대가 번갈아 놓이지 않았습니다: {lanes}")
