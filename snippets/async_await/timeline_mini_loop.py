# snippet: expect-output=판정: 루프가 쉰 시간 안에서 두 코루틴의 기다림이 겹쳤습니다
# snippet: browser
"""손으로 만든 이벤트 루프가 언제 쉬었고,
코루틴이 언제 기다렸는지 타임라인으로 그립니다."""

import heapq
import time

# 이 저장소의 snippets/timeline.py: 막대를 기록하고 SVG 그림으로 저장합니다
import timeline

chart = timeline.Timeline("미니 이벤트 루프: 커피(3초)와 빵(2초)")


class Sleep:
    def __init__(self, lane: str, seconds: float):
        self.lane, self.seconds = lane, seconds

    def __await__(self):
        started = time.time()
        # snippet: highlight
        yield time.perf_counter() + self.seconds
        # 루프가 send()로 깨운 순간: 기다림이 막대 하나가 됩니다
        chart.add(self.lane, started, time.time(), "기다림")


async def brew_coffee() -> str:
    await Sleep("커피 코루틴", 3)
    return "커피"


async def toast_bread() -> str:
    await Sleep("빵 코루틴", 2)
    return "토스트"


def run(*coroutines) -> list:
    sleeping = [(0.0, n, coroutine) for n, coroutine in enumerate(coroutines)]
    results = [None] * len(coroutines)
    while sleeping:
        wake_at, number, coroutine = heapq.heappop(sleeping)
        pause = wake_at - time.perf_counter()
        if pause > 0:
            # snippet: highlight
            with chart.span("이벤트 루프", "쉼"):
                time.sleep(pause)
        try:
            heapq.heappush(sleeping, (coroutine.send(None), number, coroutine))
        except StopIteration as stop:
            results[number] = stop.value
    return results


print(f"결과: {run(brew_coffee(), toast_bread())}")


# --- 결과 확인: 막대의 길이로 판정하고 그림을 저장합니다 ---
def total(lane: str) -> float:
    return sum(
        end - start for _, name, start, end, _ in chart.bars if name == lane
    )


def span(lane: str) -> str:
    start, end = next((b[2], b[3]) for b in chart.bars if b[1] == lane)
    return f"{start:.1f}초부터 {end:.1f}초까지"


slept = total("이벤트 루프")
naps = sum(1 for bar in chart.bars if bar[1] == "이벤트 루프")
waited = total("커피 코루틴") + total("빵 코루틴")
print(
    f"루프가 쉰 시간: {slept:.2f}초, 코루틴이 기다린 시간의 합: {waited:.2f}초"
)
chart.save(
    "mini_event_loop",
    f"커피 코루틴은 {span('커피 코루틴')}, "
    f"빵 코루틴은 {span('빵 코루틴')} 기다렸고, "
    f"이벤트 루프는 그동안 {naps}번에 걸쳐 모두 {slept:.2f}초 쉬었습니다. "
    f"두 기다림의 합은 {waited:.2f}초입니다.",
)
if 0.9 * 3 <= slept < 0.75 * waited:
    print(
        "판정: 루프가 쉰 시간 안에서 두 코루틴의 기다림이 겹쳤습니다. "
        "루프는 가장 긴 기다림만큼만 쉬었습니다."
    )
else:
    print("판정: 기다림이 겹치지 않았습니다.")
