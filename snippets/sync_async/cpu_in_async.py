# snippet: cpu-timing
# snippet: expect-output=판정: 겹치지 않았습니다
"""흔한 실수: 계산만 하는 함수에 async를 붙여도 빨라지지 않습니다.

요리사 한 명이 칼질 두 판을 번갈아 할 틈이 없습니다.
"""

import asyncio
import time

START = time.perf_counter()
WORK = 4_000_000
# 각 코루틴이 일한 구간 (시작, 끝)
spans: list[tuple[float, float]] = []


async def chop(board: str) -> None:
    begin = time.perf_counter() - START
    print(f"[{begin:4.2f}초] {board} 썰기 시작")
    count = 0
    # await가 한 번도 없습니다: 이벤트 루프에 제어를 돌려줄 틈이 없습니다
    # snippet: highlight-start
    for _ in range(WORK):
        count += 1
    # snippet: highlight-end
    end = time.perf_counter() - START
    print(f"[{end:4.2f}초] {board} 썰기 끝")
    spans.append((begin, end))


async def main() -> None:
    # snippet: highlight
    await asyncio.gather(chop("도마1"), chop("도마2"))


asyncio.run(main())

# --- 결과 확인: 두 번째 일이 첫 번째 일이 끝나기 전에 시작했는지 봅니다 ---
(first_begin, first_end), (second_begin, second_end) = sorted(spans)
print(f"걸린 시간: {time.perf_counter() - START:.2f}초")
if second_begin >= first_end:
    print(
        "판정: 겹치지 않았습니다. "
        "두 번째 일은 첫 번째 일이 끝난 뒤에야 시작했습니다."
    )
else:
    print("판정: 두 일이 겹쳤습니다.")
