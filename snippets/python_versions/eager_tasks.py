# snippet: min-python=3.12
# snippet: expect-output=판정: eager 태스크는 create_task 안에서 이미 끝났습니다
# snippet: browser
"""Python 3.12의 eager_task_factory: 태스크가 만들어지는 자리에서 곧바로,
처음으로 멈출(suspend) 때까지 실행됩니다."""

import asyncio

CACHE = {"home": "캐시된 홈 페이지"}


async def fetch(page: str) -> str:
    print(f"    fetch({page!r}) 시작")
    if page in CACHE:
        # 캐시에 있으면 한 번도 멈추지 않고 끝납니다
        return CACHE[page]
    await asyncio.sleep(0.1)
    return f"새로 받은 {page}"


async def main(eager: bool) -> bool:
    if eager:
        loop = asyncio.get_running_loop()
        # snippet: highlight
        loop.set_task_factory(asyncio.eager_task_factory)
    # snippet: highlight
    task = asyncio.create_task(fetch("home"))
    done = task.done()
    print(f"    create_task가 돌아온 직후: 끝났나? {done}")
    print(f"    결과: {await task}")
    return done


print("보통 태스크:")
lazy_done = asyncio.run(main(eager=False))
print("eager 태스크:")
eager_done = asyncio.run(main(eager=True))

# --- 결과 확인: create_task 직후에 끝나 있었는지로 판정합니다 ---
if eager_done and not lazy_done:
    print(
        "판정: eager 태스크는 create_task 안에서 이미 끝났습니다. "
        "이벤트 루프를 한 바퀴 돌 필요가 없었습니다."
    )
else:
    print("판정: 두 방식의 차이가 보이지 않았습니다.")
