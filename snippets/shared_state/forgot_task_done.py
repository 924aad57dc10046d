# snippet: expect-output=판정: get()은 막히지 않았지만 join()은 돌아오지 않았습니다
# snippet: expect-output=판정: task_done()을 부르자 join()이 돌아왔습니다
"""흔한 오해: task_done()은 큐를 "풀어 주는" 함수가 아닙니다.

빠뜨리면 join()만 끝나지 않습니다.
"""

import queue
import threading

jobs: queue.Queue[str] = queue.Queue()
for name in ["가", "나", "다"]:
    jobs.put(name)

taken = []
for _ in range(3):
    # task_done()을 한 번도 부르지 않았지만 get()은 계속 됩니다
    # snippet: highlight
    taken.append(jobs.get())
print(f"task_done() 없이 꺼낸 일: {taken}, 큐에 남은 일: {jobs.qsize()}개")

# jobs.join()을 그냥 부르면 영원히 기다립니다.
# 데몬 스레드에서 부르고 1초만 지켜봅니다
waiter = threading.Thread(target=jobs.join, daemon=True)
waiter.start()
waiter.join(timeout=1)
stuck = waiter.is_alive()
print(f"1초 뒤 join()이 돌아왔나요? {not stuck}")

for _ in taken:
    # 꺼낸 일마다 한 번씩 "끝났다"고 알립니다
    # snippet: highlight
    jobs.task_done()
waiter.join(timeout=1)
released = not waiter.is_alive()
print(f"task_done()을 3번 부른 뒤 join()이 돌아왔나요? {released}")

# --- 결과 확인: join()이 언제 돌아왔는지로 판정합니다 ---
if len(taken) == 3 and stuck:
    print("판정: get()은 막히지 않았지만 join()은 돌아오지 않았습니다.")
else:
    print("판정: 예상과 다릅니다. join()이 task_done() 없이 돌아왔습니다.")
if released:
    print("판정: task_done()을 부르자 join()이 돌아왔습니다.")
else:
    print("판정: task_done()을 불러도 join()이 돌아오지 않았습니다.")
