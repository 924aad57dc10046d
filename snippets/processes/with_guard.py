# snippet: expect-output=판정: 가드 덕분에 자식 프로세스가 정상으로 끝났습니다
"""바른 예: 프로세스를 시작하는 코드를
`if __name__ == "__main__":` 가드 안에 둡니다."""

import multiprocessing


def greet() -> None:
    print("자식: 안녕하세요")


print(f"최상위 코드를 실행합니다 (__name__ = {__name__!r})")
# snippet: highlight
if __name__ == "__main__":
    # 자식은 __name__이 "__mp_main__"이라서 이 블록을 건너뜁니다
    context = multiprocessing.get_context("spawn")
    process = context.Process(target=greet)
    process.start()
    process.join()
    print(f"자식 프로세스의 종료 코드: {process.exitcode}")

    # --- 결과 확인: 자식 프로세스가 어떻게 끝났는지로 판정합니다 ---
    if process.exitcode == 0:
        print("판정: 가드 덕분에 자식 프로세스가 정상으로 끝났습니다.")
    else:
        print("판정: 가드를 넣었는데도 자식 프로세스가 실패했습니다.")
