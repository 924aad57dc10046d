# snippet: expect-output=판정: 들어가고 나오는 동안 다른 태스크가 실행되었습니다
# snippet: browser
"""비동기 컨텍스트 관리자 클래스: __aenter__와 __aexit__ 안에서 await합니다.

들어가고 나오며 기다리는 동안 이벤트 루프는 다른 태스크를 실행합니다.
"""

import asyncio
import time

START = time.perf_counter()
ticks: list[float] = []
spans: dict[str, tuple[float, float]] = {}


def now() -> float:
    return time.perf_counter() - START


def log(message: str) -> None:
    print(f"[{now():4.2f}초] {message}")


class Connection:
    # snippet: highlight-start
    async def __aenter__(self) -> "Connection":
        log("__aenter__: 연결을 엽니다 (0.3초)")
        started = now()
        await asyncio.sleep(0.3)
        # snippet: highlight-end
        spans["들어갈 때"] = (started, now())
        log("__aenter__: 연결됨")
        return self

    # snippet: highlight-start
    async def __aexit__(self, exc_type, exc, traceback) -> None:
        log("__aexit__: 연결을 닫습니다 (0.2초)")
        started = now()
        await asyncio.sleep(0.2)
        # snippet: highlight-end
        spans["나올 때"] = (started, now())
        log("__aexit__: 닫힘")


async def ticker() -> None:
    while True:
        await asyncio.sleep(0.1)
        ticks.append(now())
        log("    다른 태스크: 째깍")


async def main() -> None:
    tick_task = asyncio.create_task(ticker())
    # snippet: highlight
    async with Connection() as connection:
        name = type(connection).__name__
        log(f"본문: __aenter__가 돌려준 {name} 객체로 일합니다")
    tick_task.cancel()

    # --- 결과 확인: 들어가고 나오는 구간마다 째깍거린 횟수를 셉니다 ---
    counts = {
        name: sum(1 for t in ticks if begin <= t <= end)
        for name, (begin, end) in spans.items()
    }
    print(f"기다리는 동안 다른 태스크가 째깍거린 횟수: {counts}")
    if min(counts.values()) >= 1:
        print("판정: 들어가고 나오는 동안 다른 태스크가 실행되었습니다.")
    else:
        print("판정: 들어가고 나오는 동안 다른 태스크가 실행되지 않았습니다.")


asyncio.run(main())
