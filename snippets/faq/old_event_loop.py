# snippet: expect-output=판정: asyncio.run은 경고 없이 끝났습니다
"""예전 글에 흔한 get_event_loop() + run_until_complete() 패턴과 asyncio.run()을 비교합니다."""

import asyncio
import sys
import warnings


async def main() -> str:
    await asyncio.sleep(0.1)
    return "완료"


warnings.simplefilter(
    "always"
)  # 평소 숨겨지는 DeprecationWarning도 보이게 합니다
print(f"Python {sys.version_info.major}.{sys.version_info.minor}")
with warnings.catch_warnings(record=True) as old_warnings:
    try:
        loop = asyncio.get_event_loop()  # 옛 방식
        print(f"옛 방식: {loop.run_until_complete(main())}")
        loop.close()
    except RuntimeError as error:
        print(f"옛 방식: RuntimeError: {error}")
print(f"옛 방식의 경고: {[str(warning.message) for warning in old_warnings]}")

with warnings.catch_warnings(record=True) as new_warnings:
    print(
        f"asyncio.run: {asyncio.run(main())}"
    )  # 권장: 루프를 만들고 닫는 일을 맡깁니다
if not new_warnings:
    print("판정: asyncio.run은 경고 없이 끝났습니다.")
