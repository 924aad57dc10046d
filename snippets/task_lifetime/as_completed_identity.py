# snippet: expect-output=판정: as_completed가 내준 것은 원래 태스크가 아니었습니다
# snippet: browser
"""흔한 실수: as_completed가 내주는 것을 원래 태스크와 비교합니다.

for 문으로 돌면 as_completed는 원래 태스크가 아니라 새 코루틴을 내줍니다.
"""

import asyncio


async def fetch(delay: float) -> str:
    await asyncio.sleep(delay)
    return "응답"


async def main() -> None:
    tasks = {
        asyncio.create_task(fetch(0.2)): "서울",
        asyncio.create_task(fetch(0.1)): "부산",
    }
    matched = 0
    for next_done in asyncio.as_completed(tasks):
        result = await next_done
        # 실수: next_done은 tasks의 키가 아닙니다
        # snippet: highlight
        server = tasks.get(next_done, "알 수 없음")
        print(f"{type(next_done).__name__} → {server}: {result}")
        matched += server != "알 수 없음"
    # --- 결과 확인: 원래 태스크와 맞춰 본 개수로 판정합니다 ---
    if matched == 0:
        print("판정: as_completed가 내준 것은 원래 태스크가 아니었습니다.")
    else:
        print("판정: as_completed가 원래 태스크를 내주었습니다.")


asyncio.run(main())
