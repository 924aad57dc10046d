# snippet: cpu-timing
# snippet: min-cores=2
# snippet: expect-output=판정: 요리사 한 명은 기다림만 겹쳤습니다
# snippet: expect-output=판정: 요리사 여럿은 칼질도 같은 순간에 했습니다
"""부엌 하나를 세 방식으로 돌리고, 누가 언제 일했는지 타임라인으로 그립니다.

밥 짓기는 기다리기만 하는 일, 채소 썰기는 손이 계속 가는 일(CPU 계산)입니다.
차례로, 요리사 한 명이 번갈아(동시성), 요리사 셋이 같은 순간에(병렬성).
"""

import asyncio
import time
from concurrent.futures import ProcessPoolExecutor

import timeline

RICE = 0.4  # 밥 짓기: 불에 올려 두고 기다리는 시간(초)
DISHES = ["밥 짓기", "도마 1", "도마 2"]  # 밥 하나와 채소 썰기 두 판
PIECES = 6  # 채소 한 판을 여섯 조각으로 나눠 썹니다
WORK = 2_000_000  # 한 조각의 칼질 수 (기다림 없이 CPU만 씁니다)


def chop_piece() -> tuple[float, float]:
    started = time.time()
    count = 0
    for _ in range(WORK):
        count += 1
    return started, time.time()


def cook(dish: str) -> list[tuple[float, float]]:
    """요리 하나를 끝까지 합니다. 막대가 될 (시작, 끝) 시각들을 돌려줍니다."""
    if dish == "밥 짓기":
        started = time.time()
        time.sleep(RICE)
        return [(started, time.time())]
    return [chop_piece() for _ in range(PIECES)]


async def cook_taking_turns(chart: timeline.Timeline, dish: str) -> None:
    if dish == "밥 짓기":
        with chart.span(dish):
            # snippet: highlight
            await asyncio.sleep(RICE)
        return
    for _ in range(PIECES):
        chart.add(dish, *chop_piece())
        # 한 조각을 썰 때마다 다른 요리로 넘어갑니다
        # snippet: highlight
        await asyncio.sleep(0)


async def one_cook(chart: timeline.Timeline) -> None:
    await asyncio.gather(*(cook_taking_turns(chart, d) for d in DISHES))


def chopping_time(spans: list[list[tuple[float, float]]]) -> float:
    """요리사 셋의 기록에서 칼질을 시작하고 끝내기까지 걸린 시간."""
    pieces = [
        span
        for dish, found in zip(DISHES, spans)
        for span in found
        if dish != "밥 짓기"
    ]
    return max(end for _, end in pieces) - min(start for start, _ in pieces)


if __name__ == "__main__":
    chart = timeline.Timeline("밥 짓기(기다림)와 채소 썰기 두 판(계산)")
    chart.section("동기: 요리사 한 명이 한 요리씩")
    for dish in DISHES:
        for span in cook(dish):
            chart.add(dish, *span)
    sequential = chart.elapsed()

    chart.section("동시성: 요리사 한 명이 번갈아")
    asyncio.run(one_cook(chart))
    taking_turns = chart.elapsed()

    with ProcessPoolExecutor(max_workers=len(DISHES)) as pool:
        # 요리사(프로세스) 셋을 미리 불러 둡니다: 띄우는 시간은 재지 않습니다
        list(pool.map(time.sleep, [0.1] * len(DISHES)))
        # 두 번 돌려 칼질이 먼저 끝난 쪽을 그립니다.
        # 다른 프로그램이 잠깐 CPU를 차지해 흐트러진 측정을 걸러 냅니다.
        tries = []
        for _ in range(2):
            started = time.time()
            # snippet: highlight
            spans = list(pool.map(cook, DISHES))
            tries.append((chopping_time(spans), started, time.time(), spans))
    _, started, ended, spans = min(tries)
    chart.section("병렬성: 요리사 셋이 같은 순간에", origin=started)
    for dish, dish_spans in zip(DISHES, spans):
        for span in dish_spans:
            chart.add(dish, *span)
    several = ended - started

    # --- 결과 확인: 칼질 조각의 시각으로 세 방식을 비교합니다 ---
    def pieces(section: int) -> list[tuple[float, float, str]]:
        return sorted(
            (start, end, lane)
            for number, lane, start, end, _ in chart.bars
            if number == section and lane != "밥 짓기"
        )

    chopping = sum(end - start for start, end, _ in pieces(1))

    def overlapping(found: list[tuple[float, float, str]]) -> int:
        # 시작 순서로 늘어놓은 조각 중, 앞 조각이 끝나기 전에 시작한 조각 수
        return sum(b[0] < a[1] for a, b in zip(found, found[1:]))

    turns = pieces(2)
    # 칼질 말고 더 걸린 시간: 밥 기다림이 칼질과 겹쳤다면 아주 짧습니다
    extra = taking_turns - sum(end - start for start, end, _ in turns)
    overlaps = overlapping(turns)
    switches = sum(a[2] != b[2] for a, b in zip(turns, turns[1:]))
    together = pieces(3)
    window = together[-1][1] - together[0][0]
    parallel_overlaps = overlapping(together)
    print(f"동기: {sequential:.2f}초 (밥 {RICE}초 + 칼질 {chopping:.2f}초)")
    print(
        f"동시성: {taking_turns:.2f}초 (칼질 말고 {extra:.2f}초), "
        f"도마를 바꾼 횟수 {switches}번, 칼질 조각이 겹친 횟수 {overlaps}번"
    )
    print(
        f"병렬성: {several:.2f}초, 칼질에 걸린 시간 {window:.2f}초, "
        f"칼질 조각이 겹친 횟수 {parallel_overlaps}번"
    )
    chart.save(
        "kitchen_timeline",
        f"동기 방식은 밥 짓기와 두 도마의 칼질이 계단처럼 이어져 "
        f"{sequential:.2f}초 걸렸습니다. 요리사 한 명이 밥을 기다리는 동안 "
        f"두 도마를 한 조각씩 번갈아 썰면 {taking_turns:.2f}초, 요리사 셋"
        f"(프로세스 셋)이 하나씩 맡으면 칼질에 {window:.2f}초, 모두 "
        f"{several:.2f}초 걸렸습니다.",
    )
    if extra < 0.5 * RICE and overlaps == 0 and switches >= 5:
        print(
            "판정: 요리사 한 명은 기다림만 겹쳤습니다. "
            "칼질은 한 번에 한 조각씩 번갈아 했습니다."
        )
    else:
        print("판정: 요리사 한 명의 일이 번갈아 진행되지 않았습니다.")
    # 조각의 절반 이상이 다른 도마의 조각과 겹치고, 칼질 시간이 줄었는지
    if parallel_overlaps >= PIECES and window < 0.8 * chopping:
        print(
            "판정: 요리사 여럿은 칼질도 같은 순간에 했습니다. "
            "칼질에 걸린 시간이 줄었습니다."
        )
    else:
        print("판정: 칼질이 같은 순간에 진행되지 않았습니다.")
