# snippet: expect-output=판정: 한 번에 진행 중인 작업은 3개를 넘지 않았습니다
# snippet: expect-output=판정: 3개씩 4묶음을 기다린 시간과 비슷합니다
# snippet: browser
"""asyncio.Semaphore: 한 번에 진행 중인 작업 수를 제한합니다.

진행 중인 작업 수를 프로그램이 직접 세어, 가장 많았을 때를 기록합니다.
"""

import asyncio
import math
import time

JOBS, LIMIT, SECONDS = 10, 3, 0.2


async def job(semaphore: asyncio.Semaphore, count: dict[str, int]) -> None:
    # snippet: highlight
    async with semaphore:
        count["now"] += 1
        count["most"] = max(count["most"], count["now"])
        await asyncio.sleep(SECONDS)
        count["now"] -= 1


async def run(limit: int) -> tuple[int, float]:
    # snippet: highlight
    semaphore = asyncio.Semaphore(limit)
    count = {"now": 0, "most": 0}
    start = time.perf_counter()
    await asyncio.gather(*(job(semaphore, count) for _ in range(JOBS)))
    elapsed = time.perf_counter() - start
    print(
        f"Semaphore({limit}): 가장 많을 때 {count['most']}개, {elapsed:.2f}초"
    )
    return count["most"], elapsed


async def main() -> None:
    # 입장권이 작업 수만큼 있으면 아무도 기다리지 않습니다
    most_free, _ = await run(JOBS)
    most, elapsed = await run(LIMIT)

    # --- 결과 확인: 센 작업 수와 잰 시간으로 판정합니다 ---
    batches = math.ceil(JOBS / LIMIT)
    if most <= LIMIT < most_free:
        print(f"판정: 한 번에 진행 중인 작업은 {LIMIT}개를 넘지 않았습니다.")
    else:
        print(f"판정: 제한이 지켜지지 않았습니다 ({most}개).")
    if 0.95 * batches * SECONDS <= elapsed < 1.5 * batches * SECONDS:
        print(f"판정: {LIMIT}개씩 {batches}묶음을 기다린 시간과 비슷합니다.")
    else:
        print(f"판정: {LIMIT}개씩 {batches}묶음을 기다린 시간과 다릅니다.")


asyncio.run(main())
