# snippet: cpu-timing
# snippet: expect-output=판정: 프로세스가 오히려 느렸습니다
"""흔한 실수: 아주 작은 일을 프로세스에 나누면 프로세스를 띄우는 비용이 일보다 큽니다."""

import time
from concurrent.futures import ProcessPoolExecutor

JOBS = 4


def small_sum(n: int) -> int:
    return sum(range(n))  # 1밀리초도 안 걸리는 작은 계산


if __name__ == "__main__":
    start = time.perf_counter()
    results = [small_sum(10_000) for _ in range(JOBS)]
    one_by_one = time.perf_counter() - start

    start = time.perf_counter()
    with ProcessPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(small_sum, [10_000] * JOBS))
    in_processes = time.perf_counter() - start

    print(f"작은 계산 {JOBS}개, 차례로:      {one_by_one * 1000:7.2f}밀리초")
    print(f"작은 계산 {JOBS}개, 프로세스 2개: {in_processes * 1000:7.2f}밀리초")
    if in_processes > one_by_one:
        print(
            f"판정: 프로세스가 오히려 느렸습니다 ({in_processes / one_by_one:.0f}배)."
        )
    else:
        print("판정: 프로세스가 더 빨랐습니다.")
