# snippet: cpu-timing
# snippet: min-cores=2
# snippet: expect-output=판정: 프로세스 2개로 빨라졌습니다
"""CPU 바운드 계산을 ProcessPoolExecutor로 나누면
코어 여러 개가 같은 순간에 계산합니다."""

import os
import time
from concurrent.futures import ProcessPoolExecutor

LIMIT = 600_000
STEP = LIMIT // 8
# 여덟 구간
CHUNKS = [(start, start + STEP) for start in range(0, LIMIT, STEP)]


def count_primes(bounds: tuple[int, int]) -> int:
    start, end = bounds
    count = 0
    for number in range(max(start, 2), end):
        for divisor in range(2, int(number**0.5) + 1):
            if number % divisor == 0:
                break
        else:
            count += 1
    return count


def sequential() -> int:
    return sum(count_primes(chunk) for chunk in CHUNKS)


def with_processes() -> int:
    # 프로세스를 만드는 시간까지 잽니다
    # snippet: highlight-start
    with ProcessPoolExecutor(max_workers=2) as pool:
        return sum(pool.map(count_primes, CHUNKS))
    # snippet: highlight-end


if __name__ == "__main__":
    best = {}
    # 두 번씩 재서 빠른 쪽을 씁니다: 다른 프로그램이 CPU를 쓰는 영향을 줄입니다
    for round_number in (1, 2):
        for name, run in [
            ("차례로 계산", sequential),
            ("프로세스 2개", with_processes),
        ]:
            started = time.perf_counter()
            primes = run()
            elapsed = time.perf_counter() - started
            best[name] = min(elapsed, best.get(name, elapsed))
            print(
                f"{round_number}회차 {name}: "
                f"{LIMIT:,} 미만의 소수 {primes:,}개, {elapsed:.2f}초"
            )

    # --- 결과 확인: 빠른 회차끼리 비교해 판정합니다 ---
    ratio = best["차례로 계산"] / best["프로세스 2개"]
    print(
        f"빨라진 배수: {ratio:.2f}배 "
        f"(빠른 회차끼리 비교, CPU 수: {os.cpu_count()})"
    )
    if best["프로세스 2개"] < 0.8 * best["차례로 계산"]:
        print(
            "판정: 프로세스 2개로 빨라졌습니다. "
            "두 코어가 같은 순간에 계산했습니다."
        )
    else:
        print("판정: 빨라지지 않았습니다.")
