# snippet: expect-stderr=RuntimeWarning: coroutine 'brew_coffee' was never awaited
# snippet: browser
"""코루틴 함수를 호출만 하고 await하지 않으면 아무 일도 일어나지 않습니다."""

import asyncio


async def brew_coffee() -> None:
    print("커피를 내립니다")
    await asyncio.sleep(1)


async def main() -> None:
    # 코루틴 객체를 만들 뿐, 본문은 한 줄도 실행되지 않습니다
    # snippet: highlight
    coroutine = brew_coffee()
    print(f"호출 결과: {type(coroutine).__name__} 객체")
    # await coroutine 을 빠뜨렸습니다: 객체가 버려질 때 파이썬이 경고합니다


asyncio.run(main())
print("프로그램 끝: '커피를 내립니다'는 출력되지 않았습니다")
