# snippet: expect-output=판정: 취소 요청이 무시되었습니다
# snippet: browser
"""흔한 실수: CancelledError를 잡고 다시 올리지 않습니다.

그러면 cancel()도 시간제한도 태스크를 멈추지 못합니다.
"""

import asyncio
import time

START = time.perf_counter()


def log(message: str) -> None:
    print(f"[{time.perf_counter() - START:4.2f}초] {message}")


async def stubborn_download() -> str:
    for chunk in range(1, 6):
        try:
            await asyncio.sleep(0.2)
        # snippet: highlight-start
        except asyncio.CancelledError:
            # 실수: raise가 없습니다
            log(f"{chunk}번째 조각: CancelledError를 삼켰습니다")
        # snippet: highlight-end
    log("내려받기를 끝까지 했습니다")
    return "완료"


async def main() -> None:
    try:
        # 0.3초 시간제한
        async with asyncio.timeout(0.3):
            result = await stubborn_download()
        log(f"시간제한 블록이 정상 종료로 끝났습니다: 결과 = {result!r}")
    except TimeoutError:
        log("TimeoutError (이 줄은 출력되지 않습니다)")


asyncio.run(main())

# --- 결과 확인: 시간제한보다 얼마나 오래 걸렸는지로 판정합니다 ---
elapsed = time.perf_counter() - START
print(f"걸린 시간: {elapsed:.2f}초 (시간제한: 0.3초)")
if elapsed > 2 * 0.3:
    print(
        "판정: 취소 요청이 무시되었습니다. "
        "시간제한이 지켜지지 않았고 TimeoutError도 없었습니다."
    )
else:
    print("판정: 시간제한에서 멈췄습니다.")
