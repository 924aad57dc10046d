# snippet: expect-output=판정: 작업자들은 모두 신호가 온 뒤에 시작했습니다
# snippet: browser
"""asyncio.Event: 여러 태스크가 신호 하나를 기다리고, set()이 모두 깨웁니다."""

import asyncio
import time

START = time.perf_counter()
started: dict[str, float] = {}


def now() -> float:
    return time.perf_counter() - START


def log(message: str) -> None:
    print(f"[{now():4.2f}초] {message}")


async def worker(name: str, ready: asyncio.Event) -> None:
    log(f"{name}: 준비 신호를 기다립니다")
    # snippet: highlight
    await ready.wait()
    started[name] = now()
    log(f"{name}: 일을 시작합니다")


async def main() -> None:
    # snippet: highlight
    ready = asyncio.Event()
    async with asyncio.TaskGroup() as group:
        for number in range(1, 4):
            group.create_task(worker(f"작업자 {number}", ready))
        # 설정을 읽어 오는 데 0.5초 걸린다고 칩니다
        await asyncio.sleep(0.5)
        log("main: 준비가 끝났습니다. ready.set()을 부릅니다")
        set_at = now()
        # snippet: highlight
        ready.set()
    before = now()
    await ready.wait()
    log(f"main: 이미 set 된 이벤트는 바로 통과합니다 ({now() - before:.2f}초)")

    # --- 결과 확인: 작업자가 시작한 시각을 신호를 보낸 시각과 비교합니다 ---
    if len(started) == 3 and min(started.values()) >= set_at:
        print("판정: 작업자들은 모두 신호가 온 뒤에 시작했습니다.")
    else:
        print("판정: 신호가 오기 전에 시작한 작업자가 있습니다.")


asyncio.run(main())
