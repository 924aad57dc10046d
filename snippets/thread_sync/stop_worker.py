# snippet: expect-output=판정: Event로 기다린 작업자가 훨씬 빨리 멈췄습니다
"""작업자 스레드를 깔끔하게 멈추기: time.sleep() 대신 stop.wait()로 쉽니다.

멈추라는 신호(set())를 보낸 뒤 스레드가 끝나기까지 걸린 시간을 잽니다.
"""

import threading
import time

INTERVAL = 1.0


def sleeping_worker(stop: threading.Event) -> None:
    while not stop.is_set():
        # 쉬는 동안에는 신호를 보지 못합니다
        time.sleep(INTERVAL)


def waiting_worker(stop: threading.Event) -> None:
    # snippet: highlight-start
    while not stop.is_set():
        # 신호가 오면 쉬던 중이라도 곧바로 깨어납니다
        stop.wait(INTERVAL)
    # snippet: highlight-end


stop_delay = {}
for worker in (sleeping_worker, waiting_worker):
    stop = threading.Event()
    thread = threading.Thread(target=worker, args=(stop,))
    thread.start()
    # 작업자가 잠시 일하게 둡니다
    time.sleep(0.3)
    asked = time.perf_counter()
    # snippet: highlight
    stop.set()
    thread.join()
    delay = time.perf_counter() - asked
    stop_delay[worker.__name__] = delay
    print(f"{worker.__name__}: 멈추라고 한 뒤 {delay:.2f}초 만에 끝남")

# --- 결과 확인: 멈추기까지 걸린 시간으로 판정합니다 ---
if stop_delay["waiting_worker"] < 0.25 * stop_delay["sleeping_worker"]:
    print("판정: Event로 기다린 작업자가 훨씬 빨리 멈췄습니다.")
else:
    print("판정: 두 작업자가 멈추는 데 걸린 시간이 비슷합니다.")
