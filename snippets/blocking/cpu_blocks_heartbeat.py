# snippet: cpu-timing
# snippet: expect-output=판정: 계산하는 동안 이벤트 루프가 멈췄습니다
"""CPU 바운드 코루틴 하나가 await 없이 계산하면 이벤트 루프가 멈춥니다.

0.1초마다 뛰어야 할 심장 박동 태스크가 계산하는 동안 한 번도 뛰지 못합니다.
"""

import asyncio
import time

START = time.perf_counter()
INTERVAL = 0.1
ticks: list[float] = []


async def heartbeat() -> None:
    while True:
        ticks.append(time.perf_counter() - START)
        await asyncio.sleep(INTERVAL)


async def crunch_numbers() -> float:
    # 심장 박동이 몇 번 뛰게 둡니다
    await asyncio.sleep(0.35)
    began = time.perf_counter()
    print(f"[{began - START:4.2f}초] 계산 시작 (await 없이 계산만 합니다)")
    # 이 줄이 끝날 때까지 제어를 넘기지 않습니다
    # snippet: highlight
    total = sum(i * i for i in range(7_000_000))
    spent = time.perf_counter() - began
    now = time.perf_counter() - START
    print(f"[{now:4.2f}초] 계산 끝 ({spent:.2f}초, 결과 {total:.2e})")
    await asyncio.sleep(0.35)
    return spent


async def main() -> float:
    beat = asyncio.create_task(heartbeat())
    spent = await crunch_numbers()
    beat.cancel()
    return spent


spent = asyncio.run(main())

# --- 결과 확인: 가장 긴 박동 간격을 계산 시간과 비교합니다 ---
gaps = [later - earlier for earlier, later in zip(ticks, ticks[1:])]
print("심장 박동 시각:", " ".join(f"{tick:.2f}" for tick in ticks))
print(
    f"박동 간격: 평소 {INTERVAL}초, 가장 긴 간격 {max(gaps):.2f}초 "
    f"(계산 시간 {spent:.2f}초)"
)
if max(gaps) >= 0.8 * spent and max(gaps) > 3 * INTERVAL:
    print(
        "판정: 계산하는 동안 이벤트 루프가 멈췄습니다. "
        "다른 태스크는 한 번도 실행되지 못했습니다."
    )
else:
    print("판정: 계산하는 동안에도 다른 태스크가 실행되었습니다.")
