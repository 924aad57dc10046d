# snippet: expect-output=판정: 잃은 갱신이 없습니다
# snippet: browser
"""asyncio.Lock으로 읽기부터 쓰기까지를 감쌉니다.

그 사이의 await에서 다른 태스크가 실행되어도, 같은 록을 기다리는 태스크는
록이 풀릴 때까지 들어오지 못합니다.
"""

import asyncio

TASKS, TIMES = 3, 1000
balance = 0
order: list[int] = []


async def deposit(number: int, lock: asyncio.Lock) -> None:
    global balance
    for _ in range(TIMES):
        # snippet: highlight-start
        async with lock:
            current = balance
            await asyncio.sleep(0)
            balance = current + 1
        # snippet: highlight-end
        order.append(number)


async def main() -> None:
    # snippet: highlight
    lock = asyncio.Lock()
    await asyncio.gather(*(deposit(number, lock) for number in range(TASKS)))


asyncio.run(main())

# --- 결과 확인: 잔액과, 태스크가 번갈아 실행된 횟수로 판정합니다 ---
expected = TASKS * TIMES
switches = sum(1 for a, b in zip(order, order[1:]) if a != b)
print(f"기대한 잔액: {expected}, 실제 잔액: {balance}")
print(f"록에 들어간 태스크가 바뀐 횟수: {switches}번")
if balance == expected and switches > TASKS:
    print(
        "판정: 잃은 갱신이 없습니다. 태스크가 번갈아 들어갔는데도 그렇습니다."
    )
elif balance == expected:
    print("판정: 잃은 갱신은 없지만, 태스크가 번갈아 실행되지 않았습니다.")
else:
    print(f"판정: 갱신을 잃었습니다 ({expected - balance}번).")
