# snippet: expect-output=판정: 기다림은 시간제한에 걸렸지만 shield 안의 태스크는 끝까지 실행되었습니다
# snippet: browser
"""asyncio.shield: 바깥의 기다림이 취소되어도 안쪽 태스크는 계속 실행됩니다."""

import asyncio
import time

START = time.perf_counter()


def log(message: str) -> None:
    print(f"[{time.perf_counter() - START:4.2f}초] {message}")


async def save_order() -> str:
    log("주문 저장 시작 (0.8초 걸림)")
    await asyncio.sleep(0.8)
    log("주문 저장 완료")
    return "주문 123 저장됨"


async def main() -> None:
    timed_out = False
    # snippet: highlight-start
    task = asyncio.create_task(save_order())
    try:
        async with asyncio.timeout(0.3):
            await asyncio.shield(task)
        # snippet: highlight-end
    except TimeoutError:
        timed_out = True
        log(f"TimeoutError: 태스크는 아직 실행 중입니까? {not task.done()}")
    # snippet: highlight
    result = await task
    log(f"나중에 받은 결과: {result}")
    # --- 결과 확인: 시간제한에 걸린 뒤에도 결과를 받았는지로 판정합니다 ---
    if timed_out and not task.cancelled() and result:
        print(
            "판정: 기다림은 시간제한에 걸렸지만 "
            "shield 안의 태스크는 끝까지 실행되었습니다."
        )
    else:
        print("판정: shield 안의 태스크가 취소되었습니다.")


asyncio.run(main())
