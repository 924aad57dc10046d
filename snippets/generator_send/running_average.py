# snippet: browser
"""제너레이터로 만든 코루틴: send() 할 때마다 지금까지의 평균을 돌려줍니다."""

import functools


def primed(generator_function):
    """제너레이터를 만들자마자 첫 yield까지 실행해 둡니다(준비, priming)."""

    @functools.wraps(generator_function)
    def start(*args, **kwargs):
        generator = generator_function(*args, **kwargs)
        # snippet: highlight
        next(generator)
        return generator

    return start


@primed
def running_average():
    total, count = 0.0, 0
    average = None
    while True:
        # 지금까지의 평균을 넘겨주고, 다음 숫자를 기다립니다
        # snippet: highlight
        value = yield average
        total, count = total + value, count + 1
        average = total / count


# 데코레이터가 이미 준비해 두었으므로 바로 send() 할 수 있습니다
averager = running_average()
for temperature in [21.0, 23.5, 19.0, 24.5]:
    average = averager.send(temperature)
    print(f"{temperature}도 보냄 → 지금까지 평균 {average:.2f}도")
# 멈춰 있는 제너레이터의 지역 변수
state = averager.gi_frame.f_locals
print(f"지역 변수에 남은 상태: total={state['total']}, count={state['count']}")
