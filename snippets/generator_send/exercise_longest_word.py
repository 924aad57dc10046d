# snippet: expect-output=판정: 보낼 때마다 가장 긴 단어를 돌려받았습니다
# snippet: expect-output=닫힘: 단어 5개를 받았고 가장 긴 단어는 '무지개'입니다
# snippet: browser
"""연습 문제 풀이: 받은 단어 중 가장 긴 단어를 돌려주는 코루틴입니다.

닫힐 때는 받은 단어의 개수와 가장 긴 단어를 알려 줍니다.
"""

import functools


def primed(generator_function):
    @functools.wraps(generator_function)
    def start(*args, **kwargs):
        generator = generator_function(*args, **kwargs)
        # 첫 yield까지 실행해 둡니다
        next(generator)
        return generator

    return start


@primed
def longest_word():
    # snippet: starter=# 지금은 언제나 빈 문자열을 돌려줍니다. 가장 긴 단어를 돌려주고,
    # snippet: starter=# 닫힐 때 받은 단어의 개수와 가장 긴 단어를 출력하도록 고치세요.
    # snippet: starter=while True:
    # snippet: starter=    word = yield ""
    # snippet: solution-start
    longest, count = "", 0
    try:
        while True:
            # snippet: highlight
            word = yield longest
            count += 1
            if len(word) > len(longest):
                longest = word
    # close()가 일으킨 GeneratorExit도 여기를 지나갑니다
    # snippet: highlight-start
    finally:
        print(f"닫힘: 단어 {count}개를 받았고 가장 긴 단어는 {longest!r}입니다")
        # snippet: highlight-end
    # snippet: solution-end


WORDS = ["별", "바람", "구름", "무지개", "비"]
tracker = longest_word()
answers = []
for word in WORDS:
    answers.append(tracker.send(word))
    print(f"{word!r} 보냄 → 지금까지 가장 긴 단어: {answers[-1]!r}")
tracker.close()

# --- 결과 확인: 보낸 단어까지의 가장 긴 단어를 따로 구해 맞춰 봅니다 ---
expected = [max(WORDS[: number + 1], key=len) for number in range(len(WORDS))]
if answers == expected:
    print("판정: 보낼 때마다 가장 긴 단어를 돌려받았습니다.")
else:
    print(f"판정: 기대와 다릅니다. 기대한 답: {expected}")
