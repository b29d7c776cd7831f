"""The parent's side of a crash test: run a scenario in a child process, kill it, look at the file.

A run first goes to the end once (``dry_run``) to learn how many write events the scenario
makes and what the database holds after each of its transactions. A killed run then stops
at one of those events (or after a delay) and is killed with SIGKILL; whatever it had
committed must be there, and the transaction it was in must be there whole or not at all.
"""

import json
import os
import select
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from tests.crash.state import State, database_state

ROOT = Path(__file__).resolve().parents[2]
CHILD_TIMEOUT = 300.0  # seconds; only a hung child comes near it


@dataclass(frozen=True)
class Scenario:
    """A child scenario (by its name in child.py) and how to make its database and input files.

    ``prepare(folder)`` writes ``folder / "mission.sqlite"`` and any input files into
    ``folder``; it runs once per test session and each run works on a copy.
    """

    name: str
    prepare: Callable[[Path], None]


@dataclass
class ChildRun:
    lines: list[str] = field(default_factory=list)
    returncode: int | None = None
    stderr: str = ""

    @property
    def committed(self) -> int:
        """How many transactions the child said it had committed."""
        return sum(line.startswith("committed ") for line in self.lines)

    @property
    def write_events(self) -> int:
        return sum(line.startswith("write ") for line in self.lines)

    def states(self) -> list[State]:
        """What the database held after 0, 1, 2... transactions, as the child saw it."""
        states: list[State] = []
        for line in self.lines:
            if line.startswith("state "):
                _, index, payload = line.split(" ", 2)
                assert int(index) == len(states)
                states.append(json.loads(payload))
        return states

    def commit_events(self) -> list[int]:
        """The number of each write event that was a transaction's COMMIT."""
        commits, last_write = [], 0
        for line in self.lines:
            if line.startswith("write "):
                last_write = int(line.split()[1])
            elif line.startswith("committed "):
                commits.append(last_write)
        return commits


def start_child(
    scenario: str, database: Path, workdir: Path, *, pause_at: int | None = None
) -> subprocess.Popen[bytes]:
    """Start a child on ``database`` with input files in ``workdir``; its stdout is a pipe."""
    command = [sys.executable, "-m", "tests.crash.child", scenario, f"sqlite:///{database}"]
    command.append(str(workdir))
    if pause_at is not None:
        command += ["--pause-at", str(pause_at)]
    environment = {**os.environ, "PYTHONPATH": str(ROOT)}
    with (workdir / "child-stderr.txt").open("ab") as stderr:
        return subprocess.Popen(
            command, cwd=ROOT, env=environment, stdout=subprocess.PIPE, stderr=stderr
        )


def read_lines(
    child: subprocess.Popen[bytes], stop: Callable[[str], float | None] = lambda _: None
) -> list[str]:
    """The child's lines until it ends, or until ``stop`` (called on each line) has returned
    a number of seconds and that time has passed."""
    assert child.stdout is not None
    lines: list[str] = []
    deadline = time.monotonic() + CHILD_TIMEOUT
    stop_at: float | None = None
    buffer = b""
    while stop_at is None or time.monotonic() < stop_at:
        now = time.monotonic()
        assert now < deadline, f"the child ran for more than {CHILD_TIMEOUT:.0f} s"
        wait = min(deadline, stop_at or deadline) - now
        ready, _, _ = select.select([child.stdout], [], [], max(0.0, wait))
        if not ready:
            continue
        chunk = os.read(child.stdout.fileno(), 65536)
        if not chunk:
            break  # the child ended
        buffer += chunk
        *complete, buffer = buffer.split(b"\n")
        for raw in complete:
            lines.append(raw.decode())
            delay = stop(lines[-1])
            if delay is not None and stop_at is None:
                stop_at = time.monotonic() + delay
    return lines


def run_child(
    scenario: str,
    folder: Path,
    *,
    pause_at: int | None = None,
    kill_after: float | None = None,
) -> ChildRun:
    """Run a scenario on ``folder``'s database; kill it at ``pause_at`` or ``kill_after`` seconds
    after its first write, or let it finish when neither is given."""

    def stop(line: str) -> float | None:
        if line.startswith("paused "):
            return 0.0
        if line == "write 1" and kill_after is not None:
            return kill_after
        return None

    child = start_child(scenario, folder / "mission.sqlite", folder, pause_at=pause_at)
    run = ChildRun(lines=read_lines(child, stop))
    if child.poll() is None and (pause_at is not None or kill_after is not None):
        child.send_signal(signal.SIGKILL)
    run.returncode = child.wait(timeout=CHILD_TIMEOUT)
    assert child.stdout is not None
    child.stdout.close()
    run.stderr = (folder / "child-stderr.txt").read_text(encoding="utf-8", errors="replace")
    return run


def copy_of(template: Path, folder: Path) -> Path:
    """A fresh folder holding a copy of the template's database and its input files."""
    shutil.copytree(template, folder)
    return folder / "mission.sqlite"


def state_of(folder: Path) -> State:
    return database_state(folder / "mission.sqlite")
