# snippet: cpu-timing
# snippet: min-cores=2
# snippet: timeout=120
# snippet: expect-output=판정: 스레드는 순차 실행보다 빨라지지 않았습니다
# snippet: expect-output=판정: 프로세스가 스레드보다 1.5배 이상 빨랐습니다
"""CPU 바운드: 순수 파이썬 계산 네 덩어리를
순차, 스레드, 프로세스로 실행합니다."""

import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

from measure import compare

JOBS, REPEATS = 4, 5


def crunch(n: int) -> int:
    """기다림 없이 계산만 하는 일:
    0부터 n-1까지 각 수의 제곱을 7로 나눈 나머지를 더합니다."""
    total = 0
    for i in range(n):
        total += i * i % 7
    return total


def size_for(seconds: float) -> int:
    """crunch(n) 한 번이 이 컴퓨터에서 seconds초쯤 걸리는 n.
    세 번 재서 가장 빠른 값으로 정합니다."""
    sample = min(timed_crunch(500_000) for _ in range(3))
    return int(500_000 * seconds / sample)


def timed_crunch(n: int) -> float:
    start = time.perf_counter()
    crunch(n)
    return time.perf_counter() - start


if __name__ == "__main__":
    # 순차로 모두 하면 약 0.3초가 되도록 이 컴퓨터에서 맞춥니다
    sizes = [size_for(0.3 / JOBS)] * JOBS
    print(f"crunch({sizes[0]:,}) {JOBS}번, 스레드와 프로세스는 {JOBS}개씩")
    with (
        ThreadPoolExecutor(JOBS) as threads,
        ProcessPoolExecutor(JOBS) as processes,
    ):
        # snippet: highlight-start
        methods = {
            "순차": lambda: [crunch(n) for n in sizes],
            "스레드": lambda: list(threads.map(crunch, sizes)),
            "프로세스": lambda: list(processes.map(crunch, sizes)),
        }
        # snippet: highlight-end
        medians = compare(
            f"CPU 바운드: 계산 {JOBS}덩어리", methods, REPEATS, "cpu_bound"
        )

    # --- 결과 확인: 중앙값의 비로 판정합니다 ---
    # 잡음을 생각해 30%까지는 같은 것으로 봅니다
    if medians["순차"] / medians["스레드"] < 1.3:
        print(
            "판정: 스레드는 순차 실행보다 빨라지지 않았습니다. "
            "한 번에 한 스레드만 계산했습니다."
        )
    else:
        print(
            "판정: 스레드가 순차 실행보다 빨라졌습니다. "
            "자유 스레딩 빌드일 수 있습니다."
        )
    ratio = medians["스레드"] / medians["프로세스"]
    if ratio >= 1.5:
        print(
            "판정: 프로세스가 스레드보다 1.5배 이상 "
            f"빨랐습니다 ({ratio:.1f}배). 코어를 함께 썼습니다."
        )
    else:
        print(
            f"판정: 프로세스가 스레드보다 {ratio:.1f}배 빠른 데 그쳤습니다. "
            "코어를 함께 쓰지 못했습니다."
        )
