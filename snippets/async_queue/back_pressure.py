# snippet: expect-output=판정: 큐가 가득 차서 생산자가 기다렸습니다
# snippet: browser
"""maxsize=2인 큐: 큐가 가득 차면 빠른 생산자가 put()에서 기다립니다(배압)."""

import asyncio
import time

START = time.perf_counter()
CONSUME_TIME = 0.5


def log(message: str) -> None:
    print(f"[{time.perf_counter() - START:4.2f}초] {message}")


async def producer(queue: asyncio.Queue) -> tuple[float, int]:
    longest_wait, largest_size = 0.0, 0
    for item in range(1, 7):
        began = time.perf_counter()
        # 큐가 가득 차 있으면 자리가 날 때까지 여기서 멈춥니다
        # snippet: highlight
        await queue.put(item)
        waited = time.perf_counter() - began
        longest_wait = max(longest_wait, waited)
        largest_size = max(largest_size, queue.qsize())
        log(
            f"생산자: {item}번을 넣었습니다 "
            f"({waited:.2f}초 기다림, 큐 크기 {queue.qsize()})"
        )
    # 끝 표시
    await queue.put(None)
    return longest_wait, largest_size


async def consumer(queue: asyncio.Queue) -> None:
    while (item := await queue.get()) is not None:
        # 느린 소비자
        await asyncio.sleep(CONSUME_TIME)
        log(f"    소비자: {item}번 처리 완료")


async def main() -> None:
    # snippet: highlight
    queue: asyncio.Queue[int | None] = asyncio.Queue(maxsize=2)
    (longest_wait, largest_size), _ = await asyncio.gather(
        producer(queue), consumer(queue)
    )
    # --- 결과 확인: 가장 긴 기다림과 가장 컸던 큐 크기로 판정합니다 ---
    print(
        f"put()에서 가장 오래 기다린 시간: {longest_wait:.2f}초, "
        f"가장 컸던 큐 크기: {largest_size}"
    )
    if longest_wait > 0.5 * CONSUME_TIME and largest_size <= queue.maxsize:
        print(
            "판정: 큐가 가득 차서 생산자가 기다렸습니다. "
            "큐에는 항목이 2개까지만 쌓였습니다."
        )
    else:
        print("판정: 생산자는 한 번도 기다리지 않았습니다.")


asyncio.run(main())
