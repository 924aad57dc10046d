# snippet: cpu-timing
# snippet: expect-output=판정: 스레드로 빨라지지 않았습니다
"""CPU 바운드 작업(순수 파이썬 계산)은 스레드 4개에 나눠도 빨라지지 않습니다."""

import threading
import time

JOBS = 4
N = 32


def fib(n: int) -> int:
    # 파이썬 바이트코드만 실행하는 계산
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def sequential() -> None:
    for _ in range(JOBS):
        fib(N)


def with_threads() -> None:
    # snippet: highlight-start
    threads = [threading.Thread(target=fib, args=(N,)) for _ in range(JOBS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    # snippet: highlight-end


def timed(run) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


# --- 결과 확인: 두 방식의 시간을 비교해 판정합니다 ---
# 두 방식을 번갈아 두 번씩 재서 각자 가장 짧은 시간을 씁니다.
# 다른 프로그램이 잠깐 CPU를 차지해 흐트러진 측정을 걸러 냅니다.
one_by_one = threaded = float("inf")
for _ in range(2):
    one_by_one = min(one_by_one, timed(sequential))
    threaded = min(threaded, timed(with_threads))
print(f"fib({N}) × {JOBS}, 차례로:     {one_by_one:.2f}초")
print(f"fib({N}) × {JOBS}, 스레드 {JOBS}개: {threaded:.2f}초")
print(f"스레드 / 차례로: {threaded / one_by_one:.2f}배의 시간")
if threaded >= 0.8 * one_by_one:
    print(
        "판정: 스레드로 빨라지지 않았습니다. "
        "GIL 때문에 한 번에 한 스레드만 계산했습니다."
    )
else:
    print("판정: 스레드로 빨라졌습니다. 스레드들이 병렬로 계산했습니다.")
