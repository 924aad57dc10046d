# snippet: min-python=3.14
# snippet: expect-output=판정: 호출 그래프를 출력했습니다
"""Python 3.14: 실행 중인 asyncio 프로그램의 태스크 구조를 들여다봅니다."""

import asyncio
import os


async def play(track: str) -> None:
    await asyncio.sleep(2)


async def album(tracks: list[str]) -> None:
    async with asyncio.TaskGroup() as group:
        for track in tracks:
            group.create_task(play(track), name=track)


async def main() -> None:
    print(
        f"PID {os.getpid()}: 2초 안에 다른 터미널에서 python -m asyncio pstree {os.getpid()}"
    )
    async with asyncio.TaskGroup() as group:
        group.create_task(album(["1번 곡", "2번 곡"]), name="앨범")
        await asyncio.sleep(
            0.5
        )  # 태스크들이 모두 sleep에 들어갈 때까지 기다립니다
        track = next(
            task for task in asyncio.all_tasks() if task.get_name() == "1번 곡"
        )
        asyncio.print_call_graph(
            track
        )  # 같은 정보를 프로그램 안에서 출력합니다
    print("판정: 호출 그래프를 출력했습니다.")


asyncio.run(main())
