# snippet: expect-output=권장 방식의 결과: 42
# snippet: expect-output=판정: 이 버전의 결과가 표와 맞습니다
# snippet: python=3.11 3.12 3.13 3.14
"""이벤트 루프 밖에서 asyncio.get_event_loop()를 부르면
어떻게 되는지 실제로 확인합니다."""

import asyncio
import sys
import warnings

version = sys.version_info[:2]
print(f"Python {version[0]}.{version[1]}")

with warnings.catch_warnings(record=True) as caught:
    # 평소 숨겨지는 DeprecationWarning까지 모두 기록합니다
    warnings.simplefilter("always")
    try:
        # 실행 중인 이벤트 루프가 없는 곳에서 부릅니다
        # snippet: highlight
        loop = asyncio.get_event_loop()
    except RuntimeError as error:
        happened = "RuntimeError"
        print(f"get_event_loop(): RuntimeError: {error}")
    else:
        happened = "새 루프"
        print("get_event_loop(): 새 이벤트 루프를 만들어 돌려주었습니다")
        asyncio.set_event_loop(None)
        loop.close()

print(f"기록된 경고: {len(caught)}개")
for warning in caught:
    print(f"  {warning.category.__name__}: {warning.message}")
warned = any(issubclass(w.category, DeprecationWarning) for w in caught)


async def answer() -> int:
    # 코루틴 안에서는 지금 도는 루프를 돌려줍니다
    # snippet: highlight
    loop = asyncio.get_running_loop()
    print(
        f"코루틴 안의 get_running_loop(): 실행 중인 루프 = {loop.is_running()}"
    )
    return 42


# 권장 방식: 루프는 asyncio.run이 만들고 닫습니다
# snippet: highlight
print(f"권장 방식의 결과: {asyncio.run(answer())}")

try:
    # 루프 밖에서는 버전과 상관없이 RuntimeError입니다
    asyncio.get_running_loop()
except RuntimeError as error:
    print(f"루프 밖의 get_running_loop(): RuntimeError: {error}")

# --- 결과 확인: 일어난 일을 페이지의 표와 비교해 판정합니다 ---
if version >= (3, 14):
    matches = happened == "RuntimeError"
elif version >= (3, 12):
    matches = happened == "새 루프" and warned
else:
    # 3.10~3.11: 새 루프. 경고는 패치 버전에 따라 나기도 합니다
    matches = happened == "새 루프"
seen = f"{happened}, DeprecationWarning {'있음' if warned else '없음'}"
if matches:
    print(f"판정: 이 버전의 결과가 표와 맞습니다 ({seen}).")
else:
    print(f"판정: 표와 다릅니다 ({seen}).")
