# snippet: expect-output=판정: 겹쳐서 기다렸습니다
"""연습 문제 풀이: 사이트 8곳의 응답을 스레드 4개로 확인하고
넣은 순서대로 정리합니다."""

import sys
import time
from concurrent.futures import ThreadPoolExecutor, as_completed

START = time.perf_counter()
# 사이트 -> 응답 시간(초)
SITES = {f"site{n}.example": 0.2 + 0.1 * (n % 4) for n in range(8)}


def check(site: str) -> float:
    # 응답을 기다리는 시간
    time.sleep(SITES[site])
    return SITES[site]


with ThreadPoolExecutor(max_workers=4) as pool:
    # snippet: highlight
    futures = {pool.submit(check, site): site for site in SITES}
    # 끝나는 대로 (순서는 실행마다 달라질 수 있습니다)
    # snippet: highlight
    for future in as_completed(futures):
        elapsed = time.perf_counter() - START
        site, seconds = futures[future], future.result()
        sys.stdout.write(f"[{elapsed:4.2f}초] {site} 응답 {seconds:.1f}초\n")
    # snippet: highlight
    by_site = {site: future.result() for future, site in futures.items()}

print(
    "넣은 순서대로:",
    ", ".join(f"{site}={seconds:.1f}초" for site, seconds in by_site.items()),
)

# --- 결과 확인: 잰 시간으로 판정합니다 ---
elapsed = time.perf_counter() - START
total = sum(SITES.values())
print(f"걸린 시간: {elapsed:.2f}초 (기다린 시간의 합: {total:.1f}초)")
if elapsed < 0.5 * total:
    print("판정: 겹쳐서 기다렸습니다.")
else:
    print("판정: 겹치지 않았습니다.")
