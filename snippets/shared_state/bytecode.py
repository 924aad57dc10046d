# snippet: browser
"""`counter += 1` 한 줄이 바이트코드 몇 개로 나뉘는지 dis 모듈로 봅니다."""

import dis

counter = 0


def add_one() -> None:
    global counter
    counter += 1


# 함수의 바이트코드를 줄 번호와 함께 보여 줍니다
# snippet: highlight
dis.dis(add_one)
