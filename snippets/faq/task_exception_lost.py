# snippet: expect-stderr=Task exception was never retrieved
# snippet: expect-output=판정: 저장 하나가 실패했지만 main에는 예외가 오지 않았습니다
"""맡기고 잊은 태스크가 실패하면 예외는 로그로만 남고 main은 모릅니다."""

import asyncio

saved = []


async def save_report(month: str) -> None:
    await asyncio.sleep(0.1)
    if month == "3월":
        raise PermissionError(f"{month} 보고서를 저장할 권한이 없습니다")
    saved.append(month)


async def main() -> None:
    for month in ("1월", "2월", "3월"):
        # 잘못: 만든 태스크를 어디에도 두지 않습니다
        # snippet: highlight
        asyncio.create_task(save_report(month))
    await asyncio.sleep(0.5)
    print(f"main: 보고서 3개를 맡겼고, 저장된 보고서는 {saved}입니다")


asyncio.run(main())
# --- 결과 확인: main이 예외 없이 끝났는데 저장이 모자란지로 판정합니다 ---
if len(saved) < 3:
    print("판정: 저장 하나가 실패했지만 main에는 예외가 오지 않았습니다.")
else:
    print("판정: 보고서가 모두 저장되었습니다.")
