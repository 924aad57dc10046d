# snippet: expect-stderr=Timeout (0:00:00.500000)!
# snippet: expect-output=록을 얻지 못하고 시간제한에 걸린 스레드: ['이체', '정산']
"""faulthandler.dump_traceback_later: 멈춘 프로그램이 어디서 기다리는지 봅니다.

두 스레드가 록 두 개를 서로 반대 순서로 잡아 멈춥니다(교착 상태). 0.5초가 지나면
faulthandler가 모든 스레드의 트레이스백을 표준 에러에 씁니다. 록을 기다리는 데
시간제한(1.5초)을 두었으므로 이 예제는 정말로 멈춘 채 남지 않습니다.
"""

import faulthandler
import threading

account, ledger = threading.Lock(), threading.Lock()
# 배리어(Barrier 객체): 두 스레드가 모두 이 자리에 올 때까지 기다리게 합니다
both_hold_one = threading.Barrier(2)
timed_out: list[str] = []


def transfer(first: threading.Lock, second: threading.Lock) -> None:
    with first:
        both_hold_one.wait()
        # 안전장치: 상대가 쥔 록을 1.5초까지만 기다립니다
        if second.acquire(timeout=1.5):
            second.release()
        else:
            timed_out.append(threading.current_thread().name)
        # 상대도 시도를 마칠 때까지 첫 록을 쥐고 있습니다
        both_hold_one.wait()


# 0.5초 뒤에도 안 끝났으면 모든 스레드의 트레이스백을 씁니다 (프로그램은 계속)
# snippet: highlight
faulthandler.dump_traceback_later(0.5, exit=False)
threads = [
    threading.Thread(target=transfer, args=(account, ledger), name="이체"),
    threading.Thread(target=transfer, args=(ledger, account), name="정산"),
]
for thread in threads:
    thread.start()
    print(f"{thread.name} 스레드: 0x{thread.ident:016x}")
for thread in threads:
    thread.join()
# 제때 끝났다면 트레이스백을 쓰지 않도록 취소합니다
# snippet: highlight
faulthandler.cancel_dump_traceback_later()

print(f"록을 얻지 못하고 시간제한에 걸린 스레드: {sorted(timed_out)}")
