"""퓨처는 '나중에 채워질 결과'이고, 태스크는 코루틴을 실행하는 퓨처입니다."""

import asyncio
import time

START = time.perf_counter()


def log(message: str) -> None:
    print(f"[{time.perf_counter() - START:4.2f}초] {message}")


async def wait_for_parcel(parcel: asyncio.Future) -> str:
    log("택배를 기다립니다 (await parcel)")
    content = await parcel  # 퓨처가 비어 있으면 태스크가 여기서 멈춥니다
    log(f"택배를 받았습니다: {content!r}")
    return "수령 완료"


async def main() -> None:
    loop = asyncio.get_running_loop()
    parcel = loop.create_future()  # 아직 결과가 없는 퓨처
    task = asyncio.create_task(
        wait_for_parcel(parcel)
    )  # 코루틴을 태스크로 감싸 루프에 맡깁니다
    print(f"태스크도 퓨처인가? {isinstance(task, asyncio.Future)}")
    loop.call_later(
        1, parcel.set_result, "책 두 권"
    )  # 1초 뒤 누군가 결과를 채웁니다
    log(f"parcel.done()={parcel.done()}, task.done()={task.done()}")
    result = await task
    log(
        f"parcel.done()={parcel.done()}, task.done()={task.done()}, task.result()={result!r}"
    )


asyncio.run(main())
