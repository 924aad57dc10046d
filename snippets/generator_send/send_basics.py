"""send(값): 멈춘 yield 자리에 값을 넣어 다시 실행하고, 다음 yield의 값을 돌려받습니다."""


def echo():
    print("  [제너레이터] 시작했습니다")
    reply = "준비됨"
    while True:
        received = yield reply  # reply를 넘기고 멈춥니다. 깨어나면 보낸 값이 received에 들어옵니다
        print(f"  [제너레이터] 받은 값: {received!r}")
        reply = f"{received} 잘 받음"


talk = echo()
print(f"next(talk)      → {next(talk)!r}")  # 첫 yield까지 실행합니다(준비)
print(f"talk.send('가') → {talk.send('가')!r}")
print(f"talk.send('나') → {talk.send('나')!r}")
print(f"next(talk)      → {next(talk)!r}")  # next()는 send(None)과 같습니다
