# snippet: expect-output=판정: 대기 중이던 일은 실행되지 않고 취소되었습니다
"""shutdown(cancel_futures=True): 대기 중인 일을 모두 취소하고,
실행 중인 일만 끝나기를 기다립니다."""

import time
from concurrent.futures import ThreadPoolExecutor

START = time.perf_counter()
WORKERS, JOBS, SECONDS = 2, 10, 0.3
ran: list[int] = []


def job(number: int) -> None:
    ran.append(number)
    time.sleep(SECONDS)


pool = ThreadPoolExecutor(max_workers=WORKERS)
futures = [pool.submit(job, n) for n in range(JOBS)]
# 첫 일들이 시작할 시간을 줍니다
time.sleep(0.1)
# snippet: highlight
pool.shutdown(wait=True, cancel_futures=True)
elapsed = time.perf_counter() - START

cancelled = sum(f.cancelled() for f in futures)
print(f"맡긴 일 {JOBS}개 중 실행된 일: {sorted(ran)}, 취소된 일: {cancelled}개")
everything = JOBS / WORKERS * SECONDS
print(f"걸린 시간: {elapsed:.2f}초 (모두 실행했다면 {everything:.1f}초)")

# --- 결과 확인: 실행된 일과 취소된 일의 수로 판정합니다 ---
if len(ran) + cancelled == JOBS and cancelled > 0 and len(ran) <= WORKERS:
    print(
        "판정: 대기 중이던 일은 실행되지 않고 취소되었습니다. "
        "이미 실행 중이던 일만 끝까지 실행되었습니다."
    )
else:
    print("판정: 취소되지 않고 실행된 대기 중인 일이 있습니다.")
