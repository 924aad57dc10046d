# snippet: expect-output=판정: 소비자가 끝 표시를 받을 때까지 모든 주문을 넣은 순서대로 받았습니다
"""multiprocessing.Queue: 생산자 프로세스가 넣은 것을 소비자 프로세스가
꺼냅니다.

더 보낼 것이 없다는 것은 끝 표시(None)로 알립니다.
"""

import multiprocessing
import os
import sys

ORDERS = 5
# 끝 표시(sentinel): "이제 더 없다"는 약속. 피클링해도 None은 None입니다
DONE = None


def produce(tasks) -> None:
    for number in range(1, ORDERS + 1):
        # snippet: highlight
        tasks.put(f"주문-{number}")
    # snippet: highlight
    tasks.put(DONE)


def consume(tasks, results) -> None:
    received = []
    # snippet: highlight
    while (order := tasks.get()) is not DONE:
        # 한 줄을 write 한 번으로 씁니다: 다른 프로세스의 출력과 섞이지 않게
        sys.stdout.write(f"소비자(PID {os.getpid()}): {order} 받음\n")
        received.append(order)
    results.put(received)


if __name__ == "__main__":
    # snippet: highlight
    tasks, results = multiprocessing.Queue(), multiprocessing.Queue()
    producer = multiprocessing.Process(target=produce, args=(tasks,))
    consumer = multiprocessing.Process(target=consume, args=(tasks, results))
    producer.start()
    consumer.start()
    # 큐에서 다 꺼낸 다음에 join() 합니다
    received = results.get(timeout=30)
    producer.join()
    consumer.join()

    # --- 결과 확인: 받은 주문과 종료 코드로 판정합니다 ---
    expected = [f"주문-{number}" for number in range(1, ORDERS + 1)]
    print(f"부모(PID {os.getpid()})가 받은 목록: {received}")
    print(f"종료 코드: 생산자 {producer.exitcode}, 소비자 {consumer.exitcode}")
    if received == expected and consumer.exitcode == 0:
        print(
            "판정: 소비자가 끝 표시를 받을 때까지 "
            "모든 주문을 넣은 순서대로 받았습니다."
        )
    else:
        print(
            "판정: 받은 주문이 넣은 것과 다르거나 소비자가 끝나지 않았습니다."
        )
