# snippet: expect-output=판정: 가장 빠른 미러의 응답을 받았고, 나머지는 모두 취소했습니다
# snippet: browser
"""연습 문제 풀이: 미러 세 곳 중 가장 먼저 온 응답을 쓰고 나머지는 취소합니다.

1초 안에 아무 응답도 없으면 "시간 초과"입니다.
"""

import asyncio
import time

START = time.perf_counter()
MIRRORS = {"서울": 0.7, "도쿄": 0.3, "프랑크푸르트": 1.2}


async def download(mirror: str) -> str:
    await asyncio.sleep(MIRRORS[mirror])
    return f"{mirror}에서 받은 파일"


async def fastest(limit: float) -> tuple[str, list[asyncio.Task]]:
    tasks = [asyncio.create_task(download(m), name=m) for m in MIRRORS]
    # snippet: starter=# 모든 미러를 기다립니다. 가장 먼저 온 응답을 쓰고 나머지는 취소하도록 고치세요.
    # snippet: starter=done, pending = await asyncio.wait(tasks)
    # snippet: solution-start
    # snippet: highlight-start
    done, pending = await asyncio.wait(
        tasks, timeout=limit, return_when=asyncio.FIRST_COMPLETED
    )
    for task in pending:
        task.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    # snippet: highlight-end
    # snippet: solution-end
    if not done:
        return "시간 초과", tasks
    return done.pop().result(), tasks


result, tasks = asyncio.run(fastest(limit=1.0))
elapsed = time.perf_counter() - START
print(f"결과: {result} ({elapsed:.2f}초)")
for task in tasks:
    print(f"  {task.get_name()}: {'취소됨' if task.cancelled() else '완료'}")
# --- 결과 확인: 이긴 미러, 취소된 미러, 걸린 시간으로 판정합니다 ---
cancelled = {task.get_name() for task in tasks if task.cancelled()}
if (
    result.startswith("도쿄")
    and cancelled == {"서울", "프랑크푸르트"}
    and elapsed < 2 * MIRRORS["도쿄"]
):
    print("판정: 가장 빠른 미러의 응답을 받았고, 나머지는 모두 취소했습니다.")
else:
    print("판정: 가장 빠른 응답만 쓰고 나머지를 취소하지 못했습니다.")
