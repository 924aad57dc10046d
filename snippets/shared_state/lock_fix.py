# snippet: expect-output=판정: 잃은 갱신이 없습니다
"""읽기부터 쓰기까지를 threading.Lock으로 감싸면
한 번에 한 스레드만 카운터를 바꿉니다."""

import threading
import time

THREADS, STEPS = 4, 1_000
counter = 0
# snippet: highlight
counter_lock = threading.Lock()


def add_many() -> None:
    global counter
    for _ in range(STEPS):
        # 록을 얻은 스레드만 들어옵니다. 블록을 나가면 록을 풀어 줍니다
        # snippet: highlight
        with counter_lock:
            current = counter
            # 다른 스레드로 바뀌어도, 그 스레드는 록 앞에서 기다립니다
            time.sleep(0)
            counter = current + 1


threads = [threading.Thread(target=add_many) for _ in range(THREADS)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()

# --- 결과 확인: 잃은 갱신을 세어 판정합니다 ---
expected = THREADS * STEPS
print(f"기대한 값: {expected:,}, 실제 값: {counter:,}")
if counter == expected:
    print("판정: 잃은 갱신이 없습니다.")
else:
    print(f"판정: 갱신을 잃었습니다 ({expected - counter:,}개).")
