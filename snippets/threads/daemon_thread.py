# snippet: expect-output=판정: 데몬 스레드는 일을 마치지 못하고 함께 끝났습니다
"""데몬 스레드(daemon=True)는 프로그램이 끝날 때 하던 일을 마치지 못합니다.

확인하려고 이 파일은 자기 자신을 자식 프로그램으로 한 번 더 실행하고,
자식이 출력한 줄과 걸린 시간을 봅니다.
"""

import subprocess
import sys
import threading
import time

BACKUP_SECONDS = 3.0


def log(message: str) -> None:
    # 줄바꿈까지 한 번에 씁니다: 여러 스레드의 출력이 한 줄에 붙지 않게
    print(f"[{time.perf_counter() - START:4.2f}초] {message}\n", end="")


def save_backup() -> None:
    log("데몬 스레드: 백업 시작 (3초 걸리는 일)")
    try:
        time.sleep(BACKUP_SECONDS)
        log("데몬 스레드: 백업 끝")
    finally:
        log("데몬 스레드: 정리 코드(finally) 실행")


START = time.perf_counter()
if sys.argv[1:] == ["child"]:
    # 자식 프로그램: 데몬 스레드에 백업을 맡기고, 메인 스레드는 0.5초에 끝납니다
    # snippet: highlight
    threading.Thread(target=save_backup, daemon=True).start()
    time.sleep(0.5)
    log("메인 스레드: 끝. 프로그램을 종료합니다")
else:
    # 이 파일을 자식 프로그램으로 실행하고, 끝날 때까지 기다려 출력을 받습니다
    # snippet: highlight
    child = subprocess.run(
        [sys.executable, __file__, "child"], capture_output=True, text=True
    )
    took = time.perf_counter() - START
    print("자식 프로그램의 출력:")
    print(child.stdout, end="")

    # --- 결과 확인: 자식이 출력한 줄과 걸린 시간으로 판정합니다 ---
    print(f"자식 프로그램이 끝나기까지: {took:.2f}초 (백업에 필요한 시간: 3초)")
    unfinished = "백업 끝" not in child.stdout
    no_cleanup = "finally" not in child.stdout
    if unfinished and no_cleanup and took < 0.6 * BACKUP_SECONDS:
        print(
            "판정: 데몬 스레드는 일을 마치지 못하고 함께 끝났습니다. "
            "정리 코드(finally)도 실행되지 않았습니다."
        )
    else:
        print(
            f"판정: 데몬 스레드가 일을 마쳤거나 정리했습니다 "
            f"(백업 끝: {not unfinished}, finally: {not no_cleanup})."
        )
