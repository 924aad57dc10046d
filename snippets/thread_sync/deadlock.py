# snippet: expect-output=판정: 교착 상태였습니다
"""교착 상태: 두 스레드가 록 두 개를 서로 반대 순서로 얻으려 합니다.

acquire(timeout=...)으로 기다리므로 프로그램은 멈추지 않고 포기합니다.
"""

import threading
import time

START = time.perf_counter()
TIMEOUT = 1.0
locks = {"A": threading.Lock(), "B": threading.Lock()}
# 스레드 이름 -> 둘째 록을 기다리다 포기하기까지 기다린 시간
waited: dict[str, float] = {}


def log(message: str) -> None:
    print(f"[{time.perf_counter() - START:4.2f}초] {message}\n", end="")


def transfer(name: str, first: str, second: str) -> None:
    with locks[first]:
        log(f"{name}: 록 {first}를 얻었습니다")
        # 상대 스레드가 다른 록을 얻을 시간
        time.sleep(0.2)
        log(f"{name}: 록 {second}를 기다립니다")
        asked = time.perf_counter()
        # snippet: highlight
        if locks[second].acquire(timeout=TIMEOUT):
            log(f"{name}: 록 {second}도 얻었습니다. 이체 완료")
            locks[second].release()
            return
        waited[name] = time.perf_counter() - asked
        log(f"{name}: 록 {second}를 얻지 못해 포기합니다")
        # 곧바로 놓으면 아직 기다리던 상대가 이 록을 받아 일을 마칠 수 있습니다.
        # 두 스레드가 모두 포기하는 모습을 보려고 잠깐 더 쥐고 있다가 놓습니다
        time.sleep(0.5 * TIMEOUT)


# snippet: highlight-start
one = threading.Thread(target=transfer, args=("스레드1", "A", "B"))
two = threading.Thread(target=transfer, args=("스레드2", "B", "A"))
# snippet: highlight-end
for thread in (one, two):
    thread.start()
for thread in (one, two):
    thread.join()

# --- 결과 확인: 누가 얼마나 기다리다 포기했는지로 판정합니다 ---
for name, seconds in sorted(waited.items()):
    print(f"{name}: {seconds:.2f}초 기다리다 포기 (시간제한 {TIMEOUT:g}초)")
if len(waited) == 2 and min(waited.values()) >= 0.9 * TIMEOUT:
    print(
        "판정: 교착 상태였습니다. 두 스레드가 록을 하나씩 쥔 채 "
        "서로의 록을 기다리다가 시간제한이 지나 포기했습니다."
    )
else:
    print("판정: 교착 상태가 아니었습니다. 적어도 한 스레드가 일을 마쳤습니다.")
