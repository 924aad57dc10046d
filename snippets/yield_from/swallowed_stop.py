# snippet: expect-output=안전장치: 100단계가 지나도 루프가 끝나지 않아 멈췄습니다
# snippet: browser
"""while True 안에서 StopIteration을 삼키면 호출한 쪽 루프가 영원히 돕니다.

제너레이터는 끝났지만 끝났다는 신호를 아무도 읽지 않습니다.
"""

# 이 예제가 정말로 영원히 돌지 않게 하는 안전장치
STEP_LIMIT = 100


def accumulate():
    """보낸 숫자를 더해 합계를 돌려주고, None을 받으면 합계를 return 합니다."""
    total = 0
    while True:
        value = yield total
        if value is None:
            return total
        total += value


numbers = iter([10, 20, 30])
adder = accumulate()
next(adder)
steps = 0
while True:
    steps += 1
    if steps > STEP_LIMIT:
        print(
            f"안전장치: {STEP_LIMIT}단계가 지나도 루프가 끝나지 않아 멈췄습니다"
        )
        break
    try:
        # 숫자가 바닥나면 None을 보냅니다
        subtotal = adder.send(next(numbers, None))
        print(f"{steps}단계: 중간 합계 {subtotal}")
    # snippet: highlight-start
    except StopIteration:
        # 실수: '끝났다'는 신호와 최종 합계를 함께 버렸습니다
        pass
        # snippet: highlight-end
print(f"실제로 일한 단계는 3개뿐, 나머지 {STEP_LIMIT - 3}단계는 헛돌았습니다")
