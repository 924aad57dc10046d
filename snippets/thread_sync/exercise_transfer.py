# snippet: expect-output=판정: 모든 이체가 끝났고 잔액도 모두 처음 그대로입니다
"""연습 문제 풀이: 계좌마다 록을 두고, 이체할 때는 두 계좌의 록을
언제나 계좌 이름 순서로 얻어 교착 상태를 막습니다."""

import threading
import time

balances = {"가": 1_000, "나": 1_000, "다": 1_000}
locks = {name: threading.Lock() for name in balances}
ROUTES = [("가", "나"), ("나", "가"), ("나", "다"), ("다", "나")]


def transfer(source: str, target: str, amount: int) -> None:
    # 방향과 상관없이 이름 순서대로 얻습니다
    # snippet: highlight-start
    first, second = sorted([source, target])
    with locks[first], locks[second]:
        # snippet: highlight-end
        current = balances[source]
        # 다른 스레드에게 차례를 넘겨도 두 계좌는 이 스레드만 만집니다
        time.sleep(0)
        balances[source] = current - amount
        balances[target] += amount


def many_transfers(source: str, target: str) -> None:
    for _ in range(200):
        transfer(source, target, 10)


# 교착 상태로 멈추더라도 프로그램은 끝나도록,
# 데몬 스레드로 만들고 모두 합쳐 5초까지만 기다립니다
threads = [
    threading.Thread(target=many_transfers, args=route, daemon=True)
    for route in ROUTES
]
for thread in threads:
    thread.start()
deadline = time.monotonic() + 5
for thread in threads:
    thread.join(timeout=max(0.0, deadline - time.monotonic()))

# --- 결과 확인: 끝나지 않은 스레드와 잔액으로 판정합니다 ---
stuck = sum(thread.is_alive() for thread in threads)
print(f"잔액: {balances}, 합: {sum(balances.values()):,}원")
# 오간 금액이 같으므로 모든 계좌가 처음 잔액으로 돌아와야 합니다
if stuck == 0 and all(money == 1_000 for money in balances.values()):
    print("판정: 모든 이체가 끝났고 잔액도 모두 처음 그대로입니다.")
else:
    print(f"판정: 끝나지 않은 스레드 {stuck}개, 잔액 {balances}")
