# snippet: expect-output=판정: 록 없이는 갱신을 잃어버렸습니다
"""여러 스레드가 록 없이 '읽고, 더하고, 쓰면' 다른 스레드가 쓴 값을 덮어써 갱신을 잃어버립니다."""

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
        value = counter  # 읽기
        time.sleep(0)  # 읽기와 쓰기 사이에 다른 스레드로 넘어갈 수 있습니다
        counter = value + 1  # 쓰기: 그사이 다른 스레드가 쓴 값을 덮어씁니다
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
    print(
        f"록 {'사용' if use_lock else '없음'}: {counter} (기대한 값 {TIMES * THREADS})"
    )
    if not use_lock and counter < TIMES * THREADS:
        print("판정: 록 없이는 갱신을 잃어버렸습니다.")
