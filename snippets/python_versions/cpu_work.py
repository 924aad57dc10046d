"""CPU만 쓰는 일. 다른 예제가 import 해서 씁니다.

다른 인터프리터나 프로세스로 보낼 함수는 이렇게 모듈에 둡니다.
"""

import time

N = 5_000_000  # 한 번에 걸리는 시간은 컴퓨터마다 다릅니다: 직접 실행해 보세요


def count_down(n: int) -> int:
    """n에서 0까지 하나씩 셉니다. 기다리는 일 없이 CPU만 씁니다."""
    while n > 0:
        n -= 1
    return n


if __name__ == "__main__":
    start = time.perf_counter()
    count_down(N)
    print(f"count_down({N:_}) 한 번: {time.perf_counter() - start:.2f}초")
