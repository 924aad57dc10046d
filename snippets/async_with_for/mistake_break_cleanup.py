# snippet: expect-output=판정: break만 하면 닫히지 않았고, aclosing은 블록을 나갈 때 닫았습니다
# snippet: browser
"""흔한 실수: async for를 break로 멈춘 비동기 제너레이터는 바로 닫히지 않습니다.

contextlib.aclosing(3.10+)으로 감싸면 블록을 나갈 때 finally가 실행됩니다.
"""

import asyncio
import time
from contextlib import aclosing

START = time.perf_counter()
closed: list[str] = []


def log(message: str) -> None:
    print(f"[{time.perf_counter() - START:4.2f}초] {message}")


async def read_rows(name: str):
    try:
        for number in range(1, 100):
            await asyncio.sleep(0.05)
            yield number
    finally:
        # 연결을 닫는 정리 코드라고 칩니다
        closed.append(name)
        log(f"{name}: finally에서 연결을 닫았습니다")


async def main() -> None:
    rows = read_rows("break만")
    async for number in rows:
        if number == 2:
            break
    await asyncio.sleep(0.2)
    log(f"break하고 0.2초 뒤: 닫힌 것 {closed}")
    not_closed = "break만" not in closed

    # snippet: highlight-start
    async with aclosing(read_rows("aclosing")) as rows_closing:
        async for number in rows_closing:
            if number == 2:
                break
    # snippet: highlight-end
    log(f"aclosing 블록을 나온 직후: 닫힌 것 {closed}")

    # --- 결과 확인: 정리 코드가 언제 실행되었는지로 판정합니다 ---
    if not_closed and "aclosing" in closed:
        print(
            "판정: break만 하면 닫히지 않았고, "
            "aclosing은 블록을 나갈 때 닫았습니다."
        )
    else:
        print("판정: 두 방식 모두 바로 닫혔습니다.")
    log("main이 끝납니다")


asyncio.run(main())
