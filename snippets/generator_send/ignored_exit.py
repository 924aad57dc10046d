# snippet: expect-error=RuntimeError
"""GeneratorExit를 잡고 나서 다시 yield 하면 close()가 RuntimeError를 일으킵니다."""


def stubborn():
    try:
        yield "일하는 중"
    except GeneratorExit:
        yield "아직 안 끝났어요"  # 실수: 닫으라는 요청을 받고도 값을 넘기려 합니다


worker = stubborn()
next(worker)  # 첫 yield에서 멈춰 둡니다
worker.close()  # 멈춘 자리에서 GeneratorExit가 일어납니다
