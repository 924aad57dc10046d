"""The progress of the runs (snippet_pipeline/progress.py): one updating line on a terminal, plain
lines elsewhere, with how many of how many, the phase and an estimate."""

from __future__ import annotations

import io

from snippet_pipeline.progress import Progress


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def planned(progress: Progress) -> Progress:
    progress.plan("alone", 2)
    progress.plan("many", 8, workers=4)
    return progress


def test_a_terminal_gets_one_line_updated_in_place():
    terminal, said = Terminal(), []
    progress = planned(Progress(said.append, terminal))
    progress.phase("alone")
    progress.ran(3.0)
    assert said == [], "nothing goes to the log on a terminal"
    last = terminal.getvalue().split("\r\033[K")[-1]
    # Left: one run alone (3 s, as seen) and eight runs four at a time (guessed 1 s each).
    assert last == "예제 실행 1/10 · CPU 시간을 재는 예제, 하나씩 · 남은 시간 약 5초", last
    progress.finish()
    assert terminal.getvalue().endswith("\n") and "\n" not in terminal.getvalue()[:-1]


def test_a_log_gets_a_line_per_phase_and_at_most_one_every_few_seconds():
    said = []
    progress = planned(Progress(said.append, io.StringIO(), every=3600))
    progress.phase("alone")
    for _ in range(2):
        progress.ran(3.0)
    progress.phase("many")
    for _ in range(8):
        progress.ran(1.0)
    assert said == [
        "예제 실행 0/10 · CPU 시간을 재는 예제, 하나씩 · 남은 시간 약 8초",
        "예제 실행 2/10 · 기다리는 예제, 여럿 함께 · 남은 시간 약 2초",
        "예제 실행 10/10 · 기다리는 예제, 여럿 함께",
    ], said
