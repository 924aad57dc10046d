# snippet: expect-stderr=AttributeError: Can't get attribute 'square'
# snippet: expect-output=판정: 자식 프로세스가 함수를 찾지 못해 프로세스 풀이 망가졌습니다
"""spawn으로 시작한 자식 프로세스는
부모가 실행 중에 정의한 함수를 찾지 못합니다."""

import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

if __name__ == "__main__":
    # 가드 안에서 정의: spawn 자식은 이 줄을 실행하지 않습니다
    # snippet: highlight
    def square(number: int) -> int:
        return number * number

    # 어느 운영 체제에서나 같은 결과가 나오게 spawn을 고릅니다
    spawn = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=1, mp_context=spawn) as pool:
        # snippet: highlight
        future = pool.submit(square, 3)
        # --- 결과 확인: 결과를 받았는지, 풀이 망가졌는지로 판정합니다 ---
        try:
            result = future.result(timeout=30)
            print(f"square(3) = {result}")
            print("판정: 자식 프로세스가 함수를 찾았습니다.")
        except BrokenProcessPool as error:
            print(f"부모가 받은 예외: {type(error).__name__}: {error}")
            print(
                "판정: 자식 프로세스가 함수를 찾지 못해 "
                "프로세스 풀이 망가졌습니다."
            )
