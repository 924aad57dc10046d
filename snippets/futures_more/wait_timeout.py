# snippet: expect-output=판정: wait(timeout=...)은 시간이 되자 예외 없이 돌아왔습니다
"""wait(timeout=초): 시간이 지나면 그때까지 끝난 것과 남은 것을 나눠 돌려줍니다.

예외는 일어나지 않고, 남은 일은 계속 실행됩니다.
"""

import time
from concurrent.futures import ThreadPoolExecutor, wait

START = time.perf_counter()
DELAYS = {"가": 0.2, "나": 0.4, "다": 1.5}
TIMEOUT = 0.8


def download(page: str) -> str:
    time.sleep(DELAYS[page])
    return f"{page} 페이지 내용"


with ThreadPoolExecutor(max_workers=3) as pool:
    futures = {pool.submit(download, page): page for page in DELAYS}
    # snippet: highlight
    done, not_done = wait(futures, timeout=TIMEOUT)
    returned = time.perf_counter() - START
    print(f"[{returned:4.2f}초] wait(timeout={TIMEOUT:g})이 돌아왔습니다")
    print(f"  끝난 것: {sorted(futures[f] for f in done)}")
    print(f"  남은 것: {sorted(futures[f] for f in not_done)}")
    still_running = all(f.running() for f in not_done)
# with 블록을 나올 때 남은 일이 끝나기를 기다립니다
finished_all = time.perf_counter() - START
print(f"[{finished_all:4.2f}초] with 블록을 나왔습니다")

# --- 결과 확인: 돌아온 시각과 나뉜 결과로 판정합니다 ---
late = {futures[f] for f in not_done}
if 0.9 * TIMEOUT <= returned < 0.5 * (TIMEOUT + DELAYS["다"]) and late == {
    "다"
}:
    print(
        "판정: wait(timeout=...)은 시간이 되자 예외 없이 돌아왔습니다. "
        f"남은 일은 그때도 실행 중이었습니다({still_running})."
    )
else:
    print("판정: 시간이 되었을 때 예상과 다르게 나뉘었습니다.")
