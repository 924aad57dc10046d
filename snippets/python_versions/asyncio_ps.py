# snippet: min-python=3.14
# snippet: expect-output=판정: 호출 그래프에 1번 곡을 기다리는 앨범이 나왔습니다
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
    pid = os.getpid()
    print(f"PID {pid}: 2초 안에 다른 터미널에서 python -m asyncio pstree {pid}")
    async with asyncio.TaskGroup() as group:
        group.create_task(album(["1번 곡", "2번 곡"]), name="앨범")
        # 태스크들이 모두 sleep에 들어갈 때까지 기다립니다
        await asyncio.sleep(0.5)
        track = next(t for t in asyncio.all_tasks() if t.get_name() == "1번 곡")
        # 같은 정보를 프로그램 안에서 출력합니다
        # snippet: highlight
        asyncio.print_call_graph(track)

        # --- 결과 확인: 1번 곡을 기다리는 태스크를 찾아 판정합니다 ---
        graph = asyncio.capture_call_graph(track)
        waiting = [parent.future.get_name() for parent in graph.awaited_by]
        print(f"1번 곡을 기다리는 태스크: {waiting}")
        if "앨범" in waiting:
            print("판정: 호출 그래프에 1번 곡을 기다리는 앨범이 나왔습니다.")
        else:
            print("판정: 호출 그래프에서 앨범 태스크를 찾지 못했습니다.")


asyncio.run(main())
