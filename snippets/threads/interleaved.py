# snippet: expect-output=판정: 세 스레드의 출력이 섞였습니다
"""여러 스레드가 출력하면 줄이 섞입니다.

순서는 운영 체제가 스레드를 언제 실행하느냐에 달려 있어 실행할 때마다 다릅니다.
"""

import threading
import time

printed: list[str] = []  # 줄을 출력한 스레드의 이름 (결과 확인에 씁니다)


def work(name: str) -> None:
    for step in range(1, 4):
        # 기다리는 동안 다른 스레드가 실행됩니다
        # snippet: highlight
        time.sleep(0.1)
        # 줄바꿈까지 한 번에 씁니다 (아래 설명 참고)
        print(f"{name}: {step}단계\n", end="")
        # --- 결과 확인: 줄을 출력한 스레드를 적어 둡니다 ---
        printed.append(name)


threads = [
    threading.Thread(target=work, args=(name,)) for name in ("A", "B", "C")
]
# snippet: highlight-start
for thread in threads:
    thread.start()
# snippet: highlight-end
for thread in threads:
    thread.join()

# --- 결과 확인: 한 스레드의 줄이 모여 있었는지로 판정합니다 ---
# 섞이지 않았다면 같은 이름이 연달아 나와, 이름이 바뀌는 곳은 두 번뿐입니다
switches = sum(
    1 for before, after in zip(printed, printed[1:]) if before != after
)
if switches > 2:
    print(
        "판정: 세 스레드의 출력이 섞였습니다. "
        "한 스레드가 끝나기 전에 다른 스레드가 돌았습니다."
    )
else:
    print("판정: 출력이 스레드별로 모여 있습니다.")
