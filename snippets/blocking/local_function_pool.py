# snippet: expect-error=AttributeError
"""흔한 실수: 함수 안에 정의한 함수(또는 lambda)를 프로세스 풀에 넘기면 피클링할 수 없습니다."""

import asyncio
from concurrent.futures import ProcessPoolExecutor


async def main() -> None:
    def crunch_numbers(n: int) -> int:  # 실수: main 안에 정의한 지역 함수입니다
        return sum(i * i for i in range(n))

    loop = asyncio.get_running_loop()
    with ProcessPoolExecutor(max_workers=1) as pool:
        print(await loop.run_in_executor(pool, crunch_numbers, 1000))


if __name__ == "__main__":
    asyncio.run(main())
