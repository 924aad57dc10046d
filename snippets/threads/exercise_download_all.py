# snippet: expect-output=판정: 겹쳐서 기다렸습니다
"""연습 문제 풀이: 페이지 다섯 개를 스레드로 함께 내려받고,
결과를 페이지 순서대로 모읍니다."""

import threading
import time

START = time.perf_counter()
# 페이지마다 내려받는 데 걸리는 시간(초)
DELAYS = [0.8, 0.3, 1.0, 0.5, 0.6]
# 스레드마다 자기 칸에만 씁니다
results: list[str | None] = [None] * len(DELAYS)


def download(index: int, seconds: float) -> None:
    time.sleep(seconds)
    # snippet: highlight
    results[index] = f"page-{index}({seconds}초)"
    # 한 줄을 한 번에 씁니다
    elapsed = time.perf_counter() - START
    print(f"[{elapsed:4.2f}초] page-{index} 완료\n", end="")


threads = [
    threading.Thread(target=download, args=(i, s)) for i, s in enumerate(DELAYS)
]
for thread in threads:
    thread.start()
for thread in threads:
    # 모두 끝난 뒤에야 results를 읽습니다
    # snippet: highlight
    thread.join()

# --- 결과 확인: 잰 시간과 빠진 결과로 판정합니다 ---
elapsed = time.perf_counter() - START
print(f"결과(페이지 순서): {results}")
print(f"걸린 시간: {elapsed:.2f}초 (기다린 시간의 합: {sum(DELAYS):.1f}초)")
if elapsed < 0.5 * sum(DELAYS) and None not in results:
    print(
        "판정: 겹쳐서 기다렸습니다. "
        "다섯 페이지를 기다린 시간의 합의 절반도 안 되는 시간에 받았습니다."
    )
else:
    print("판정: 겹치지 않았거나 빠진 결과가 있습니다.")
