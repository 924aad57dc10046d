# snippet: expect-output=판정: 록 없이는 표를 더 팔았고, 록으로 묶으니 정확히 5장을 팔았습니다
# snippet: browser
"""연습 문제 풀이: 표 5장을 손님 8명이 삽니다.

손님마다 남은 표를 확인하고, 결제 승인을 기다린 뒤, 표를 팝니다. 확인과 판매
사이에 await가 있으므로 록이 없으면 표를 너무 많이 팝니다.
"""

import asyncio

TICKETS, CUSTOMERS = 5, 8


class Shop:
    def __init__(self) -> None:
        self.left = TICKETS
        self.sold: list[str] = []


async def buy(shop: Shop, name: str) -> None:
    if shop.left > 0:
        # 결제 승인을 기다립니다: 이 사이에 다른 손님도 남은 표를 확인합니다
        await asyncio.sleep(0.01)
        shop.left -= 1
        shop.sold.append(name)


async def buy_with_lock(shop: Shop, name: str, lock: asyncio.Lock) -> None:
    # snippet: starter=# 록을 쓰지 않습니다. 확인부터 판매까지를 lock으로 한 덩어리로 묶으세요.
    # snippet: starter=await buy(shop, name)
    # snippet: solution-start
    # 확인부터 판매까지를 한 덩어리로 묶습니다
    # snippet: highlight-start
    async with lock:
        await buy(shop, name)
    # snippet: highlight-end
    # snippet: solution-end


async def main() -> None:
    names = [f"손님 {number}" for number in range(1, CUSTOMERS + 1)]
    unsafe = Shop()
    await asyncio.gather(*(buy(unsafe, name) for name in names))
    safe = Shop()
    # snippet: highlight
    lock = asyncio.Lock()
    await asyncio.gather(*(buy_with_lock(safe, name, lock) for name in names))

    # --- 결과 확인: 판 표와 남은 표로 판정합니다 ---
    for label, shop in (("록 없이", unsafe), ("록으로", safe)):
        print(f"{label}: 판 표 {len(shop.sold)}장, 남은 표 {shop.left}장")
    exact = len(safe.sold) == TICKETS and safe.left == 0
    if len(unsafe.sold) > TICKETS and exact:
        print(
            "판정: 록 없이는 표를 더 팔았고, "
            f"록으로 묶으니 정확히 {TICKETS}장을 팔았습니다."
        )
    else:
        print("판정: 두 방식의 결과가 예상과 다릅니다.")


asyncio.run(main())
