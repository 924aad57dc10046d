# snippet: expect-output=판정: 프로세스 풀의 결과가 차례로 계산한 결과와 같습니다
"""연습 문제 풀이: 약수의 개수를 프로세스 풀로 계산합니다
(모듈 최상위 함수 + __main__ 가드)."""

from concurrent.futures import ProcessPoolExecutor

NUMBERS = [360, 720, 1_000, 5_040, 65_536, 100_000]


# lambda 대신 모듈 최상위 함수: 자식 프로세스가 이름으로 찾습니다
# snippet: highlight
def count_divisors(number: int) -> int:
    return sum(1 for divisor in range(1, number + 1) if number % divisor == 0)


# spawn, forkserver에서 자식이 이 블록을 다시 실행하지 않게
# snippet: highlight
if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as pool:
        # snippet: highlight
        counts = list(pool.map(count_divisors, NUMBERS))
    for number, count in zip(NUMBERS, counts):
        print(f"{number:>7,}의 약수: {count}개")

    # --- 결과 확인: 한 프로세스에서 차례로 계산한 결과와 비교합니다 ---
    if counts == [count_divisors(number) for number in NUMBERS]:
        print("판정: 프로세스 풀의 결과가 차례로 계산한 결과와 같습니다.")
    else:
        print("판정: 결과가 다릅니다.")
