# snippet: expect-output=판정: 첫 일이 끝나자마자 wait()가 돌아왔습니다
"""wait(return_when=FIRST_COMPLETED): 하나라도 끝나면 돌아옵니다.

남은 것은 기본값(ALL_COMPLETED)으로 모두 끝날 때까지 기다립니다.
"""

import time
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait

START = time.perf_counter()
DELAYS = {"가": 1.0, "나": 0.3, "다": 0.6}


def download(page: str) -> str:
    time.sleep(DELAYS[page])
    return f"{page} 페이지 내용"


with ThreadPoolExecutor(max_workers=3) as pool:
    futures = {pool.submit(download, page): page for page in DELAYS}
    # snippet: highlight
    done, not_done = wait(futures, return_when=FIRST_COMPLETED)
    first_at = time.perf_counter() - START
    counts = f"끝남 {len(done)}개, 남음 {len(not_done)}개"
    print(f"[{first_at:4.2f}초] FIRST_COMPLETED: {counts}")
    print(f"  먼저 끝난 것: {[futures[f] for f in done]}")
    # snippet: highlight
    done, not_done = wait(not_done)
    all_at = time.perf_counter() - START
    counts = f"끝남 {len(done)}개, 남음 {len(not_done)}개"
    print(f"[{all_at:4.2f}초] ALL_COMPLETED: {counts}")

# --- 결과 확인: 두 wait()가 돌아온 시각으로 판정합니다 ---
fastest, slowest = min(DELAYS.values()), max(DELAYS.values())
if 0.9 * fastest <= first_at < 0.6 * slowest:
    print("판정: 첫 일이 끝나자마자 wait()가 돌아왔습니다.")
else:
    print("판정: 첫 일이 끝난 시각에 돌아오지 않았습니다.")
if all_at >= 0.95 * slowest and not not_done:
    print("판정: 둘째 wait()는 가장 느린 일까지 모두 끝난 뒤에 돌아왔습니다.")
else:
    print("판정: 둘째 wait()가 모두 끝나기 전에 돌아왔습니다.")
