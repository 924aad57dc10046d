# snippet: expect-output=판정: 5개 모두 결과나 예외 중 하나로 모았습니다
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

# --- 자기 점검: 빠진 일이 없는지로 판정합니다 ---
if len(prices) + len(errors) == len(texts) and errors:
    print(
        f"판정: {len(texts)}개 모두 결과나 예외 중 하나로 모았습니다 "
        f"(성공 {len(prices)}개, 실패 {len(errors)}개)."
    )
else:
    print("판정: 빠진 일이 있거나 실패가 없습니다.")
