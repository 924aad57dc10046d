# snippet: expect-error=ValueError
"""흔한 실수: 스레드 풀에서 난 예외는 Future 안에 숨어 있다가
result()를 부를 때 나타납니다."""

from concurrent.futures import ThreadPoolExecutor


def parse_price(text: str) -> int:
    # "무료"는 정수로 바꿀 수 없습니다
    return int(text)


with ThreadPoolExecutor(max_workers=2) as pool:
    futures = [
        pool.submit(parse_price, text) for text in ["1200", "무료", "800"]
    ]

# 예외가 났지만 여기까지는 아무 메시지도 없이 조용히 지나옵니다
print("with 블록이 아무 오류 없이 끝났습니다")
for number, future in enumerate(futures):
    print(
        f"{number}번 Future: done()={future.done()}, "
        f"exception()={future.exception()!r}"
    )

print("이제 결과를 꺼냅니다:")
for future in futures:
    # 둘째 Future에서 스레드 안의 예외가 다시 일어납니다
    # snippet: highlight
    print(future.result())
