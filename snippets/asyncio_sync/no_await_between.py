# snippet: expect-output=판정: 잃은 갱신이 없습니다
# snippet: browser
"""읽기와 쓰기 사이에 await가 없으면 다른 태스크는 그 사이에 끼어들 수 없습니다.

태스크들은 여전히 번갈아 실행되지만, 읽고 고치고 쓰는 일은 한 덩어리로 끝납니다.
"""

import asyncio

TASKS, TIMES = 3, 1000
balance = 0
order: list[int] = []


async def deposit(number: int) -> None:
    global balance
    for _ in range(TIMES):
        # snippet: highlight-start
        current = balance
        balance = current + 1
        # 쓰기를 마친 뒤에야 차례를 넘깁니다
        await asyncio.sleep(0)
        # snippet: highlight-end
        order.append(number)


async def main() -> None:
    await asyncio.gather(*(deposit(number) for number in range(TASKS)))


asyncio.run(main())

# --- 결과 확인: 잔액과, 태스크가 번갈아 실행된 횟수로 판정합니다 ---
expected = TASKS * TIMES
switches = sum(1 for a, b in zip(order, order[1:]) if a != b)
print(f"기대한 잔액: {expected}, 실제 잔액: {balance}")
print(f"실행하던 태스크가 바뀐 횟수: {switches}번")
if balance == expected and switches > TASKS:
    print(
        "판정: 잃은 갱신이 없습니다. 태스크가 번갈아 실행되었는데도 그렇습니다."
    )
elif balance == expected:
    print("판정: 잃은 갱신은 없지만, 태스크가 번갈아 실행되지 않았습니다.")
else:
    print("판정: 갱신을 잃었습니다.")
