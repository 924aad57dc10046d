# snippet: expect-output=판정: 차례로 실행되었습니다
# snippet: browser
"""코루틴 안의 time.sleep은 이벤트 루프 전체를 멈춥니다.

gather로 묶어도 세 기다림은 겹치지 않습니다.
"""

import asyncio
import time

START = time.perf_counter()


def log(message: str) -> None:
    print(f"[{time.perf_counter() - START:4.2f}초] {message}")


async def download(page: int) -> None:
    log(f"{page}번 페이지 요청")
    # 실수: 블로킹 호출입니다. 1초 동안 이벤트 루프가 아무것도 못 합니다
    # snippet: highlight
    time.sleep(1)
    log(f"{page}번 페이지 완료")


async def main() -> None:
    await asyncio.gather(download(1), download(2), download(3))


asyncio.run(main())

# --- 결과 확인: 걸린 시간을 기다린 시간의 합과 비교합니다 ---
elapsed = time.perf_counter() - START
print(
    f"걸린 시간: {elapsed:.2f}초 (기다린 시간의 합: 3초, 가장 긴 기다림: 1초)"
)
if elapsed >= 0.9 * 3:
    print(
        "판정: 차례로 실행되었습니다. 전체 시간이 기다린 시간의 합과 같습니다."
    )
else:
    print("판정: 겹쳐서 기다렸습니다.")
