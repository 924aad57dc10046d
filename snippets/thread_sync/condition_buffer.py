# snippet: expect-output=판정: 버퍼는 2칸을 넘지 않았고
"""Condition 객체: 크기가 2칸인 버퍼를 생산자와 소비자가 함께 씁니다.

wait_for(조건)은 조건이 참이 될 때까지 록을 풀고 기다립니다.
"""

import threading
import time

START = time.perf_counter()
CAPACITY, ITEMS = 2, 6
buffer: list[int] = []
changed = threading.Condition()
fullest, producer_waits, received = 0, 0, []


def log(message: str) -> None:
    print(f"[{time.perf_counter() - START:4.2f}초] {message}\n", end="")


def producer() -> None:
    global fullest, producer_waits
    for item in range(ITEMS):
        with changed:
            producer_waits += len(buffer) >= CAPACITY
            # 빈칸이 생길 때까지 기다립니다 (기다리는 동안 록을 풉니다)
            # snippet: highlight
            changed.wait_for(lambda: len(buffer) < CAPACITY)
            buffer.append(item)
            fullest = max(fullest, len(buffer))
            log(f"생산자: {item}번을 넣었습니다 (버퍼에 {len(buffer)}개)")
            # 기다리는 스레드에게 "버퍼가 바뀌었다"고 알립니다
            # snippet: highlight
            changed.notify_all()


def consumer() -> None:
    for _ in range(ITEMS):
        with changed:
            # snippet: highlight
            changed.wait_for(lambda: len(buffer) > 0)
            item = buffer.pop(0)
            changed.notify_all()
        # 꺼낸 것을 처리하는 데 0.1초 (록 밖에서)
        time.sleep(0.1)
        received.append(item)


threads = [threading.Thread(target=f) for f in (producer, consumer)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()

# --- 결과 확인: 버퍼의 최대 크기와 받은 순서로 판정합니다 ---
print(f"받은 순서: {received}, 버퍼가 가장 찼을 때: {fullest}개")
in_order = received == list(range(ITEMS))
if fullest <= CAPACITY and producer_waits > 0 and in_order:
    print(
        f"판정: 버퍼는 {CAPACITY}칸을 넘지 않았고, "
        f"생산자는 빈칸이 나기를 {producer_waits}번 기다렸습니다. "
        "소비자는 빠짐없이 넣은 순서대로 받았습니다."
    )
else:
    print("판정: 버퍼가 넘쳤거나, 기다리지 않았거나, 받은 것이 다릅니다.")
