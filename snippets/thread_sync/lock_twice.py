# snippet: expect-output=판정: Lock은 같은 스레드도 막았고, RLock은 다시 들여보냈습니다
"""같은 스레드가 록을 한 번 더 얻으려 하면: Lock은 막히고 RLock은 들어갑니다.

영원히 멈추지 않도록 acquire(timeout=0.5)로 시도합니다.
"""

import threading
import time

TIMEOUT = 0.5


def try_again(lock) -> tuple[bool, float]:
    """록을 가진 채로 같은 스레드에서 한 번 더 얻어 봅니다."""
    with lock:
        asked = time.perf_counter()
        # snippet: highlight
        again = lock.acquire(timeout=TIMEOUT)
        waited = time.perf_counter() - asked
        if again:
            # 얻은 만큼 풀어야 합니다: RLock은 얻은 횟수를 셉니다
            lock.release()
    return again, waited


# snippet: highlight-start
lock_again, lock_waited = try_again(threading.Lock())
rlock_again, rlock_waited = try_again(threading.RLock())
# snippet: highlight-end

# --- 결과 확인: acquire()가 돌려준 값과 기다린 시간으로 판정합니다 ---
print(f"Lock:  두 번째 acquire() → {lock_again} ({lock_waited:.2f}초 기다림)")
print(f"RLock: 두 번째 acquire() → {rlock_again} ({rlock_waited:.2f}초 기다림)")
lock_blocked = not lock_again and lock_waited >= 0.9 * TIMEOUT
rlock_entered = rlock_again and rlock_waited < 0.2 * TIMEOUT
if lock_blocked and rlock_entered:
    print("판정: Lock은 같은 스레드도 막았고, RLock은 다시 들여보냈습니다.")
else:
    print("판정: 예상과 다릅니다.")
