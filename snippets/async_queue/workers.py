# snippet: expect-output=판정: 작업자 세 명이 나눠서 처리했습니다
"""asyncio.Queue와 작업자 태스크 세 개: join()으로 다 끝나길 기다린 뒤 작업자를 취소합니다."""

import asyncio
import time

START = time.perf_counter()
JOBS = 9
JOB_TIME = 0.3


def log(message: str) -> None:
    print(f"[{time.perf_counter() - START:4.2f}초] {message}")


async def worker(name: str, queue: asyncio.Queue) -> None:
    while True:
        job = (
            await queue.get()
        )  # 큐가 비어 있으면 항목이 들어올 때까지 기다립니다
        try:
            await asyncio.sleep(JOB_TIME)  # 일하는 척: 기다리는 일(I/O)
            log(f"{name}: {job}번 작업 완료")
        finally:
            queue.task_done()  # 이 항목의 처리가 끝났다고 큐에 알립니다


async def main() -> None:
    queue: asyncio.Queue[int] = asyncio.Queue()
    for job in range(1, JOBS + 1):
        queue.put_nowait(job)
    workers = [
        asyncio.create_task(worker(f"작업자{n}", queue)) for n in (1, 2, 3)
    ]
    await queue.join()  # 넣은 항목마다 task_done()이 불릴 때까지 기다립니다
    log("모든 작업 완료: 작업자를 취소합니다")
    for task in workers:
        task.cancel()  # 작업자는 무한 루프이므로 취소해서 끝냅니다
    await asyncio.gather(*workers, return_exceptions=True)


asyncio.run(main())

elapsed = time.perf_counter() - START
print(
    f"걸린 시간: {elapsed:.2f}초 (혼자 하면 {JOBS} x {JOB_TIME}초 = {JOBS * JOB_TIME:.1f}초)"
)
if elapsed < 0.6 * JOBS * JOB_TIME:
    print(
        "판정: 작업자 세 명이 나눠서 처리했습니다. 전체 시간은 약 3분의 1입니다."
    )
else:
    print("판정: 작업이 나눠지지 않았습니다.")
