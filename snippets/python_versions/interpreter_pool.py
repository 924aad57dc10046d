# snippet: min-python=3.14
# snippet: cpu-timing
# snippet: min-cores=2
# snippet: expect-output=판정: 인터프리터마다 GIL이 따로 있어 CPU 일이 겹쳤습니다
"""InterpreterPoolExecutor(3.14): 한 프로세스 안의 인터프리터 여러 개가
CPU 일을 나눕니다."""

import time
from concurrent.futures import InterpreterPoolExecutor

# 다른 인터프리터로 보낼 함수는 모듈에 둡니다
from cpu_work import N, count_down

if __name__ == "__main__":
    start = time.perf_counter()
    count_down(N)
    count_down(N)
    sequential = time.perf_counter() - start
    print(f"차례로 두 번:   {sequential:.2f}초")

    start = time.perf_counter()
    # snippet: highlight-start
    with InterpreterPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(count_down, [N, N]))
    # snippet: highlight-end
    parallel = time.perf_counter() - start

    # --- 결과 확인: 두 시간의 비로 판정합니다 ---
    speedup = sequential / parallel
    print(f"인터프리터 2개: {parallel:.2f}초 ({speedup:.2f}배), 결과 {results}")
    if speedup > 1.4:
        print("판정: 인터프리터마다 GIL이 따로 있어 CPU 일이 겹쳤습니다.")
    else:
        print("판정: 빨라지지 않았습니다.")
