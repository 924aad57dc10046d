# snippet: expect-output=판정: 제너레이터는 값을 미리 만들지 않습니다
"""제너레이터는 값을 미리 만들어 두지 않고, 요청받을 때 하나씩 만듭니다(지연 평가)."""

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
for line in add_price(read_orders()):
    print(f"  사용: {line}")  # 하나가 끝까지 흘러간 뒤에야 다음 값을 읽습니다

N = 1_000_000
squares_list = [n * n for n in range(N)]  # 백만 개를 지금 모두 계산해 둡니다
squares_gen = (n * n for n in range(N))  # 다음 값을 계산하는 방법만 기억합니다
list_size = sys.getsizeof(squares_list)
gen_size = sys.getsizeof(squares_gen)
print(f"리스트 객체: {list_size:,}바이트 (담긴 정수 객체는 따로 더 듭니다)")
print(f"제너레이터 객체: {gen_size:,}바이트")
print(f"합계는 같습니다: {sum(squares_list) == sum(squares_gen)}")
if gen_size * 1000 < list_size:
    print(
        "판정: 제너레이터는 값을 미리 만들지 않습니다. 크기가 원소 수와 상관없습니다."
    )
else:
    print("판정: 제너레이터도 값을 미리 만들었습니다.")
