# snippet: expect-stderr=WARNING:asyncio:Executing <Task
"""흔한 실수: 로그 수준을 ERROR로 올려 두면 디버그 모드의 경고도 사라집니다.

asyncio는 느린 단계를 'asyncio' 로거에 WARNING으로 남깁니다. 같은 프로그램을
로그 수준만 바꿔 두 번 실행합니다.
"""

import asyncio
import logging
import time


async def handle_request() -> None:
    # 블로킹 호출: 이벤트 루프를 0.2초 붙잡습니다
    time.sleep(0.2)
    await asyncio.sleep(0)


# 실수: 시끄러운 로그를 줄이려고 모든 로그를 ERROR 이상만 남깁니다
# snippet: highlight
logging.basicConfig(level=logging.ERROR)
print("--- 모든 로그가 ERROR 이상만 ---")
asyncio.run(handle_request(), debug=True)

# 고친 코드: asyncio 로거만 WARNING부터 남깁니다
# snippet: highlight
logging.getLogger("asyncio").setLevel(logging.WARNING)
print("--- asyncio 로거는 WARNING부터 ---")
asyncio.run(handle_request(), debug=True)
