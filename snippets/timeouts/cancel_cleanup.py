# snippet: expect-output=판정: 태스크가 취소되었고 정리 코드가 실행되었습니다
# snippet: browser
"""task.cancel(): 태스크가 멈춘 await 지점에 CancelledError가 던져집니다.

finally에서 정리하고, CancelledError는 다시 올립니다.
"""

import asyncio
import time

START = time.perf_counter()
cleaned_up = False


def log(message: str) -> None:
    print(f"[{time.perf_counter() - START:4.2f}초] {message}")


async def download_file() -> None:
    global cleaned_up
    log("내려받기 시작: 임시 파일을 엽니다")
    try:
        for chunk in range(1, 11):
            # 취소되면 바로 이 지점에서 CancelledError가 일어납니다
            await asyncio.sleep(0.2)
            log(f"{chunk}번째 조각을 받았습니다")
    # snippet: highlight-start
    except asyncio.CancelledError:
        log("CancelledError를 받았습니다: 다시 올립니다")
        # 삼키지 않고 다시 올려야 태스크가 '취소됨'으로 끝납니다
        raise
    finally:
        # snippet: highlight-end
        cleaned_up = True
        log("finally: 임시 파일을 지웠습니다")


async def main() -> None:
    task = asyncio.create_task(download_file())
    await asyncio.sleep(0.5)
    log("task.cancel()을 호출합니다")
    # snippet: highlight
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        log("main: 태스크가 취소된 것을 확인했습니다")
    # --- 결과 확인: 태스크의 상태와 정리 여부로 판정합니다 ---
    print(
        f"task.cancelled() = {task.cancelled()}, 정리 코드 실행 = {cleaned_up}"
    )
    if task.cancelled() and cleaned_up:
        print("판정: 태스크가 취소되었고 정리 코드가 실행되었습니다.")
    else:
        print(
            "판정: 태스크가 취소되지 않았거나 정리 코드가 실행되지 않았습니다."
        )


asyncio.run(main())
