# snippet: expect-output=판정: 생산자가 put()에서 기다리며 작업자의 속도에 맞춰졌습니다
# snippet: browser
"""생산자 하나, 작업자 둘, maxsize=2인 큐: 언제 일하고 기다렸는지 그립니다."""

import asyncio
import time

# 이 저장소의 snippets/timeline.py: 막대를 기록하고 SVG 그림으로 저장합니다
import timeline

ITEMS, MAKE_TIME, WORK_TIME = 8, 0.05, 0.4
chart = timeline.Timeline("생산자 하나와 작업자 둘, asyncio.Queue(maxsize=2)")


async def producer(queue: asyncio.Queue) -> float:
    waited = 0.0
    for item in range(1, ITEMS + 1):
        with chart.span("생산자: 만들기", text=str(item)):
            # 항목 하나를 만드는 데 0.05초
            await asyncio.sleep(MAKE_TIME)
        started = time.time()
        # 큐가 가득 차 있으면 자리가 날 때까지 기다립니다
        # snippet: highlight
        await queue.put(item)
        # 실제로 기다린 put()만 막대로 남깁니다
        if time.time() - started > 0.01:
            chart.add("생산자: put() 대기", started, time.time(), str(item))
            waited += time.time() - started
    return waited


async def worker(name: str, queue: asyncio.Queue) -> None:
    while True:
        item = await queue.get()
        try:
            with chart.span(name, text=f"항목 {item}"):
                # 항목 하나를 처리하는 데 0.4초
                await asyncio.sleep(WORK_TIME)
        finally:
            queue.task_done()


async def main() -> float:
    # snippet: highlight
    queue: asyncio.Queue[int] = asyncio.Queue(maxsize=2)
    workers = [
        asyncio.create_task(worker(f"작업자 {n}", queue)) for n in (1, 2)
    ]
    waited = await producer(queue)
    # 넣은 항목이 모두 처리될 때까지 기다린 뒤
    await queue.join()
    # 끝없이 기다리는 작업자를 취소합니다
    for task in workers:
        task.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    return waited


waited = asyncio.run(main())
elapsed = chart.elapsed()
print(
    f"걸린 시간: {elapsed:.2f}초, "
    f"생산자가 put()에서 기다린 시간: 모두 {waited:.2f}초"
)
chart.save(
    "queue_timeline",
    "생산자는 항목을 0.05초마다 만들 수 있지만, 큐가 가득 차면 put()에서 "
    f"기다리는 막대가 생겨 모두 {waited:.2f}초를 기다렸습니다. 작업자 둘의 "
    f"막대는 거의 빈틈없이 이어지고, 항목 {ITEMS}개를 {elapsed:.2f}초에 "
    "모두 처리했습니다.",
)
# --- 결과 확인: 생산자가 put()에서 기다린 시간으로 판정합니다 ---
if waited > 0.25 * elapsed:
    print(
        "판정: 생산자가 put()에서 기다리며 작업자의 속도에 맞춰졌습니다. "
        "이것이 배압입니다."
    )
else:
    print("판정: 생산자가 거의 기다리지 않았습니다. 큐가 가득 차지 않았습니다.")
