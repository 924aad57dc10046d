# snippet: expect-output=판정: 제너레이터는 값을 미리 만들지 않습니다
# snippet: browser
"""제너레이터는 값을 미리 만들어 두지 않고, 요청받을 때 하나씩 만듭니다.

이를 지연 평가라고 합니다. 원소 수가 다른 두 경우의 크기를 비교합니다.
"""

import sys


def read_orders():
    for order in ["커피", "빵", "주스"]:
        print(f"  읽기: {order}")
        yield order


def add_price(orders):
    for order in orders:
        print(f"  가격 붙이기: {order}")
        yield f"{order} 3000원"


print("파이프라인을 연결했습니다 (아직 아무것도 읽지 않았습니다)")
# snippet: highlight
for line in add_price(read_orders()):
    # 하나가 끝까지 흘러간 뒤에야 다음 값을 읽습니다
    print(f"  사용: {line}")

sizes = {}
for n in (1_000, 1_000_000):
    # 리스트는 n개를 지금 모두 계산해 둡니다
    # snippet: highlight-start
    squares_list = [i * i for i in range(n)]
    # 제너레이터는 다음 값을 계산하는 방법만 기억합니다
    squares_gen = (i * i for i in range(n))
    # snippet: highlight-end
    sizes[n] = sys.getsizeof(squares_list), sys.getsizeof(squares_gen)
    print(
        f"원소 {n:>9,}개: 리스트 객체 {sizes[n][0]:>9,}바이트, "
        f"제너레이터 객체 {sizes[n][1]:,}바이트"
    )
print("(리스트에 담긴 정수 객체의 크기는 따로 더 듭니다)")
print(f"합계는 같습니다: {sum(squares_list) == sum(squares_gen)}")

# --- 결과 확인: 원소 수가 1000배일 때 두 객체의 크기를 비교합니다 ---
(small_list, small_gen), (big_list, big_gen) = sizes.values()
print(
    f"원소 수가 1000배일 때: 리스트 {big_list / small_list:.0f}배, "
    f"제너레이터 {big_gen / small_gen:.0f}배"
)
if big_gen == small_gen and big_list > 100 * small_list:
    print(
        "판정: 제너레이터는 값을 미리 만들지 않습니다. "
        "크기가 원소 수와 상관없습니다."
    )
else:
    print("판정: 제너레이터의 크기도 원소 수에 따라 달라졌습니다.")
