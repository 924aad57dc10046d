# snippet: expect-error=TimeoutError
# snippet: browser
"""흔한 실수: task_done()을 부르지 않으면 queue.join()이 돌아오지 않습니다."""

import asyncio


async def worker(queue: asyncio.Queue, done: list[int]) -> None:
    while True:
        job = await queue.get()
        await asyncio.sleep(0.1)
        done.append(job)
        # snippet: highlight
        # 실수: 여기에 queue.task_done()이 없습니다


async def main() -> None:
    queue: asyncio.Queue[int] = asyncio.Queue()
    for job in range(3):
        queue.put_nowait(job)
    done: list[int] = []
    task = asyncio.create_task(worker(queue, done))
    await asyncio.sleep(0.5)
    print(
        f"작업자가 {len(done)}개를 모두 처리했고 큐는 비었습니다: "
        f"qsize() = {queue.qsize()}"
    )
    # 이 시간제한이 없으면 프로그램이 영원히 멈춰 있습니다
    async with asyncio.timeout(1):
        # snippet: highlight
        await queue.join()
    task.cancel()


asyncio.run(main())
