# snippet: expect-output=판정: 모듈 최상위 함수는 프로세스 풀에 보낼 수 있습니다
"""프로세스 풀에 lambda를 보내면 피클링 오류가 납니다. 모듈 최상위 함수는 보낼 수 있습니다."""

from concurrent.futures import ProcessPoolExecutor


def square(
    number: int,
) -> int:  # 모듈 최상위 함수: 자식 프로세스가 이름으로 찾을 수 있습니다
    return number * number


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as pool:
        future = pool.submit(lambda number: number * number, 3)  # 잘못된 코드
        try:
            future.result()
        except Exception as error:
            print("lambda를 보냈을 때 result()가 일으킨 예외:")
            print(f"  {type(error).__module__}.{type(error).__name__}: {error}")

        result = pool.submit(square, 3).result()  # 고친 코드
        print(f"모듈 최상위 함수를 보냈을 때: square(3) = {result}")
    if result == 9:
        print("판정: 모듈 최상위 함수는 프로세스 풀에 보낼 수 있습니다.")
    else:
        print("판정: 결과가 틀렸습니다.")
