# snippet: expect-error=AttributeError
"""흔한 실수: 함수 안에 정의한 함수(또는 lambda)를 프로세스 풀에 넘깁니다.

지역 함수는 피클링할 수 없어 작업자 프로세스로 보낼 수 없습니다.
"""

import asyncio
from concurrent.futures import ProcessPoolExecutor


async def main() -> None:
    # 실수: main 안에 정의한 지역 함수입니다
    # snippet: highlight-start
    def crunch_numbers(n: int) -> int:
        return sum(i * i for i in range(n))

    # snippet: highlight-end
    loop = asyncio.get_running_loop()
    with ProcessPoolExecutor(max_workers=1) as pool:
        print(await loop.run_in_executor(pool, crunch_numbers, 1000))


if __name__ == "__main__":
    asyncio.run(main())
