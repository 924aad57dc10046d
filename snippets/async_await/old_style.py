# snippet: expect-error=AttributeError
# snippet: browser
"""옛 방식인 @asyncio.coroutine + yield from 코루틴: 3.11에서 제거되었습니다."""

import asyncio


# Python 3.10까지 있던 데코레이터 (3.8부터 폐지 예정)
# snippet: highlight
@asyncio.coroutine
def fetch_data():
    yield from asyncio.sleep(0.1)
    return "데이터"


print(asyncio.run(fetch_data()))
