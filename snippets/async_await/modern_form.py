# snippet: browser
"""오늘날의 방식: async def로 코루틴 함수를 만듭니다.

yield from 자리에는 await를 씁니다.
"""

import asyncio


# snippet: highlight
async def fetch_data() -> str:
    # 예전 코드의 yield from asyncio.sleep(0.1)
    # snippet: highlight
    await asyncio.sleep(0.1)
    return "데이터"


coroutine = fetch_data()
print(f"fetch_data()의 결과: {type(coroutine).__name__} 객체")
print(f"asyncio.run의 결과: {asyncio.run(coroutine)!r}")
