# snippet: expect-output=판정: shield로 감쌌지만 저장은 끝나지 못했습니다
# snippet: browser
"""흔한 실수: shield(코루틴)으로 감싸고 안쪽 태스크를 어디에도 두지 않습니다.

main이 먼저 끝나면 asyncio.run이 남은 태스크를 취소합니다.
"""

import asyncio
import time

START = time.perf_counter()
saved = []


def log(message: str) -> None:
    print(f"[{time.perf_counter() - START:4.2f}초] {message}")


async def save_order() -> None:
    try:
        await asyncio.sleep(0.8)
        saved.append("주문 123")
        log("주문 저장 완료")
    except asyncio.CancelledError:
        log("주문 저장이 취소되었습니다")
        raise


async def main() -> None:
    try:
        async with asyncio.timeout(0.3):
            # 실수: 안쪽 태스크를 기다릴 방법이 남지 않습니다
            # snippet: highlight
            await asyncio.shield(save_order())
    except TimeoutError:
        log(
            "main: 시간제한에 걸렸습니다. "
            "저장은 shield가 지켜 주리라 믿고 끝냅니다"
        )


asyncio.run(main())

# --- 결과 확인: 저장이 끝났는지로 판정합니다 ---
if not saved:
    print("판정: shield로 감쌌지만 저장은 끝나지 못했습니다.")
else:
    print("판정: 저장이 끝났습니다.")
