# snippet: expect-error=ValueError
"""BoundedSemaphore는 처음 값보다 많이 release()하면 ValueError를 일으킵니다."""

import threading

# snippet: highlight
slots = threading.BoundedSemaphore(2)
with slots:
    print("with 블록: acquire()와 release()를 한 번씩 했습니다")
print("이제 얻지 않은 자리를 한 번 더 풉니다:")
# snippet: highlight
slots.release()
