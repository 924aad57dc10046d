# snippet: expect-output=판정: 하나가 실패하자 남은 태스크가 취소되었습니다
# snippet: browser
"""TaskGroup: 태스크 하나가 실패하면 남은 태스크를 취소합니다.

예외는 ExceptionGroup으로 모아 올립니다.
"""

import asyncio
import time

START = time.perf_counter()


def log(message: str) -> None:
    print(f"[{time.perf_counter() - START:4.2f}초] {message}")


async def fetch(name: str, delay: float, fail: bool = False) -> str:
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        log(f"{name}: 취소되었습니다")
        raise
    if fail:
        log(f"{name}: 실패합니다")
        raise ValueError(f"{name}의 응답이 잘못되었습니다")
    log(f"{name}: 완료")
    return f"{name} 결과"


async def main() -> None:
    servers = [
        ("빠른 서버", 0.2, False),
        ("고장 난 서버", 0.4, True),
        ("느린 서버", 1.0, False),
    ]
    tasks = []
    try:
        # snippet: highlight-start
        async with asyncio.TaskGroup() as group:
            for name, delay, fail in servers:
                tasks.append(group.create_task(fetch(name, delay, fail)))
    # except*는 ExceptionGroup 안의 ValueError만 골라 처리합니다
    except* ValueError as eg:
        # snippet: highlight-end
        log(f"main: {eg!r}")
        for error in eg.exceptions:
            print(f"  하위 예외: {error!r}")
    for (name, _, _), task in zip(servers, tasks):
        if task.cancelled():
            state = "취소됨"
        elif task.exception():
            state = "실패"
        else:
            state = "완료"
        print(f"  {name}: {state}")
    # --- 결과 확인: 느린 서버가 취소되었는지와 걸린 시간으로 판정합니다 ---
    elapsed = time.perf_counter() - START
    print(
        f"걸린 시간: {elapsed:.2f}초 (실패는 0.4초, 가장 느린 태스크는 1.0초)"
    )
    if tasks[2].cancelled() and elapsed < 0.7:
        print("판정: 하나가 실패하자 남은 태스크가 취소되었습니다.")
    else:
        print("판정: 남은 태스크가 끝까지 실행되었습니다.")


asyncio.run(main())
