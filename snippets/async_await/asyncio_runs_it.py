# snippet: expect-output=판정: 두 태스크가 번갈아 실행되었습니다
# snippet: browser
"""asyncio.run에 맡기면 이벤트 루프가 준비된 태스크마다 send()를 불러 줍니다."""

import asyncio

order: list[str] = []


class YieldOnce:
    """None을 한 번 넘기는 어웨이터블: 태스크에게 '한 바퀴 양보'를 뜻합니다."""

    def __await__(self):
        # asyncio.sleep(0)도 안에서 이렇게 맨 yield 한 번을 합니다
        # snippet: highlight
        yield


async def worker(name: str, steps: int) -> str:
    for step in range(1, steps + 1):
        print(f"{name}: {step}/{steps} 단계")
        order.append(name)
        # 여기서 멈추면 이벤트 루프가 다른 태스크를 send() 합니다
        # snippet: highlight
        await YieldOnce()
    return f"{name} 완료"


async def main() -> None:
    results = await asyncio.gather(worker("다운로드", 3), worker("압축", 2))
    print(f"결과: {results}")


asyncio.run(main())

# --- 결과 확인: 기록한 실행 순서로 판정합니다 ---
if order[:4] == ["다운로드", "압축", "다운로드", "압축"]:
    print(
        "판정: 두 태스크가 번갈아 실행되었습니다. "
        "7장의 라운드 로빈 스케줄러와 같은 모습입니다."
    )
else:
    print(f"판정: 번갈아 실행되지 않았습니다: {order}")
