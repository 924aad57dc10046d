# snippet: expect-error=AttributeError
"""예전 강의의 @asyncio.coroutine + yield from 코루틴은 Python 3.11에서 제거되었습니다."""

import asyncio


@asyncio.coroutine  # Python 3.10까지 있던 데코레이터 (3.8부터 폐기 예고)
def fetch_data():
    yield from asyncio.sleep(0.1)
    return "데이터"


print(asyncio.run(fetch_data()))
