# snippet: expect-output=판정: 결과는 넣은 순서 그대로입니다
# snippet: expect-output=판정: 첫 결과는 첫 일이 끝난 뒤에 나왔습니다
"""pool.map은 일이 끝난 순서와 상관없이 결과를 넣은 순서대로 돌려줍니다."""

import sys
import time
from concurrent.futures import ThreadPoolExecutor

START = time.perf_counter()
# 페이지마다 응답 시간이 다릅니다
DELAYS = {"가": 1.0, "나": 0.3, "다": 0.6}
# 스레드에서 일이 끝난 순서
finished = []


def log(message: str) -> None:
    # 한 줄을 write 한 번으로 씁니다: 여러 스레드의 출력이 한 줄에 섞이지 않게
    sys.stdout.write(f"[{time.perf_counter() - START:4.2f}초] {message}\n")


def download(page: str) -> str:
    time.sleep(DELAYS[page])
    log(f"  (스레드) {page} 페이지 완료")
    finished.append(page)
    return f"{page} 페이지 내용"


received = []
with ThreadPoolExecutor(max_workers=3) as pool:
    # 넣은 순서: 가, 나, 다
    # snippet: highlight
    for result in pool.map(download, DELAYS):
        log(f"map이 돌려준 결과: {result}")
        received.append((time.perf_counter() - START, result))

# --- 결과 확인: 받은 순서와 시각으로 판정합니다 ---
first_time = received[0][0]
print(f"넣은 순서: {list(DELAYS)}, 끝난 순서: {finished}")
in_order = [f"{page} 페이지 내용" for page in DELAYS]
if [result for _, result in received] == in_order:
    print("판정: 결과는 넣은 순서 그대로입니다. 끝난 순서와 상관없습니다.")
else:
    print("판정: 결과의 순서가 넣은 순서와 다릅니다.")
if first_time >= 0.95 * DELAYS["가"]:
    print(f"판정: 첫 결과는 첫 일이 끝난 뒤에 나왔습니다 ({first_time:.2f}초).")
else:
    print("판정: 첫 일이 끝나기 전에 결과가 나왔습니다.")
