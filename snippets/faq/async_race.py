# snippet: expect-output=판정: asyncio.Lock 없이는 갱신을 잃어버렸습니다
# snippet: browser
"""asyncio의 경쟁 조건: 읽기와 쓰기 사이의 await에 다른 태스크가 끼어듭니다."""

import asyncio

TIMES, TASKS = 100, 10
counter = 0


async def add_unsafe() -> None:
    global counter
    for _ in range(TIMES):
        value = counter  # 읽기
        # snippet: highlight
        await asyncio.sleep(0)  # 여기서 다른 태스크가 실행될 수 있습니다
        counter = value + 1  # 쓰기: 그사이 다른 태스크가 쓴 값을 덮어씁니다


async def add_safe(lock: asyncio.Lock) -> None:
    global counter
    for _ in range(TIMES):
        # snippet: highlight
        async with lock:
            value = counter
            await asyncio.sleep(0)
            counter = value + 1


async def main() -> None:
    global counter
    expected = TIMES * TASKS
    await asyncio.gather(*(add_unsafe() for _ in range(TASKS)))
    unsafe, counter = counter, 0
    lock = asyncio.Lock()
    await asyncio.gather(*(add_safe(lock) for _ in range(TASKS)))
    print(f"록 없음: {unsafe}, asyncio.Lock: {counter} (기대한 값 {expected})")
    # --- 결과 확인: 두 결과를 기대한 값과 비교합니다 ---
    if unsafe < expected and counter == expected:
        print("판정: asyncio.Lock 없이는 갱신을 잃어버렸습니다.")
    else:
        print("판정: 두 방식의 결과가 같았습니다.")


asyncio.run(main())
