# snippet: expect-output=판정: wait_for와 asyncio.timeout은 태스크를 취소했고, wait는 취소하지 않았습니다
# snippet: browser
"""시간제한이 지나면 wait_for와 asyncio.timeout은 태스크를 취소합니다.

둘 다 TimeoutError를 일으킵니다. asyncio.wait(timeout=)는 예외 없이 돌아오고
태스크를 그대로 둡니다.
"""

import asyncio
import time

START = time.perf_counter()


def log(message: str) -> None:
    print(f"[{time.perf_counter() - START:4.2f}초] {message}")


async def query(name: str) -> str:
    try:
        await asyncio.sleep(1.0)
        return "결과"
    except asyncio.CancelledError:
        log(f"  {name}: 질의가 취소되었습니다")
        raise


async def main() -> None:
    first = asyncio.create_task(query("wait_for"))
    try:
        # snippet: highlight
        await asyncio.wait_for(first, timeout=0.3)
    except TimeoutError as error:
        log(f"wait_for: {error!r}, 태스크 취소됨 = {first.cancelled()}")

    second = asyncio.create_task(query("asyncio.timeout"))
    try:
        # snippet: highlight
        async with asyncio.timeout(0.3):
            await second
    except TimeoutError as error:
        log(f"asyncio.timeout: {error!r}, 태스크 취소됨 = {second.cancelled()}")

    third = asyncio.create_task(query("asyncio.wait"))
    # snippet: highlight
    done, pending = await asyncio.wait({third}, timeout=0.3)
    log(
        f"asyncio.wait: 예외 없음, 태스크 실행 중 = {not third.done()}"
        ", 직접 취소합니다"
    )
    third.cancel()
    await asyncio.gather(third, return_exceptions=True)
    # --- 결과 확인: 시간제한 직후 각 태스크의 상태로 판정합니다 ---
    if first.cancelled() and second.cancelled() and third in pending:
        print(
            "판정: wait_for와 asyncio.timeout은 태스크를 취소했고, "
            "wait는 취소하지 않았습니다."
        )
    else:
        print("판정: 예상과 다르게 끝났습니다.")


asyncio.run(main())
