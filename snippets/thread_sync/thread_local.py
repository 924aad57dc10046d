# snippet: expect-output=판정: threading.local의 값은 스레드마다 따로였습니다
# snippet: expect-output=판정: 보통 객체에서는
"""threading.local(): 같은 이름의 속성이 스레드마다 따로 있습니다.

모든 스레드가 함께 쓰는 보통 객체와 나란히 비교합니다.
"""

import threading
import time
import types

# 모든 스레드가 같은 객체를 봅니다
shared = types.SimpleNamespace()
# 스레드마다 자기 속성을 가집니다
# snippet: highlight
context = threading.local()
seen: list[tuple[int, int, int]] = []


def handle(request_id: int) -> None:
    shared.request_id = request_id
    # snippet: highlight
    context.request_id = request_id
    # 그사이 다른 스레드도 같은 이름에 자기 값을 넣습니다
    time.sleep(0.1)
    seen.append((request_id, shared.request_id, context.request_id))


threads = [threading.Thread(target=handle, args=(n,)) for n in (1, 2, 3)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()

# --- 결과 확인: 스레드마다 읽은 값으로 판정합니다 ---
for mine, from_shared, from_local in sorted(seen):
    print(f"요청 {mine}: 보통 객체 {from_shared}, threading.local {from_local}")
in_main = hasattr(context, "request_id")
print(f"메인 스레드의 context에 request_id가 있나요? {in_main}")
local_ok = all(mine == from_local for mine, _, from_local in seen)
shared_mixed = sum(mine != from_shared for mine, from_shared, _ in seen)
if local_ok and len(seen) == 3 and not in_main:
    print("판정: threading.local의 값은 스레드마다 따로였습니다.")
else:
    print("판정: threading.local에서 남의 값을 읽은 스레드가 있습니다.")
if shared_mixed > 0:
    print(
        f"판정: 보통 객체에서는 {shared_mixed}개 스레드가 남의 값을 읽었습니다."
    )
else:
    print("판정: 보통 객체에서도 모두 자기 값을 읽었습니다.")
