# snippet: min-python=3.13
# snippet: expect-output=판정: 잃어버린 항목이 없습니다
# snippet: browser
"""Python 3.13의 Queue.shutdown(): 끝 표시 없이 큐를 닫아 소비자를 끝냅니다."""

import asyncio


async def consumer(
    name: str, queue: asyncio.Queue, consumed: list[int]
) -> None:
    while True:
        try:
            item = await queue.get()
        # 닫힌 큐가 비면 get()이 이 예외를 일으킵니다
        # snippet: highlight
        except asyncio.QueueShutDown:
            print(f"{name}: 큐가 닫혀 끝납니다")
            return
        await asyncio.sleep(0.05)
        consumed.append(item)
        queue.task_done()


async def main() -> None:
    queue: asyncio.Queue[int] = asyncio.Queue(maxsize=3)
    consumed: list[int] = []
    async with asyncio.TaskGroup() as group:
        for n in (1, 2):
            group.create_task(consumer(f"소비자{n}", queue, consumed))
        for item in range(10):
            await queue.put(item)
        # 더는 넣지 않습니다. 남은 항목은 소비자가 마저 꺼냅니다
        # snippet: highlight
        queue.shutdown()
    # --- 결과 확인: 소비한 항목을 생산한 항목과 비교합니다 ---
    print(f"생산: 10개, 소비: {len(consumed)}개")
    if sorted(consumed) == list(range(10)):
        print("판정: 잃어버린 항목이 없습니다.")
    else:
        print("판정: 항목을 잃어버렸습니다.")


asyncio.run(main())
