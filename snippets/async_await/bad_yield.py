# snippet: expect-error=RuntimeError
# snippet: browser
"""asyncio의 태스크는 코루틴이 넘겨준 값을 해석합니다.

퓨처도 None도 아닌 값은 거부합니다.
"""

import asyncio


class Pause:
    def __await__(self):
        # 손으로 돌릴 때는 괜찮았던 값
        # snippet: highlight
        yield "물이 끓을 때까지 다른 일을 하세요"


async def make_tea() -> str:
    await Pause()
    return "녹차 한 잔"


asyncio.run(make_tea())
