# snippet: expect-output=판정: 두 스레드가 모두 이체를 마쳤습니다
"""교착 상태 고치기: 모든 스레드가 록을 언제나 같은 순서(A, B)로 얻습니다."""

import threading
import time

START = time.perf_counter()
TIMEOUT = 1.0
locks = {"A": threading.Lock(), "B": threading.Lock()}
finished: list[str] = []


def log(message: str) -> None:
    print(f"[{time.perf_counter() - START:4.2f}초] {message}\n", end="")


def transfer(name: str, source: str, target: str) -> None:
    # 이체 방향과 상관없이 이름 순서대로 얻습니다: 전체에서 순서가 하나뿐입니다
    # snippet: highlight
    first, second = sorted([source, target])
    log(f"{name}: {source}→{target} 이체, 록 {first}부터 얻습니다")
    with locks[first]:
        log(f"{name}: 록 {first}를 얻었습니다")
        time.sleep(0.1)
        if locks[second].acquire(timeout=TIMEOUT):
            log(f"{name}: 록 {second}도 얻었습니다. 이체 완료")
            finished.append(name)
            locks[second].release()
        else:
            log(f"{name}: 록 {second}를 얻지 못해 포기합니다")


one = threading.Thread(target=transfer, args=("스레드1", "A", "B"))
two = threading.Thread(target=transfer, args=("스레드2", "B", "A"))
for thread in (one, two):
    thread.start()
for thread in (one, two):
    thread.join()

# --- 결과 확인: 두 스레드가 마쳤는지와 걸린 시간으로 판정합니다 ---
elapsed = time.perf_counter() - START
print(f"이체를 마친 스레드: {sorted(finished)}, 걸린 시간: {elapsed:.2f}초")
if len(finished) == 2 and elapsed < 0.75 * TIMEOUT:
    print(
        "판정: 두 스레드가 모두 이체를 마쳤습니다. "
        "한쪽이 다른 쪽을 잠깐 기다렸을 뿐 시간제한까지 가지 않았습니다."
    )
else:
    print("판정: 이체를 마치지 못한 스레드가 있습니다.")
