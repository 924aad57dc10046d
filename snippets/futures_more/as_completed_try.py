# snippet: expect-output=판정: 성공과 실패가 섞여도 끝난 순서대로 받았습니다
"""as_completed로 끝나는 대로 받으면서, result()를 try로 감싸
실패한 일만 따로 기록합니다."""

import time
from concurrent.futures import ThreadPoolExecutor, as_completed

START = time.perf_counter()
DELAYS = {"site-a": 0.3, "site-b": 0.1, "site-c": 0.5, "site-d": 0.2}
BROKEN = {"site-b", "site-d"}


def fetch(site: str) -> str:
    time.sleep(DELAYS[site])
    if site in BROKEN:
        raise ConnectionError(f"{site}: 연결이 끊겼습니다")
    return f"{site} 응답"


results, failures, received = {}, {}, []
with ThreadPoolExecutor(max_workers=4) as pool:
    futures = {pool.submit(fetch, site): site for site in DELAYS}
    for future in as_completed(futures):
        site = futures[future]
        received.append(site)
        now = time.perf_counter() - START
        # snippet: highlight-start
        try:
            results[site] = future.result()
        except ConnectionError as error:
            failures[site] = error
            print(f"[{now:4.2f}초] 실패: {error!r}")
        # snippet: highlight-end
        else:
            print(f"[{now:4.2f}초] 성공: {results[site]}")

# --- 결과 확인: 받은 순서가 일이 끝난 순서(짧게 걸린 순서)인지로 판정합니다 ---
finished_order = sorted(DELAYS, key=DELAYS.get)
print(f"받은 순서: {received}")
if received == finished_order and set(failures) == BROKEN:
    print("판정: 성공과 실패가 섞여도 끝난 순서대로 받았습니다.")
else:
    print(f"판정: 끝난 순서({finished_order})와 다르게 받았습니다.")
