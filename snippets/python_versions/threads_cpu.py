# snippet: cpu-timing
# snippet: min-cores=2
# snippet: expect-output=판정: 측정 결과가 GIL 상태와 맞습니다
"""CPU 일을 스레드 2개가 나눠 하면 두 CPU를 함께 쓸까요?
답은 GIL이 켜져 있는지에 달려 있습니다."""

import sys
import threading
import time

from cpu_work import N, count_down


def measure(use_threads: bool) -> tuple[float, float]:
    """count_down(N)을 두 번 합니다.

    (걸린 시간, 이 프로세스가 쓴 CPU 시간)을 돌려줍니다."""
    wall, cpu = time.perf_counter(), time.process_time()
    if use_threads:
        threads = [
            threading.Thread(target=count_down, args=(N,)) for _ in range(2)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    else:
        count_down(N)
        count_down(N)
    # process_time(): 이 프로세스의 모든 스레드가 CPU를 쓴 시간의 합
    # snippet: highlight
    return time.perf_counter() - wall, time.process_time() - cpu


# 3.13 미만에는 sys._is_gil_enabled()가 없고, GIL은 늘 켜져 있습니다
# snippet: highlight
gil_enabled = sys._is_gil_enabled() if hasattr(sys, "_is_gil_enabled") else True
state = "켜짐" if gil_enabled else "꺼짐 (자유 스레딩)"
print(f"Python {sys.version.split()[0]}, GIL: {state}")

# --- 결과 확인: CPU 시간 ÷ 걸린 시간을 GIL 상태와 비교해 판정합니다 ---
# 번갈아 세 번씩 재고 가장 빨리 끝난 것을 씁니다.
# 다른 프로그램이 CPU를 쓴 영향을 줄입니다
rounds = [
    (measure(use_threads=False), measure(use_threads=True)) for _ in range(3)
]
alone_wall, alone_cpu = min(pair[0] for pair in rounds)
wall, cpu = min(pair[1] for pair in rounds)
print(f"차례로 두 번: 걸린 시간 {alone_wall:.2f}초, CPU 시간 {alone_cpu:.2f}초")
print(f"스레드 2개:   걸린 시간 {wall:.2f}초, CPU 시간 {cpu:.2f}초")
# 1이면 CPU 하나만, 2면 CPU 두 개를 내내 썼다는 뜻입니다
busy = cpu / wall
print(f"스레드 2개가 같은 순간에 쓴 CPU 수(CPU 시간 ÷ 걸린 시간): {busy:.2f}")
parallel = busy > 1.3
if parallel != gil_enabled:
    how = (
        "CPU 두 개를 함께 썼습니다"
        if parallel
        else "한 번에 CPU 하나만 썼습니다"
    )
    print(f"판정: 측정 결과가 GIL 상태와 맞습니다. 두 스레드가 {how}.")
else:
    print(
        f"판정: 예상과 다릅니다. GIL: {state}, CPU 시간 ÷ 걸린 시간: {busy:.2f}"
    )
