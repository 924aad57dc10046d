# snippet: expect-output=판정: 신호를 받자마자 세 작업자가 모두 깨어났습니다
"""Event 객체: 작업자 스레드들이 wait()로 신호를 기다립니다.

set()을 한 번 부르면 기다리던 스레드가 모두 깨어납니다.
"""

import threading
import time

START = time.perf_counter()
# 설정 파일을 읽는 데 걸리는 시간(초)
SETUP = 0.5
config_ready = threading.Event()
woke_at: list[float] = []


def log(message: str) -> None:
    print(f"[{time.perf_counter() - START:4.2f}초] {message}\n", end="")


def worker(name: str) -> None:
    log(f"{name}: 설정이 준비되기를 기다립니다")
    # set()이 불릴 때까지 멈춰 있습니다
    # snippet: highlight
    config_ready.wait()
    woke_at.append(time.perf_counter() - START)
    log(f"{name}: 신호를 받았습니다. 일을 시작합니다")


workers = [
    threading.Thread(target=worker, args=(f"작업자{n}",)) for n in (1, 2, 3)
]
for thread in workers:
    thread.start()
# 메인 스레드가 설정 파일을 읽습니다
time.sleep(SETUP)
set_at = time.perf_counter() - START
log("메인 스레드: 설정을 다 읽었습니다. set()으로 신호를 보냅니다")
# snippet: highlight
config_ready.set()
for thread in workers:
    thread.join()

# --- 결과 확인: 신호를 보낸 시각과 깨어난 시각으로 판정합니다 ---
delay = max(woke_at) - set_at
print(f"신호를 보낸 뒤 마지막 작업자가 깨어나기까지: {delay:.3f}초")
if len(woke_at) == 3 and min(woke_at) >= set_at and delay < 0.3 * SETUP:
    print("판정: 신호를 받자마자 세 작업자가 모두 깨어났습니다.")
else:
    print("판정: 신호 전에 깨어났거나 늦게 깨어난 작업자가 있습니다.")
