# snippet: expect-output=판정: DeprecationWarning 없이 끝났습니다
"""연습 문제 풀이: get_event_loop()를 쓰던 코드를 asyncio.run()과 get_running_loop()로 고칩니다."""

import asyncio
import time
import warnings

warnings.simplefilter(
    "error", DeprecationWarning
)  # 폐기 예정 API를 부르면 곧바로 오류가 납니다


def read_sensor() -> float:
    time.sleep(0.2)  # 블로킹 함수: 스레드 풀에서 실행합니다
    return 21.5


async def main() -> float:
    loop = asyncio.get_running_loop()  # 코루틴 안에서는 get_running_loop()
    started = loop.time()
    value = await loop.run_in_executor(None, read_sensor)
    print(f"센서 값 {value} ({loop.time() - started:.1f}초)")
    return value


# 옛 코드: loop = asyncio.get_event_loop(); loop.run_until_complete(main()); loop.close()
asyncio.run(main())
print("판정: DeprecationWarning 없이 끝났습니다.")
