# snippet: expect-stderr=was never awaited
# snippet: expect-stderr=Coroutine created at (most recent call last)
"""디버그 모드의 'never awaited' 경고는 코루틴을 만든 곳도 함께 보여 줍니다.

경고의 첫 줄은 코루틴 객체가 버려진 곳입니다. 만든 곳과 버린 곳이 다르면
디버그 모드가 알려 주는 '만든 곳'이 실수를 찾는 열쇠입니다.
"""

import asyncio


async def save(record: str) -> None:
    await asyncio.sleep(0.05)
    print(f"{record} 저장")


def prepare(records: list[str]) -> list:
    # 저장할 코루틴 객체를 미리 만들어 둡니다 (아직 실행되지 않습니다)
    # snippet: highlight
    return [save(record) for record in records]


async def main() -> None:
    jobs = prepare(["주문 1"])
    # 실수: 만든 코루틴을 await하지 않은 채 버립니다
    # snippet: highlight
    jobs.clear()
    await asyncio.sleep(0.1)
    print("main 끝: '주문 1 저장'은 출력되지 않았습니다")


asyncio.run(main(), debug=True)
