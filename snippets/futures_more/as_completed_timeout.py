# snippet: expect-error=TimeoutError
# snippet: expect-output=메인: TimeoutError가 났습니다
# snippet: expect-output=스레드: 다 페이지를 다 받았습니다
"""흔한 실수: as_completed(timeout=초)의 시간제한은 일 하나가 아니라
반복 전체에 걸립니다. 시간이 지나도 남은 일은 멈추지 않습니다."""

import time
from concurrent.futures import ThreadPoolExecutor, as_completed

START = time.perf_counter()
DELAYS = {"가": 0.2, "나": 0.4, "다": 1.5}


def log(message: str) -> None:
    print(f"[{time.perf_counter() - START:4.2f}초] {message}", flush=True)


def download(page: str) -> str:
    time.sleep(DELAYS[page])
    log(f"스레드: {page} 페이지를 다 받았습니다")
    return f"{page} 페이지 내용"


with ThreadPoolExecutor(max_workers=3) as pool:
    futures = [pool.submit(download, page) for page in DELAYS]
    try:
        # 실수: "일마다 1초"라고 생각했지만, 반복 전체에 모두 합쳐 1초입니다
        # snippet: highlight
        for future in as_completed(futures, timeout=1.0):
            log(f"메인: 받았습니다 - {future.result()}")
    except TimeoutError:
        log("메인: TimeoutError가 났습니다. with 블록을 나갑니다")
        # with 블록은 남은 일이 끝나기를 기다린 뒤에야 예외를 내보냅니다
        raise
