# snippet: expect-output=판정: 잃은 갱신이 없습니다
"""카운터는 스레드 하나만 만지고,
다른 스레드는 queue.Queue로 "1 더해 줘" 요청만 보냅니다."""

import queue
import threading
import time

THREADS, STEPS = 4, 1_000
requests: queue.Queue[int] = queue.Queue()
# owner 스레드만 읽고 씁니다
counter = 0


def owner() -> None:
    global counter
    while True:
        # 요청이 올 때까지 기다립니다
        # snippet: highlight
        amount = requests.get()
        current = counter
        # 여기서 다른 스레드로 바뀌어도, 카운터를 만지는 스레드는 owner뿐입니다
        time.sleep(0)
        counter = current + amount
        # "이 요청은 처리를 마쳤다"는 표시. join()이 이것을 셉니다
        # snippet: highlight
        requests.task_done()


def add_many() -> None:
    for _ in range(STEPS):
        # Queue는 스레드 안전합니다: 여러 스레드가 함께 put 해도 됩니다
        # snippet: highlight
        requests.put(1)


# 데몬 스레드: 프로그램이 끝나면 함께 끝납니다
threading.Thread(target=owner, daemon=True).start()
senders = [threading.Thread(target=add_many) for _ in range(THREADS)]
for sender in senders:
    sender.start()
for sender in senders:
    # 요청을 모두 넣었습니다. 하지만 아직 처리되지 않았을 수 있습니다
    sender.join()
# 넣은 요청마다 task_done()이 불릴 때까지 기다립니다
# snippet: highlight
requests.join()

# --- 결과 확인: 잃은 갱신을 세어 판정합니다 ---
expected = THREADS * STEPS
print(f"기대한 값: {expected:,}, 실제 값: {counter:,}")
if counter == expected:
    print("판정: 잃은 갱신이 없습니다.")
else:
    print(f"판정: 갱신을 잃었습니다 ({expected - counter:,}개).")
