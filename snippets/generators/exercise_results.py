# snippet: expect-output=판정: 끝난 순서대로 모았습니다
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
        # snippet: starter=except StopIteration:
        # snippet: starter=    # 끝난 태스크가 return한 값을 results에 모으세요
        # snippet: starter=    continue
        # snippet: solution-start
        # snippet: highlight-start
        except StopIteration as stop:
            # 끝난 순서대로 결과를 모읍니다
            results.append(stop.value)
            # snippet: highlight-end
            continue
        # snippet: solution-end
        ready.append(current)
    return results


TEXTS = {
    "긴 글": "제너레이터는 yield 에서 멈추고 next 로 다시 이어서 실행됩니다",
    "짧은 글": "안녕하세요 파이썬",
    "중간 글": "태스크들이 번갈아 실행됩니다",
}
results = run([count_words(name, text) for name, text in TEXTS.items()])
for result in results:
    print(result)

# --- 결과 확인: 단어를 따로 세어 기대하는 결과와 맞춰 봅니다 ---
by_length = sorted(TEXTS.items(), key=lambda item: len(item[1].split()))
expected = [f"{name}: 단어 {len(text.split())}개" for name, text in by_length]
if results == expected:
    print("판정: 끝난 순서대로 모았습니다(단어가 적은 글부터).")
else:
    print(f"판정: 기대와 다릅니다. 기대한 결과: {expected}")
