# snippet: expect-output=판정: 모듈 최상위 함수는 프로세스 풀에 보낼 수 있습니다
"""프로세스 풀에 lambda를 보내면 피클링 오류가 납니다.
모듈 최상위 함수는 보낼 수 있습니다."""

from concurrent.futures import ProcessPoolExecutor


# 모듈 최상위 함수: 자식 프로세스가 이름으로 찾을 수 있습니다
def square(number: int) -> int:
    return number * number


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as pool:
        # 잘못된 코드: 이름이 없는 lambda를 보냅니다
        # snippet: highlight
        future = pool.submit(lambda number: number * number, 3)
        try:
            future.result()
        except Exception as error:
            print("lambda를 보냈을 때 result()가 일으킨 예외:")
            print(f"  {type(error).__module__}.{type(error).__name__}: {error}")

        # 고친 코드
        # snippet: highlight
        result = pool.submit(square, 3).result()
        print(f"모듈 최상위 함수를 보냈을 때: square(3) = {result}")

    # --- 결과 확인: 돌아온 값으로 판정합니다 ---
    if result == 9:
        print("판정: 모듈 최상위 함수는 프로세스 풀에 보낼 수 있습니다.")
    else:
        print("판정: 결과가 틀렸습니다.")
