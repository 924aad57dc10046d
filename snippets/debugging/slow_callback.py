# snippet: expect-stderr=Executing <Task
# snippet: expect-stderr=seconds
"""asyncio 디버그 모드: 이벤트 루프를 0.1초 넘게 붙잡은 태스크를 알려 줍니다.

경고에는 태스크의 이름과, 블로킹 호출 뒤 태스크가 멈춘 줄이 나옵니다.
"""

import asyncio
import time


def load_config() -> dict:
    # 블로킹 호출: 설정 파일을 동기 방식으로 읽는다고 칩니다
    time.sleep(0.2)
    return {"retries": 3}


async def handle_request(number: int) -> None:
    # snippet: highlight
    config = load_config()
    await asyncio.sleep(0.05)
    print(f"요청 {number} 처리 끝 (설정 {config})")


async def main() -> None:
    async with asyncio.TaskGroup() as group:
        for number in (1, 2):
            group.create_task(handle_request(number), name=f"요청-{number}")


# 환경 변수 PYTHONASYNCIODEBUG=1로 실행해도 같습니다
# snippet: highlight
asyncio.run(main(), debug=True)
