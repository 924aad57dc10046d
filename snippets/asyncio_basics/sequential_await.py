# snippet: expect-output=판정: 차례로 실행되었습니다
# snippet: browser
"""코루틴 두 개를 차례로 await합니다. async를 붙여도 여전히 5초가 걸립니다."""

import asyncio
import time

START = time.perf_counter()


def log(message: str) -> None:
    print(f"[{time.perf_counter() - START:4.2f}초] {message}")


async def brew_coffee() -> None:
    log("커피 내리기 시작 (3초)")
    await asyncio.sleep(3)
    log("커피 완성")


async def toast_bread() -> None:
    log("빵 굽기 시작 (2초)")
    await asyncio.sleep(2)
    log("빵 완성")


async def main() -> None:
    # snippet: highlight-start
    # 이 코루틴이 끝날 때까지 main은 여기서 멈춥니다
    await brew_coffee()
    # 그다음에야 두 번째 코루틴이 시작됩니다
    await toast_bread()
    # snippet: highlight-end


asyncio.run(main())

# --- 결과 확인: 잰 시간으로 판정합니다 ---
elapsed = time.perf_counter() - START
print(f"걸린 시간: {elapsed:.2f}초 (기다린 시간의 합: 5초)")
if elapsed >= 0.95 * 5:
    print(
        "판정: 차례로 실행되었습니다. "
        "await는 '끝날 때까지 기다린다'는 뜻입니다."
    )
else:
    print("판정: 예상보다 빨리 끝났습니다. 두 코루틴이 겹쳤습니다.")
