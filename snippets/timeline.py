"""타임라인 차트: 작업마다 언제 시작해서 언제 끝났는지 기록하고, 그 모습을 SVG 그림으로 저장합니다.

    chart = Timeline("차례로 실행")
    with chart.span("작업 1"):  # 스레드 안에서도, asyncio 태스크 안에서도 그대로 씁니다
        time.sleep(1)
    chart.save("sequential", "작업 1이 0초에 시작해 1초에 끝났습니다.")

시각은 time.time()으로 잽니다. 프로세스가 달라도 같은 시계이므로, 다른 프로세스는 잰 시각을 돌려주기만 하면
chart.add()로 더할 수 있습니다. 그림은 환경 변수 SNIPPET_FIGURE_DIR가 가리키는 폴더(사이트를 빌드할 때)나
현재 폴더에 저장됩니다.
"""

import contextlib
import math
import os
import time
import unicodedata
from xml.sax.saxutils import escape

# 밝은 배경과 어두운 배경 모두에서 잘 보이는 중간 밝기의 색 (구역마다 하나씩)
COLORS = ["#4a7fd4", "#c77c2e", "#2f9a63", "#a35dc4", "#c9504f"]
WIDTH, FONT, ROW = 720, 13, 22


def text_width(text: str, size: float = FONT) -> float:
    """글자 폭 어림값: 한글처럼 넓은 글자는 1em, 나머지는 0.6em."""
    return (
        sum(
            1.0 if unicodedata.east_asian_width(c) in "WF" else 0.6
            for c in text
        )
        * size
    )


def tag(name: str, text: str = "", **attributes) -> str:
    """SVG 요소 하나. tag("text", "1초", x=10, text_anchor="middle")처럼 씁니다."""
    pairs = "".join(
        f' {key.replace("_", "-")}="{round(value, 1) if isinstance(value, float) else value}"'
        for key, value in attributes.items()
    )
    return (
        f"<{name}{pairs}>{escape(text)}</{name}>"
        if text
        else f"<{name}{pairs}/>"
    )


