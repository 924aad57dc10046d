# snippet: expect-output=판정: wait는 예외도 TimeoutError도 일으키지 않았습니다
# snippet: browser
"""asyncio.wait의 FIRST_EXCEPTION과 timeout: 돌아올 뿐 예외는 일으키지 않습니다.

실패는 done에 든 태스크에서 꺼내고, 시간제한은 pending이 비었는지로 압니다.
"""

import asyncio
import time

START = time.perf_counter()


def log(message: str) -> None:
    print(f"[{time.perf_counter() - START:4.2f}초] {message}")


async def check(server: str, delay: float, fail: bool = False) -> str:
    await asyncio.sleep(delay)
    if fail:
        raise ConnectionError(f"{server}: 연결 실패")
    return f"{server}: 정상"


async def main() -> None:
    tasks = [
        asyncio.create_task(check("가", 0.2)),
        asyncio.create_task(check("나", 0.4, fail=True)),
        asyncio.create_task(check("다", 3.0)),
    ]
    # snippet: highlight-start
    done, pending = await asyncio.wait(
        tasks, return_when=asyncio.FIRST_EXCEPTION
    )
    # snippet: highlight-end
    log(f"FIRST_EXCEPTION: done {len(done)}개, pending {len(pending)}개")
    for task in tasks:
        if task in done:
            # snippet: highlight
            error = task.exception()
            log(f"  {error!r}" if error else f"  {task.result()}")
    # snippet: highlight
    done, pending = await asyncio.wait(pending, timeout=0.5)
    log(f"timeout=0.5: done {len(done)}개, pending {len(pending)}개")
    still_running = all(not task.done() for task in pending)
    for task in pending:
        task.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    # --- 결과 확인: 예외 없이 여기까지 왔고 남은 태스크가 살아 있었는지 ---
    if still_running and len(pending) == 1:
        print(
            "판정: wait는 예외도 TimeoutError도 일으키지 않았습니다. "
            "남은 태스크는 직접 취소했습니다."
        )
    else:
        print("판정: 예상과 다르게 끝났습니다.")


asyncio.run(main())
