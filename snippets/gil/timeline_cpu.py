# snippet: cpu-timing
# snippet: min-cores=2
# snippet: expect-output=판정: 스레드는 번갈아 계산했습니다
# snippet: expect-output=판정: 프로세스는 같은 순간에 함께 계산했습니다
"""같은 계산을 스레드 2개와 프로세스 2개에 맡기고,
각자 실제로 계산한 구간을 타임라인으로 그립니다."""

import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

# 이 저장소의 snippets/timeline.py: 막대를 기록하고 SVG 그림으로 저장합니다
import timeline

# 작업자 하나가 하는 계산 조각 수 (조각 하나는 0.2밀리초 안팎)
STEPS = 2000


def fib(n: int) -> int:
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def compute(steps: int) -> list[tuple[float, float]]:
    """계산을 잘게 나눠 하면서, 멈추지 않고 계산한 구간
    (시작 시각, 끝 시각)의 목록을 돌려줍니다."""
    spans = []
    start = last = time.time()
    for _ in range(steps):
        fib(15)
        now = time.time()
        # 조각 하나가 1밀리초를 넘겼다면 그사이 멈춰 있었던 것입니다
        # snippet: highlight-start
        if now - last > 0.001:
            spans.append((start, last))
            start = now
        # snippet: highlight-end
        last = now
    spans.append((start, last))
    return spans


def together(a: list, b: list) -> float:
    """두 작업자가 같은 순간에 계산한 시간의 합."""
    return sum(
        max(0.0, min(end1, end2) - max(start1, start2))
        for start1, end1 in a
        for start2, end2 in b
    )


if __name__ == "__main__":
    chart = timeline.Timeline(
        "같은 계산을 스레드 2개와 프로세스 2개로: 실제로 계산한 구간"
    )
    shares, seconds, described = {}, {}, []
    for kind, pool_class in (
        ("스레드", ThreadPoolExecutor),
        ("프로세스", ProcessPoolExecutor),
    ):
        with pool_class(max_workers=2) as pool:
            # 작업자 둘을 미리 띄워 둡니다
            list(pool.map(time.sleep, [0.1, 0.1]))
            # 이 구역의 0초: 계산을 맡기는 순간
            chart.section(f"{kind} 2개")
            # snippet: highlight
            first, second = pool.map(compute, [STEPS, STEPS])
            seconds[kind] = chart.elapsed()
        for n, spans in enumerate([first, second], 1):
            for start, end in spans:
                chart.add(f"{kind} {n}", start, end)
        busy = sum(end - start for start, end in first)
        shares[kind] = together(first, second) / busy
        summary = (
            f"{kind} 2개: {seconds[kind]:.2f}초, "
            f"계산 구간 {len(first)}개와 {len(second)}개, "
            f"같은 순간에 계산한 시간 {shares[kind]:.0%}"
        )
        print(summary)
        described.append(summary)
    chart.save(
        "gil_threads_vs_processes",
        "막대는 멈추지 않고 계산한 구간입니다. " + ". ".join(described) + ".",
    )

    # --- 결과 확인: 같은 순간에 계산한 몫으로 판정합니다 ---
    if shares["스레드"] < 0.2:
        print(
            "판정: 스레드는 번갈아 계산했습니다. "
            "전역 인터프리터 록을 쥔 스레드 하나만 계산합니다."
        )
    else:
        print(
            "판정: 스레드가 같은 순간에 계산했습니다. "
            "자유 스레딩 빌드일 수 있습니다."
        )
    # 다른 프로그램이 코어를 나눠 써도 스레드(0%)와는 분명히 다릅니다
    if shares["프로세스"] > 0.3:
        print(
            "판정: 프로세스는 같은 순간에 함께 계산했습니다. "
            "프로세스마다 전역 인터프리터 록이 따로 있습니다."
        )
    else:
        print(
            "판정: 프로세스도 번갈아 계산했습니다. "
            "다른 프로그램이 코어를 쓰고 있었을 수 있습니다."
        )
