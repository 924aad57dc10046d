# snippet: expect-output=판정: 록이 없으면 세 구간이 겹쳐 갱신 두 개를 잃었습니다
# snippet: expect-output=판정: 록이 있으면 구간이 하나씩 이어져 잃은 갱신이 없습니다
"""스레드 3개가 카운터에 1씩 더합니다. 값을 읽고 나서 쓰기까지의 구간이
언제 열려 있었는지, 록이 없을 때와 있을 때를 타임라인으로 그립니다."""

import contextlib
import threading
import time

# 이 저장소의 snippets/timeline.py: 막대를 기록하고 SVG 그림으로 저장합니다
import timeline

chart = timeline.Timeline("스레드 3개가 카운터에 1 더하기: 읽고 나서 쓰기까지")
counter = 0


def add_one(name: str, guard) -> None:
    global counter
    # snippet: highlight
    with guard:  # 록이거나, 아무것도 막지 않는 nullcontext()
        started = time.time()
        current = counter  # 1. 읽기
        time.sleep(0.2)  # 2. 읽고 쓰는 사이의 일 (I/O 등을 흉내)
        counter = current + 1  # 3. 쓰기
        chart.add(name, started, time.time(), f"{current}→{counter}")


def run(guard) -> int:
    global counter
    counter = 0
    names = ("스레드 1", "스레드 2", "스레드 3")
    threads = [threading.Thread(target=add_one, args=(n, guard)) for n in names]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return counter


chart.section("록 없음")
without_lock = run(contextlib.nullcontext())
chart.section("록 있음")
with_lock = run(threading.Lock())
print(f"카운터: 록 없음 {without_lock}, 록 있음 {with_lock} (기대한 값 3)")


# --- 결과 확인: 구간이 겹친 쌍을 세어 판정하고 그림을 저장합니다 ---
def overlaps(section: int) -> int:
    bars = [bar for bar in chart.bars if bar[0] == section]
    return sum(
        1
        for i, first in enumerate(bars)
        for second in bars[i + 1 :]
        if first[2] < second[3] and second[2] < first[3]
    )


open_together, one_at_a_time = overlaps(1), overlaps(2)
took = [max(bar[3] for bar in chart.bars if bar[0] == s) for s in (1, 2)]
print(
    f"마지막 구간이 닫힌 때: 록 없음 {took[0]:.2f}초, 록 있음 {took[1]:.2f}초"
)
print(
    f"같은 순간에 열려 있던 구간의 쌍: "
    f"록 없음 {open_together}, 록 있음 {one_at_a_time}"
)
# 구역마다 막대 안의 글자(읽은 값→쓴 값)를 시작한 순서대로
writes = [
    ", ".join(
        bar[4] for bar in sorted(chart.bars, key=lambda b: b[2]) if bar[0] == s
    )
    for s in (1, 2)
]
chart.save(
    "lock_timeline",
    f"록이 없으면 같은 순간에 열려 있던 구간이 {open_together}쌍이었고 "
    f"({writes[0]}), 카운터는 {without_lock}이 되었습니다. 록이 있으면 "
    f"겹친 구간 없이 하나씩 이어졌고 ({writes[1]}), "
    f"카운터는 {with_lock}이 되었습니다.",
)
if open_together == 3 and without_lock == 1:
    print("판정: 록이 없으면 세 구간이 겹쳐 갱신 두 개를 잃었습니다.")
else:
    print(
        f"판정: 록이 없을 때가 예상과 다릅니다 "
        f"(겹친 쌍 {open_together}, 카운터 {without_lock})."
    )
if one_at_a_time == 0 and with_lock == 3:
    print("판정: 록이 있으면 구간이 하나씩 이어져 잃은 갱신이 없습니다.")
else:
    print(f"판정: 록이 있는데도 구간이 겹쳤습니다 ({one_at_a_time}쌍).")
