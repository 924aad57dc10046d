# snippet: expect-output=판정: 록 없이 더한 쪽은 갱신을 잃었습니다
# snippet: expect-output=판정: get_lock()으로 더한 쪽은 하나도 잃지 않았습니다
"""multiprocessing.Value: 여러 프로세스가 함께 쓰는 정수 하나.

counter.value += 1은 읽기와 쓰기가 따로 일어나 갱신을 잃습니다.
get_lock()으로 감싸면 잃지 않습니다."""

import multiprocessing

WORKERS, ADDS = 2, 100_000


def add_unlocked(counter, ready) -> None:
    # 두 프로세스가 모두 준비될 때까지 기다렸다가 함께 출발합니다
    ready.wait()
    for _ in range(ADDS):
        # 읽을 때 한 번, 쓸 때 한 번 따로 록을 얻습니다.
        # 읽기와 쓰기 사이에 다른 프로세스가 끼어들 수 있습니다
        # snippet: highlight
        counter.value += 1


def add_locked(counter, ready) -> None:
    ready.wait()
    for _ in range(ADDS):
        # 읽고, 더하고, 쓰는 동안 Value에 딸린 록을 쥐고 있습니다
        # snippet: highlight-start
        with counter.get_lock():
            counter.value += 1
        # snippet: highlight-end


def run(target) -> int:
    # 'i': C의 int. 공유 메모리에 놓이고, 록이 하나 딸려 옵니다
    # snippet: highlight
    counter = multiprocessing.Value("i", 0)
    ready = multiprocessing.Barrier(WORKERS)
    workers = [
        multiprocessing.Process(target=target, args=(counter, ready))
        for _ in range(WORKERS)
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    return counter.value


if __name__ == "__main__":
    expected = WORKERS * ADDS
    for name, target in [
        ("록 없이", add_unlocked),
        ("get_lock()으로", add_locked),
    ]:
        value = run(target)
        print(f"{name} 더하기: 기대한 값 {expected:,}, 실제 값 {value:,}")
        # --- 결과 확인: 기대한 합과 실제 값을 비교해 판정합니다 ---
        lost = expected - value
        if lost:
            print(f"판정: {name} 더한 쪽은 갱신을 잃었습니다 ({lost:,}개).")
        else:
            print(f"판정: {name} 더한 쪽은 하나도 잃지 않았습니다.")
