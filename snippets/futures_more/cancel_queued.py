# snippet: expect-output=판정: 대기 중인 일만 취소되었습니다
"""Future.cancel()은 아직 시작하지 않은 일만 취소합니다.

스레드가 하나뿐인 풀에 일 3개를 맡기면, 첫 일은 실행 중이고
나머지는 대기 중입니다.
"""

import threading
import time
from concurrent.futures import ThreadPoolExecutor

started = threading.Event()
ran: list[int] = []


def job(number: int) -> int:
    started.set()
    ran.append(number)
    time.sleep(0.5)
    return number


with ThreadPoolExecutor(max_workers=1) as pool:
    futures = [pool.submit(job, n) for n in range(3)]
    # 첫 일이 스레드에서 시작할 때까지 기다립니다
    started.wait()
    # snippet: highlight-start
    running_cancel = futures[0].cancel()
    queued_cancel = futures[1].cancel()
    # snippet: highlight-end
    print(f"실행 중인 0번의 cancel() → {running_cancel}")
    print(f"대기 중인 1번의 cancel() → {queued_cancel}")

for number, future in enumerate(futures):
    print(f"{number}번: cancelled()={future.cancelled()}")
print(f"실제로 실행된 일: {ran}")

# --- 결과 확인: cancel()의 반환값과 실행된 일로 판정합니다 ---
if not running_cancel and queued_cancel and ran == [0, 2]:
    print(
        "판정: 대기 중인 일만 취소되었습니다. "
        "실행 중이던 0번은 끝까지 실행되었고, 1번은 실행되지 않았습니다."
    )
else:
    print("판정: 예상과 다르게 취소되었습니다.")
