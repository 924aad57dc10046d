# snippet: expect-output=판정: 차례로 실행되었습니다
"""Thread(target=work())는 work를 새 스레드가 아니라 이 자리에서 실행합니다."""

import threading
import time

START = time.perf_counter()


def work(name: str) -> None:
    where = threading.current_thread().name
    print(
        f"[{time.perf_counter() - START:4.2f}초] {name} 시작 ({where}에서 실행)"
    )
    time.sleep(1)


# 잘못: work("A")를 호출한 결과(None)를 target으로 넘깁니다
# snippet: highlight
threads = [threading.Thread(target=work(name)) for name in ("A", "B")]
for thread in threads:
    # target이 None인 스레드는 아무것도 하지 않습니다
    thread.start()
for thread in threads:
    thread.join()

# --- 결과 확인: 걸린 시간으로 판정합니다 ---
elapsed = time.perf_counter() - START
print(f"걸린 시간: {elapsed:.2f}초 (1초 걸리는 일 두 개)")
if elapsed >= 1.9:
    print(
        "판정: 차례로 실행되었습니다. "
        "고치려면 target=work, args=(name,)로 넘깁니다."
    )
else:
    print("판정: 겹쳐서 실행되었습니다.")
