# snippet: expect-output=판정: 이번에는 잃은 갱신이 없었습니다
"""보호하지 않은 `counter += 1`을 스레드 4개가 실행합니다. 최근 CPython에서는 맞아 보입니다."""

import sys
import threading

ROUNDS, THREADS, STEPS = 5, 4, 100_000
counter = 0


def add_many() -> None:
    global counter
    for _ in range(STEPS):
        counter += 1  # 읽기, 더하기, 쓰기: 원자적이지 않습니다


lost_per_round = []
for _ in range(ROUNDS):
    counter = 0
    threads = [threading.Thread(target=add_many) for _ in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    lost_per_round.append(THREADS * STEPS - counter)

print(f"파이썬 {sys.version.split()[0]}, 기대한 값 {THREADS * STEPS:,}")
print(f"{ROUNDS}번 실행에서 잃은 갱신: {lost_per_round}")
if sum(lost_per_round) == 0:
    print(
        "판정: 이번에는 잃은 갱신이 없었습니다. 그렇다고 스레드 안전한 코드는 아닙니다."
    )
else:
    print("판정: 갱신을 잃었습니다.")
