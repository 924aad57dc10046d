# snippet: expect-output=판정: TaskGroup이 실패를 main에 바로 전했습니다
# snippet: browser
"""TaskGroup은 태스크를 끝날 때까지 들고 있다가, 실패를 블록 밖으로 올립니다."""

import asyncio
import time

START = time.perf_counter()


def log(message: str) -> None:
    print(f"[{time.perf_counter() - START:4.2f}초] {message}")


async def send_email(to: str) -> None:
    await asyncio.sleep(0.2)
    raise ConnectionError(f"{to}: 메일 서버에 연결하지 못했습니다")


async def main() -> None:
    caught = []
    try:
        # snippet: highlight-start
        async with asyncio.TaskGroup() as group:
            group.create_task(send_email("kim@example.com"))
            # snippet: highlight-end
            log("main: 메일 보내기를 태스크에 맡기고 다른 일을 합니다")
            await asyncio.sleep(0.5)
            log("main: 할 일을 마쳤습니다 (이 줄은 출력되지 않습니다)")
    # snippet: highlight
    except* ConnectionError as group_error:
        caught.extend(group_error.exceptions)
        log(f"main: 실패를 전해 받았습니다: {caught[0]}")
    # --- 결과 확인: main이 예외를 받았는지, 언제 받았는지로 판정합니다 ---
    elapsed = time.perf_counter() - START
    if caught and elapsed < 0.4:
        print("판정: TaskGroup이 실패를 main에 바로 전했습니다.")
    else:
        print("판정: 실패가 main에 전해지지 않았습니다.")


asyncio.run(main())
