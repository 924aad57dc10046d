# snippet: expect-output=판정: 가드가 없으면 spawn과 forkserver에서 자식이 RuntimeError로 끝납니다
# snippet: expect-output=판정: 가드를 넣으면 자식 프로세스가 정상으로 끝납니다
"""`if __name__ == "__main__":` 가드가 없는 작은 프로그램을
임시 폴더에 쓰고 실행해 봅니다."""

import multiprocessing
import os
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

DEFINITIONS = """
import multiprocessing
import sys

def greet():
    print("자식: 안녕하세요")
"""
# snippet: highlight-start
MAIN_CODE = """
print("최상위 코드를 실행합니다")
process = multiprocessing.get_context(sys.argv[1]).Process(target=greet)
process.start()
process.join()
print(f"자식 프로세스의 종료 코드: {process.exitcode}")
"""
# snippet: highlight-end
WITHOUT_GUARD = DEFINITIONS + MAIN_CODE
WITH_GUARD = (
    DEFINITIONS
    + 'if __name__ == "__main__":'
    + textwrap.indent(MAIN_CODE, "    ")
)


def run(source: str, method: str) -> subprocess.CompletedProcess:
    """source를 program.py로 저장하고,
    시작 방식 method로 새 파이썬에서 실행합니다."""
    with tempfile.TemporaryDirectory() as folder:
        Path(folder, "program.py").write_text(source, encoding="utf-8")
        env = {
            **os.environ,
            "PYTHONIOENCODING": "utf-8",
            "PYTHONUNBUFFERED": "1",
        }
        command = [sys.executable, "program.py", method]
        # timeout: 혹시 멈추더라도 20초 뒤에는 끝냅니다
        return subprocess.run(
            command,
            cwd=folder,
            env=env,
            capture_output=True,
            timeout=20,
            text=True,
        )


if __name__ == "__main__":
    # 이 운영 체제에서 쓸 수 있는 시작 방식
    methods = multiprocessing.get_all_start_methods()
    failed, error = [], ""
    for method in methods:
        result = run(WITHOUT_GUARD, method)
        print(f"--- 가드 없음, 시작 방식 {method}:\n{result.stdout}", end="")
        if "\nRuntimeError:" in result.stderr:
            failed.append(method)
            error = result.stderr[result.stderr.index("\nRuntimeError:") + 1 :]
    print("--- 자식 프로세스가 표준 에러에 남긴 오류의 마지막 부분:")
    print(error.rstrip())

    # --- 결과 확인: 오류가 난 시작 방식과, 가드를 넣은 결과로 판정합니다 ---
    if failed and failed == [method for method in methods if method != "fork"]:
        print(
            "판정: 가드가 없으면 spawn과 forkserver에서 "
            "자식이 RuntimeError로 끝납니다."
        )
    else:
        print(f"판정: 예상과 다릅니다. RuntimeError가 난 시작 방식: {failed}")

    result = run(WITH_GUARD, "spawn")
    print(f"--- 가드 있음, 시작 방식 spawn:\n{result.stdout}", end="")
    if "자식: 안녕하세요" in result.stdout and not result.stderr:
        print("판정: 가드를 넣으면 자식 프로세스가 정상으로 끝납니다.")
    else:
        print("판정: 가드를 넣어도 실패했습니다.")
