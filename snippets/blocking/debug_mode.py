# snippet: expect-stderr=Executing <Task finished
"""asyncio 디버그 모드: 이벤트 루프를 오래 붙잡은 코루틴을 경고로 알립니다."""

import asyncio
import time


async def download(page: int) -> None:
    # 블로킹 호출: 디버그 모드가 찾아 줍니다
    time.sleep(0.5)
    print(f"{page}번 페이지 완료")


async def main() -> None:
    await asyncio.gather(download(1), download(2))


# 또는 환경 변수 PYTHONASYNCIODEBUG=1
# snippet: highlight
asyncio.run(main(), debug=True)
