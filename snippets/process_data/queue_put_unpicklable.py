# snippet: expect-stderr=PicklingError
# snippet: expect-output=판정: put()은 오류 없이 돌아왔지만 큐에는 아무것도 들어가지 않았습니다
"""흔한 실수: 피클링할 수 없는 것(람다)을 multiprocessing.Queue에 넣습니다.

put()은 바로 돌아오고, 피클링은 뒤에서 도는 스레드가 합니다. 오류는 그 스레드가
표준 에러에 출력할 뿐이고, 받는 쪽은 아무것도 받지 못합니다."""

import multiprocessing
import queue

if __name__ == "__main__":
    jobs = multiprocessing.Queue()
    # 실수: 람다는 이름으로 찾을 수 없어 피클링되지 않습니다
    # snippet: highlight
    jobs.put(lambda number: number * 2)
    print("put()이 예외 없이 돌아왔습니다")

    # --- 결과 확인: 큐에서 꺼내 보고 판정합니다 ---
    try:
        jobs.get(timeout=2)
        received = True
    except queue.Empty:
        print("get(timeout=2): 2초 동안 아무것도 오지 않았습니다(queue.Empty)")
        received = False
    if not received:
        print(
            "판정: put()은 오류 없이 돌아왔지만 "
            "큐에는 아무것도 들어가지 않았습니다."
        )
    else:
        print("판정: 큐에서 무언가를 받았습니다.")
