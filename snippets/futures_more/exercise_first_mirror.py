# snippet: expect-output=판정: 가장 빠른 미러의 응답을 먼저 받았고
# snippet: expect-output=판정: 취소에 성공한 요청은 모두 시작하지 않은 것이었습니다
"""연습 문제 풀이: 미러 다섯 곳에 요청하고, 가장 먼저 온 응답을 쓴 뒤
아직 시작하지 않은 요청은 취소합니다."""

import threading
import time
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait

START = time.perf_counter()
# 미러 -> 응답 시간(초)
DELAYS = {
    "mirror-a": 0.8,
    "mirror-b": 0.3,
    "mirror-c": 0.6,
    "mirror-d": 0.5,
    "mirror-e": 0.4,
}
started: set[str] = set()
started_lock = threading.Lock()


def fetch(mirror: str) -> str:
    with started_lock:
        started.add(mirror)
    time.sleep(DELAYS[mirror])
    return f"{mirror}의 파일"


with ThreadPoolExecutor(max_workers=3) as pool:
    futures = {pool.submit(fetch, mirror): mirror for mirror in DELAYS}
    # snippet: highlight
    done, pending = wait(futures, return_when=FIRST_COMPLETED)
    first_at = time.perf_counter() - START
    winner = futures[done.pop()]
    print(f"[{first_at:4.2f}초] 첫 응답: {winner}")
    # snippet: highlight
    cancelled = {futures[f]: f.cancel() for f in pending}
    for mirror, ok in sorted(cancelled.items()):
        print(f"  {mirror}: cancel() → {ok}")
print(f"[{time.perf_counter() - START:4.2f}초] with 블록을 나왔습니다")

# --- 결과 확인: 첫 응답과 취소 결과로 판정합니다 ---
fastest = min(DELAYS, key=DELAYS.get)
if winner == fastest and first_at < 0.5 * max(DELAYS.values()):
    print(
        "판정: 가장 빠른 미러의 응답을 먼저 받았고, "
        "가장 느린 것을 기다리지 않았습니다."
    )
else:
    print("판정: 첫 응답이 가장 빠른 미러가 아니었거나 늦었습니다.")
if all(ok == (mirror not in started) for mirror, ok in cancelled.items()):
    print("판정: 취소에 성공한 요청은 모두 시작하지 않은 것이었습니다.")
else:
    print("판정: 시작한 요청이 취소되었거나, 시작하지 않은 요청이 남았습니다.")
