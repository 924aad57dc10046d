# snippet: browser
"""연습 문제 풀이: 태스크의 return 값을 StopIteration.value에서 꺼냅니다.

라운드 로빈 스케줄러가 끝난 순서대로 결과를 모읍니다.
"""

from collections import deque


def count_words(name: str, text: str):
    total = 0
    for word in text.split():
        total += 1
        # 단어 하나를 셀 때마다 차례를 넘깁니다
        yield
    # 이 값은 StopIteration.value에 담깁니다
    # snippet: highlight
    return f"{name}: 단어 {total}개"


def run(tasks) -> list[str]:
    ready = deque(tasks)
    results = []
    while ready:
        current = ready.popleft()
        try:
            next(current)
        # snippet: highlight-start
        except StopIteration as stop:
            # 끝난 순서대로 결과를 모읍니다
            results.append(stop.value)
            # snippet: highlight-end
            continue
        ready.append(current)
    return results


tasks = [
    count_words(
        "긴 글", "제너레이터는 yield 에서 멈추고 next 로 다시 이어서 실행됩니다"
    ),
    count_words("짧은 글", "안녕하세요 파이썬"),
    count_words("중간 글", "태스크들이 번갈아 실행됩니다"),
]
for result in run(tasks):
    print(result)
