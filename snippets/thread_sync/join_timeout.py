# snippet: expect-output=판정: join(timeout=...)은 스레드가 끝나지 않았어도 돌아왔습니다
"""join(timeout=초)은 그 시간이 지나면 스레드가 아직 실행 중이어도 돌아옵니다.

끝났는지는 is_alive()로 확인합니다.
"""

import threading
import time

START = time.perf_counter()
JOB, TIMEOUT = 1.5, 0.5


def log(message: str) -> None:
    print(f"[{time.perf_counter() - START:4.2f}초] {message}\n", end="")


thread = threading.Thread(target=time.sleep, args=(JOB,))
thread.start()
# snippet: highlight-start
thread.join(timeout=TIMEOUT)
returned = time.perf_counter() - START
alive = thread.is_alive()
# snippet: highlight-end
log(f"join(timeout={TIMEOUT:g})이 돌아왔습니다. is_alive() = {alive}")
# 이번에는 시간제한 없이 끝날 때까지 기다립니다
thread.join()
log(f"join()이 돌아왔습니다. is_alive() = {thread.is_alive()}")

# --- 결과 확인: 돌아온 시각과 is_alive()로 판정합니다 ---
on_time = 0.9 * TIMEOUT <= returned < 0.6 * JOB
if alive and on_time and not thread.is_alive():
    print(
        "판정: join(timeout=...)은 스레드가 끝나지 않았어도 돌아왔습니다. "
        "끝났는지는 is_alive()가 알려 줍니다."
    )
else:
    print("판정: join(timeout=...)이 시간제한에 돌아오지 않았습니다.")
