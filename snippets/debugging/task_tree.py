# snippet: expect-output=모두 나무에 나왔고 내려받기 태스크는 모두 sleep에서 기다리고 있었습니다
# snippet: browser
"""태스크 나무: python -m asyncio pstree(3.14)를 3.11에서 흉내 냅니다.

asyncio.all_tasks()로 태스크를 모으고, 태스크마다 get_coro()에서 cr_await를 따라
지금 멈춘 곳까지 내려갑니다. 부모는 그 태스크를 만든 태스크입니다.
"""

import asyncio

parents: dict[asyncio.Task, asyncio.Task | None] = {}


def remember_parent(loop, coro, **kwargs) -> asyncio.Task:
    """태스크 팩토리: 태스크를 만들 때 그것을 만든 태스크를 적어 둡니다."""
    task = asyncio.Task(coro, loop=loop, **kwargs)
    parents[task] = asyncio.current_task(loop)
    return task


def await_chain(task: asyncio.Task) -> list[str]:
    """코루틴마다 '이름 파일:줄'을 모읍니다. 맨 끝이 지금 멈춘 곳입니다."""
    chain, coro = [], task.get_coro()
    # snippet: highlight-start
    while getattr(coro, "cr_frame", None) is not None:
        code, line = coro.cr_frame.f_code, coro.cr_frame.f_lineno
        running = " (지금 실행 중)" if coro.cr_running else ""
        chain.append(f"{code.co_qualname} {code.co_filename}:{line}{running}")
        coro = coro.cr_await
        # snippet: highlight-end
    return chain


def print_tree(task: asyncio.Task, tasks: set, depth: int = 0) -> list[str]:
    """태스크 하나와 그 아래를 그리고, 그린 태스크의 이름을 돌려줍니다."""
    pad = "    " * depth
    # snippet: highlight
    print(f"{pad}└── (T) {task.get_name()}")
    chain = await_chain(task)
    for step, where in enumerate(chain, 1):
        print(f"{pad}{'    ' * step}└── {where}")
    drawn = [task.get_name()]
    children = [t for t in tasks if parents.get(t) is task]
    for child in sorted(children, key=asyncio.Task.get_name):
        drawn += print_tree(child, tasks, depth + len(chain) + 1)
    return drawn


async def download(page: str) -> None:
    await asyncio.sleep(0.5)


async def crawl(site: str, pages: list[str]) -> None:
    async with asyncio.TaskGroup() as group:
        for page in pages:
            group.create_task(download(page), name=f"{site}/{page}")


async def inspect_tasks() -> None:
    # 다른 태스크들이 각자 첫 await까지 가게 둡니다
    await asyncio.sleep(0.1)
    # snippet: highlight
    tasks = asyncio.all_tasks()
    roots = [t for t in tasks if parents.get(t) is None]
    drawn = [name for root in roots for name in print_tree(root, tasks)]

    # --- 결과 확인: 모든 태스크가 나무에 나왔는지, 어디서 기다리는지 봅니다 ---
    downloads = [t for t in tasks if t.get_coro().__qualname__ == "download"]
    waiting = [await_chain(t)[-1] for t in downloads]
    print(f"태스크 {len(tasks)}개 중 나무에 나온 것: {len(drawn)}개")
    first = min(downloads, key=asyncio.Task.get_name)
    print(
        f"{first.get_name()}: get_stack()의 프레임 {len(first.get_stack())}개, "
        f"cr_await 사슬 {len(await_chain(first))}단계"
    )
    if sorted(drawn) == sorted(t.get_name() for t in tasks) and all(
        where.startswith("sleep ") for where in waiting
    ):
        print(
            f"판정: 태스크 {len(tasks)}개가 모두 나무에 나왔고 "
            "내려받기 태스크는 모두 sleep에서 기다리고 있었습니다."
        )
    else:
        print("판정: 나무가 태스크를 모두 보여 주지 못했습니다.")


async def main() -> None:
    asyncio.get_running_loop().set_task_factory(remember_parent)
    async with asyncio.TaskGroup() as group:
        group.create_task(crawl("뉴스", ["1", "2"]), name="수집기:뉴스")
        group.create_task(crawl("날씨", ["오늘"]), name="수집기:날씨")
        group.create_task(inspect_tasks(), name="감시자")


asyncio.run(main())
