"""The line at the end of a page that says where and when its outputs were produced."""

from __future__ import annotations

import datetime
import html


def korean_date(day: datetime.date) -> str:
    """2026년 12월 2일: the format of the page's "마지막 수정" date too."""
    return f"{day.year}년 {day.month}월 {day.day}일"


def line(environments: list[dict[str, str]]) -> str:
    """One unobtrusive paragraph; empty when the page showed no output."""
    if not environments:
        return ""
    pythons = sorted({f"{env['implementation']} {env['python']}" for env in environments})
    systems = sorted({env["os"] for env in environments})
    cpus = sorted({env["cpus"] for env in environments})
    days = sorted({datetime.date.fromisoformat(env["date"]) for env in environments})
    when = korean_date(days[0]) + (f" ~ {korean_date(days[-1])}" if len(days) > 1 else "")
    where = f"{', '.join(pythons)} · {', '.join(systems)} · CPU {', '.join(cpus)}개"
    return (
        '\n<p class="snippet-provenance">이 페이지의 출력과 시간은 사이트를 빌드할 때 예제를 실제로 실행해 얻은 '
        f"값입니다. 실행한 곳: {html.escape(where)} · 실행한 날: {html.escape(when)}</p>\n"
    )
