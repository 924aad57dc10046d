# snippet: expect-output=판정: 록 없이는 갱신을 잃어버렸습니다
"""스레드 여럿이 록 없이 '읽고, 더하고, 쓰면' 서로 쓴 값을 덮어씁니다."""

import threading
import time

TIMES, THREADS = 1000, 4
counter = 0
lock = threading.Lock()


def add(use_lock: bool) -> None:
    global counter
    for _ in range(TIMES):
        if use_lock:
            lock.acquire()
        # snippet: highlight-start
        value = counter  # 읽기
        # 읽기와 쓰기 사이에 다른 스레드로 넘어갈 수 있습니다
        time.sleep(0)
        counter = value + 1  # 쓰기: 그사이 다른 스레드가 쓴 값을 덮어씁니다
        # snippet: highlight-end
        if use_lock:
            lock.release()


for use_lock in (False, True):
    counter = 0
    threads = [
        threading.Thread(target=add, args=(use_lock,)) for _ in range(THREADS)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    # --- 결과 확인: 카운터를 기대한 값과 비교합니다 ---
    label = "사용" if use_lock else "없음"
    print(f"록 {label}: {counter} (기대한 값 {TIMES * THREADS})")
    if not use_lock and counter < TIMES * THREADS:
        print("판정: 록 없이는 갱신을 잃어버렸습니다.")
    elif not use_lock:
        print("판정: 이번에는 록 없이도 갱신을 잃지 않았습니다.")
