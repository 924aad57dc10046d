# snippet: expect-output=판정: 네 센서를 겹쳐서 읽었고 심장 박동도 멈추지 않았습니다
"""연습 문제 풀이: 블로킹 함수 read_sensor를 to_thread로 실행합니다.

센서를 읽는 동안에도 이벤트 루프는 멈추지 않습니다.
"""

import asyncio
import time

START = time.perf_counter()
INTERVAL = 0.1


def read_sensor(sensor: str) -> str:
    """고칠 수 없는 블로킹 함수: 0.5초 걸립니다."""
    time.sleep(0.5)
    return f"{sensor}=21도"


async def heartbeat(ticks: list[float]) -> None:
    while True:
        ticks.append(time.perf_counter() - START)
        await asyncio.sleep(INTERVAL)


async def main() -> float:
    ticks: list[float] = []
    beat = asyncio.create_task(heartbeat(ticks))
    sensors = ["거실", "부엌", "안방", "현관"]
    # snippet: highlight-start
    readings = await asyncio.gather(
        *(asyncio.to_thread(read_sensor, name) for name in sensors)
    )
    # snippet: highlight-end
    beat.cancel()
    print(f"읽은 값: {readings}")
    return max(later - earlier for earlier, later in zip(ticks, ticks[1:]))


longest_gap = asyncio.run(main())

# --- 결과 확인: 걸린 시간과 가장 긴 박동 간격으로 판정합니다 ---
elapsed = time.perf_counter() - START
print(f"가장 긴 박동 간격: {longest_gap:.2f}초 (평소 {INTERVAL}초)")
print(f"걸린 시간: {elapsed:.2f}초 (센서 하나 0.5초, 넷을 차례로 읽으면 2초)")
if elapsed < 0.6 * 2 and longest_gap < 3 * INTERVAL:
    print("판정: 네 센서를 겹쳐서 읽었고 심장 박동도 멈추지 않았습니다.")
else:
    print("판정: 센서를 차례로 읽었거나 심장 박동이 멈췄습니다.")
