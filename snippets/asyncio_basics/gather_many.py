# snippet: expect-output=판정: 겹쳐서 기다렸습니다
# snippet: browser
"""asyncio.gather로 코루틴 10개를 한꺼번에 실행합니다.

결과는 넘긴 순서대로 받습니다.
"""

import asyncio
import time

START = time.perf_counter()


async def download(page: int) -> str:
    # 1초, 2초, 3초 걸리는 페이지가 섞여 있습니다
    delay = 1 + page % 3
    await asyncio.sleep(delay)
    elapsed = time.perf_counter() - START
    print(f"[{elapsed:4.2f}초] {page}번 페이지 완료 ({delay}초)")
    return f"페이지{page}"


async def main() -> list[str]:
    # snippet: highlight
    return await asyncio.gather(*(download(page) for page in range(10)))


results = asyncio.run(main())

# --- 결과 확인: 잰 시간으로 판정합니다 ---
elapsed = time.perf_counter() - START
total = sum(1 + page % 3 for page in range(10))
print(f"결과(넘긴 순서 그대로): {results}")
print(
    f"걸린 시간: {elapsed:.2f}초 "
    f"(기다린 시간의 합: {total}초, 가장 긴 기다림: 3초)"
)
if elapsed < 0.3 * total:
    print(
        "판정: 겹쳐서 기다렸습니다. "
        "10개를 기다린 시간의 합의 30%도 안 되는 시간에 받았습니다."
    )
else:
    print("판정: 겹치지 않았습니다.")
