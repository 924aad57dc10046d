# snippet: expect-output=판정: 스레드가 맡긴 코루틴 세 개가 이벤트 루프에서 겹쳐 실행되었습니다
"""asyncio.run_coroutine_threadsafe: 다른 스레드에서 루프에 코루틴을 맡깁니다.

돌려받는 것은 concurrent.futures.Future이고, 스레드는 result()로 기다립니다.
"""

import asyncio
import concurrent.futures
import threading
import time

START = time.perf_counter()
KEYS = ["설정", "사용자", "권한"]
ran_in: set[str] = set()


def log(message: str) -> None:
    name = threading.current_thread().name
    print(
        f"[{time.perf_counter() - START:4.2f}초] ({name}) {message}\n", end=""
    )


async def lookup(key: str) -> str:
    """이벤트 루프에서 실행되는 코루틴: 0.5초 기다렸다가 값을 돌려줍니다."""
    ran_in.add(threading.current_thread().name)
    await asyncio.sleep(0.5)
    return f"{key}=값"


def legacy_job(loop: asyncio.AbstractEventLoop, results: list[str]) -> None:
    """이벤트 루프가 없는 보통 스레드에서 도는 동기 코드입니다."""
    # snippet: highlight-start
    futures = [
        asyncio.run_coroutine_threadsafe(lookup(key), loop) for key in KEYS
    ]
    # snippet: highlight-end
    is_cf = all(isinstance(f, concurrent.futures.Future) for f in futures)
    log(f"돌려받은 퓨처 {len(futures)}개, concurrent.futures.Future: {is_cf}")
    # 이 스레드만 기다립니다. 이벤트 루프는 그동안 코루틴을 실행합니다
    # snippet: highlight
    results.extend(future.result(timeout=5) for future in futures)
    log(f"결과: {results}")


async def main() -> None:
    # 스레드에 넘길 루프는 루프 안(코루틴)에서 얻어 둡니다
    loop = asyncio.get_running_loop()
    results: list[str] = []
    thread = threading.Thread(
        target=legacy_job, args=(loop, results), name="기존-코드"
    )
    thread.start()
    # join()을 그냥 부르면 루프가 멈춥니다: 스레드 풀에서 기다립니다
    await asyncio.to_thread(thread.join)

    # --- 결과 확인: 걸린 시간과 코루틴이 실행된 스레드를 봅니다 ---
    elapsed = time.perf_counter() - START
    total = 0.5 * len(KEYS)
    print(f"코루틴이 실행된 스레드: {sorted(ran_in)}")
    print(f"걸린 시간: {elapsed:.2f}초 (하나씩 기다리면 {total}초)")
    if (
        len(results) == 3
        and ran_in == {"MainThread"}
        and elapsed < 0.75 * total
    ):
        print(
            "판정: 스레드가 맡긴 코루틴 세 개가 이벤트 루프에서 "
            "겹쳐 실행되었습니다."
        )
    else:
        print("판정: 코루틴이 예상대로 실행되지 않았습니다.")


asyncio.run(main())
