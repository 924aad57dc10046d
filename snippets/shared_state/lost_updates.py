# snippet: expect-output=판정: 갱신을 잃었습니다
# snippet: expect-output=판정: 절반 넘게 잃었습니다
"""읽기와 쓰기 사이에서 다른 스레드가 실행되면,
보호하지 않은 카운터는 갱신을 잃습니다."""

import threading
import time

THREADS, STEPS = 4, 1_000
counter = 0


def add_many() -> None:
    global counter
    for _ in range(STEPS):
        # snippet: highlight-start
        # 1. 읽기
        current = counter
        # 2. 읽기와 쓰기 사이에 다른 스레드가 실행될 기회 (I/O, 로그 등을 흉내)
        time.sleep(0)
        # 3. 쓰기: 그사이 다른 스레드가 쓴 값을 덮어씁니다
        counter = current + 1
        # snippet: highlight-end


threads = [threading.Thread(target=add_many) for _ in range(THREADS)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()

# --- 결과 확인: 잃은 갱신을 세어 판정합니다 ---
expected = THREADS * STEPS
lost = expected - counter
print(
    f"기대한 값: {expected:,}, 실제 값: {counter:,}, "
    f"잃은 갱신: {lost:,}개 ({lost / expected:.0%})"
)
if lost > 0:
    print(
        "판정: 갱신을 잃었습니다. "
        "두 스레드가 같은 값을 읽고 각자 +1을 써서 하나가 사라졌습니다."
    )
else:
    print("판정: 잃은 갱신이 없습니다.")
if lost > expected / 2:
    print(
        "판정: 절반 넘게 잃었습니다. "
        "한 번 차례를 넘길 때마다 여러 스레드의 +1이 겹쳤습니다."
    )
else:
    print("판정: 잃은 갱신은 절반이 안 됩니다.")
