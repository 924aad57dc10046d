# snippet: expect-output=판정: asyncio.run은 경고 없이 끝났습니다
# snippet: browser
"""옛 글의 get_event_loop() + run_until_complete() 패턴과 asyncio.run() 비교."""

import asyncio
import sys
import warnings


async def main() -> str:
    await asyncio.sleep(0.1)
    return "완료"


# 평소 숨겨지는 DeprecationWarning도 보이게 합니다
warnings.simplefilter("always")
print(f"Python {sys.version_info.major}.{sys.version_info.minor}")
with warnings.catch_warnings(record=True) as old_warnings:
    try:
        # 옛 방식
        # snippet: highlight
        loop = asyncio.get_event_loop()
        print(f"옛 방식: {loop.run_until_complete(main())}")
        loop.close()
    except RuntimeError as error:
        print(f"옛 방식: RuntimeError: {error}")
print(f"옛 방식의 경고: {[str(warning.message) for warning in old_warnings]}")

with warnings.catch_warnings(record=True) as new_warnings:
    # 권장: 루프를 만들고 닫는 일을 맡깁니다
    # snippet: highlight
    print(f"asyncio.run: {asyncio.run(main())}")
# --- 결과 확인: asyncio.run이 경고를 남겼는지로 판정합니다 ---
if not new_warnings:
    print("판정: asyncio.run은 경고 없이 끝났습니다.")
else:
    print("판정: asyncio.run도 경고를 남겼습니다.")
