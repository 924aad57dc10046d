# snippet: expect-output=판정: 겹쳐서 기다렸습니다
# snippet: browser
"""연습 문제 풀이: 아침 준비 세 가지를 TaskGroup으로 함께 기다립니다.

결과는 끝난 순서가 아니라 태스크를 만든 순서대로 모아 출력합니다.
"""

import asyncio
import time

START = time.perf_counter()
# 일 이름과 기다리는 시간(초)
JOBS = {"커피": 1.5, "토스트": 1.0, "달걀": 0.5}


async def prepare(name: str, seconds: float) -> str:
    await asyncio.sleep(seconds)
    print(f"[{time.perf_counter() - START:4.2f}초] {name} 준비 완료")
    return name


async def main() -> list[str]:
    # snippet: starter=# 차례로 기다립니다. TaskGroup으로 함께 기다리도록 고치세요.
    # snippet: starter=return [await prepare(name, seconds) for name, seconds in JOBS.items()]
    # snippet: solution-start
    # snippet: highlight-start
    async with asyncio.TaskGroup() as group:
        tasks = [
            group.create_task(prepare(name, seconds))
            for name, seconds in JOBS.items()
        ]
    return [task.result() for task in tasks]
    # snippet: highlight-end
    # snippet: solution-end


ready = asyncio.run(main())

# --- 결과 확인: 잰 시간으로 판정합니다 ---
elapsed = time.perf_counter() - START
total = sum(JOBS.values())
print(f"준비된 것(만든 순서대로): {ready}")
print(
    f"걸린 시간: {elapsed:.2f}초 "
    f"(기다린 시간의 합: {total}초, 가장 긴 기다림: 1.5초)"
)
if elapsed < 0.75 * total:
    print("판정: 겹쳐서 기다렸습니다.")
else:
    print("판정: 겹치지 않았습니다.")
