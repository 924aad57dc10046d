# snippet: expect-output=판정: 차례로 실행되었습니다
# snippet: browser
# snippet: solution=exercise_fixed.py
"""연습 문제: 1초짜리 요청 두 개에 2초가 걸립니다. 숨은 실수 두 가지는?"""

import asyncio
import time

START = time.perf_counter()


async def fetch(name: str, seconds: float) -> str:
    # snippet: highlight
    time.sleep(seconds)
    print(f"[{time.perf_counter() - START:4.2f}초] {name} 응답 도착")
    return name


async def main() -> list[str]:
    # snippet: highlight-start
    first = await fetch("가", 1)
    second = await fetch("나", 1)
    # snippet: highlight-end
    return [first, second]


print(asyncio.run(main()))
# --- 결과 확인: 걸린 시간을 가장 긴 기다림과 비교합니다 ---
elapsed = time.perf_counter() - START
print(f"걸린 시간: {elapsed:.2f}초 (가장 긴 기다림: 1초)")
if elapsed >= 1.8:
    print("판정: 차례로 실행되었습니다.")
else:
    print("판정: 겹쳐서 기다렸습니다.")
