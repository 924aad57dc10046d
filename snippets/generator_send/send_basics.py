# snippet: browser
"""send(값): 멈춘 yield 자리에 값을 넣어 다시 실행합니다.

send()는 다음 yield가 내보낸 값을 돌려줍니다.
"""


def echo():
    print("  [제너레이터] 시작했습니다")
    reply = "준비됨"
    while True:
        # reply를 넘기고 멈춥니다. 깨어나면 보낸 값이 received에 들어옵니다
        # snippet: highlight
        received = yield reply
        print(f"  [제너레이터] 받은 값: {received!r}")
        reply = f"{received} 잘 받음"


talk = echo()
# 첫 yield까지 실행합니다(준비)
print(f"next(talk)      → {next(talk)!r}")
# snippet: highlight
print(f"talk.send('가') → {talk.send('가')!r}")
print(f"talk.send('나') → {talk.send('나')!r}")
# next()는 send(None)과 같습니다
print(f"next(talk)      → {next(talk)!r}")
