# snippet: expect-output=판정: unlink()를 잊은 블록은 프로그램이 끝날 때 자원 추적기가 경고를 남기고 지웠습니다
"""흔한 실수: SharedMemory를 만들고 unlink()를 잊습니다.

확인하려고 그런 작은 프로그램을 새 파이썬으로 실행하고, 그 표준 에러와
블록이 남았는지를 봅니다."""

import subprocess
import sys
from multiprocessing.shared_memory import SharedMemory

FORGETFUL = """
from multiprocessing.shared_memory import SharedMemory
block = SharedMemory(create=True, size=1024)
block.buf[:2] = b"hi"
block.close()
print(block.name)
"""

if __name__ == "__main__":
    # close()만 하고 unlink()는 부르지 않는 프로그램을 끝까지 실행합니다
    # snippet: highlight
    run = [sys.executable, "-c", FORGETFUL]
    child = subprocess.run(run, capture_output=True, text=True, timeout=30)
    name = child.stdout.strip()
    print(f"만든 블록: {name!r}")
    print(f"그 프로그램의 표준 에러:\n{child.stderr.rstrip()}")

    # --- 결과 확인: 경고가 있었는지, 끝난 뒤에도 블록이 남았는지 봅니다 ---
    warned = "leaked shared_memory" in child.stderr
    try:
        leftover = SharedMemory(name=name)
    except FileNotFoundError:
        gone = True
    else:
        gone = False
        leftover.close()
        leftover.unlink()
    print(
        f"프로그램이 끝난 뒤 블록이 남아 있었나: {'아니요' if gone else '예'}"
    )
    if warned and gone:
        print(
            "판정: unlink()를 잊은 블록은 프로그램이 끝날 때 "
            "자원 추적기가 경고를 남기고 지웠습니다."
        )
    elif gone:
        print("판정: 경고 없이 블록이 사라졌습니다.")
    else:
        print("판정: 블록이 남아 있었습니다(이 프로그램이 지웠습니다).")
