# snippet: expect-output=판정: 작업자 세 명이 나눠서 처리했습니다
# snippet: browser
"""asyncio.Queue와 작업자 셋: join()으로 기다린 뒤 작업자를 취소합니다."""

import asyncio
import time

START = time.perf_counter()
JOBS = 9
JOB_TIME = 0.3


def log(message: str) -> None:
    print(f"[{time.perf_counter() - START:4.2f}초] {message}")


async def worker(name: str, queue: asyncio.Queue) -> None:
    while True:
        # 큐가 비어 있으면 항목이 들어올 때까지 기다립니다
        # snippet: highlight
        job = await queue.get()
        try:
            # 일하는 척: 기다리는 일(I/O)
            await asyncio.sleep(JOB_TIME)
            log(f"{name}: {job}번 작업 완료")
        finally:
            # 이 항목의 처리가 끝났다고 큐에 알립니다
            # snippet: highlight
            queue.task_done()


async def main() -> None:
    queue: asyncio.Queue[int] = asyncio.Queue()
    for job in range(1, JOBS + 1):
        queue.put_nowait(job)
    workers = [
        asyncio.create_task(worker(f"작업자{n}", queue)) for n in (1, 2, 3)
    ]
    # 넣은 항목마다 task_done()이 불릴 때까지 기다립니다
    # snippet: highlight
    await queue.join()
    log("모든 작업 완료: 작업자를 취소합니다")
    # 작업자는 무한 루프이므로 취소해서 끝냅니다
    for task in workers:
        task.cancel()
    await asyncio.gather(*workers, return_exceptions=True)


asyncio.run(main())

# --- 결과 확인: 걸린 시간을 혼자 할 때의 시간과 비교합니다 ---
elapsed = time.perf_counter() - START
alone = JOBS * JOB_TIME
print(
    f"걸린 시간: {elapsed:.2f}초 "
    f"(혼자 하면 {JOBS} x {JOB_TIME}초 = {alone:.1f}초)"
)
if elapsed < 0.6 * alone:
    print(
        "판정: 작업자 세 명이 나눠서 처리했습니다. "
        "전체 시간은 약 3분의 1입니다."
    )
else:
    print("판정: 작업이 나눠지지 않았습니다.")
