# snippet: expect-stderr=current process has finished its bootstrapping phase
# snippet: expect-output=판정: 가드가 없어서 자식 프로세스가 시작하다가 실패했습니다
"""잘못된 예: `if __name__ == "__main__":` 가드 없이 프로세스를 시작합니다."""

import multiprocessing


def greet() -> None:
    print("자식: 안녕하세요")


print(f"최상위 코드를 실행합니다 (__name__ = {__name__!r})")
# spawn(윈도우와 macOS의 기본값): 자식이 이 파일을 다시 import합니다
context = multiprocessing.get_context("spawn")
# snippet: highlight-start
process = context.Process(target=greet)
process.start()
process.join()
# snippet: highlight-end
print(f"자식 프로세스의 종료 코드: {process.exitcode}")

# --- 결과 확인: 자식 프로세스가 어떻게 끝났는지로 판정합니다 ---
if process.exitcode == 0:
    print("판정: 가드가 없어도 자식 프로세스가 정상으로 끝났습니다.")
else:
    print("판정: 가드가 없어서 자식 프로세스가 시작하다가 실패했습니다.")
