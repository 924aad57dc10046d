# snippet: browser
"""close()는 멈춰 있는 yield 자리에서 GeneratorExit를 일으킵니다.

제너레이터는 finally에서 뒷정리를 합니다.
"""

import inspect


def logger(name: str):
    print(f"  [{name}] 파일을 엽니다")
    try:
        while True:
            line = yield
            print(f"  [{name}] 기록: {line}")
    # snippet: highlight
    except GeneratorExit:
        print(
            f"  [{name}] GeneratorExit를 받았습니다: 더 이상 값이 오지 않습니다"
        )
        # 다시 일으키거나 return 합니다. 여기서 다시 yield 하면 안 됩니다
        # snippet: highlight
        raise
    # snippet: highlight-start
    finally:
        print(f"  [{name}] 파일을 닫습니다")
        # snippet: highlight-end


log = logger("작업 기록")
next(log)
log.send("첫 줄")
log.send("둘째 줄")
print(f"상태: {inspect.getgeneratorstate(log)}")
print("log.close() 호출")
# snippet: highlight
log.close()
print(f"상태: {inspect.getgeneratorstate(log)}")
try:
    log.send("셋째 줄")
except StopIteration:
    print("닫힌 제너레이터에 send() 하면 StopIteration이 일어납니다")
