# snippet: expect-output=판정: Semaphore는 한도를 넘는 release()를 막지 않았습니다
"""흔한 실수: Semaphore에서 release()를 한 번 더 부르면 한도가 조용히
늘어납니다."""

import threading

slots = threading.Semaphore(2)
with slots:
    print("with 블록: acquire()와 release()를 한 번씩 했습니다")
# 실수: 얻지 않은 자리를 한 번 더 풉니다. 오류는 나지 않습니다
# snippet: highlight
slots.release()

# 기다리지 않고(blocking=False) 들어갈 수 있는 만큼 들어가 봅니다
admitted = 0
while slots.acquire(blocking=False):
    admitted += 1

# --- 결과 확인: 몇 개가 들어갔는지로 판정합니다 ---
print(f"Semaphore(2)가 한꺼번에 들여보낸 수: {admitted}개")
if admitted > 2:
    print(
        "판정: Semaphore는 한도를 넘는 release()를 막지 않았습니다. "
        f"한도가 2개에서 {admitted}개로 늘었습니다."
    )
else:
    print("판정: 한도가 그대로 2입니다.")
