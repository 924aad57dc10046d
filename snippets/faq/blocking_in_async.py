# snippet: expect-output=판정: 차례로 실행되었습니다
# snippet: browser
"""async def 안의 time.sleep은 이벤트 루프를 멈춥니다: gather도 소용없습니다."""

import asyncio
import time


async def download(page: int) -> None:
    # 잘못: 블로킹 호출이라 그동안 다른 태스크가 실행되지 못합니다
    # snippet: highlight
    time.sleep(1)


async def main() -> None:
    await asyncio.gather(*(download(page) for page in range(3)))


start = time.perf_counter()
asyncio.run(main())
# --- 결과 확인: 걸린 시간을 기다림의 합과 비교합니다 ---
elapsed = time.perf_counter() - start
print(f"걸린 시간: {elapsed:.2f}초 (1초짜리 3개를 gather)")
if elapsed >= 0.95 * 3:
    print(
        "판정: 차례로 실행되었습니다. "
        "블로킹 호출이 그동안 이벤트 루프를 멈췄습니다."
    )
else:
    print("판정: 겹쳐서 기다렸습니다.")