class Timeline:
    """막대를 모아 타임라인 한 장을 그립니다."""

    def __init__(self, title: str):
        self.title = title
        self.sections = [
            ""
        ]  # 구역(실험)의 제목. 구역마다 시간을 0초부터 셉니다
        self.bars = []  # (구역 번호, 줄 이름, 시작 초, 끝 초, 막대 글자)
        self.origin = time.time()

    def section(self, title: str, origin: float | None = None) -> None:
        """새 구역을 시작합니다. 이제부터 더하는 막대는 이 구역에 들어가고, 지금이 0초입니다.
        이미 잰 실험을 그릴 때는 그 실험을 시작한 time.time() 값을 origin으로 줍니다."""
        self.sections.append(title)
        self.origin = time.time() if origin is None else origin

    def elapsed(self) -> float:
        """지금 구역이 시작된 뒤 지난 시간(초)."""
        return time.time() - self.origin

    def add(
        self, lane: str, started: float, ended: float, text: str = ""
    ) -> None:
        """time.time()으로 잰 시작·끝 시각으로 막대 하나를 더합니다. 스레드에서 불러도 됩니다."""
        section = len(self.sections) - 1
        self.bars.append(
            (section, lane, started - self.origin, ended - self.origin, text)
        )

    @contextlib.contextmanager
    def span(self, lane: str, text: str = ""):
        """with 블록이 실행된 동안을 막대 하나로 기록합니다."""
        started = time.time()
        try:
            yield
        finally:
            self.add(lane, started, time.time(), text)

    def save(self, name: str, description: str) -> None:
        """<name>.svg로 저장합니다. description은 그림을 말로 옮긴 설명(대체 텍스트)입니다."""
        folder = os.environ.get("SNIPPET_FIGURE_DIR", ".")
        with open(
            os.path.join(folder, f"{name}.svg"), "w", encoding="utf-8"
        ) as file:
            file.write(self.to_svg(name, description))
        print(f"그림: {name}.svg")

    def to_svg(self, name: str, description: str) -> str:
        rows = {}  # (구역, 줄 이름) -> 그 줄의 막대들
        for section, lane, start, end, text in self.bars:
            rows.setdefault((section, lane), []).append((start, end, text))
        # 구역 순서대로, 구역 안에서는 먼저 시작한 줄부터 (같으면 먼저 더한 줄부터)
        order = sorted(rows, key=lambda key: (key[0], min(rows[key])[0]))
        last = max([end for _, _, _, end, _ in self.bars] + [0.001])
        step = next(
            s
            for s in (0.1, 0.2, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 120)
            if last / s <= 8
        )
        axis_end = step * max(1, math.ceil(last / step - 0.02))
        left = 16 + max(
            [text_width(lane) for _, lane in rows] + [40]
        )  # 줄 이름이 들어갈 폭
        scale = (WIDTH - left - 24) / axis_end

        def x(seconds: float) -> float:
            return left + max(seconds, 0) * scale

        out = [tag("text", self.title, x=0, y=18, font_weight="bold")]
        y, shown = 30, None
        for section, lane in order:
            color = COLORS[max(section - 1, 0) % len(COLORS)]
            if (
                section != shown and self.sections[section]
            ):  # 구역 제목: 색 견본과 제목
                out.append(
                    tag("rect", x=0, y=y + 6, width=10, height=10, fill=color)
                )
                out.append(
                    tag(
                        "text",
                        self.sections[section],
                        x=16,
                        y=y + 15,
                        font_weight="bold",
                    )
                )
                y += ROW
            shown = section
            spans = sorted(rows[section, lane])
            about = f"{lane}: {spans[0][0]:.2f}–{spans[-1][1]:.2f}초"
            if len(spans) > 1:
                busy = sum(end - start for start, end, _ in spans)
                about += f" (막대 {len(spans)}개, 합계 {busy:.2f}초)"
            out.append(
                f"<g>{tag('title', about)}"
            )  # 마우스를 올리면 보이는 설명
            out.append(
                tag("text", lane, x=left - 8, y=y + 15, text_anchor="end")
            )
            for start, end, text in spans:
                width = max(
                    (end - start) * scale - 1, 0.5
                )  # 이웃한 막대 사이에 1px 틈
                out.append(
                    tag(
                        "rect",
                        x=x(start),
                        y=y + 4,
                        width=width,
                        height=ROW - 6,
                        fill=color,
                    )
                )
                if (
                    text
                ):  # 막대 안에 들어가면 막대 가운데에, 아니면 막대 오른쪽에
                    inside = text_width(text, FONT - 2) + 6 <= width
                    where = {
                        "x": x(start) + width / 2,
                        "fill": "#000",
                        "text_anchor": "middle",
                    }
                    where = where if inside else {"x": x(end) + 4}
                    out.append(
                        tag("text", text, y=y + 17, font_size=FONT - 2, **where)
                    )
            out.append("</g>")
            y += ROW
        grid = []  # 시간 축: 눈금마다 옅은 세로선(막대 뒤에 그립니다)과 "N초"
        for i in range(round(axis_end / step) + 1):
            at, label = x(i * step), f"{round(i * step, 3):g}초"
            grid.append(
                tag(
                    "line",
                    x1=at,
                    y1=30,
                    x2=at,
                    y2=y + 4,
                    stroke="currentColor",
                    opacity=0.3,
                )
            )
            grid.append(
                tag("text", label, x=at, y=y + 20, text_anchor="middle")
            )
        out[1:1] = grid
        out.append(
            tag(
                "line",
                x1=left,
                y1=y + 4,
                x2=x(axis_end),
                y2=y + 4,
                stroke="currentColor",
            )
        )
        return (
            f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {y + 28}" role="img" '
            f'aria-labelledby="{name}-title {name}-desc" font-size="{FONT}" fill="currentColor">\n'
            f"{tag('title', self.title, id=f'{name}-title')}\n"
            f"{tag('desc', description, id=f'{name}-desc')}\n"
            + "\n".join(out)
            + "\n</svg>\n"
        )


if __name__ == "__main__":
    # 예시: 0.2초씩 기다리는 일 세 개를 차례로 실행하고, 그다음 asyncio 태스크 세 개로 실행합니다
    import asyncio

    chart = Timeline("예시: 차례로 실행과 태스크 세 개")

    async def nap(lane: str) -> None:
        with chart.span(lane):
            await asyncio.sleep(0.2)

    async def one_by_one() -> None:
        for n in range(1, 4):
            await nap(f"작업 {n}")

    async def together() -> None:
        await asyncio.gather(*(nap(f"작업 {n}") for n in range(1, 4)))

    chart.section("차례로")
    asyncio.run(one_by_one())
    sequential = chart.elapsed()
    chart.section("태스크 3개")
    asyncio.run(together())
    overlapped = chart.elapsed()
    print(f"차례로: {sequential:.2f}초, 태스크 3개: {overlapped:.2f}초")
    chart.save(
        "timeline_demo",
        f"0.2초씩 기다리는 작업 세 개를 차례로 실행하면 막대가 이어져 {sequential:.2f}초, "
        f"태스크 세 개로 실행하면 막대가 겹쳐 {overlapped:.2f}초 걸렸습니다.",
    )
