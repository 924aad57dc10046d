"""The timeline helper (snippets/timeline.py) draws well-formed, accessible, script-free SVG."""

from __future__ import annotations

import re
import threading
import xml.etree.ElementTree as ET

import pytest
import timeline

from support.rendering import rendered

SVG = "{http://www.w3.org/2000/svg}"


def chart_with(*bars: tuple[str, float, float], title: str = "시험 차트") -> timeline.Timeline:
    """A chart whose bars start and end at the given seconds after its origin."""
    chart = timeline.Timeline(title)
    for lane, start, end in bars:
        chart.add(lane, chart.origin + start, chart.origin + end)
    return chart


def bar_rects(root: ET.Element) -> list[dict[str, float]]:
    """The bars (not the section colour swatches, which sit at x=0)."""
    rects = [
        {key: float(value) for key, value in r.attrib.items() if key in ("x", "y", "width")}
        for r in root.iter(f"{SVG}rect")
    ]
    return [rect for rect in rects if rect["x"] > 0]


def test_svg_is_well_formed_and_accessible():
    svg = chart_with(("작업 1", 0, 1)).to_svg("demo", "작업 1이 1초 동안 실행되었습니다.")
    root = ET.fromstring(svg)
    assert root.tag == f"{SVG}svg"
    assert root.get("role") == "img"
    assert root.get("viewBox", "").startswith("0 0 ")
    title, desc = root.find(f"{SVG}title"), root.find(f"{SVG}desc")
    assert title is not None and title.text == "시험 차트"
    assert desc is not None and desc.text == "작업 1이 1초 동안 실행되었습니다."
    assert root.get("aria-labelledby") == f"{title.get('id')} {desc.get('id')}"
    assert {title.get("id"), desc.get("id")} == {"demo-title", "demo-desc"}


def test_no_script_handler_or_external_reference():
    svg = chart_with(("작업 1", 0, 1), ("작업 2", 0.5, 2)).to_svg("demo", "설명")
    assert not re.search(
        r"<script|\son\w+=|https?://(?!www\.w3\.org/)|<image|<foreignObject|href=", svg
    )


def test_text_follows_the_page_colour():
    root = ET.fromstring(chart_with(("작업 1", 0, 1)).to_svg("demo", "설명"))
    assert root.get("fill") == "currentColor"
    assert all(line.get("stroke") == "currentColor" for line in root.iter(f"{SVG}line"))
    assert not [t for t in root.iter(f"{SVG}text") if t.get("fill") not in (None, "#000")]


def test_bars_are_positioned_in_proportion_to_their_times():
    chart = chart_with(("가", 0, 1), ("나", 1, 3), ("다", 0.5, 2.5))
    first, third, second = bar_rects(  # rows are ordered by their first start: 가, 다, 나
        ET.fromstring(chart.to_svg("demo", "설명"))
    )
    unit = second["x"] - first["x"]  # pixels per second: 나 starts 1 s after 가
    assert third["x"] - first["x"] == pytest.approx(0.5 * unit, abs=0.2)
    # Each bar is drawn 1 px short of its end, so that neighbouring bars stay apart.
    assert first["width"] == pytest.approx(unit - 1, abs=0.2)
    assert second["width"] == pytest.approx(2 * unit - 1, abs=0.2)
    assert third["width"] == pytest.approx(2 * unit - 1, abs=0.2)
    assert first["y"] < third["y"] < second["y"]


def test_time_axis_is_labelled_in_seconds_and_covers_every_bar():
    root = ET.fromstring(chart_with(("가", 0, 2.3)).to_svg("demo", "설명"))
    labels = [t.text for t in root.iter(f"{SVG}text") if t.text and t.text.endswith("초")]
    assert labels[0] == "0초"
    assert float(labels[-1].removesuffix("초")) >= 2.3
    ticks = {float(label.removesuffix("초")) for label in labels}
    assert 3 <= len(ticks) <= 9


