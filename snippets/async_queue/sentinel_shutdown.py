# snippet: expect-output=판정: 잃어버린 항목이 없습니다
# snippet: browser
"""생산자 둘, 소비자 셋: 생산이 끝나면 소비자마다 끝 표시(None)를 넣습니다."""

import asyncio
from collections import Counter

CONSUMERS = 3
# 끝 표시(sentinel): 실제 항목으로는 절대 나오지 않는 값
STOP = None


async def producer(
    name: str, queue: asyncio.Queue, produced: list[str]
) -> None:
    for number in range(1, 21):
        item = f"{name}-{number}"
        await queue.put(item)
        produced.append(item)
        # 생산 속도가 들쭉날쭉합니다
        await asyncio.sleep(0.01 * (number % 3))


async def consumer(queue: asyncio.Queue, consumed: list[str]) -> int:
    handled = 0
    # snippet: highlight
    while (item := await queue.get()) is not STOP:
        # 처리 시간도 들쭉날쭉합니다
        await asyncio.sleep(0.02 * (len(item) % 4))
        consumed.append(item)
        handled += 1
    # 끝 표시를 받으면 루프를 빠져나와 스스로 끝납니다
    return handled


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
    # snippet: highlight-start
    # 소비자 하나에 끝 표시 하나
    for _ in range(CONSUMERS):
        await queue.put(STOP)
    # snippet: highlight-end
    handled = await asyncio.gather(*consumers)
    # --- 결과 확인: 생산한 항목과 소비한 항목을 하나하나 비교합니다 ---
    print(f"소비자별 처리 개수: {handled}")
    print(f"생산: {len(produced)}개, 소비: {len(consumed)}개")
    duplicates = [
        item for item, count in Counter(consumed).items() if count > 1
    ]
    if Counter(produced) == Counter(consumed):
        print(
            "판정: 잃어버린 항목이 없습니다. "
            "생산한 항목을 모두 정확히 한 번씩 처리했습니다."
        )
    else:
        missing = set(produced) - set(consumed)
        print(
            "판정: 항목이 사라지거나 중복되었습니다. "
            f"빠짐 {missing}, 중복 {duplicates}"
        )


asyncio.run(main())
