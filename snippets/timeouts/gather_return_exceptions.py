# snippet: expect-output=판정: 실패와 상관없이 나머지 태스크가 모두 끝까지 실행되었습니다
# snippet: browser
"""gather(return_exceptions=True): 하나가 실패해도 나머지는 끝까지 실행됩니다.

예외는 올라오지 않고 결과 리스트의 제자리에 담깁니다.
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


async def main() -> list:
    return await asyncio.gather(
        fetch("빠른 서버", 0.2),
        fetch("고장 난 서버", 0.4, fail=True),
        fetch("느린 서버", 1.0),
        # 예외를 일으키지 않고 결과 자리에 예외 객체를 넣습니다
        # snippet: highlight
        return_exceptions=True,
    )


results = asyncio.run(main())
for result in results:
    print(f"  {type(result).__name__}: {result}")
# --- 결과 확인: 끝까지 실행된 태스크 수와 걸린 시간으로 판정합니다 ---
elapsed = time.perf_counter() - START
finished = sum(isinstance(result, str) for result in results)
print(f"걸린 시간: {elapsed:.2f}초 (실패는 0.4초, 가장 느린 태스크는 1.0초)")
if finished == 2 and elapsed >= 1.0:
    print("판정: 실패와 상관없이 나머지 태스크가 모두 끝까지 실행되었습니다.")
else:
    print("판정: 일부 태스크가 끝까지 실행되지 않았습니다.")
