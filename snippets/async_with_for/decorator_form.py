# snippet: expect-output=판정: 두 번 모두 연결을 닫았고 예외는 바깥까지 전달되었습니다
# snippet: browser
"""@asynccontextmanager: 비동기 제너레이터 함수로 컨텍스트 관리자를 만듭니다.

yield 앞은 들어갈 때, finally는 나올 때 실행됩니다. 본문에서 예외가 나도
finally에서 연결을 닫습니다.
"""

import asyncio
import time
from contextlib import asynccontextmanager

START = time.perf_counter()
closed: list[str] = []


def log(message: str) -> None:
    print(f"[{time.perf_counter() - START:4.2f}초] {message}")


# snippet: highlight-start
@asynccontextmanager
async def connect(name: str):
    log(f"{name}: 연결을 엽니다")
    await asyncio.sleep(0.3)
    try:
        yield f"{name} 연결"
    finally:
        await asyncio.sleep(0.2)
        # snippet: highlight-end
        closed.append(name)
        log(f"{name}: 연결을 닫았습니다")


async def main() -> None:
    async with connect("첫째") as connection:
        log(f"본문: {connection!r}로 일합니다")
    caught = False
    try:
        async with connect("둘째"):
            log("본문: ValueError를 일으킵니다")
            raise ValueError("본문에서 난 오류")
    except ValueError as error:
        log(f"바깥: ValueError를 받았습니다: {error}")
        caught = True

    # --- 결과 확인: 닫은 연결과 받은 예외로 판정합니다 ---
    print(f"닫은 연결: {closed}")
    if closed == ["첫째", "둘째"] and caught:
        print("판정: 두 번 모두 연결을 닫았고 예외는 바깥까지 전달되었습니다.")
    else:
        print("판정: 닫지 않은 연결이 있거나 예외가 사라졌습니다.")


asyncio.run(main())
