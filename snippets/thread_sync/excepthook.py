# snippet: expect-output=판정: 스레드 안의 예외 2개를 모두 모았습니다
"""threading.excepthook: 스레드 안에서 잡히지 않은 예외를 모읍니다.

기본 동작은 표준 에러에 보고만 하고 잊는 것입니다(3장).
"""

import threading

errors: list[tuple[str, str]] = []


# snippet: highlight-start
def collect(args: threading.ExceptHookArgs) -> None:
    """잡히지 않은 예외가 스레드를 끝낼 때 그 스레드 안에서 불립니다."""
    errors.append((args.thread.name, repr(args.exc_value)))


threading.excepthook = collect
# snippet: highlight-end


def parse(text: str) -> None:
    int(text)


texts = ["12", "열둘", "7", ""]
threads = [
    threading.Thread(target=parse, args=(t,), name=f"parse-{i}")
    for i, t in enumerate(texts)
]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()

# --- 결과 확인: 모은 예외의 수로 판정합니다 ---
print(f"메인 스레드가 모은 예외 {len(errors)}개:")
for name, error in sorted(errors):
    print(f"  {name}: {error}")
if len(errors) == 2:
    print("판정: 스레드 안의 예외 2개를 모두 모았습니다.")
else:
    print(f"판정: 예외를 {len(errors)}개 모았습니다. 2개가 아닙니다.")
