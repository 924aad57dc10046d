# snippet: cpu-timing
# snippet: expect-output=판정: 첫 작업에는 작업자 프로세스를 띄우는 시간이 더해졌습니다
# snippet: expect-output=판정: 계산하는 동안에도 이벤트 루프가 계속 돌았습니다
"""CPU 바운드 계산을 run_in_executor로 프로세스 풀에 맡깁니다.

계산은 다른 프로세스가 하므로 이벤트 루프는 멈추지 않습니다.
"""

import asyncio
import multiprocessing
import time
from concurrent.futures import ProcessPoolExecutor

START = time.perf_counter()
INTERVAL = 0.1


def log(message: str) -> None:
    print(f"[{time.perf_counter() - START:4.2f}초] {message}")


def crunch_numbers(n: int) -> int:
    """다른 프로세스에서 실행됩니다. 피클링할 수 있게 모듈 최상위에 둡니다."""
    return sum(i * i for i in range(n))


async def heartbeat(ticks: list[float]) -> None:
    while True:
        ticks.append(time.perf_counter() - START)
        await asyncio.sleep(INTERVAL)


async def timed_small_job(loop, pool) -> float:
    began = time.perf_counter()
    await loop.run_in_executor(pool, crunch_numbers, 1)
    return time.perf_counter() - began


async def main() -> None:
    ticks: list[float] = []
    loop = asyncio.get_running_loop()
    with ProcessPoolExecutor(max_workers=1) as pool:
        # 첫 작업: 풀이 이때 작업자 프로세스를 띄웁니다
        first = await timed_small_job(loop, pool)
        again = min([await timed_small_job(loop, pool) for _ in range(3)])
        log("작업자 프로세스 준비 완료")
        beat = asyncio.create_task(heartbeat(ticks))
        await asyncio.sleep(0.35)
        began = time.perf_counter()
        log("계산을 프로세스 풀에 맡기고 결과를 기다립니다")
        # snippet: highlight
        total = await loop.run_in_executor(pool, crunch_numbers, 7_000_000)
        spent = time.perf_counter() - began
        log(f"계산 끝 ({spent:.2f}초, 결과 {total:.2e})")
        await asyncio.sleep(0.35)
        beat.cancel()

    # --- 결과 확인: 첫 작업과 박동 간격을 재서 판정합니다 ---
    method = multiprocessing.get_start_method()
    print(
        f"작은 작업 하나: 첫 번째 {first:.4f}초, 다시 맡기면 {again:.4f}초 "
        f"(시작 방식: {method})"
    )
    if first > 3 * again:
        print("판정: 첫 작업에는 작업자 프로세스를 띄우는 시간이 더해졌습니다.")
    else:
        print("판정: 첫 작업과 다음 작업의 시간이 비슷합니다.")
    gaps = [later - earlier for earlier, later in zip(ticks, ticks[1:])]
    print("심장 박동 시각:", " ".join(f"{tick:.2f}" for tick in ticks))
    print(
        f"박동 간격: 평소 {INTERVAL}초, 가장 긴 간격 {max(gaps):.2f}초 "
        f"(계산 시간 {spent:.2f}초)"
    )
    # 루프가 멈췄다면 가장 긴 간격이 계산 시간만큼 벌어집니다
    if spent > 2 * INTERVAL and max(gaps) < 2 * INTERVAL:
        print("판정: 계산하는 동안에도 이벤트 루프가 계속 돌았습니다.")
    else:
        print("판정: 계산하는 동안 이벤트 루프가 멈췄습니다.")


# 시작 방식이 spawn이나 forkserver여도 안전하려면 꼭 필요합니다
# snippet: highlight
if __name__ == "__main__":
    asyncio.run(main())
