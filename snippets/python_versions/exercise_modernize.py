# snippet: expect-output=판정: 폐지 예정 API 없이 센서 값을 읽었습니다
"""연습 문제 풀이: get_event_loop()를 쓰던 코드를
asyncio.run()과 get_running_loop()로 고칩니다."""

import asyncio
import time
import warnings

# 폐지 예정(deprecated) API를 부르면 경고 대신 곧바로 오류가 납니다
warnings.simplefilter("error", DeprecationWarning)


def read_sensor() -> float:
    # 블로킹 함수: 스레드 풀에서 실행합니다
    time.sleep(0.2)
    return 21.5


async def main() -> float:
    # 코루틴 안에서는 get_running_loop()
    # snippet: highlight
    loop = asyncio.get_running_loop()
    started = loop.time()
    # snippet: highlight
    value = await loop.run_in_executor(None, read_sensor)
    print(f"센서 값 {value} ({loop.time() - started:.1f}초)")
    return value


# 옛 코드:
#   loop = asyncio.get_event_loop()
#   loop.run_until_complete(main())
#   loop.close()
# 폐지 예정 API가 남아 있으면 이 줄이 DeprecationWarning 오류로 끝납니다
# snippet: highlight
value = asyncio.run(main())

# --- 결과 확인: 오류 없이 읽은 값을 보고 판정합니다 ---
if value == 21.5:
    print("판정: 폐지 예정 API 없이 센서 값을 읽었습니다.")
else:
    print(f"판정: 센서 값이 다릅니다: {value}")
