# snippet: cpu-timing
"""CPU만 쓰는 일. 이 페이지의 다른 예제가 import해서 씁니다.

다른 인터프리터나 프로세스로 보낼 함수는 이렇게 모듈에 둡니다.
직접 실행하면 count_down(N)을 한 번 돌리는 데 걸린 시간을 잽니다."""

import time

# 한 번에 걸리는 시간은 컴퓨터마다 다릅니다: 직접 실행해 보세요
N = 5_000_000


def count_down(n: int) -> int:
    """n에서 0까지 하나씩 셉니다. 기다리는 일 없이 CPU만 씁니다."""
    # snippet: highlight-start
    while n > 0:
        n -= 1
    # snippet: highlight-end
    return n


if __name__ == "__main__":
    # 세 번 재서 가장 짧은 시간을 씁니다: 다른 프로그램이 끼어든 회차를 거릅니다
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        count_down(N)
        best = min(best, time.perf_counter() - start)
    print(
        f"count_down({N:_}) 한 번: {best:.2f}초 (세 번 잰 것 중 가장 짧은 값)"
    )
