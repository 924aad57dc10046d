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


tracker = longest_word()
for word in ["별", "바람", "구름", "무지개", "비"]:
    print(f"{word!r} 보냄 → 지금까지 가장 긴 단어: {tracker.send(word)!r}")
tracker.close()
