# snippet: browser
"""send()로 보낸 값은 yield from을 지나 하위 제너레이터로 갑니다.

하위 제너레이터가 return 한 값은 yield from 식의 값이 됩니다.
"""


def averager():
    """보낸 숫자를 모으다가 None을 받으면 평균을 return 합니다."""
    total, count = 0, 0
    while True:
        # send(값)으로 보낸 값이 여기에 들어옵니다
        value = yield
        if value is None:
            return total / count
        total, count = total + value, count + 1
        print(f"    averager: {value} 받음 ({count}개째)")


def report(results: dict, subject: str):
    """위임하는 제너레이터: 계산은 averager에 맡기고 결과만 받습니다."""
    print(f"  report: '{subject}' 평균 계산을 averager에 맡깁니다")
    # averager가 return 한 값이 여기에 들어옵니다
    # snippet: highlight
    average = yield from averager()
    results[subject] = average
    print(f"  report: averager가 돌려준 평균 {average:.1f}을 저장했습니다")


results: dict[str, float] = {}
for subject, scores in {"국어": [80, 90], "수학": [70, 75, 95]}.items():
    group = report(results, subject)
    # 첫 yield(averager 안)까지 실행해 둡니다
    next(group)
    for score in scores:
        # report를 건너뛰어 averager로 곧장 전달됩니다
        # snippet: highlight
        group.send(score)
    try:
        # averager가 끝나고, 이어서 report도 끝납니다
        group.send(None)
    except StopIteration:
        print(
            f"  호출한 쪽: '{subject}' 제너레이터가 끝났습니다 (StopIteration)"
        )
print(f"결과: {results}")
