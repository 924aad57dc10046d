# snippet: cpu-timing
# snippet: expect-output=판정: 공유 메모리가 큐로 보내기보다 3배 넘게 빨랐습니다
"""64MB를 작업자 프로세스에 넘기는 두 방법을 잽니다.

큐로 보내면 통째로 피클링해서 복사합니다. 공유 메모리 블록에 넣으면
이름만 보내고, 작업자는 그 블록에 붙어서 읽습니다."""

import multiprocessing
import os
import pickle
import time
from multiprocessing.shared_memory import SharedMemory

SIZE = 64 * 1024 * 1024


def checksum(data) -> int:
    # 4096바이트마다 한 바이트씩 더합니다: 작업자가 데이터를 정말 읽었다는 표시
    return sum(data[::4096])


def worker(tasks, results) -> None:
    while (message := tasks.get()) is not None:
        if isinstance(message, str):
            # 이름을 받았으면 그 블록에 붙어서 읽습니다
            # snippet: highlight-start
            block = SharedMemory(name=message)
            results.put(checksum(block.buf))
            block.close()
            # snippet: highlight-end
        else:
            results.put(checksum(message))


if __name__ == "__main__":
    data = os.urandom(SIZE)
    # 블록은 작업자보다 먼저 만듭니다(fork에서도 자원 추적기를 함께 쓰도록)
    block = SharedMemory(create=True, size=SIZE)
    tasks, results = multiprocessing.Queue(), multiprocessing.Queue()
    process = multiprocessing.Process(target=worker, args=(tasks, results))
    process.start()
    # 작업자가 준비될 때까지 기다립니다: 프로세스를 띄우는 시간은 재지 않습니다
    tasks.put(b"")
    results.get()

    by_queue = by_block = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        # snippet: highlight
        tasks.put(data)
        from_queue = results.get()
        by_queue = min(by_queue, time.perf_counter() - start)

        start = time.perf_counter()
        # 블록에 채우는 복사까지 잽니다
        # snippet: highlight-start
        block.buf[:SIZE] = data
        tasks.put(block.name)
        # snippet: highlight-end
        from_block = results.get()
        by_block = min(by_block, time.perf_counter() - start)
    tasks.put(None)
    process.join()
    block.close()
    block.unlink()

    # --- 결과 확인: 두 방법의 크기와 시간을 비교해 판정합니다 ---
    print(f"큐로 보낸 피클: {len(pickle.dumps(data)):,}바이트")
    print(f"공유 메모리로 보낸 이름: {len(pickle.dumps(block.name))}바이트")
    print(f"큐로 보내기:      {by_queue * 1000:6.1f}밀리초")
    print(f"공유 메모리 쓰기: {by_block * 1000:6.1f}밀리초 (블록 채우기 포함)")
    ratio = by_queue / by_block
    print(f"작업자가 읽은 값이 같은가: {from_queue == from_block}")
    if from_queue == from_block and ratio > 3:
        print(
            "판정: 공유 메모리가 큐로 보내기보다 3배 넘게 "
            f"빨랐습니다 ({ratio:.1f}배)."
        )
    else:
        print(f"판정: 공유 메모리가 큐보다 {ratio:.1f}배 빨랐을 뿐입니다.")
