# snippet: browser
"""제너레이터 함수를 호출해도 본문은 실행되지 않습니다.

next()를 부를 때마다 본문이 다음 yield까지 실행되고 멈춥니다.
"""


def countdown(start: int):
    print(f"  (본문 시작: {start}부터 셉니다)")
    number = start
    while number > 0:
        print(f"  (yield {number} 직전에 멈춥니다)")
        # snippet: highlight
        yield number
        print(f"  (멈췄던 yield {number} 다음 줄부터 다시 이어서 실행합니다)")
        number -= 1
    print("  (본문 끝: 함수가 끝나면 StopIteration이 일어납니다)")


# snippet: highlight
counter = countdown(2)
print(
    f"countdown(2)의 결과: {type(counter).__name__} 객체 (본문은 아직 실행 전)"
)
print("첫 번째 next():")
# snippet: highlight
print(f"→ {next(counter)}")
print("두 번째 next():")
print(f"→ {next(counter)}")
print("세 번째 next():")
try:
    next(counter)
except StopIteration:
    print("→ StopIteration: 더 넘겨줄 값이 없습니다")
