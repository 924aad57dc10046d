# snippet: expect-output=판정: 시간제한이 지나 False가 돌아왔는데도 준비된 것처럼 진행했습니다
"""흔한 실수: event.wait(timeout=...)의 반환값을 보지 않기.

시간이 지나면 wait()는 예외 없이 False를 돌려줄 뿐입니다.
"""

import threading
import time

config_ready = threading.Event()


def load_config() -> None:
    # 설정을 읽는 데 1초가 걸립니다
    time.sleep(1.0)
    config_ready.set()


threading.Thread(target=load_config, daemon=True).start()

# 실수: 0.3초가 지나 False가 돌아와도 그냥 다음 줄로 갑니다
config_ready.wait(timeout=0.3)
started_too_early = not config_ready.is_set()
print("설정을 읽었다고 믿고 시작합니다")
print(f"  그런데 config_ready.is_set() = {config_ready.is_set()}")

# 고친 코드: 반환값으로 준비되었는지 확인합니다
# snippet: highlight
ready = config_ready.wait(timeout=0.3)
if ready:
    print("설정을 읽었습니다. 시작합니다")
else:
    print("0.3초 안에 설정이 준비되지 않았습니다. 기다리거나 포기해야 합니다")

# --- 결과 확인: wait()가 돌려준 값으로 판정합니다 ---
if started_too_early and not ready:
    print(
        "판정: 시간제한이 지나 False가 돌아왔는데도 "
        "준비된 것처럼 진행했습니다. 반환값을 봐야 합니다."
    )
else:
    print("판정: 설정이 이미 준비되어 있었습니다.")
