# snippet: cpu-timing
# snippet: expect-output=판정: 프로세스가 오히려 느렸습니다
"""흔한 실수: 아주 작은 일을 프로세스에 나누면
프로세스를 띄우는 비용이 일보다 큽니다."""

import time
from concurrent.futures import ProcessPoolExecutor

JOBS = 4


def small_sum(n: int) -> int:
    # 1밀리초도 안 걸리는 작은 계산
    return sum(range(n))


if __name__ == "__main__":
    start = time.perf_counter()
    results = [small_sum(10_000) for _ in range(JOBS)]
    one_by_one = time.perf_counter() - start

    start = time.perf_counter()
    # 프로세스를 띄우고, 일을 피클링해 보내고, 결과를 받아 옵니다
    # snippet: highlight-start
    with ProcessPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(small_sum, [10_000] * JOBS))
    # snippet: highlight-end
    in_processes = time.perf_counter() - start

    # --- 결과 확인: 두 방식의 시간을 비교해 판정합니다 ---
    print(f"작은 계산 {JOBS}개, 차례로:      {one_by_one * 1000:7.2f}밀리초")
    print(f"작은 계산 {JOBS}개, 프로세스 2개: {in_processes * 1000:7.2f}밀리초")
    if in_processes > one_by_one:
        ratio = in_processes / one_by_one
        print(f"판정: 프로세스가 오히려 느렸습니다 ({ratio:.0f}배).")
    else:
        print("판정: 프로세스가 더 빨랐습니다.")
