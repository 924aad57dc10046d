# snippet: expect-output=판정: gather는 예외를 올렸지만 다른 태스크는 취소되지 않았습니다
# snippet: browser
"""return_exceptions 없는 gather: 첫 예외가 바로 올라옵니다.

하지만 나머지 태스크는 취소되지 않고 계속 실행됩니다.
"""

import asyncio
import time

START = time.perf_counter()


def log(message: str) -> None:
    print(f"[{time.perf_counter() - START:4.2f}초] {message}")


async def fetch(name: str, delay: float, fail: bool = False) -> str:
    await asyncio.sleep(delay)
    if fail:
        log(f"{name}: 실패합니다")
        raise ValueError(f"{name}의 응답이 잘못되었습니다")
    log(f"{name}: 완료")
    return f"{name} 결과"


async def main() -> None:
    slow = asyncio.create_task(fetch("느린 서버", 1.0))
    try:
        # snippet: highlight
        await asyncio.gather(fetch("고장 난 서버", 0.4, fail=True), slow)
    except ValueError as error:
        log(f"main: gather가 예외를 올렸습니다: {error}")
    # snippet: highlight
    log(f"main: 느린 서버 태스크는 아직 실행 중입니까? {not slow.done()}")
    # 조금 더 기다려 봅니다
    await asyncio.sleep(1.0)
    log(f"main: 느린 서버 태스크의 결과 = {slow.result()!r}")
    # --- 결과 확인: 느린 서버 태스크가 끝까지 실행되었는지로 판정합니다 ---
    if not slow.cancelled() and slow.result():
        print(
            "판정: gather는 예외를 올렸지만 다른 태스크는 취소되지 않았습니다."
        )
    else:
        print("판정: 다른 태스크가 취소되었습니다.")


asyncio.run(main())
