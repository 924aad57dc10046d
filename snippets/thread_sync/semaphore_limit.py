# snippet: expect-output=판정: 한 번에 2개까지만 들어갔습니다
"""Semaphore(2): 스레드 6개가 내려받지만, 한 번에 2개까지만 들어갑니다."""

import threading
import time

START = time.perf_counter()
LIMIT, JOBS, SECONDS = 2, 6, 0.3
# snippet: highlight
slots = threading.Semaphore(LIMIT)
count_lock = threading.Lock()
inside, most_inside = 0, 0


def download(number: int) -> None:
    global inside, most_inside
    # 빈자리가 없으면 누군가 나갈 때까지 기다립니다
    # snippet: highlight
    with slots:
        with count_lock:
            inside += 1
            most_inside = max(most_inside, inside)
            now = time.perf_counter() - START
            print(f"[{now:4.2f}초] {number}번 시작 (안에 {inside}개)\n", end="")
        time.sleep(SECONDS)
        with count_lock:
            inside -= 1


threads = [threading.Thread(target=download, args=(n,)) for n in range(JOBS)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()

# --- 결과 확인: 안에 가장 많았던 수와 걸린 시간으로 판정합니다 ---
elapsed = time.perf_counter() - START
rounds = JOBS / LIMIT
print(f"안에 가장 많았을 때: {most_inside}개, 걸린 시간: {elapsed:.2f}초")
if most_inside == LIMIT and elapsed >= 0.9 * rounds * SECONDS:
    print(
        f"판정: 한 번에 {LIMIT}개까지만 들어갔습니다. "
        f"{JOBS}개가 {rounds:.0f}번에 나눠 들어가 "
        f"약 {rounds * SECONDS:.1f}초 걸렸습니다."
    )
else:
    print("판정: 한도보다 많이 들어갔거나 예상보다 빨리 끝났습니다.")
