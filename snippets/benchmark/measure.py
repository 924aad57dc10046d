"""벤치마크 도구: 방식마다 한 번 먼저 실행해 준비한 뒤,
여러 번 번갈아 재서 중앙값을 표와 그림으로 보여 줍니다."""

import os
import platform
import statistics
import time

# 이 저장소의 snippets/timeline.py: 막대그래프도 그립니다
import timeline


def seconds_of(run) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def compare(
    title: str, methods: dict, repeats: int, figure: str
) -> dict[str, float]:
    """methods의 첫 방식(순차)을 기준으로 나머지가 몇 배 빠른지
    표와 막대그래프로 보여 줍니다."""
    # 첫 실행: 스레드 풀과 프로세스 풀이 스레드와 프로세스를 띄우는 시간이
    # 들어 있습니다
    # snippet: highlight
    first = {name: seconds_of(run) for name, run in methods.items()}
    times = {name: [] for name in methods}
    # 방식을 번갈아 재서 잠깐의 잡음이 한 방식에만 몰리지 않게 합니다
    # snippet: highlight-start
    for _ in range(repeats):
        for name, run in methods.items():
            times[name].append(seconds_of(run))
    medians = {
        name: statistics.median(values) for name, values in times.items()
    }
    # snippet: highlight-end
    base = medians[next(iter(methods))]

    where = f"Python {platform.python_version()} · 코어 {os.cpu_count()}개"
    print(f"{where} · {repeats}번 잰 중앙값")
    chart = timeline.Timeline(f"{title}: 걸린 시간의 중앙값 (짧을수록 빠름)")
    for name, median in medians.items():
        speedup = base / median
        print(
            f"중앙값 {median:5.2f}초 | 순차 대비 {speedup:4.1f}배 | "
            f"첫 실행 {first[name]:5.2f}초 | {name}"
        )
        # 0초에서 중앙값까지의 막대
        label = f"{median:.2f}초 · {speedup:.1f}배"
        chart.add(name, chart.origin, chart.origin + median, label)
    summary = ", ".join(
        f"{name} {m:.2f}초({base / m:.1f}배)" for name, m in medians.items()
    )
    description = (
        f"{title}. 막대가 짧을수록 빠릅니다. "
        f"중앙값과 순차 대비 배수: {summary}."
    )
    chart.save(figure, description)
    return medians
