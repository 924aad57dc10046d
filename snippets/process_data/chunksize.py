# snippet: cpu-timing
# snippet: expect-output=판정: chunksize를 키우니 ProcessPoolExecutor.map이 10배 넘게 빨라졌습니다
# snippet: expect-output=판정: chunksize를 키우니 Pool.map이 10배 넘게 빨라졌습니다
"""아주 작은 일 5,000개를 프로세스 풀의 map에 맡깁니다. chunksize=1이면
일 하나마다 주고받고, chunksize가 크면 여러 개를 묶어 한 번에 보냅니다."""

import time
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import Pool

TASKS = 5_000


def square(number: int) -> int:
    return number * number


if __name__ == "__main__":
    numbers = range(TASKS)
    best = {}
    with ProcessPoolExecutor(max_workers=2) as executor, Pool(2) as pool:
        # 작업자를 미리 띄워 둡니다: 프로세스를 띄우는 시간은 재지 않습니다
        list(executor.map(square, range(4)))
        pool.map(square, range(4))
        # 번갈아 두 번씩 재서 각자 짧은 쪽을 씁니다
        for _ in range(2):
            # ProcessPoolExecutor.map의 chunksize 기본값은 1입니다
            for chunk in (1, 250):
                start = time.perf_counter()
                # snippet: highlight
                list(executor.map(square, numbers, chunksize=chunk))
                seconds = time.perf_counter() - start
                key = ("ProcessPoolExecutor.map", chunk)
                best[key] = min(seconds, best.get(key, seconds))
            # Pool.map은 chunksize를 주지 않으면(None) 알아서 묶습니다
            for chunk in (1, None):
                start = time.perf_counter()
                # snippet: highlight
                pool.map(square, numbers, chunksize=chunk)
                seconds = time.perf_counter() - start
                key = ("Pool.map", chunk)
                best[key] = min(seconds, best.get(key, seconds))

    # --- 결과 확인: 묶음 크기마다 잰 시간을 비교해 판정합니다 ---
    for (name, chunk), seconds in best.items():
        label = "자동" if chunk is None else chunk
        print(f"{name}, chunksize={label}: {seconds * 1000:6.1f}밀리초")
    for name, bigger in [("ProcessPoolExecutor.map", 250), ("Pool.map", None)]:
        ratio = best[name, 1] / best[name, bigger]
        if ratio > 10:
            print(
                f"판정: chunksize를 키우니 {name}이 10배 넘게 "
                f"빨라졌습니다 ({ratio:.0f}배)."
            )
        else:
            print(
                f"판정: chunksize를 키워도 {name}이 "
                f"{ratio:.1f}배 빨라졌을 뿐입니다."
            )
