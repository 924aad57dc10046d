# snippet: cpu-timing
# snippet: expect-output=판정: 계산하는 동안에도 이벤트 루프가 계속 돌았습니다
"""CPU 바운드 계산을 run_in_executor로 프로세스 풀에 맡기면 이벤트 루프는 멈추지 않습니다."""

import asyncio
import time
from concurrent.futures import ProcessPoolExecutor

START = time.perf_counter()
INTERVAL = 0.1


def log(message: str) -> None:
    print(f"[{time.perf_counter() - START:4.2f}초] {message}")


def crunch_numbers(n: int) -> int:
    """다른 프로세스에서 실행됩니다. 피클링할 수 있도록 모듈 최상위에 정의합니다."""
    return sum(i * i for i in range(n))


async def heartbeat(ticks: list[float]) -> None:
    while True:
        ticks.append(time.perf_counter() - START)
        await asyncio.sleep(INTERVAL)


async def main() -> None:
    ticks: list[float] = []
    loop = asyncio.get_running_loop()
    with ProcessPoolExecutor(max_workers=1) as pool:
        await loop.run_in_executor(
            pool, crunch_numbers, 1
        )  # 작업자 프로세스를 미리 띄워 둡니다
        log("작업자 프로세스 준비 완료")
        beat = asyncio.create_task(heartbeat(ticks))
        await asyncio.sleep(0.35)
        began = time.perf_counter()
        log("계산을 프로세스 풀에 맡기고 결과를 기다립니다")
        total = await loop.run_in_executor(pool, crunch_numbers, 7_000_000)
        spent = time.perf_counter() - began
        log(f"계산 끝 ({spent:.2f}초, 결과 {total:.2e})")
        await asyncio.sleep(0.35)
        beat.cancel()
    gaps = [later - earlier for earlier, later in zip(ticks, ticks[1:])]
    print("심장 박동 시각:", " ".join(f"{tick:.2f}" for tick in ticks))
    print(
        f"박동 간격: 평소 {INTERVAL}초, 가장 긴 간격 {max(gaps):.2f}초 (계산 시간 {spent:.2f}초)"
    )
    if max(gaps) < 0.4 * spent:
        print("판정: 계산하는 동안에도 이벤트 루프가 계속 돌았습니다.")
    else:
        print("판정: 계산하는 동안 이벤트 루프가 멈췄습니다.")


if (
    __name__ == "__main__"
):  # 시작 방식이 spawn이나 forkserver여도 안전하도록 꼭 필요합니다
    asyncio.run(main())
