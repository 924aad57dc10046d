# snippet: expect-output=판정: wait는 남은 태스크를 취소하지 않았습니다
# snippet: browser
"""asyncio.wait(FIRST_COMPLETED): 하나가 끝나면 (done, pending)을 돌려줍니다.

pending에 든 태스크는 계속 실행됩니다. 필요 없으면 직접 취소합니다.
"""

import asyncio
import time

START = time.perf_counter()


def log(message: str) -> None:
    print(f"[{time.perf_counter() - START:4.2f}초] {message}")


def names(tasks: set[asyncio.Task]) -> list[str]:
    return sorted(task.get_name() for task in tasks)


async def download(delay: float) -> float:
    await asyncio.sleep(delay)
    log(f"{delay}초짜리 내려받기 완료")
    return delay


async def main() -> None:
    tasks = {
        asyncio.create_task(download(delay), name=f"{delay}초")
        for delay in (0.2, 0.5, 1.5)
    }
    # snippet: highlight-start
    done, pending = await asyncio.wait(
        tasks, return_when=asyncio.FIRST_COMPLETED
    )
    # snippet: highlight-end
    log(f"wait가 돌아왔습니다: done {names(done)}, pending {names(pending)}")
    await asyncio.sleep(0.5)
    running = {task for task in pending if not task.done()}
    log(f"0.5초 뒤: 아직 실행 중인 태스크 {names(running)}")
    # snippet: highlight-start
    for task in running:
        task.cancel()
    await asyncio.gather(*running, return_exceptions=True)
    # snippet: highlight-end
    log(f"취소한 태스크: {names({t for t in tasks if t.cancelled()})}")
    # --- 결과 확인: wait가 돌아온 뒤에 끝난 태스크가 있는지로 판정합니다 ---
    finished_later = {task for task in pending if not task.cancelled()}
    if len(done) == 1 and finished_later and running:
        print(
            "판정: wait는 남은 태스크를 취소하지 않았습니다. "
            "취소는 직접 했습니다."
        )
    else:
        print("판정: 예상과 다르게 끝났습니다.")


asyncio.run(main())
