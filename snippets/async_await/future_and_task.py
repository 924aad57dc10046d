# snippet: browser
"""퓨처는 '나중에 채워질 결과'이고, 태스크는 코루틴을 실행하는 퓨처입니다."""

import asyncio
import time

START = time.perf_counter()


def log(message: str) -> None:
    print(f"[{time.perf_counter() - START:4.2f}초] {message}")


async def wait_for_parcel(parcel: asyncio.Future) -> str:
    log("택배를 기다립니다 (await parcel)")
    # 퓨처가 비어 있으면 태스크가 여기서 멈춥니다
    # snippet: highlight
    content = await parcel
    log(f"택배를 받았습니다: {content!r}")
    return "수령 완료"


async def main() -> None:
    loop = asyncio.get_running_loop()
    # 아직 결과가 없는 퓨처
    parcel = loop.create_future()
    # 코루틴을 태스크로 감싸 루프에 맡깁니다
    task = asyncio.create_task(wait_for_parcel(parcel))
    print(f"태스크도 퓨처인가? {isinstance(task, asyncio.Future)}")
    # 1초 뒤 누군가 결과를 채웁니다
    # snippet: highlight
    loop.call_later(1, parcel.set_result, "책 두 권")
    log(f"parcel.done()={parcel.done()}, task.done()={task.done()}")
    result = await task
    log(f"parcel.done()={parcel.done()}, task.done()={task.done()}")
    log(f"task.result()={result!r}")


asyncio.run(main())
