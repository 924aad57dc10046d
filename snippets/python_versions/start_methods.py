# snippet: expect-output=판정: fork만 부모가 바꾼 값을 물려받았습니다
"""시작 방식(fork, spawn, forkserver)에 따라
자식 프로세스가 보는 전역 상태가 다릅니다."""

import multiprocessing
import sys

SETTING = "모듈의 초깃값"


def report(method: str, queue) -> None:
    queue.put(f"{method:>10}: 자식이 본 SETTING = {SETTING!r}")


if __name__ == "__main__":
    version = f"{sys.version_info.major}.{sys.version_info.minor}"
    print(f"Python {version}, {sys.platform}")
    print(f"이 프로그램의 기본 시작 방식: {multiprocessing.get_start_method()}")
    # import만으로는 다시 만들어지지 않는 상태
    SETTING = "부모가 실행 중에 바꾼 값"
    seen = {}
    for method in multiprocessing.get_all_start_methods():
        # snippet: highlight
        context = multiprocessing.get_context(method)
        queue = context.Queue()
        child = context.Process(target=report, args=(method, queue))
        child.start()
        seen[method] = queue.get(timeout=30)
        child.join()
        print(seen[method])

    # --- 결과 확인: 부모의 값을 물려받은 시작 방식을 모아 판정합니다 ---
    inherited = [method for method, line in seen.items() if "부모가" in line]
    if inherited == [method for method in seen if method == "fork"]:
        print(
            "판정: fork만 부모가 바꾼 값을 물려받았습니다. "
            "나머지는 모듈을 새로 import합니다."
        )
    else:
        print(f"판정: 예상과 다릅니다. 부모의 값을 물려받은 방식: {inherited}")
