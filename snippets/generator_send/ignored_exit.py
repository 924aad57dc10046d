# snippet: expect-error=RuntimeError
# snippet: browser
"""GeneratorExit를 잡고 다시 yield 하면 close()가 RuntimeError를 일으킵니다."""


def stubborn():
    try:
        yield "일하는 중"
    except GeneratorExit:
        # 실수: 닫으라는 요청을 받고도 값을 넘기려 합니다
        # snippet: highlight
        yield "아직 안 끝났어요"


worker = stubborn()
# 첫 yield에서 멈춰 둡니다
next(worker)
# 멈춘 자리에서 GeneratorExit가 일어납니다
# snippet: highlight
worker.close()
