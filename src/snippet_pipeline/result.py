"""What one run of a snippet printed, how it ended, and how that compares with what it declares."""

from __future__ import annotations

import dataclasses
import os
import re

from .markers import Expectations

# A run is known by (snippet name, start method or None for the interpreter's default, "3.11").
Key = tuple[str, str | None, str]


class Problem(str):
    """One way a run differs from what its snippet declares: English for logs, Korean for pages."""

    korean: str

    def __new__(cls, english: str, korean: str) -> Problem:
        problem = super().__new__(cls, english)
        problem.korean = korean
        return problem


@dataclasses.dataclass
class Result:
    name: str
    start_method: str | None
    python: str  # the interpreter's version, "3.11"
    returncode: int | None
    chunks: list[tuple[str, str]]  # ("out" | "err", line) in the order they arrived
    seconds: float
    timed_out: bool
    environment: dict[str, str]  # where it ran, as the page reports it
    figures: list[tuple[str, str]] = dataclasses.field(default_factory=list)  # (file, SVG)
    attempt: int = 1  # 2, 3, ...: run again, alone, because a claim about time failed
    others_cpu: float | None = None  # share of all CPUs other programs used while it ran
    busy: bool = False  # others_cpu was above the plugin's threshold, or cpu_speed below its own
    # After a failed claim: the CPUs' speed around the run, as a share of the fastest seen
    cpu_speed: float | None = None

    @property
    def key(self) -> Key:
        return (self.name, self.start_method, self.python)

    @property
    def stdout(self) -> str:
        return "".join(text for stream, text in self.chunks if stream == "out")

    @property
    def stderr(self) -> str:
        return "".join(text for stream, text in self.chunks if stream == "err")

    @property
    def output(self) -> str:
        """stdout and stderr together, as a terminal would have shown them."""
        return "".join(text for _, text in self.chunks)

    def busy_note(self) -> Problem:
        share = f"{self.others_cpu:.0%}" if self.others_cpu is not None else "?"
        english = f"the machine was busy: other programs used {share} of the CPU while it ran"
        korean = f"기계가 바빴습니다: 실행하는 동안 다른 프로그램이 CPU의 {share}를 썼습니다"
        if self.cpu_speed is not None:
            english += (
                f"; around it the CPUs computed at {self.cpu_speed:.0%} of their fastest speed"
            )
            korean += (
                f". 실행 앞뒤로 잰 CPU의 계산 속도는 가장 빠를 때의 {self.cpu_speed:.0%}였습니다"
            )
        return Problem(f"{english} (run {self.attempt})", f"{korean} ({self.attempt}번째 실행)")

    def unchecked_claims(self, expected: Expectations, cpus: int | None = None) -> list[str]:
        """Declared outputs that are missing but not enforced: this machine has too few CPUs."""
        if (cpus or os.cpu_count() or 1) >= expected.min_cores:
            return []
        return [text for text in expected.output if text not in self.stdout]

    def problems(self, expected: Expectations, cpus: int | None = None) -> list[Problem]:
        """Every way this run differs from what the snippet declares (empty: it ended as declared)."""
        if self.timed_out:
            found = [Problem("timed out and was killed", "시간제한을 넘겨 강제로 끝냈습니다")]
        else:
            found = self._ending_problems(expected)
            if (cpus or os.cpu_count() or 1) >= expected.min_cores:
                found += [
                    Problem(f"stdout lacks {text!r}", f"표준 출력에 이 문구가 없습니다: {text}")
                    for text in expected.output
                    if text not in self.stdout
                ]
        if found and self.busy:
            found.append(self.busy_note())
        elif found and self.attempt > 1:
            found.append(
                Problem(
                    f"the same when run again alone on a quiet machine (run {self.attempt})",
                    f"조용한 기계에서 혼자 다시 실행해도 같았습니다 ({self.attempt}번째 실행)",
                )
            )
        return found

    def only_output_claims_failed(self, expected: Expectations) -> bool:
        """It ended as declared but some stdout claim is missing (what a claim about time can do)."""
        if self.timed_out or self._ending_problems(expected):
            return False
        return bool(self.problems(expected))

    def _ending_problems(self, expected: Expectations) -> list[Problem]:
        found = []
        if self.returncode != expected.exit_code:
            found.append(
                Problem(
                    f"exited with code {self.returncode}, expected {expected.exit_code}",
                    f"종료 코드: 선언 {expected.exit_code}, 실제 {self.returncode}",
                )
            )
        if expected.error:
            ended_with = final_exceptions(self.stderr)
            pattern = rf"^([\w.]+\.)?{re.escape(expected.error)}(:|$)"
            if not any(re.match(pattern, line) for line in ended_with):
                found.append(
                    Problem(
                        f"expected to end with {expected.error}, it ended with {ended_with or 'no exception'}",
                        f"끝난 예외: 선언 {expected.error}, 실제 {', '.join(ended_with) or '예외 없음'}",
                    )
                )
        elif self.stderr and not expected.stderr:
            found.append(
                Problem(
                    "wrote to stderr, which it does not declare (# snippet: expect-stderr=...)",
                    "선언하지 않은 표준 에러 출력이 있습니다",
                )
            )
        found += [
            Problem(f"stderr lacks {text!r}", f"표준 에러에 이 문구가 없습니다: {text}")
            for text in expected.stderr
            if text not in self.stderr
        ]
        return found

    def tail(self, lines: int = 15) -> str:
        return "\n".join(self.output.rstrip().splitlines()[-lines:])

    def to_json(self) -> dict:
        return dataclasses.asdict(self)

    @classmethod
    def from_json(cls, data: dict) -> Result:
        data = {**data, "chunks": [tuple(chunk) for chunk in data["chunks"]]}
        data["figures"] = [tuple(figure) for figure in data.get("figures", [])]
        return cls(**data)


def final_exceptions(stderr: str) -> list[str]:
    """The exception lines a traceback ends with: the last line, and for an exception group each
    exception it holds."""
    lines = [
        line for line in stderr.splitlines() if line.strip() and set(line.strip()) - set("+-| ")
    ]
    found = [lines[-1].strip()] if lines else []
    found += [
        line[4:] for line in lines if line.startswith("  | ") and not line.startswith("  |  ")
    ]
    return found
