# snippet: browser
"""다 쓴 제너레이터는 되감기지 않습니다.

두 번째 합계는 0이고, next()는 StopIteration을 일으킵니다.
"""

squares = (n * n for n in range(5))

print(f"첫 번째 합계: {sum(squares)}")
# 실수: 이미 다 쓴 제너레이터를 다시 썼습니다
# snippet: highlight
print(f"두 번째 합계: {sum(squares)}")
print(f"리스트로 바꾸면: {list(squares)}")
try:
    next(squares)
except StopIteration as error:
    print(f"next(squares) → {type(error).__name__}: 더 넘겨줄 값이 없습니다")

# 여러 번 쓸 값이라면 리스트로 만들어 둡니다
# snippet: highlight
squares_list = [n * n for n in range(5)]
print(f"리스트는 몇 번이든: {sum(squares_list)}, {sum(squares_list)}")
