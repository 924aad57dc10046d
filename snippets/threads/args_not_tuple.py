# snippet: expect-stderr=TypeError: download() takes 1 positional argument but 6 were given
"""흔한 실수: args=("page-1")은 튜플이 아니라 문자열입니다.

오류는 스레드 안에서 납니다.
"""

import threading


def download(page: str) -> None:
    print(f"{page} 내려받기")


# 실수: 괄호만 있고 쉼표가 없으면 튜플이 아닙니다.
# 문자열의 글자 6개가 인자 6개로 풀려 들어갑니다
# snippet: highlight
thread = threading.Thread(target=download, args=("page-1"))
thread.start()
thread.join()
print(
    "메인 스레드: 스레드 안의 예외는 메인 스레드를 멈추지 않습니다 "
    "(종료 코드 0)"
)
