# snippet: expect-output=판정: 두 스레드 모두 록을 얻었고 faulthandler는 아무것도 쓰지 않았습니다
"""연습 문제 풀이: 록을 잡는 순서를 하나로 정해 교착 상태를 없앱니다.

faulthandler는 안전망으로 그대로 둡니다. 0.5초 안에 끝나면 취소되어 아무것도
쓰지 않으므로, 표준 에러가 비어 있는 것이 곧 '멈추지 않았다'는 증거입니다.
"""

import faulthandler
import threading
import time

START = time.perf_counter()
LOCKS = {"계좌": threading.Lock(), "장부": threading.Lock()}
both_started = threading.Barrier(2)
got_both: list[str] = []


def transfer(first: str, second: str) -> None:
    both_started.wait()
    # 어느 스레드든 이름 순서대로 잡으니 서로를 기다리는 고리가 생기지 않습니다
    # snippet: highlight-start
    low, high = sorted((first, second))
    with LOCKS[low]:
        # snippet: highlight-end
        # 안전장치: 그래도 1.5초까지만 기다립니다
        if LOCKS[high].acquire(timeout=1.5):
            got_both.append(threading.current_thread().name)
            LOCKS[high].release()


faulthandler.dump_traceback_later(0.5, exit=False)
threads = [
    threading.Thread(target=transfer, args=("계좌", "장부"), name="이체"),
    threading.Thread(target=transfer, args=("장부", "계좌"), name="정산"),
]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
faulthandler.cancel_dump_traceback_later()

# --- 결과 확인: 두 스레드가 모두 록을 얻었고 0.5초 안에 끝났는지 봅니다 ---
elapsed = time.perf_counter() - START
print(
    f"두 록을 모두 얻은 스레드: {sorted(got_both)}, 걸린 시간: {elapsed:.2f}초"
)
if len(got_both) == 2 and elapsed < 0.5:
    print(
        "판정: 두 스레드 모두 록을 얻었고 "
        "faulthandler는 아무것도 쓰지 않았습니다."
    )
else:
    print("판정: 록을 얻지 못했거나 시간이 너무 오래 걸렸습니다.")
