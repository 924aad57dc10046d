# snippet: expect-error=SyntaxError
# snippet: browser
"""흔한 실수: async def 밖에서 async with를 씁니다. 파일이 컴파일되지 않습니다.

그런 파일은 한 줄도 실행되지 않으므로, 잘못된 코드를 문자열로 두고
직접 컴파일해 봅니다.
"""

WRONG = """\
import asyncio


def main():
    async with asyncio.timeout(1):
        print("이 줄은 실행되지 않습니다")
"""

# 파이썬이 파일을 실행하기 전에 하는 일(컴파일)을 직접 합니다
# snippet: highlight
compile(WRONG, "wrong.py", "exec")
print("이 줄도 실행되지 않습니다")
