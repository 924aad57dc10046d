# snippet: expect-output=판정: 갱신을 잃었습니다
# snippet: browser
"""읽기와 쓰기 사이에 await가 있으면, 그 사이에 끼어든 태스크의 갱신을 잃습니다.

태스크는 한 번에 하나씩만 실행되는데도 경쟁 조건이 생깁니다.
"""

import asyncio

TASKS, TIMES = 3, 1000
balance = 0


async def deposit() -> None:
    global balance
    for _ in range(TIMES):
        # snippet: highlight-start
        current = balance
        # 다른 태스크에 차례를 넘깁니다 (예: 기록을 남기러 다녀옵니다)
        await asyncio.sleep(0)
        balance = current + 1
        # snippet: highlight-end


async def main() -> None:
    await asyncio.gather(*(deposit() for _ in range(TASKS)))


asyncio.run(main())

# --- 결과 확인: 기대한 잔액과 비교합니다 ---
expected = TASKS * TIMES
print(f"기대한 잔액: {expected}, 실제 잔액: {balance}")
if balance < expected:
    print(
        f"판정: 갱신을 잃었습니다. 입금 {expected - balance}번이 사라졌습니다."
    )
else:
    print("판정: 잃은 갱신이 없습니다.")
