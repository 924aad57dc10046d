# snippet: expect-output=판정: 같은 순간에 받은 요청은 5개를 넘지 않았습니다
"""Semaphore(5)로 제한한 gather: 요청 20개를 받은 구간을 타임라인으로 봅니다."""

import asyncio

import aiohttp

# 이 저장소의 snippets/timeline.py: 막대를 기록하고 SVG 그림으로 저장합니다
import timeline
from local_server import local_server

PAGES, DELAY, LIMIT = 20, 0.2, 5
chart = timeline.Timeline(
    f"요청 {PAGES}개를 Semaphore({LIMIT})로 제한한 gather"
)


async def fetch_limited(
    semaphore: asyncio.Semaphore, session, number: int, url: str
) -> str:
    # 블록 안에 있는 동안만 막대로 기록합니다
    # snippet: highlight
    async with semaphore:
        with chart.span(f"요청 {number}"):
            async with session.get(url) as response:
                return await response.text()


async def main() -> None:
    semaphore = asyncio.Semaphore(LIMIT)
    async with local_server() as server, aiohttp.ClientSession() as session:
        urls = [
            f"{server.base_url}/page/{number}?delay={DELAY}"
            for number in range(1, PAGES + 1)
        ]
        # 0초: 태스크 20개를 한꺼번에 만드는 순간
        chart.section(f"동시에 최대 {LIMIT}개")
        await asyncio.gather(
            *(
                fetch_limited(semaphore, session, n, url)
                for n, url in enumerate(urls, 1)
            )
        )


asyncio.run(main())

# --- 결과 확인: 기록한 막대로 겹친 수를 세어 판정합니다 ---
elapsed = chart.elapsed()
edges = sorted(
    [(start, 1) for _, _, start, _, _ in chart.bars]
    + [(end, -1) for *_, end, _ in chart.bars]
)
# 시각 순서로 막대의 시작(+1)과 끝(-1)을 세어 겹친 막대 수의 최댓값을 구합니다
running = most = 0
for _, change in edges:
    running += change
    most = max(most, running)
print(f"걸린 시간: {elapsed:.2f}초, 같은 순간에 받던 요청: 최대 {most}개")
chart.save(
    "semaphore_timeline",
    f"요청 {PAGES}개의 막대가 {LIMIT}개씩 계단처럼 놓였습니다. 같은 순간에 "
    f"받던 요청은 최대 {most}개였고, 모두 받는 데 {elapsed:.2f}초 "
    f"걸렸습니다({PAGES // LIMIT}묶음 × {DELAY}초).",
)
if most <= LIMIT:
    print(
        f"판정: 같은 순간에 받은 요청은 {LIMIT}개를 넘지 않았습니다. "
        f"막대가 {LIMIT}개씩 놓입니다."
    )
else:
    print(f"판정: 제한을 넘었습니다. {most}개를 같은 순간에 받았습니다.")
