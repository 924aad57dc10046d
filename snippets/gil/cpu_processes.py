# snippet: cpu-timing
# snippet: min-cores=2
# snippet: expect-output=판정: 프로세스로 빨라졌습니다
"""CPU 바운드 작업을 프로세스에 나누면 코어 수만큼 빨라집니다.
GIL은 프로세스마다 따로입니다."""

import os
import time
from concurrent.futures import ProcessPoolExecutor

JOBS = 4
N = 32


def fib(n: int) -> int:
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def sequential() -> None:
    for _ in range(JOBS):
        fib(N)


def with_processes(workers: int) -> None:
    # 프로세스를 띄우는 시간도 잽니다
    # snippet: highlight-start
    with ProcessPoolExecutor(max_workers=workers) as pool:
        list(pool.map(fib, [N] * JOBS))
    # snippet: highlight-end


def timed(run, *args) -> float:
    start = time.perf_counter()
    run(*args)
    return time.perf_counter() - start


if __name__ == "__main__":
    cores = os.cpu_count() or 1
    # 같은 순간에 계산할 수 있는 프로세스 수
    workers = min(cores, JOBS)

    # --- 결과 확인: 두 방식의 시간을 비교해 판정합니다 ---
    # 두 방식을 번갈아 두 번씩 재서 각자 가장 짧은 시간을 씁니다.
    # 다른 프로그램이 잠깐 CPU를 차지해 흐트러진 측정을 걸러 냅니다.
    one_by_one = parallel = float("inf")
    for _ in range(2):
        one_by_one = min(one_by_one, timed(sequential))
        parallel = min(parallel, timed(with_processes, workers))
    speedup = one_by_one / parallel
    print(f"fib({N}) × {JOBS}, 차례로:       {one_by_one:.2f}초")
    print(f"fib({N}) × {JOBS}, 프로세스 {workers}개: {parallel:.2f}초")
    print(
        f"빨라진 배수: {speedup:.2f}배 "
        f"(CPU 코어 {cores}개, 기대할 수 있는 최대: {workers}배)"
    )
    if speedup >= 0.6 * workers:
        print(
            "판정: 프로세스로 빨라졌습니다. "
            "코어마다 프로세스가 하나씩 같은 순간에 계산했습니다."
        )
    else:
        print("판정: 프로세스로도 빨라지지 않았습니다.")
