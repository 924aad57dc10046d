# snippet: cpu-timing
# snippet: min-cores=2
# snippet: expect-output=판정: 여러 요리사가 같은 순간에 일했습니다
"""병렬성(parallelism): 요리사 여럿(프로세스 여럿)이 같은 순간에 일합니다.

손이 계속 가는 일(CPU 계산)을 프로세스 두 개에 나눠 맡깁니다.
"""

import os
import time
from concurrent.futures import ProcessPoolExecutor

# 채소 썰기 두 판
JOBS = 2
# 한 판에 칼질 이천만 번 (CPU만 쓰는 계산)
WORK = 20_000_000


def chop(amount: int) -> int:
    count = 0
    for _ in range(amount):
        # 기다림이 전혀 없는, 손이 계속 가는 일
        count += 1
    return count


def one_cook() -> None:
    for _ in range(JOBS):
        # 요리사 한 명이 두 판을 차례로
        chop(WORK)


def several_cooks() -> None:
    # 요리사(프로세스)를 둘 둡니다
    # snippet: highlight-start
    with ProcessPoolExecutor(max_workers=JOBS) as pool:
        list(pool.map(chop, [WORK] * JOBS))
    # snippet: highlight-end


def timed(run) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


if __name__ == "__main__":
    # 두 방식을 번갈아 두 번씩 재서 각자 가장 짧은 시간을 씁니다.
    # 다른 프로그램이 잠깐 CPU를 차지해 흐트러진 측정을 걸러 냅니다.
    sequential = parallel = float("inf")
    for _ in range(2):
        sequential = min(sequential, timed(one_cook))
        parallel = min(parallel, timed(several_cooks))

    # --- 결과 확인: 빨라진 배수를 기대할 수 있는 최대와 비교합니다 ---
    cores = os.cpu_count() or 1
    # 같은 순간에 일할 수 있는 요리사 수: 코어 수와 일의 수 중 작은 쪽
    expected = min(cores, JOBS)
    speedup = sequential / parallel
    print(f"요리사 한 명이 차례로: {sequential:.2f}초")
    print(
        f"프로세스 {JOBS}개가 나눠서: {parallel:.2f}초 "
        "(프로세스를 띄우는 시간 포함)"
    )
    print(
        f"빨라진 배수: {speedup:.2f}배 "
        f"(CPU 코어 {cores}개, 기대할 수 있는 최대: {expected}배)"
    )
    if speedup >= 0.6 * expected:
        print(
            "판정: 여러 요리사가 같은 순간에 일했습니다. "
            "계산하는 일이 병렬로 실행되었습니다."
        )
    else:
        print("판정: 빨라지지 않았습니다. 계산이 병렬로 실행되지 않았습니다.")
