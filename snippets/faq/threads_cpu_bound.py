# snippet: cpu-timing
# snippet: expect-output=판정: 스레드 2개가 CPU를 같은 순간에 쓰지 못했습니다
"""GIL이 있으면 CPU 일을 스레드 2개로 나눠도 번갈아 실행될 뿐입니다."""

import threading
import time


def count_down(n: int) -> None:
    while n > 0:
        n -= 1


wall, cpu = time.perf_counter(), time.process_time()
# snippet: highlight-start
threads = [
    threading.Thread(target=count_down, args=(5_000_000,)) for _ in range(2)
]
# snippet: highlight-end
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
# --- 결과 확인: 쓴 CPU 시간을 걸린 시간으로 나눠 판정합니다 ---
wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
print(
    f"걸린 시간 {wall:.2f}초, 그동안 쓴 CPU 시간 {cpu:.2f}초 "
    f"→ 같은 순간에 쓴 CPU {cpu / wall:.2f}개"
)
if cpu / wall < 1.3:
    print(
        "판정: 스레드 2개가 CPU를 같은 순간에 쓰지 못했습니다. "
        "CPU 일에는 프로세스를 씁니다."
    )
else:
    print(
        "판정: 스레드 2개가 CPU 두 개를 함께 썼습니다(GIL이 없는 빌드입니다)."
    )
