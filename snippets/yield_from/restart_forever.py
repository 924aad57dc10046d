# snippet: expect-output=안전장치: 하위 제너레이터를 1000번 새로 시작해도 끝나지 않았습니다
# snippet: browser
"""while True로 yield from을 되풀이하면 위임하는 제너레이터가 끝나지 않습니다.

데이터가 바닥나도 루프는 계속 새 하위 제너레이터를 시작합니다.
"""

import itertools

# 이 예제가 정말로 영원히 돌지 않게 하는 안전장치
RESTART_LIMIT = 1000


def read_batch(source, size: int):
    """source에서 최대 size개를 넘겨주고, 넘겨준 개수를 return 합니다."""
    count = 0
    for item in itertools.islice(source, size):
        yield item
        count += 1
    return count


def all_batches(source):
    restarts = 0
    # 실수: 끝낼 조건이 없습니다
    # snippet: highlight
    while True:
        restarts += 1
        if restarts > RESTART_LIMIT:
            print(
                f"안전장치: 하위 제너레이터를 {RESTART_LIMIT}번 "
                "새로 시작해도 끝나지 않았습니다"
            )
            return
        # 데이터가 없으면 아무것도 넘기지 않고 곧바로 끝납니다
        # snippet: highlight
        yield from read_batch(source, 3)


items = list(all_batches(iter("가나다라마바사")))
print(f"받은 값: {items}")
