# snippet: expect-output=판정: Lock으로는 멈췄고 RLock으로는 끝났습니다
"""메서드가 같은 록 안에서 다른 메서드를 부르면 Lock으로는 스스로 막힙니다.

RLock은 록을 가진 스레드가 다시 들어오는 것을 허락합니다.
"""

import threading


class Basket:
    def __init__(self, lock) -> None:
        self._lock = lock
        self.items: list[str] = []

    def add(self, item: str) -> None:
        with self._lock:
            self.items.append(item)

    def add_many(self, items: list[str]) -> None:
        # snippet: highlight-start
        with self._lock:
            for item in items:
                # 록을 가진 채로 같은 록을 쓰는 add()를 부릅니다
                self.add(item)
        # snippet: highlight-end


finished = {}
for name, lock in [("Lock", threading.Lock()), ("RLock", threading.RLock())]:
    basket = Basket(lock)
    # 멈춰도 프로그램이 끝날 수 있게 데몬 스레드에서 실행하고 1초만 기다립니다
    worker = threading.Thread(
        target=basket.add_many, args=(["사과", "배"],), daemon=True
    )
    worker.start()
    worker.join(timeout=1)
    finished[name] = not worker.is_alive()
    print(
        f"{name}: 1초 안에 끝났나요? {finished[name]}, 담긴 것 {basket.items}"
    )

# --- 결과 확인: 1초 안에 끝났는지로 판정합니다 ---
if not finished["Lock"] and finished["RLock"]:
    print("판정: Lock으로는 멈췄고 RLock으로는 끝났습니다.")
else:
    print(f"판정: 예상과 다릅니다 ({finished}).")
