# snippet: expect-output=판정: 프로그램이 끝날 때 데몬 스레드는 아직 백업하는 중이었습니다
"""데몬 스레드(daemon=True)는 프로그램이 끝날 때 하던 일을 마치지 못합니다."""

import atexit
import threading
import time

START = time.perf_counter()


def log(message: str) -> None:
    # 줄바꿈까지 한 번에 씁니다: 여러 스레드의 출력이 한 줄에 붙지 않게
    print(f"[{time.perf_counter() - START:4.2f}초] {message}\n", end="")


def save_backup() -> None:
    log("데몬 스레드: 백업 시작 (3초 걸리는 일)")
    try:
        time.sleep(3.0)
        log("데몬 스레드: 백업 끝")
    finally:
        log("데몬 스레드: 정리 코드(finally) 실행")


# 백업을 데몬 스레드에 맡기고, 메인 스레드는 0.5초 뒤에 끝납니다
# snippet: highlight
backup = threading.Thread(target=save_backup, daemon=True)
backup.start()
time.sleep(0.5)
log("메인 스레드: 끝. 프로그램을 종료합니다")


# --- 결과 확인: 파이썬이 종료하는 순간(atexit) 백업이 끝났는지로 판정합니다 ---
@atexit.register
def verdict() -> None:
    if backup.is_alive():
        log(
            "판정: 프로그램이 끝날 때 데몬 스레드는 아직 백업하는 중이었습니다."
        )
    else:
        log("판정: 데몬 스레드가 프로그램이 끝나기 전에 백업을 마쳤습니다.")
