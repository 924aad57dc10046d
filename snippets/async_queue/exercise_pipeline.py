# snippet: expect-output=판정: 잃어버린 항목이 없습니다
# snippet: browser
"""연습 문제 풀이: 두 단계 파이프라인(내려받기 → 저장).

앞 단계의 큐부터 차례로 join()한 뒤 작업자를 모두 취소합니다.
"""

import asyncio

URLS = [f"/page/{n}" for n in range(1, 13)]


async def downloader(urls: asyncio.Queue, pages: asyncio.Queue) -> None:
    while True:
        url = await urls.get()
        try:
            # 내려받는 척
            await asyncio.sleep(0.1)
            # 다음 단계 큐에 넘깁니다
            await pages.put(f"<html>{url}</html>")
        finally:
            urls.task_done()


async def saver(pages: asyncio.Queue, saved: list[str]) -> None:
    while True:
        page = await pages.get()
        try:
            # 저장하는 척
            await asyncio.sleep(0.02)
            saved.append(page)
        finally:
            pages.task_done()


async def main() -> None:
    urls: asyncio.Queue[str] = asyncio.Queue()
    pages: asyncio.Queue[str] = asyncio.Queue(maxsize=3)
    saved: list[str] = []
    workers = [asyncio.create_task(downloader(urls, pages)) for _ in range(4)]
    workers.append(asyncio.create_task(saver(pages, saved)))
    for url in URLS:
        await urls.put(url)
    # snippet: starter=# 1단계 큐만 기다린 뒤 작업자를 취소합니다. 잃어버리는 페이지가 없도록 고치세요.
    # snippet: starter=await urls.join()
    # snippet: solution-start
    # snippet: highlight-start
    # 1단계가 끝나면 모든 페이지가 2단계 큐에 들어가 있습니다
    await urls.join()
    # 그다음 2단계가 끝나기를 기다립니다
    await pages.join()
    # snippet: highlight-end
    # snippet: solution-end
    for task in workers:
        task.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    # --- 결과 확인: 저장한 페이지를 주소 목록과 비교합니다 ---
    print(f"주소: {len(URLS)}개, 저장한 페이지: {len(saved)}개")
    if sorted(saved) == sorted(f"<html>{url}</html>" for url in URLS):
        print("판정: 잃어버린 항목이 없습니다.")
    else:
        print("판정: 항목을 잃어버렸습니다.")


asyncio.run(main())
