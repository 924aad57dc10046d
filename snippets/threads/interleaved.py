# snippet: expect-output=판정: 세 스레드의 출력이 섞였습니다
"""여러 스레드가 출력하면 줄이 섞입니다. 순서는 운영체제가 정하므로 실행할 때마다 다릅니다."""

import threading
import time

order: list[str] = []  # 출력한 스레드 이름을 출력한 순서대로


def work(name: str) -> None:
    for step in range(1, 4):
        print(
            f"{name}: {step}단계\n", end=""
        )  # 줄바꿈까지 한 번에 씁니다 (아래 설명 참고)
        order.append(name)
        time.sleep(0.1)  # 기다리는 동안 다른 스레드가 실행됩니다


threads = [
    threading.Thread(target=work, args=(name,)) for name in ("A", "B", "C")
]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()

# 섞이지 않았다면 같은 이름이 연달아 나와 이름이 바뀌는 곳은 두 번뿐입니다 (A→B, B→C).
switches = sum(1 for before, after in zip(order, order[1:]) if before != after)
print(f"출력 순서: {''.join(order)} (스레드가 바뀐 횟수: {switches}번)")
if switches > 2:
    print(
        "판정: 세 스레드의 출력이 섞였습니다. 한 스레드가 끝나기 전에 다른 스레드가 돌았습니다."
    )
else:
    print("판정: 출력이 스레드별로 모여 있습니다.")
