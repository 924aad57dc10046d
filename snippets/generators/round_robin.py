# snippet: expect-output=판정: 태스크들이 번갈아 실행되었습니다
# snippet: browser
"""제너레이터 여러 개를 '태스크'로 삼아 작은 루프가 한 단계씩 번갈아 실행합니다.

이런 방식을 라운드 로빈(round-robin) 스케줄링이라고 합니다.
"""

from collections import deque


def task(name: str, steps: int):
    for step in range(1, steps + 1):
        print(f"{name}: {step}/{steps} 단계")
        # 여기서 멈추고 제어를 스케줄러에 돌려줍니다
        yield name
    print(f"{name}: 끝")


def run(tasks) -> list[str]:
    # 차례를 기다리는 태스크들
    ready = deque(tasks)
    turns = []
    while ready:
        current = ready.popleft()
        try:
            # 다음 yield까지 한 단계만 실행합니다
            # snippet: highlight
            turns.append(next(current))
        except StopIteration:
            # 끝난 태스크는 다시 줄에 세우지 않습니다
            continue
        # 맨 뒤로 보내 다른 태스크에 차례를 넘깁니다
        # snippet: highlight
        ready.append(current)
    return turns


turns = run([task("다운로드", 3), task("압축", 2), task("업로드", 1)])

# --- 결과 확인: 처음 세 차례가 서로 다른 태스크에 돌아갔는지 봅니다 ---
print(f"실행 순서: {turns}")
if turns[:3] == ["다운로드", "압축", "업로드"]:
    print("판정: 태스크들이 번갈아 실행되었습니다. 스레드 하나에서 돌렸습니다.")
else:
    print("판정: 한 태스크가 끝난 뒤에야 다음 태스크가 실행되었습니다.")
