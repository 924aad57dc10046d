# snippet: expect-output=판정: 운영 체제 스레드 4개가 함께 기다렸습니다
"""'파이썬은 단일 스레드다'는 오해를 바로잡습니다.

파이썬의 스레드는 운영 체제가 관리하는 진짜 스레드입니다.
"""

import threading
import time

START = time.perf_counter()
# 운영 체제가 붙인 스레드 번호 (메인 스레드 포함)
native_ids = {threading.get_native_id()}


def log(message: str) -> None:
    # 줄바꿈까지 한 번에 씁니다: 여러 스레드의 출력이 한 줄에 붙지 않게
    print(f"[{time.perf_counter() - START:4.2f}초] {message}\n", end="")


def boil(pot: str) -> None:
    # snippet: highlight
    native_ids.add(threading.get_native_id())
    log(f"{pot}: 물이 끓기를 기다립니다")
    # 기다리는 동안 이 스레드는 GIL을 내려놓습니다
    time.sleep(1)
    log(f"{pot}: 다 끓었습니다")


threads = [
    threading.Thread(target=boil, args=(f"냄비{number}",))
    for number in (1, 2, 3)
]
for thread in threads:
    thread.start()
# snippet: highlight
print(f"지금 살아 있는 스레드: {threading.active_count()}개 (메인 스레드 포함)")
for thread in threads:
    thread.join()

# --- 결과 확인: 스레드 번호의 수와 걸린 시간으로 판정합니다 ---
elapsed = time.perf_counter() - START
print(f"운영 체제 스레드 번호: 서로 다른 {len(native_ids)}개")
print(f"걸린 시간: {elapsed:.2f}초 (기다린 시간의 합: 3초)")
if len(native_ids) == 4 and elapsed < 0.75 * 3:
    print(
        "판정: 운영 체제 스레드 4개가 함께 기다렸습니다. "
        "파이썬은 단일 스레드가 아닙니다."
    )
else:
    print("판정: 스레드들이 함께 기다리지 않았습니다.")
