# snippet: expect-output=판정: 블로킹 호출이 도는 동안에도 이벤트 루프가 제때 돌았습니다
"""asyncio.to_thread: 블로킹 함수를 기본 스레드 풀의 스레드에서 실행합니다.

블로킹 호출이 도는 동안에도 이벤트 루프는 심장 박동 태스크를 제때 실행합니다.
"""

import asyncio
import threading
import time

START = time.perf_counter()
INTERVAL = 0.1


def log(message: str) -> None:
    name = threading.current_thread().name
    # 줄바꿈까지 한 번에 씁니다: 여러 스레드의 출력이 한 줄에 붙지 않게
    print(
        f"[{time.perf_counter() - START:4.2f}초] ({name}) {message}\n", end=""
    )


def blocking_report() -> tuple[float, float]:
    """고칠 수 없는 블로킹 함수: 1초 동안 자기 스레드를 붙잡습니다."""
    began = time.perf_counter() - START
    log("보고서 만들기 시작 (블로킹 1초)")
    time.sleep(1)
    log("보고서 만들기 끝")
    return began, time.perf_counter() - START


async def heartbeat(ticks: list[float]) -> None:
    while True:
        ticks.append(time.perf_counter() - START)
        await asyncio.sleep(INTERVAL)


async def main() -> None:
    ticks: list[float] = []
    beat = asyncio.create_task(heartbeat(ticks))
    # snippet: highlight
    began, ended = await asyncio.to_thread(blocking_report)
    beat.cancel()
    log("심장 박동: " + " ".join(f"{tick:.2f}" for tick in ticks))

    # --- 결과 확인: 블로킹 호출이 도는 동안 뛴 박동과 가장 긴 간격을 셉니다 ---
    during = [tick for tick in ticks if began < tick < ended]
    gaps = [later - earlier for earlier, later in zip(ticks, ticks[1:])]
    print(
        f"블로킹 호출 {ended - began:.2f}초 동안 뛴 박동: {len(during)}번, "
        f"가장 긴 간격: {max(gaps):.2f}초 (평소 {INTERVAL}초)"
    )
    if len(during) >= 5 and max(gaps) < 3 * INTERVAL:
        print(
            "판정: 블로킹 호출이 도는 동안에도 이벤트 루프가 제때 돌았습니다."
        )
    else:
        print("판정: 블로킹 호출이 이벤트 루프를 멈췄습니다.")


asyncio.run(main())
