# snippet: expect-error=RuntimeError
"""흔한 실수: with 블록이 끝난 스레드 풀에 일을 또 맡깁니다."""

from concurrent.futures import ThreadPoolExecutor


def square(number: int) -> int:
    return number * number


with ThreadPoolExecutor(max_workers=2) as pool:
    first = pool.submit(square, 3)
print(f"with 블록 안에서 맡긴 일: {first.result()}")

# 실수: with 블록을 나올 때 shutdown()이 불렸으므로 새 일을 받지 않습니다
# snippet: highlight
second = pool.submit(square, 4)
