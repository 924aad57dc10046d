# snippet: expect-output=판정: 집합이 태스크를 지켜 주었고, 끝난 태스크는 집합에서 빠졌습니다
# snippet: browser
"""asyncio 문서의 백그라운드 태스크 패턴: 태스크를 집합에 두고 끝나면 뺍니다."""

import asyncio
import gc
import time
import weakref

START = time.perf_counter()
# 응답을 기다리는 퓨처를 약한 참조로만 들고 있는 표
waiting = weakref.WeakValueDictionary()
answered = []
# snippet: highlight
background_tasks = set()


def log(message: str) -> None:
    print(f"[{time.perf_counter() - START:4.2f}초] {message}")


def start_in_background(coroutine) -> None:
    # snippet: highlight-start
    task = asyncio.create_task(coroutine)
    background_tasks.add(task)
    task.add_done_callback(background_tasks.discard)
    # snippet: highlight-end


async def request(number: int) -> None:
    reply = asyncio.get_running_loop().create_future()
    waiting[number] = reply
    log(f"요청 {number}: 응답을 기다립니다")
    answered.append(await reply)
    log(f"요청 {number}: 응답을 받았습니다")


async def main() -> None:
    start_in_background(request(1))
    await asyncio.sleep(0.1)
    gc.collect()
    log(f"가비지 수집 뒤 집합에 든 태스크: {len(background_tasks)}개")
    reply = waiting.get(1)
    if reply is None:
        log("응답을 보내려 했지만 기다리는 퓨처가 없습니다")
    else:
        reply.set_result("OK")
    await asyncio.sleep(0.1)
    log(f"태스크가 끝난 뒤 집합에 든 태스크: {len(background_tasks)}개")
    # --- 결과 확인: 응답이 전달되었는지, 집합이 비었는지로 판정합니다 ---
    if answered and not background_tasks:
        print(
            "판정: 집합이 태스크를 지켜 주었고, "
            "끝난 태스크는 집합에서 빠졌습니다."
        )
    else:
        print("판정: 태스크가 사라졌거나 집합에 남았습니다.")


asyncio.run(main())
