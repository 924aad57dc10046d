# snippet: expect-output=판정: 시간제한에서 멈췄습니다
# snippet: browser
"""asyncio.timeout: 시간이 다 되면 코루틴을 취소하고 TimeoutError를 냅니다."""

import asyncio
import time

START = time.perf_counter()
# 시간제한(초)
LIMIT = 1.0
# 느린 질의가 실제로 걸리는 시간(초)
QUERY_TIME = 5.0


def log(message: str) -> None:
    print(f"[{time.perf_counter() - START:4.2f}초] {message}")


async def slow_query() -> str:
    log(f"느린 질의 시작 ({QUERY_TIME:g}초 걸림)")
    await asyncio.sleep(QUERY_TIME)
    # 시간제한에 걸리면 이 줄은 실행되지 않습니다
    log("느린 질의 완료")
    return "결과"


async def main() -> None:
    # snippet: highlight-start
    try:
        async with asyncio.timeout(LIMIT):
            await slow_query()
    except TimeoutError:
        # snippet: highlight-end
        log(f"TimeoutError: {LIMIT:g}초 안에 끝나지 않았습니다")


asyncio.run(main())

# --- 결과 확인: 걸린 시간을 시간제한과 비교합니다 ---
elapsed = time.perf_counter() - START
print(
    f"걸린 시간: {elapsed:.2f}초 "
    f"(시간제한: {LIMIT:g}초, 질의에 필요한 시간: {QUERY_TIME:g}초)"
)
if LIMIT <= elapsed < 1.5 * LIMIT:
    print("판정: 시간제한에서 멈췄습니다. 질의가 끝나기를 기다리지 않았습니다.")
else:
    print("판정: 시간제한에서 멈추지 않았습니다.")
