# snippet: expect-output=판정: 겹쳐서 기다렸습니다
# snippet: browser
"""asyncio.TaskGroup(3.11+): 블록을 나오면 태스크가 모두 끝나 있습니다."""

import asyncio
import time

START = time.perf_counter()


async def download(page: int, delay: float) -> str:
    await asyncio.sleep(delay)
    elapsed = time.perf_counter() - START
    print(f"[{elapsed:4.2f}초] {page}번 페이지 완료 ({delay}초)")
    return f"페이지{page}"


async def main() -> None:
    # snippet: highlight-start
    async with asyncio.TaskGroup() as group:
        tasks = [
            group.create_task(download(page, delay))
            for page, delay in enumerate([3, 1, 2])
        ]
    # snippet: highlight-end
    # 여기에 왔다면 모든 태스크가 끝났습니다.
    # 하나라도 실패하면 나머지는 취소됩니다.
    print(f"결과: {[task.result() for task in tasks]}")


asyncio.run(main())

# --- 결과 확인: 잰 시간으로 판정합니다 ---
elapsed = time.perf_counter() - START
print(
    f"걸린 시간: {elapsed:.2f}초 (기다린 시간의 합: 6초, 가장 긴 기다림: 3초)"
)
if elapsed < 0.75 * 6:
    print("판정: 겹쳐서 기다렸습니다.")
else:
    print("판정: 겹치지 않았습니다.")
