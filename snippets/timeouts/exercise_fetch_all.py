# snippet: expect-output=판정: 느린 서버만 시간제한에 걸렸고 전체는 약 1초에 끝났습니다
# snippet: browser
"""연습 문제 풀이: 서버마다 1초 시간제한을 걸고, 늦으면 '시간 초과'로 씁니다."""

import asyncio
import time

START = time.perf_counter()
LIMIT = 1.0
DELAYS = {"서울": 0.3, "부산": 1.8, "대전": 0.6, "광주": 2.5, "제주": 0.9}


async def fetch(city: str) -> str:
    await asyncio.sleep(DELAYS[city])
    return f"{city} 날씨"


async def fetch_with_limit(city: str) -> str:
    # snippet: starter=# 시간제한이 없습니다. 서버마다 LIMIT초 시간제한을 걸고,
    # snippet: starter=# 늦으면 "시간 초과"를 돌려주도록 고치세요.
    # snippet: starter=return await fetch(city)
    # snippet: solution-start
    # snippet: highlight-start
    try:
        # 서버마다 따로 시간제한을 겁니다
        async with asyncio.timeout(LIMIT):
            return await fetch(city)
    except TimeoutError:
        return "시간 초과"
    # snippet: highlight-end
    # snippet: solution-end


async def main() -> dict[str, str]:
    async with asyncio.TaskGroup() as group:
        tasks = {
            city: group.create_task(fetch_with_limit(city)) for city in DELAYS
        }
    return {city: task.result() for city, task in tasks.items()}


results = asyncio.run(main())
for city, result in results.items():
    print(f"{city}: {result}")
# --- 결과 확인: 시간 초과된 도시와 걸린 시간으로 판정합니다 ---
elapsed = time.perf_counter() - START
late = {city for city, result in results.items() if result == "시간 초과"}
total = sum(DELAYS.values())
print(
    f"걸린 시간: {elapsed:.2f}초 "
    f"(시간제한: {LIMIT:g}초, 응답 시간의 합: {total:g}초)"
)
if late == {"부산", "광주"} and elapsed < 1.5 * LIMIT:
    print("판정: 느린 서버만 시간제한에 걸렸고 전체는 약 1초에 끝났습니다.")
else:
    print("판정: 시간제한이 예상대로 동작하지 않았습니다.")
