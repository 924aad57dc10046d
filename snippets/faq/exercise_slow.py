# snippet: expect-output=판정: 차례로 실행되었습니다
"""연습 문제: 두 요청을 1초씩 기다리는데 2초가 걸립니다. 이 페이지의 어떤 오류 두 가지가 숨어 있을까요?"""

import asyncio
import time

START = time.perf_counter()


async def fetch(name: str, seconds: float) -> str:
    time.sleep(seconds)
    print(f"[{time.perf_counter() - START:4.2f}초] {name} 응답 도착")
    return name


async def main() -> list[str]:
    first = await fetch("가", 1)
    second = await fetch("나", 1)
    return [first, second]


print(asyncio.run(main()))
elapsed = time.perf_counter() - START
print(f"걸린 시간: {elapsed:.2f}초 (가장 긴 기다림: 1초)")
if elapsed >= 1.8:
    print("판정: 차례로 실행되었습니다.")
else:
    print("판정: 겹쳐서 기다렸습니다.")
