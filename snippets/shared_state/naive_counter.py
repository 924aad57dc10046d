# snippet: expect-output=판정: 5번 실행에서 잃은 갱신이
"""보호하지 않은 `counter += 1`을 스레드 4개가 실행하고, 잃은 갱신을 셉니다.

잃은 갱신이 몇 개일지는 파이썬 버전과 실행에 따라 다릅니다.
"""

import sys
import threading

ROUNDS, THREADS, STEPS = 5, 4, 100_000
counter = 0


def add_many() -> None:
    global counter
    for _ in range(STEPS):
        # 읽기, 더하기, 쓰기: 원자적이지 않습니다
        # snippet: highlight
        counter += 1


lost_per_round = []
for _ in range(ROUNDS):
    counter = 0
    threads = [threading.Thread(target=add_many) for _ in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    lost_per_round.append(THREADS * STEPS - counter)

# --- 결과 확인: 잃은 갱신을 세어 있는 그대로 알립니다 ---
print(f"파이썬 {sys.version.split()[0]}, 기대한 값 {THREADS * STEPS:,}")
print(f"{ROUNDS}번 실행에서 잃은 갱신: {lost_per_round}")
lost = sum(lost_per_round)
if lost == 0:
    print(
        f"판정: {ROUNDS}번 실행에서 잃은 갱신이 없었습니다. "
        "이번 실행의 결과일 뿐, 스레드 안전하다는 뜻은 아닙니다."
    )
else:
    rounds_lost = sum(1 for n in lost_per_round if n)
    print(
        f"판정: {ROUNDS}번 실행에서 잃은 갱신이 모두 {lost:,}개입니다 "
        f"({rounds_lost}번의 실행에서 잃었습니다)."
    )
