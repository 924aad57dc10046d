# snippet: expect-output=판정: 시간제한에서 멈췄습니다
"""asyncio.timeout: 제한 시간이 지나면 기다리던 코루틴을 취소하고 TimeoutError를 일으킵니다."""

import asyncio
import time

START = time.perf_counter()
LIMIT = 1.0  # 시간제한(초)
QUERY_TIME = 5.0  # 느린 질의가 실제로 걸리는 시간(초)


def log(message: str) -> None:
    print(f"[{time.perf_counter() - START:4.2f}초] {message}")


async def slow_query() -> str:
    log(f"느린 질의 시작 ({QUERY_TIME:g}초 걸림)")
    await asyncio.sleep(QUERY_TIME)
    log("느린 질의 완료")  # 시간제한에 걸리면 이 줄은 실행되지 않습니다
    return "결과"


async def main() -> None:
    try:
        async with asyncio.timeout(LIMIT):
            await slow_query()
    except TimeoutError:
        log(f"TimeoutError: {LIMIT:g}초 안에 끝나지 않았습니다")


asyncio.run(main())

elapsed = time.perf_counter() - START
print(
    f"걸린 시간: {elapsed:.2f}초 (시간제한: {LIMIT:g}초, 질의에 필요한 시간: {QUERY_TIME:g}초)"
)
if LIMIT <= elapsed < 1.5 * LIMIT:
    print("판정: 시간제한에서 멈췄습니다. 질의가 끝나기를 기다리지 않았습니다.")
else:
    print("판정: 시간제한에서 멈추지 않았습니다.")
