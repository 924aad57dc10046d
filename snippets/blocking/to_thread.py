# snippet: expect-output=판정: 겹쳐서 기다렸습니다
"""asyncio.to_thread: 블로킹 함수를 스레드에서 실행합니다.

그동안 이벤트 루프는 계속 돌아가므로 세 기다림이 겹칩니다.
"""

import asyncio
import threading
import time

START = time.perf_counter()


def log(message: str) -> None:
    # 줄바꿈까지 한 번에 씁니다: 여러 스레드의 출력이 한 줄에 붙지 않게
    print(f"[{time.perf_counter() - START:4.2f}초] {message}\n", end="")


def blocking_download(page: int) -> str:
    """고칠 수 없는 블로킹 라이브러리 함수라고 생각하세요 (예: requests.get)."""
    name = threading.current_thread().name
    log(f"{page}번 페이지 요청 ({name} 스레드)")
    time.sleep(1)
    log(f"{page}번 페이지 완료")
    return f"페이지{page}"


async def main() -> list[str]:
    # 함수와 인자를 따로 넘깁니다. 스레드 풀의 스레드가 호출합니다
    # snippet: highlight-start
    return await asyncio.gather(
        *(asyncio.to_thread(blocking_download, page) for page in (1, 2, 3))
    )
    # snippet: highlight-end


results = asyncio.run(main())

# --- 결과 확인: 걸린 시간을 기다린 시간의 합과 비교합니다 ---
elapsed = time.perf_counter() - START
print(f"결과: {results}")
print(
    f"걸린 시간: {elapsed:.2f}초 (기다린 시간의 합: 3초, 가장 긴 기다림: 1초)"
)
if elapsed < 0.6 * 3:
    print("판정: 겹쳐서 기다렸습니다. 전체 시간이 가장 긴 기다림과 비슷합니다.")
else:
    print("판정: 겹치지 않았습니다.")
