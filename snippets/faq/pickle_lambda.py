# snippet: expect-exit=1
# snippet: expect-stderr=PicklingError: Can't pickle <function <lambda>
"""프로세스 풀에 람다를 보낼 수 없습니다: 람다에는 피클링할 이름이 없습니다."""

from concurrent.futures import ProcessPoolExecutor

if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=1) as pool:
        # 잘못: 람다는 피클링할 수 없습니다
        # snippet: highlight
        future = pool.submit(lambda x: x * x, 7)
        print(future.result(timeout=30))
