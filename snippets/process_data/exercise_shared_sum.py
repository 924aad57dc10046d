# snippet: expect-output=판정: 작업자 둘이 공유 메모리에서 구한 합이 차례로 구한 합과 같습니다
"""연습 문제 풀이: 정수 1,000,000개를 공유 메모리 블록에 한 번 넣고,
작업자 둘이 블록에 붙어 반씩 더합니다. 일에는 구간만 보냅니다."""

import array
import pickle
from multiprocessing import Pool
from multiprocessing.shared_memory import SharedMemory

N = 1_000_000


def attach(name: str) -> None:
    # 작업자마다 한 번: 이름으로 블록에 붙습니다
    global block
    # snippet: highlight
    block = SharedMemory(name=name)


def partial_sum(bounds: tuple[int, int]) -> int:
    start, end = bounds
    # 블록을 8바이트 정수('q')로 보는 보기(memoryview)는 쓰는 동안만 둡니다.
    # 남겨 두면 작업자가 끝날 때 블록을 닫지 못해 BufferError가 납니다.
    # snippet: highlight
    with block.buf.cast("q") as numbers:
        return sum(numbers[start:end])


if __name__ == "__main__":
    data = array.array("q", range(N))
    # snippet: highlight-start
    shared = SharedMemory(create=True, size=data.itemsize * N)
    shared.buf[: data.itemsize * N] = memoryview(data).cast("B")
    # snippet: highlight-end
    halves = [(0, N // 2), (N // 2, N)]
    # snippet: highlight
    with Pool(2, initializer=attach, initargs=(shared.name,)) as pool:
        parts = pool.map(partial_sum, halves)
    shared.close()
    shared.unlink()

    # --- 결과 확인: 보낸 크기와 합을 확인해 판정합니다 ---
    print(f"블록에 넣은 데이터: {data.itemsize * N:,}바이트")
    print(f"일 하나에 보낸 구간: {len(pickle.dumps(halves[0]))}바이트")
    print(f"반씩 더한 값: {parts[0]:,}, {parts[1]:,} → 합: {sum(parts):,}")
    if sum(parts) == sum(range(N)):
        print(
            "판정: 작업자 둘이 공유 메모리에서 구한 합이 "
            "차례로 구한 합과 같습니다."
        )
    else:
        print("판정: 합이 다릅니다.")
