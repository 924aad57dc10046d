# snippet: expect-output=판정: 자식이 바꾼 값은 부모에게 보이지 않습니다
"""multiprocessing.Process로 자식 프로세스를 만들고
start()와 join()으로 실행하고 기다립니다."""

import os
import sys
from multiprocessing import Process

# 전역 변수: 프로세스마다 자기 복사본을 가집니다
visited = ["부모"]


def work(name: str, parent_pid: int) -> None:
    # 자식 프로세스 자신의 복사본만 바뀝니다
    visited.append(name)
    own_pid = os.getpid() != parent_pid
    # 한 줄을 write 한 번으로 씁니다: 두 프로세스의 출력이 한 줄에 섞이지 않게
    sys.stdout.write(f"{name}: PID가 부모와 다릅니다({own_pid}), {visited=}\n")


if __name__ == "__main__":
    # snippet: highlight-start
    processes = [
        Process(target=work, args=(f"자식{n}", os.getpid())) for n in range(2)
    ]
    # snippet: highlight-end
    for process in processes:
        # 새 프로세스를 시작합니다
        # snippet: highlight
        process.start()
    for process in processes:
        # 그 프로세스가 끝날 때까지 기다립니다
        # snippet: highlight
        process.join()
        print(f"{process.name} 종료 코드: {process.exitcode}")
    print(f"부모의 {visited=}")

    # --- 결과 확인: 부모의 리스트가 그대로인지로 판정합니다 ---
    if visited == ["부모"]:
        print(
            "판정: 자식이 바꾼 값은 부모에게 보이지 않습니다. "
            "프로세스는 메모리를 따로 씁니다."
        )
    else:
        print("판정: 자식이 바꾼 값이 부모에게 보였습니다.")
