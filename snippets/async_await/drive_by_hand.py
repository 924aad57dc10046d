# snippet: browser
"""코루틴을 손으로 실행합니다.

coroutine.send(None)을 StopIteration이 날 때까지 되풀이합니다.
"""


class Pause:
    """어웨이터블(awaitable): __await__가 이터레이터를 돌려주는 객체입니다."""

    def __init__(self, reason: str):
        self.reason = reason

    def __await__(self):
        # 이 값은 코루틴을 뚫고 send()를 부른 쪽까지 올라갑니다
        yield self.reason


async def make_tea() -> str:
    print("  [코루틴] 물을 올립니다")
    await Pause("물이 끓을 때까지 다른 일을 하세요")
    print("  [코루틴] 찻잎을 넣습니다")
    await Pause("차가 우러날 때까지 다른 일을 하세요")
    print("  [코루틴] 차를 따릅니다")
    return "녹차 한 잔"


coroutine = make_tea()
print(
    f"make_tea()의 결과: {type(coroutine).__name__} 객체 (본문은 아직 실행 전)"
)
step = 0
# 이벤트 루프가 대신 해 주는 일을 손으로 합니다
while True:
    step += 1
    try:
        # 다음 await에서 멈출 때까지 실행합니다
        # snippet: highlight
        request = coroutine.send(None)
    # snippet: highlight
    except StopIteration as stop:
        print(
            f"{step}번째 send(None) → 코루틴이 끝났습니다. "
            f"반환값: {stop.value!r}"
        )
        break
    print(f"{step}번째 send(None) → 멈추며 넘겨준 값: {request!r}")
