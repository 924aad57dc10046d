# snippet: expect-output=판정: result(timeout=...)은 시간제한에서 TimeoutError를 일으켰고
# snippet: expect-stderr=TimeoutError
"""future.result(timeout=초): 시간 안에 결과가 없으면 TimeoutError가 납니다.

일 자체는 멈추지 않고 계속 실행됩니다.
"""

import time
import traceback
from concurrent.futures import ThreadPoolExecutor

START = time.perf_counter()
JOB, TIMEOUT = 1.5, 0.5


def log(message: str) -> None:
    print(f"[{time.perf_counter() - START:4.2f}초] {message}", flush=True)


def slow_report() -> str:
    time.sleep(JOB)
    log("스레드: 보고서를 다 만들었습니다")
    return "보고서"


with ThreadPoolExecutor(max_workers=1) as pool:
    future = pool.submit(slow_report)
    try:
        # snippet: highlight
        future.result(timeout=TIMEOUT)
    except TimeoutError:
        raised_at = time.perf_counter() - START
        # 실제 트레이스백을 표준 에러에 씁니다
        traceback.print_exc()
        running_then = future.running()
        log(f"TimeoutError를 잡았습니다. 일은 아직 실행 중: {running_then}")
    log(f"다시 기다려 받은 결과: {future.result()}")

# --- 결과 확인: 예외가 난 시각과 그때의 상태로 판정합니다 ---
if 0.9 * TIMEOUT <= raised_at < 0.6 * JOB and running_then:
    print(
        "판정: result(timeout=...)은 시간제한에서 TimeoutError를 일으켰고, "
        "일은 멈추지 않고 끝까지 실행되었습니다."
    )
else:
    print("판정: 시간제한에서 예외가 나지 않았거나 일이 멈췄습니다.")
