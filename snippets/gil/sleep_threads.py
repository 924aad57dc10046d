# snippet: expect-output=판정: 겹쳐서 기다렸습니다
"""기다리는 일(sleep, 네트워크, 디스크)은 스레드로 겹칩니다.
기다리는 동안 GIL을 내려놓기 때문입니다."""

import threading
import time

JOBS = 4
# 한 번 기다리는 시간(초)
WAIT = 0.5
START = time.perf_counter()


def log(message: str) -> None:
    # 줄바꿈까지 한 번에 씁니다: 여러 스레드의 출력이 한 줄에 붙지 않게
    print(f"[{time.perf_counter() - START:4.2f}초] {message}\n", end="")


def wait(number: int) -> None:
    log(f"{number}번 스레드: 기다리기 시작")
    # 블로킹 호출: 기다리는 동안 다른 스레드가 GIL을 가져갑니다
    # snippet: highlight
    time.sleep(WAIT)
    log(f"{number}번 스레드: 끝")


threads = [
    threading.Thread(target=wait, args=(number,))
    for number in range(1, JOBS + 1)
]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()

# --- 결과 확인: 걸린 시간을 차례로 기다린 시간과 비교해 판정합니다 ---
elapsed = time.perf_counter() - START
total = JOBS * WAIT
print(f"걸린 시간: {elapsed:.2f}초 (차례로 기다렸다면 {total:.1f}초)")
if elapsed < 0.4 * total:
    print(
        "판정: 겹쳐서 기다렸습니다. "
        "기다리는 동안에는 GIL이 다른 스레드를 막지 않습니다."
    )
else:
    print("판정: 겹치지 않았습니다.")
