# snippet: expect-output=판정: 두 방법의 결과가 같고, 넣은 순서 그대로입니다
"""같은 일을 multiprocessing.Pool과 ProcessPoolExecutor에 맡깁니다.
둘 다 넣은 순서로 돌려줍니다."""

from concurrent.futures import ProcessPoolExecutor
from multiprocessing import Pool


def square(number: int) -> int:
    return number * number


if __name__ == "__main__":
    numbers = list(range(8))

    # multiprocessing의 프로세스 풀
    # snippet: highlight-start
    with Pool(processes=2) as pool:
        from_pool = pool.map(square, numbers)
    # snippet: highlight-end
    print(f"Pool.map:                {from_pool}")

    # concurrent.futures의 프로세스 풀
    # snippet: highlight
    with ProcessPoolExecutor(max_workers=2) as executor:
        # snippet: highlight
        from_executor = list(executor.map(square, numbers))
        # 스레드 풀과 같은 submit → Future
        future = executor.submit(square, 12)
        print(f"ProcessPoolExecutor.map: {from_executor}")
        print(f"submit(square, 12).result(): {future.result()}")

    # --- 결과 확인: 두 결과를 차례로 계산한 값과 비교합니다 ---
    if from_pool == from_executor == [number * number for number in numbers]:
        print("판정: 두 방법의 결과가 같고, 넣은 순서 그대로입니다.")
    else:
        print("판정: 결과가 다릅니다.")
