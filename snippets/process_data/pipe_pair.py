# snippet: expect-output=판정: 보낸 수마다 그 제곱이 되돌아왔습니다
"""multiprocessing.Pipe(): 연결된 두 끝(Connection 객체)을 두 프로세스가
하나씩 나눠 갖고 send()와 recv()로 주고받습니다."""

from multiprocessing import Pipe, Process


def square_server(end) -> None:
    # None(끝 표시)을 받을 때까지 받은 수의 제곱을 돌려보냅니다
    # snippet: highlight-start
    while (number := end.recv()) is not None:
        end.send(number * number)
    # snippet: highlight-end
    end.close()


if __name__ == "__main__":
    # 두 끝 모두 send()와 recv()를 할 수 있습니다(duplex=True가 기본값)
    # snippet: highlight
    parent_end, child_end = Pipe()
    server = Process(target=square_server, args=(child_end,))
    server.start()
    answers = {}
    for number in [3, 7, 12]:
        # snippet: highlight-start
        parent_end.send(number)
        answers[number] = parent_end.recv()
        # snippet: highlight-end
        print(f"보냄: {number:2} → 받음: {answers[number]:3}")
    parent_end.send(None)
    server.join()

    # --- 결과 확인: 돌아온 값과 종료 코드로 판정합니다 ---
    right = all(answer == number**2 for number, answer in answers.items())
    if right and server.exitcode == 0:
        print("판정: 보낸 수마다 그 제곱이 되돌아왔습니다.")
    else:
        print(f"판정: 틀린 답이 있거나 서버가 비정상으로 끝났습니다: {answers}")
