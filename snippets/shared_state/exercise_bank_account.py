# snippet: expect-output=판정: 잃은 갱신이 없습니다
"""연습 문제 풀이: 여러 스레드가 입금하는 계좌를 록으로 보호합니다."""

import threading
import time


class BankAccount:
    def __init__(self) -> None:
        self.balance = 0
        # 계좌마다 록 하나
        # snippet: highlight
        self._lock = threading.Lock()

    def deposit(self, amount: int) -> None:
        # 읽기부터 쓰기까지 한 스레드만
        # snippet: highlight
        with self._lock:
            current = self.balance
            # 입금 기록을 남기는 등의 다른 일
            time.sleep(0)
            self.balance = current + amount


def deposit_many(account: BankAccount) -> None:
    for _ in range(500):
        account.deposit(10)


account = BankAccount()
threads = [
    threading.Thread(target=deposit_many, args=(account,)) for _ in range(4)
]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()

# --- 결과 확인: 잔액으로 판정합니다 ---
print(f"기대한 잔액: {4 * 500 * 10:,}원, 실제 잔액: {account.balance:,}원")
if account.balance == 4 * 500 * 10:
    print("판정: 잃은 갱신이 없습니다.")
else:
    print("판정: 갱신을 잃었습니다.")
