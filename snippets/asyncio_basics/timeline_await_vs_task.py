# snippet: expect-output=판정: create_task로 만든 두 태스크는 겹쳐서 기다렸습니다
# snippet: browser
"""차례로 await할 때와 create_task를 쓸 때를 타임라인으로 그립니다.

두 코루틴이 언제 실행되었는지 막대로 기록합니다.
"""

import asyncio

# 이 저장소의 snippets/timeline.py: 막대를 기록하고 SVG 그림으로 저장합니다
import timeline

chart = timeline.Timeline("커피(3초)와 빵(2초): 차례로 await 와 create_task")


async def brew_coffee() -> None:
    # with 블록이 실행된 동안이 막대 하나가 됩니다
    with chart.span("커피 내리기"):
        await asyncio.sleep(3)


async def toast_bread() -> None:
    with chart.span("빵 굽기"):
        await asyncio.sleep(2)


async def one_by_one() -> None:
    # snippet: highlight-start
    await brew_coffee()
    await toast_bread()
    # snippet: highlight-end


async def with_tasks() -> None:
    # snippet: highlight-start
    coffee = asyncio.create_task(brew_coffee())
    toast = asyncio.create_task(toast_bread())
    # snippet: highlight-end
    await coffee
    await toast


chart.section("차례로 await")
asyncio.run(one_by_one())
sequential = chart.elapsed()
chart.section("create_task")
asyncio.run(with_tasks())
tasks = chart.elapsed()

# --- 결과 확인: 잰 시간으로 그림을 설명하고 판정합니다 ---
print(f"차례로 await: {sequential:.2f}초, create_task: {tasks:.2f}초")
chart.save(
    "await_vs_create_task",
    f"차례로 await하면 빵 굽기 막대가 커피 내리기 막대가 끝난 뒤에 시작해 "
    f"모두 {sequential:.2f}초 걸렸고, create_task로 만든 두 태스크는 막대가 "
    f"0초에 함께 시작해 겹쳐서 {tasks:.2f}초 걸렸습니다.",
)
if tasks < 0.75 * sequential:
    print(
        "판정: create_task로 만든 두 태스크는 겹쳐서 기다렸습니다. "
        "막대가 나란히 놓입니다."
    )
else:
    print("판정: 두 방식의 시간이 비슷합니다. 태스크가 겹치지 않았습니다.")
