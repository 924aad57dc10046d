# snippet: expect-output=판정: Pool의 작업자는 일을 3개까지만 하고 새 프로세스로 바뀌었습니다
# snippet: expect-output=판정: ProcessPoolExecutor의 작업자는 일을 1개까지만 하고 새 프로세스로 바뀌었습니다
"""maxtasksperchild(Pool)와 max_tasks_per_child(ProcessPoolExecutor, 3.11+):
작업자가 일을 정해진 개수만큼 하면 끝나고, 풀이 새 프로세스를 띄웁니다."""

import os
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import Pool


def whoami(_: int) -> int:
    return os.getpid()


if __name__ == "__main__":
    # chunksize=1: Pool은 묶음 하나를 일 하나로 셉니다
    # snippet: highlight
    with Pool(2, maxtasksperchild=3) as pool:
        by_pool = Counter(pool.map(whoami, range(12), chunksize=1))
    # 이 인자를 주면 시작 방식은 기본으로 spawn입니다(fork와는 함께 못 씁니다).
    # 1보다 크면 일이 밀려 있을 때 풀이 멈추는 버그가 있었습니다(gh-115634)
    # snippet: highlight
    with ProcessPoolExecutor(2, max_tasks_per_child=1) as executor:
        by_executor = Counter(executor.map(whoami, range(6)))

    # --- 결과 확인: PID마다 맡은 일의 수로 판정합니다 ---
    for name, limit, pids in [
        ("Pool", 3, by_pool),
        ("ProcessPoolExecutor", 1, by_executor),
    ]:
        tasks = sum(pids.values())
        counts = sorted(pids.values(), reverse=True)
        print(
            f"{name}: 일 {tasks}개, 작업자 PID {len(pids)}개, PID마다 {counts}"
        )
        if max(counts) <= limit and len(pids) >= tasks / limit:
            print(
                f"판정: {name}의 작업자는 일을 {limit}개까지만 하고 "
                "새 프로세스로 바뀌었습니다."
            )
        else:
            print(f"판정: {name}의 작업자가 일을 {limit}개보다 많이 했습니다.")
