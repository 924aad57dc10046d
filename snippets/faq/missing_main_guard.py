# snippet: expect-exit=1
# snippet: expect-stderr=An attempt has been made to start a new process before the
"""__main__ 가드가 없으면 spawn의 자식이 이 파일을 다시 실행하다 실패합니다."""

import multiprocessing
import sys


def work() -> None:
    print("자식: 일합니다")


print(f"이 줄을 실행한 프로세스: {multiprocessing.current_process().name}")

# 잘못: 아래 코드가 if __name__ == "__main__": 블록 밖에 있습니다
# 윈도우·macOS의 기본 시작 방식
context = multiprocessing.get_context("spawn")
# snippet: highlight-start
child = context.Process(target=work)
child.start()
# snippet: highlight-end
child.join()
print(f"자식 프로세스의 종료 코드: {child.exitcode}")
sys.exit(child.exitcode)
