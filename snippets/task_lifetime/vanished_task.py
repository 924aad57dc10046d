# snippet: expect-stderr=Task was destroyed but it is pending!
# snippet: expect-output=판정: 참조가 없는 태스크는 끝나기 전에 사라졌습니다
# snippet: browser
"""참조를 남기지 않은 태스크는 끝나기 전에 가비지 수집으로 사라질 수 있습니다.

이벤트 루프는 태스크를 약한 참조로만 들고 있습니다.
"""

import asyncio
import gc
import time
import weakref

START = time.perf_counter()
# 응답을 기다리는 퓨처를 약한 참조로만 들고 있는 표
waiting = weakref.WeakValueDictionary()
answered = []


def log(message: str) -> None:
    print(f"[{time.perf_counter() - START:4.2f}초] {message}")


async def request(number: int) -> None:
    reply = asyncio.get_running_loop().create_future()
    waiting[number] = reply
    log(f"요청 {number}: 응답을 기다립니다")
    answered.append(await reply)
    log(f"요청 {number}: 응답을 받았습니다")


async def main() -> None:
    # snippet: highlight
    asyncio.create_task(request(1))  # 반환된 태스크를 어디에도 두지 않습니다
    await asyncio.sleep(0.1)
    log(f"이벤트 루프가 아는 태스크: {len(asyncio.all_tasks())}개")
    # 가비지 수집은 언제든 일어날 수 있습니다. 예제는 그 순간을 당겨 옵니다
    gc.collect()
    log(f"가비지 수집 뒤 남은 태스크: {len(asyncio.all_tasks())}개")
    reply = waiting.get(1)
    if reply is None:
        log("응답을 보내려 했지만 기다리는 퓨처가 없습니다")
    else:
        reply.set_result("OK")
    await asyncio.sleep(0.1)
    # --- 결과 확인: 응답이 전달되었는지로 판정합니다 ---
    if not answered and reply is None:
        print("판정: 참조가 없는 태스크는 끝나기 전에 사라졌습니다.")
    else:
        print("판정: 태스크가 살아남아 응답을 받았습니다.")


asyncio.run(main())
