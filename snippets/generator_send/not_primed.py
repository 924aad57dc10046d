# snippet: expect-error=TypeError
# snippet: browser
"""막 만든 제너레이터에 None이 아닌 값을 send() 하면 TypeError가 납니다."""


def echo():
    while True:
        received = yield
        print(f"받은 값: {received}")


# 본문은 아직 시작되지 않았습니다 (상태 GEN_CREATED)
talk = echo()
# 실수: 아직 첫 yield에 닿지 않아 값을 받을 자리가 없습니다
# snippet: highlight
talk.send("안녕하세요")
