# snippet: expect-output=판정: 한 줄로 쓴 += await는 갱신을 잃었고, 먼저 받아 두면 잃지 않았습니다
# snippet: browser
"""흔한 실수: x += await f() 한 줄에도 읽기와 쓰기 사이에 await가 있습니다.

파이썬은 balance를 먼저 읽고, 오른쪽을 await한 뒤, 더한 값을 씁니다.
"""

import asyncio

TASKS, AMOUNT = 3, 100
balance = 0


async def get_amount() -> int:
    # 입금할 금액을 조회한다고 칩니다
    await asyncio.sleep(0.01)
    return AMOUNT


async def deposit_in_one_line() -> None:
    global balance
    # 실수: 읽기(balance) → await → 쓰기
    # snippet: highlight
    balance += await get_amount()


async def deposit_after_await() -> None:
    global balance
    # 고친 코드: 기다릴 것을 먼저 기다리고, 읽고 쓰기는 await 없이
    # snippet: highlight-start
    amount = await get_amount()
    balance += amount
    # snippet: highlight-end


async def run(deposit) -> int:
    global balance
    balance = 0
    await asyncio.gather(*(deposit() for _ in range(TASKS)))
    print(f"{deposit.__name__}: 잔액 {balance} (기대한 값 {TASKS * AMOUNT})")
    return balance


async def main() -> None:
    wrong = await run(deposit_in_one_line)
    fixed = await run(deposit_after_await)

    # --- 결과 확인: 두 잔액을 기대한 값과 비교합니다 ---
    expected = TASKS * AMOUNT
    if wrong < expected and fixed == expected:
        print(
            "판정: 한 줄로 쓴 += await는 갱신을 잃었고, "
            "먼저 받아 두면 잃지 않았습니다."
        )
    else:
        print("판정: 두 방식의 결과가 같았습니다.")


asyncio.run(main())
