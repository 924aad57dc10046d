# snippet: expect-stderr=Task exception was never retrieved
# snippet: expect-output=판정: 예외는 main에 닿지 못하고 태스크와 함께 사라졌습니다
"""맡겨 두고 잊은 태스크가 실패하면, 예외는 로그로만 남고 main은 모릅니다."""

import asyncio
import time
import weakref

START = time.perf_counter()


def log(message: str) -> None:
    print(f"[{time.perf_counter() - START:4.2f}초] {message}")


async def send_email(to: str) -> None:
    await asyncio.sleep(0.2)
    raise ConnectionError(f"{to}: 메일 서버에 연결하지 못했습니다")


async def main() -> None:
    # 약한 참조는 태스크를 살려 두지 않습니다: 태스크를 버린 것과 같습니다
    # snippet: highlight
    probe = weakref.ref(asyncio.create_task(send_email("kim@example.com")))
    log("main: 메일 보내기를 태스크에 맡기고 다른 일을 합니다")
    await asyncio.sleep(0.5)
    log("main: 할 일을 마쳤습니다")
    # --- 결과 확인: 태스크가 아직 남아 있는지로 판정합니다 ---
    if probe() is None:
        print("판정: 예외는 main에 닿지 못하고 태스크와 함께 사라졌습니다.")
    else:
        print("판정: 태스크가 남아 있어 예외를 꺼낼 수 있습니다.")


asyncio.run(main())
