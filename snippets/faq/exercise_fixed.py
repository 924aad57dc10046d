# snippet: expect-output=판정: 겹쳐서 기다렸습니다
# snippet: browser
"""연습 문제 풀이: 블로킹 호출과 차례로 쓴 await를 고칩니다.

time.sleep은 await asyncio.sleep으로, 차례로 쓴 await는 gather로 바꿉니다.
"""

import asyncio
import time

START = time.perf_counter()


async def fetch(name: str, seconds: float) -> str:
    # 고침 1: 이벤트 루프를 막지 않는 기다림
    # snippet: highlight
    await asyncio.sleep(seconds)
    print(f"[{time.perf_counter() - START:4.2f}초] {name} 응답 도착")
    return name


async def main() -> list[str]:
    # 고침 2: 함께 기다리기
    # snippet: highlight
    return await asyncio.gather(fetch("가", 1), fetch("나", 1))


print(asyncio.run(main()))
# --- 결과 확인: 걸린 시간을 가장 긴 기다림과 비교합니다 ---
elapsed = time.perf_counter() - START
print(f"걸린 시간: {elapsed:.2f}초 (가장 긴 기다림: 1초)")
if elapsed < 1.5:
    print("판정: 겹쳐서 기다렸습니다.")
else:
    print("판정: 차례로 실행되었습니다.")
