# snippet: expect-output=권장 방식의 결과: 42
"""이벤트 루프 밖에서 asyncio.get_event_loop()를 부르면 어떻게 되는지 실제로 확인합니다."""

import asyncio
import sys
import warnings

print(f"Python {sys.version_info.major}.{sys.version_info.minor}")

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter(
        "always"
    )  # 평소 숨겨지는 DeprecationWarning까지 모두 기록합니다
    try:
        loop = (
            asyncio.get_event_loop()
        )  # 실행 중인 이벤트 루프가 없는 곳에서 부릅니다
    except RuntimeError as error:
        print(f"get_event_loop(): RuntimeError: {error}")
    else:
        print("get_event_loop(): 새 이벤트 루프를 만들어 돌려주었습니다")
        asyncio.set_event_loop(None)
        loop.close()

print(f"기록된 경고: {len(caught)}개")
for warning in caught:
    print(f"  {warning.category.__name__}: {warning.message}")


async def answer() -> int:
    loop = (
        asyncio.get_running_loop()
    )  # 코루틴 안에서는 지금 도는 루프를 돌려줍니다
    print(
        f"코루틴 안의 get_running_loop(): 실행 중인 루프 = {loop.is_running()}"
    )
    return 42


# 권장 방식: 루프는 asyncio.run이 만들고 닫습니다
print(f"권장 방식의 결과: {asyncio.run(answer())}")

try:
    asyncio.get_running_loop()  # 루프 밖에서는 버전과 상관없이 RuntimeError입니다
except RuntimeError as error:
    print(f"루프 밖의 get_running_loop(): RuntimeError: {error}")
