# snippet: expect-output=판정: 서버가 거절한 요청을 모두 상태 코드로 알아냈습니다
"""TaskGroup으로 요청을 보내고, 응답마다 상태 코드를 확인합니다.

동시에 5개까지만 받는 서버에 요청 12개를 한꺼번에 보냅니다.
"""

import asyncio

import aiohttp
from local_server import local_server

PAGES = 12
CAPACITY = 5


async def fetch(session, url: str, failed: list) -> str | None:
    async with session.get(url) as response:
        try:
            # 상태 코드가 4xx나 5xx면 ClientResponseError를 일으킵니다
            # snippet: highlight
            response.raise_for_status()
        except aiohttp.ClientResponseError as error:
            failed.append(error.status)
            return None
        return await response.text()


async def main() -> None:
    failed: list[int] = []
    async with (
        local_server(capacity=CAPACITY) as server,
        aiohttp.ClientSession() as session,
    ):
        urls = [f"{server.base_url}/page/{n}?delay=0.2" for n in range(PAGES)]
        # snippet: highlight-start
        async with asyncio.TaskGroup() as group:
            tasks = [group.create_task(fetch(session, u, failed)) for u in urls]
        # snippet: highlight-end
    pages = [task.result() for task in tasks if task.result() is not None]
    print(f"받은 페이지 {len(pages)}개, 실패한 요청 {len(failed)}개")
    print(f"실패한 요청의 상태 코드: {sorted(set(failed))}")

    # --- 결과 확인: 서버의 기록과 비교해 판정합니다 ---
    print(f"서버가 503으로 거절한 요청: {server.rejected}개")
    counted = (
        len(failed) == server.rejected and len(pages) + len(failed) == PAGES
    )
    if failed and counted:
        print("판정: 서버가 거절한 요청을 모두 상태 코드로 알아냈습니다.")
    elif not failed:
        print("판정: 거절된 요청이 없었습니다.")
    else:
        print("판정: 수집기가 센 실패가 서버의 기록과 다릅니다.")


asyncio.run(main())
