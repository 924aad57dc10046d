# snippet: expect-output=판정: 차례로 실행되었습니다
# snippet: browser
"""보통 함수 두 개를 차례로 호출합니다: 3초 걸리는 일과 2초 걸리는 일."""

import time

START = time.perf_counter()


def log(message: str) -> None:
    print(f"[{time.perf_counter() - START:4.2f}초] {message}")


def brew_coffee() -> None:
    log("커피 내리기 시작 (3초)")
    # snippet: highlight
    time.sleep(3)
    log("커피 완성")


def toast_bread() -> None:
    log("빵 굽기 시작 (2초)")
    time.sleep(2)
    log("빵 완성")


# snippet: highlight-start
brew_coffee()
toast_bread()
# snippet: highlight-end

# --- 결과 확인: 잰 시간으로 판정합니다 ---
elapsed = time.perf_counter() - START
print(f"걸린 시간: {elapsed:.2f}초 (기다린 시간의 합: 5초)")
if elapsed >= 0.95 * 5:
    print("판정: 차례로 실행되었습니다. 한 일이 끝나야 다음 일이 시작됩니다.")
else:
    print("판정: 예상보다 빨리 끝났습니다. 두 일이 겹쳤습니다.")
