"""A process killed (SIGKILL) as it writes never costs a committed record or the file's integrity.

Each scenario runs in a child process on a real SQLite file and is killed at several points:
paused at its first write, in its middle, just before a COMMIT, or after a delay. Afterwards
the file passes PRAGMA integrity_check, holds exactly what the committed transactions wrote
(the one in flight is there whole or not at all), and opens in the app as before.
"""

import signal
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from mss_training.db import open_database
from mss_training.db.database import head_revision
from tests.crash import missions
from tests.crash.harness import ChildRun, Scenario, copy_of, run_child, state_of
from tests.crash.state import integrity_problems

SCENARIOS = [
    Scenario("record-sessions", missions.sessions_mission),
    Scenario("roster-import", missions.roster_mission),
    Scenario("results-import", missions.results_mission),
    Scenario("upgrade", missions.old_schema_mission),
    Scenario("sync-import", missions.sync_mission),
]


@dataclass(frozen=True)
class Prepared:
    template: Path
    dry_run: ChildRun


@pytest.fixture(scope="session")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> Callable[[Scenario], Prepared]:
    """Each scenario's database and files, made once, and one run of it to the end."""
    cache: dict[str, Prepared] = {}

    def prepare(scenario: Scenario) -> Prepared:
        if scenario.name not in cache:
            template = tmp_path_factory.mktemp(f"{scenario.name}-template")
            scenario.prepare(template)
            folder = tmp_path_factory.mktemp(f"{scenario.name}-dry") / "run"
            copy_of(template, folder)
            run = run_child(scenario.name, folder)
            assert run.returncode == 0, run.stderr
            assert run.lines[-1] == f"done {run.write_events}"
            states = run.states()
            assert len(states) == run.committed + 1
            assert state_of(folder) == states[-1]
            cache[scenario.name] = Prepared(template, run)
        return cache[scenario.name]

    return prepare


@dataclass(frozen=True)
class KillPoint:
    """Where to kill: paused at a write event chosen from the full run, or after a delay."""

    name: str
    pause_at: Callable[[ChildRun], int] | None = None
    delay: float | None = None


KILL_POINTS = [
    KillPoint("middle", pause_at=lambda run: max(1, run.write_events // 2)),
    KillPoint("first-commit", pause_at=lambda run: run.commit_events()[0]),
    KillPoint("last-commit", pause_at=lambda run: run.commit_events()[-1]),
    KillPoint("after-200-ms", delay=0.2),
]


@pytest.mark.slow
@pytest.mark.parametrize("kill", KILL_POINTS, ids=lambda kill: kill.name)
@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda scenario: scenario.name)
def test_a_killed_writer_loses_nothing_committed_and_leaves_nothing_half_written(
    scenario: Scenario,
    kill: KillPoint,
    prepared: Callable[[Scenario], Prepared],
    tmp_path: Path,
) -> None:
    setup = prepared(scenario)
    full = setup.dry_run.states()
    folder = tmp_path / "run"
    copy_of(setup.template, folder)

    pause_at = kill.pause_at(setup.dry_run) if kill.pause_at else None
    run = run_child(scenario.name, folder, pause_at=pause_at, kill_after=kill.delay)

    if pause_at is not None:
        assert run.returncode == -signal.SIGKILL, run.stderr
        assert f"paused {pause_at}" in run.lines
    else:  # a delay may outlast the whole scenario
        assert run.returncode in (0, -signal.SIGKILL), run.stderr
    path = folder / missions.DATABASE
    assert integrity_problems(path) == []
    state = state_of(folder)
    if pause_at is not None:
        # Paused before a statement or COMMIT ran: the transaction in flight left no trace.
        assert state == full[run.committed]
    else:
        assert state in full[run.committed : run.committed + 2]

    # The app opens it as before; an interrupted upgrade simply runs again, whole.
    open_database(f"sqlite:///{path}", create=False).close()
    assert integrity_problems(path) == []
    if scenario.name == "upgrade":
        assert state_of(folder) == full[-1]
        assert full[-1]["alembic_version"] == head_revision()
    else:
        assert state_of(folder) == state
