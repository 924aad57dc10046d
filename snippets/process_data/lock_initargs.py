# snippet: expect-output=판정: initargs로 물려받은 록 덕분에 잃은 갱신이 없습니다
"""고친 코드: 록은 initializer와 initargs로 작업자를 만들 때 물려줍니다.

작업자마다 받은 록을 전역 변수에 두고, 일을 할 때 씁니다."""

import multiprocessing

TASKS, ADDS = 4, 20_000


def remember(shared_lock, shared_total) -> None:
    # 작업자 프로세스가 시작할 때 한 번 불립니다
    global lock, total
    # snippet: highlight
    lock, total = shared_lock, shared_total


def add_many(_: int) -> None:
    for _ in range(ADDS):
        # snippet: highlight
        with lock:
            total.value += 1


if __name__ == "__main__":
    shared_lock = multiprocessing.Lock()
    # lock=False: 딸린 록 없이 공유 메모리의 정수만 만듭니다.
    # 보호는 initargs로 함께 물려주는 shared_lock이 맡습니다
    shared_total = multiprocessing.Value("i", 0, lock=False)
    # snippet: highlight-start
    with multiprocessing.Pool(
        2, initializer=remember, initargs=(shared_lock, shared_total)
    ) as pool:
        # snippet: highlight-end
        pool.map(add_many, range(TASKS))

    # --- 결과 확인: 기대한 합과 실제 값을 비교해 판정합니다 ---
    expected = TASKS * ADDS
    print(f"기대한 값: {expected:,}, 실제 값: {shared_total.value:,}")
    if shared_total.value == expected:
        print("판정: initargs로 물려받은 록 덕분에 잃은 갱신이 없습니다.")
    else:
        print(f"판정: 갱신을 잃었습니다 ({expected - shared_total.value:,}개).")
