# snippet: expect-output=판정: 두 방법의 결과가 같고, 넣은 순서 그대로입니다
"""같은 일을 multiprocessing.Pool과 ProcessPoolExecutor에 맡깁니다. 둘 다 넣은 순서로 돌려줍니다."""

from concurrent.futures import ProcessPoolExecutor
from multiprocessing import Pool


def square(number: int) -> int:
    return number * number


if __name__ == "__main__":
    numbers = list(range(8))

    with Pool(processes=2) as pool:  # multiprocessing의 프로세스 풀
        from_pool = pool.map(square, numbers)
    print(f"Pool.map:                {from_pool}")

    with ProcessPoolExecutor(
        max_workers=2
    ) as executor:  # concurrent.futures의 프로세스 풀
        from_executor = list(executor.map(square, numbers))
        future = executor.submit(square, 12)  # 스레드 풀과 같은 submit → Future
        print(f"ProcessPoolExecutor.map: {from_executor}")
        print(f"submit(square, 12).result(): {future.result()}")

    if from_pool == from_executor == [number * number for number in numbers]:
        print("판정: 두 방법의 결과가 같고, 넣은 순서 그대로입니다.")
    else:
        print("판정: 결과가 다릅니다.")
