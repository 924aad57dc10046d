# snippet: expect-output=성공: {'1200': 1200, '800': 800}
# snippet: expect-output=실패 '무료': ValueError: invalid literal for int() with base 10: '무료'
"""일마다 결과와 예외를 따로 모읍니다: future.exception()은 예외를 일으키지 않고
예외 객체(실패하지 않았으면 None)를 돌려줍니다."""

import traceback
from concurrent.futures import ThreadPoolExecutor


def parse_price(text: str) -> int:
    return int(text)


texts = ["1200", "무료", "800", "", "3.5"]
with ThreadPoolExecutor(max_workers=3) as pool:
    futures = {pool.submit(parse_price, text): text for text in texts}

prices: dict[str, int] = {}
errors: dict[str, BaseException] = {}
for future, text in futures.items():
    # snippet: highlight
    error = future.exception()
    if error is None:
        prices[text] = future.result()
    else:
        errors[text] = error
print(f"성공: {prices}")
for text, error in errors.items():
    # 예외의 마지막 줄을 트레이스백에서처럼 보여 줍니다
    line = traceback.format_exception_only(error)[-1].strip()
    print(f"실패 {text!r}: {line}")
