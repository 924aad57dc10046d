# snippet: expect-output=판정: 차례로 실행되었습니다
"""흔한 실수: submit 하자마자 result()를 부르면
스레드 풀이 있어도 하나씩 차례로 실행됩니다."""

import sys
import time
from concurrent.futures import ThreadPoolExecutor

START = time.perf_counter()


def log(message: str) -> None:
    sys.stdout.write(f"[{time.perf_counter() - START:4.2f}초] {message}\n")


def download(page: int) -> str:
    log(f"{page}번 페이지 다운로드 시작")
    time.sleep(0.5)
    return f"페이지{page}"


with ThreadPoolExecutor(max_workers=4) as pool:
    # 잘못된 코드: result()가 이 일이 끝날 때까지 기다린 뒤에야
    # 다음 일을 맡깁니다
    # snippet: highlight
    results = [pool.submit(download, page).result() for page in range(4)]

# --- 결과 확인: 잰 시간으로 판정합니다 ---
elapsed = time.perf_counter() - START
print(f"결과: {results}")
print(f"걸린 시간: {elapsed:.2f}초 (기다린 시간의 합: 2초, 스레드는 4개)")
if elapsed >= 0.95 * 2:
    print(
        "판정: 차례로 실행되었습니다. 스레드 4개 중 한 번에 하나만 일했습니다."
    )
else:
    print("판정: 겹쳐서 기다렸습니다.")
