# snippet: expect-output=판정: 잃어버린 항목이 없습니다
"""생산자 둘, 소비자 셋: 생산이 끝나면 소비자마다 끝 표시(None)를 하나씩 넣어 차례로 끝냅니다."""

import asyncio
from collections import Counter

CONSUMERS = 3
STOP = None  # 끝 표시(sentinel): 실제 항목으로는 절대 나오지 않는 값


async def producer(
    name: str, queue: asyncio.Queue, produced: list[str]
) -> None:
    for number in range(1, 21):
        item = f"{name}-{number}"
        await queue.put(item)
        produced.append(item)
        await asyncio.sleep(0.01 * (number % 3))  # 생산 속도가 들쭉날쭉합니다


async def consumer(queue: asyncio.Queue, consumed: list[str]) -> int:
    handled = 0
    while (item := await queue.get()) is not STOP:
        await asyncio.sleep(
            0.02 * (len(item) % 4)
        )  # 처리 시간도 들쭉날쭉합니다
        consumed.append(item)
        handled += 1
    return handled  # 끝 표시를 받으면 루프를 빠져나와 스스로 끝납니다


async def main() -> None:
    queue: asyncio.Queue = asyncio.Queue(maxsize=5)
    produced: list[str] = []
    consumed: list[str] = []
    consumers = [
        asyncio.create_task(consumer(queue, consumed)) for _ in range(CONSUMERS)
    ]
    await asyncio.gather(
        producer("가", queue, produced), producer("나", queue, produced)
    )
    for _ in range(CONSUMERS):
        await queue.put(STOP)  # 소비자 하나에 끝 표시 하나
    handled = await asyncio.gather(*consumers)
    print(f"소비자별 처리 개수: {handled}")
    print(f"생산: {len(produced)}개, 소비: {len(consumed)}개")
    duplicates = [
        item for item, count in Counter(consumed).items() if count > 1
    ]
    if Counter(produced) == Counter(consumed):
        print(
            "판정: 잃어버린 항목이 없습니다. 생산한 항목을 모두 정확히 한 번씩 처리했습니다."
        )
    else:
        missing = set(produced) - set(consumed)
        print(
            f"판정: 항목이 사라지거나 중복되었습니다. 빠짐 {missing}, 중복 {duplicates}"
        )


asyncio.run(main())
