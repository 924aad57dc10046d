# snippet: cpu-timing
# snippet: min-cores=2
# snippet: expect-output=판정: 여러 요리사가 같은 순간에 일했습니다
"""병렬성(parallelism): 요리사 여럿(프로세스 여럿)이 손이 가는 일(CPU 계산)을 같은 순간에 합니다."""

import os
import time
from concurrent.futures import ProcessPoolExecutor

JOBS = 2  # 채소 썰기 두 판
WORK = 10_000_000  # 한 판에 칼질 천만 번 (CPU만 쓰는 계산)


def chop(amount: int) -> int:
    count = 0
    for _ in range(amount):
        count += 1  # 기다림이 전혀 없는, 손이 계속 가는 일
    return count


def one_cook() -> None:
    for _ in range(JOBS):
        chop(WORK)  # 요리사 한 명이 두 판을 차례로


def several_cooks() -> None:
    with ProcessPoolExecutor(
        max_workers=JOBS
    ) as pool:  # 요리사(프로세스)를 둘 둡니다
        list(pool.map(chop, [WORK] * JOBS))


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
    cores = os.cpu_count() or 1
    expected = min(
        cores, JOBS
    )  # 동시에 일할 수 있는 요리사 수: 코어 수와 일의 수 중 작은 쪽
    speedup = sequential / parallel
    print(f"요리사 한 명이 차례로: {sequential:.2f}초")
    print(
        f"프로세스 {JOBS}개가 나눠서: {parallel:.2f}초 (프로세스를 띄우는 시간 포함)"
    )
    print(
        f"빨라진 배수: {speedup:.2f}배 (CPU 코어 {cores}개, 기대할 수 있는 최대: {expected}배)"
    )
    if speedup >= 0.6 * expected:
        print(
            "판정: 여러 요리사가 같은 순간에 일했습니다. 계산하는 일이 병렬로 실행되었습니다."
        )
    else:
        print("판정: 빨라지지 않았습니다. 계산이 병렬로 실행되지 않았습니다.")
