# snippet: expect-output=판정: 겹쳐서 기다렸습니다
# snippet: browser
"""create_task로 두 코루틴을 태스크로 예약하면 기다리는 시간이 겹칩니다."""

import asyncio
import time

START = time.perf_counter()


def log(message: str) -> None:
    print(f"[{time.perf_counter() - START:4.2f}초] {message}")


async def brew_coffee() -> None:
    log("커피 내리기 시작 (3초)")
    await asyncio.sleep(3)
    log("커피 완성")


async def toast_bread() -> None:
    log("빵 굽기 시작 (2초)")
    await asyncio.sleep(2)
    log("빵 완성")


async def main() -> None:
    # 이벤트 루프에 예약만 하고 바로 돌아옵니다
    # snippet: highlight-start
    coffee = asyncio.create_task(brew_coffee())
    toast = asyncio.create_task(toast_bread())
    # snippet: highlight-end
    log("두 태스크를 예약했습니다")
    # main이 기다리는 동안 이벤트 루프는 두 태스크를 번갈아 진행합니다
    await coffee
    await toast


asyncio.run(main())

# --- 결과 확인: 잰 시간으로 판정합니다 ---
elapsed = time.perf_counter() - START
print(
    f"걸린 시간: {elapsed:.2f}초 (기다린 시간의 합: 5초, 가장 긴 기다림: 3초)"
)
if elapsed < 0.75 * 5:
    print("판정: 겹쳐서 기다렸습니다. 전체 시간은 가장 긴 기다림과 비슷합니다.")
else:
    print("판정: 겹치지 않았습니다. 차례로 실행된 것과 같습니다.")
