# snippet: expect-output=판정: 데몬 스레드는 일을 마치지 못하고 함께 끝났습니다
"""데몬 스레드(daemon=True)는 메인 스레드가 끝나면 하던 일을 마치지 못한 채 함께 사라집니다."""

import threading
import time

START = time.perf_counter()
finished = False


def log(message: str) -> None:
    # 줄바꿈까지 한 번에 씁니다: 여러 스레드의 출력이 한 줄에 붙지 않게
    print(f"[{time.perf_counter() - START:4.2f}초] {message}\n", end="")


def save_backup() -> None:
    global finished
    log("데몬 스레드: 백업 시작 (3초 걸리는 일)")
    time.sleep(3)
    log("데몬 스레드: 백업 끝")  # 이 줄은 출력되지 않습니다
    finished = True


thread = threading.Thread(target=save_backup, daemon=True)
thread.start()
time.sleep(0.5)  # 메인 스레드가 제 할 일을 합니다
log("메인 스레드: 끝. 프로그램을 종료합니다")
if not finished:
    print(
        "판정: 데몬 스레드는 일을 마치지 못하고 함께 끝났습니다. 데몬은 기다려 주지 않습니다."
    )
else:
    print("판정: 데몬 스레드가 일을 마쳤습니다.")
