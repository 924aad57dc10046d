# snippet: expect-output=판정: 교착 상태였습니다
"""두 스레드가 록 두 개를 반대 순서로 잡으면 교착 상태(deadlock)에 빠집니다.

예제가 멈추지 않도록 두 번째 록은 acquire(timeout=1)로 1초만 기다립니다.
"""

import threading
import time

START = time.perf_counter()
locks = {"가": threading.Lock(), "나": threading.Lock()}
# 두 스레드가 같은 자리에 올 때까지 서로 기다리게 하는 배리어
step = threading.Barrier(2)
gave_up = []


def log(message: str) -> None:
    print(f"[{time.perf_counter() - START:4.2f}초] {message}\n", end="")


def transfer(source: str, target: str) -> None:
    with locks[source]:
        log(f"{source}→{target} 이체: {source} 계좌의 록을 얻었습니다")
        step.wait()  # 두 스레드가 모두 첫 록을 쥔 뒤에 넘어갑니다
        # snippet: highlight
        if locks[target].acquire(timeout=1):
            locks[target].release()
            log(f"{source}→{target} 이체: {target} 계좌의 록도 얻었습니다")
        else:
            gave_up.append(source)
            log(
                f"{source}→{target} 이체: "
                f"1초 동안 {target} 계좌의 록을 얻지 못했습니다"
            )
        step.wait()  # 둘 다 시도를 마칠 때까지 첫 록을 쥐고 있습니다


threads = [
    threading.Thread(target=transfer, args=("가", "나")),
    # 잘못: 다른 스레드와 반대 순서로 록을 잡습니다
    # snippet: highlight
    threading.Thread(target=transfer, args=("나", "가")),
]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
# --- 결과 확인: 두 스레드가 모두 포기했는지로 판정합니다 ---
if len(gave_up) == 2:
    print("판정: 교착 상태였습니다. 두 스레드가 서로 상대의 록을 기다렸습니다.")
else:
    print("판정: 교착 상태가 일어나지 않았습니다.")
