# snippet: cpu-timing
# snippet: min-cores=2
# snippet: expect-output=판정: 스레드로 빨라졌습니다
"""연습 문제 풀이: hashlib는 큰 데이터를 해시하는 동안 GIL을 내려놓아,
스레드로도 병렬로 계산합니다."""

import hashlib
import os
import threading
import time

JOBS = 2
# 1MB짜리 무작위 바이트열
DATA = os.urandom(1024 * 1024)
# 작업 하나가 데이터를 해시하는 횟수
ROUNDS = 600


def digest() -> None:
    for _ in range(ROUNDS):
        # C 코드가 해시를 계산하는 동안 GIL을 내려놓습니다
        # snippet: highlight
        hashlib.sha256(DATA).hexdigest()


def sequential() -> None:
    for _ in range(JOBS):
        digest()


def with_threads() -> None:
    threads = [threading.Thread(target=digest) for _ in range(JOBS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


def timed(run) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


# --- 결과 확인: 두 방식의 시간을 비교해 판정합니다 ---
# 번갈아 두 번씩 재서 각자 가장 짧은 시간을 씁니다
one_by_one = threaded = float("inf")
for _ in range(2):
    one_by_one = min(one_by_one, timed(sequential))
    threaded = min(threaded, timed(with_threads))
cores = os.cpu_count() or 1
speedup = one_by_one / threaded
print(f"sha256 × {JOBS}, 차례로:     {one_by_one:.2f}초")
print(f"sha256 × {JOBS}, 스레드 {JOBS}개: {threaded:.2f}초")
print(
    f"빨라진 배수: {speedup:.2f}배 (기대할 수 있는 최대: {min(cores, JOBS)}배)"
)
if speedup >= 0.6 * min(cores, JOBS):
    print(
        "판정: 스레드로 빨라졌습니다. "
        "해시를 계산하는 C 코드는 GIL을 내려놓습니다."
    )
else:
    print("판정: 스레드로 빨라지지 않았습니다.")