def test_rows_start_in_order_of_their_first_bar_and_sections_restart_the_clock():
    chart = timeline.Timeline("구역")
    chart.section("차례로")
    chart.add("늦게", chart.origin + 1, chart.origin + 2)
    chart.add("먼저", chart.origin + 0, chart.origin + 1)
    chart.section("함께")
    chart.add("함께 1", chart.origin, chart.origin + 1)
    root = ET.fromstring(chart.to_svg("demo", "설명"))
    texts = [t.text for t in root.iter(f"{SVG}text")]
    assert texts.index("차례로") < texts.index("먼저") < texts.index("늦게") < texts.index("함께")
    bars = bar_rects(root)
    assert bars[-1]["x"] == pytest.approx(bars[0]["x"], abs=0.2)  # both sections start at 0 s
    fills = [r.get("fill") for r in root.iter(f"{SVG}rect")]
    assert len(set(fills)) == 2  # one colour per section


def test_labels_are_escaped():
    chart = chart_with(('<작업 & "1">', 0, 1), title="a < b & c")
    root = ET.fromstring(chart.to_svg("demo", "x < y & z"))
    assert root.find(f"{SVG}desc").text == "x < y & z"
    assert '<작업 & "1">' in [t.text for t in root.iter(f"{SVG}text")]


def test_span_records_threads_and_a_bar_text():
    chart = timeline.Timeline("스레드")

    def work(n: int) -> None:
        with chart.span(f"작업 {n}", text=f"항목 {n}"):
            pass

    threads = [threading.Thread(target=work, args=(n,)) for n in range(20)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(lane for _, lane, *_ in chart.bars) == sorted(f"작업 {n}" for n in range(20))
    ET.fromstring(chart.to_svg("demo", "설명"))


def test_save_writes_into_the_figure_dir_and_prints_only_the_name(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("SNIPPET_FIGURE_DIR", str(tmp_path / "figures"))
    (tmp_path / "figures").mkdir()
    chart_with(("가", 0, 1)).save("chart", "설명")
    assert capsys.readouterr().out == "그림: chart.svg\n"
    ET.parse(tmp_path / "figures" / "chart.svg")


def test_save_without_figure_dir_writes_into_the_current_folder(tmp_path, monkeypatch, capsys):
    monkeypatch.delenv("SNIPPET_FIGURE_DIR", raising=False)
    monkeypatch.chdir(tmp_path)
    chart_with(("가", 0, 1)).save("chart", "설명")
    assert capsys.readouterr().out == "그림: chart.svg\n"
    assert (tmp_path / "chart.svg").is_file()


def test_the_page_shows_it_as_a_figure_with_its_text_alternative():
    from snippet_pipeline.render import figure

    html = figure(
        chart_with(("가", 0, 1)).to_svg("demo", "가가 1초 동안 실행되었습니다."),
        "가가 1초 동안 실행되었습니다.",
    )
    assert '<figure class="snippet-figure">' in html
    assert "<figcaption>가가 1초 동안 실행되었습니다.</figcaption>" in html


def test_a_rendered_page_shows_the_chart_as_inline_svg_with_its_text_alternative(project):
    """The whole path on the pipeline's tiny site: snippet -> SNIPPET_FIGURE_DIR -> inline <figure>."""
    (project / "snippets" / "demo" / "chart.py").write_text(
        "import timeline\n\n"
        'chart = timeline.Timeline("시험 타임라인")\n'
        'with chart.span("작업 1"):\n'
        "    pass\n"
        'chart.save("demo_chart", "작업 1 하나가 잠깐 실행되었습니다.")\n',
        encoding="utf-8",
    )
    html = rendered(project, "chart")
    assert "그림: demo_chart.svg" in html
    figure = re.search(
        r'<figure class="snippet-figure">\s*<svg\b(.*?)</svg>\s*<figcaption>(.*?)</figcaption>',
        html,
        re.S,
    )
    assert figure, "no inline <figure> with an <svg> (was the figure's HTML escaped?)"
    assert (
        'role="img"' in figure[1]
        and 'aria-labelledby="demo_chart-title demo_chart-desc"' in figure[1]
    )
    assert figure[2] == "작업 1 하나가 잠깐 실행되었습니다."


@pytest.mark.parametrize(
    "bars", [(), (("가", 0, 0),), (("가", 0, 0.0001),)], ids=["empty", "zero", "tiny"]
)
def test_empty_and_tiny_charts_still_draw_an_axis(bars):
    root = ET.fromstring(chart_with(*bars).to_svg("demo", "설명"))
    labels = [t.text for t in root.iter(f"{SVG}text") if t.text and t.text.endswith("초")]
    assert labels[0] == "0초" and len(labels) >= 2
