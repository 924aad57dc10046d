# snippet: expect-output=판정: 차례로 실행되었습니다
"""async def 안에서 time.sleep을 부르면 이벤트 루프 전체가 멈춰 gather도 소용없습니다."""

import asyncio
import time


async def download(page: int) -> None:
    time.sleep(
        1
    )  # 잘못: 블로킹 호출이라 그동안 다른 태스크가 실행되지 못합니다


async def main() -> None:
    await asyncio.gather(*(download(page) for page in range(3)))


start = time.perf_counter()
asyncio.run(main())
elapsed = time.perf_counter() - start
print(f"걸린 시간: {elapsed:.2f}초 (1초짜리 3개를 gather)")
if elapsed >= 0.95 * 3:
    print(
        "판정: 차례로 실행되었습니다. 블로킹 호출이 그동안 이벤트 루프를 멈췄습니다."
    )
else:
    print("판정: 겹쳐서 기다렸습니다.")
