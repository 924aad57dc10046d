"""The CPU gate: the CPU-timing phase waits for running tests, and no test starts while it runs.

Each side is taken by a process of its own, as in a test session (test workers, the preparation).
"""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import pytest
from cpu_gate import CpuGate

NEVER = 0.3  # how long a blocked side is watched not to get in (it must not, however long)
SOON = 10.0  # how long a side that is let in may take to get in

HOLD = """
import sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from cpu_gate import CpuGate
with getattr(CpuGate(Path(sys.argv[2])), sys.argv[3])():
    print("inside", flush=True)
    sys.stdin.readline()
    (Path(sys.argv[2]) / (sys.argv[3] + ".left")).touch()  # still holding: the next one in sees it
"""


class Holder:
    """A process that takes one side of the gate and holds it until told to let go."""

    def __init__(self, folder: Path, side: str):
        self.process = subprocess.Popen(
            [sys.executable, "-c", HOLD, str(Path(__file__).parent), str(folder), side],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        self.left_mark = folder / f"{side}.left"
        self.inside = threading.Event()
        threading.Thread(target=self._listen, daemon=True).start()

    def _listen(self) -> None:
        if self.process.stdout.readline().strip() == "inside":
            self.inside.set()

    def has_left(self) -> bool:
        """Whether it had let go (a file it writes before it does, so no reader can lag behind)."""
        return self.left_mark.exists()

    def let_go(self) -> None:
        self.process.stdin.write("\n")
        self.process.stdin.flush()
        self.process.wait(SOON)


@pytest.fixture
def hold(tmp_path: Path):
    holders: list[Holder] = []

    def start(side: str) -> Holder:
        holders.append(Holder(tmp_path, side))
        return holders[-1]

    yield start
    for holder in holders:  # a failed check must not leave a lock held (or a test hanging)
        holder.process.kill()
        holder.process.wait()
        holder.process.stdin.close()
        holder.process.stdout.close()


def test_the_cpu_phase_waits_for_running_tests_and_no_test_starts_during_it(hold):
    running_test = hold("shared")
    assert running_test.inside.wait(SOON)
    cpu_phase = hold("alone")
    assert not cpu_phase.inside.wait(NEVER), "the CPU-timing phase began beside a running test"
    next_test = hold("shared")
    assert not next_test.inside.wait(NEVER), "a test started while the CPU-timing phase waited"
    running_test.let_go()
    assert cpu_phase.inside.wait(SOON)
    assert not next_test.inside.wait(NEVER), "a test started during the CPU-timing phase"
    cpu_phase.let_go()
    assert next_test.inside.wait(SOON)
    next_test.let_go()


def test_a_test_that_waits_for_the_preparation_lets_the_cpu_phase_run(hold, tmp_path: Path):
    gate = CpuGate(tmp_path)
    with gate.shared():
        with gate.paused():
            cpu_phase = hold("alone")
            if not cpu_phase.inside.wait(SOON):
                cpu_phase.process.kill()  # or getting back in below would wait for it forever
                cpu_phase.process.wait()
                pytest.fail("a waiting test kept the CPU-timing phase out")
            threading.Timer(NEVER, cpu_phase.let_go).start()
        # Back in: only once the CPU-timing phase has ended.
        assert cpu_phase.has_left(), "the test got back in during the CPU-timing phase"
