# snippet: expect-output=판정: 비싼 상품만 모았고 연결도 닫았습니다
# snippet: browser
"""연습 문제 풀이: 연결하고, 행을 읽고, 3000원이 넘는 상품만 모읍니다.

비동기 컨텍스트 관리자, 비동기 제너레이터, 비동기 컴프리헨션을 함께 씁니다.
"""

import asyncio
import time
from contextlib import asynccontextmanager

START = time.perf_counter()
PRICES = {"연필": 1200, "공책": 4500, "지우개": 800, "필통": 3100, "가방": 9900}
state = {"열림": False}


def log(message: str) -> None:
    print(f"[{time.perf_counter() - START:4.2f}초] {message}")


class Database:
    # snippet: highlight-start
    async def rows(self):
        for name, price in PRICES.items():
            await asyncio.sleep(0.1)
            yield name, price
            # snippet: highlight-end


# snippet: highlight-start
@asynccontextmanager
async def connect():
    await asyncio.sleep(0.2)
    state["열림"] = True
    log("연결했습니다")
    try:
        yield Database()
    finally:
        await asyncio.sleep(0.1)
        state["열림"] = False
        log("연결을 닫았습니다")
        # snippet: highlight-end


async def main() -> list[str]:
    # snippet: starter=# 연결하지 않고 상품을 모두 모읍니다. connect()로 연결해서 읽고,
    # snippet: starter=# 3000원이 넘는 상품만 모으도록 고치세요.
    # snippet: starter=db = Database()
    # snippet: starter=return [name async for name, price in db.rows()]
    # snippet: solution-start
    # snippet: highlight-start
    async with connect() as db:
        return [name async for name, price in db.rows() if price > 3000]
    # snippet: highlight-end
    # snippet: solution-end


expensive = asyncio.run(main())

# --- 결과 확인: 모은 상품, 연결 상태, 걸린 시간으로 판정합니다 ---
elapsed = time.perf_counter() - START
print(f"3000원이 넘는 상품: {expensive}, 연결이 열려 있는가: {state['열림']}")
print(f"걸린 시간: {elapsed:.2f}초 (0.2 + 5 × 0.1 + 0.1 = 0.8초)")
wanted = [name for name, price in PRICES.items() if price > 3000]
if expensive == wanted and not state["열림"] and elapsed >= 0.95 * 0.8:
    print("판정: 비싼 상품만 모았고 연결도 닫았습니다.")
else:
    print("판정: 결과가 틀렸거나 연결이 열려 있습니다.")
