"""A restore killed (SIGKILL) at any point leaves a sound database at the path, never none.

The child restores a backup over a database that has since gained officers; it is killed
paused at each of its steps and writes, and after random delays. Afterwards the path holds
either the old database or the restored one (with its restore entry), whole, and it opens.
"""

import random
import signal
from pathlib import Path

import pytest

from mss_training.db import open_database
from mss_training.domain import UserRole
from mss_training.services.backups import back_up
from mss_training.services.permissions import Actor
from mss_training.services.personnel import OfficerInput, add_officers
from tests.crash import missions
from tests.crash.harness import ChildRun, Scenario, copy_of, run_child, state_of
from tests.crash.state import State, integrity_problems
from tests.mission import ACTOR


def restore_mission(folder: Path) -> None:
    """A site's database, a backup of it, then ten more officers in the database."""
    missions.base_mission(folder)
    path = folder / missions.DATABASE
    back_up(path, folder / "copy.sqlite", Actor("admin", UserRole.ADMINISTRATOR))
    with open_database(f"sqlite:///{path}") as database, database.transaction() as session:
        people = [OfficerInput("KEN", f"LATE{n:03d}", "Kamau", "John") for n in range(10)]
        add_officers(session, people, ACTOR)


SCENARIO = Scenario("restore", restore_mission)


@pytest.fixture(scope="module")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, ChildRun, State, State]:
    template = tmp_path_factory.mktemp("restore-template")
    SCENARIO.prepare(template)
    before = state_of(template)
    folder = tmp_path_factory.mktemp("restore-dry") / "run"
    copy_of(template, folder)
    run = run_child(SCENARIO.name, folder)
    assert run.returncode == 0, run.stderr
    after = state_of(folder)
    assert after != before
    return template, run, before, after


def _check(folder: Path, run: ChildRun, before: State, after: State) -> None:
    path = folder / missions.DATABASE
    assert path.is_file(), "the path was left without a database"
    assert integrity_problems(path) == []
    assert state_of(folder) in (before, after)
    open_database(f"sqlite:///{path}", create=False).close()
    assert state_of(folder) in (before, after)
    if run.returncode == 0:
        assert state_of(folder) == after


@pytest.mark.slow
def test_a_restore_killed_at_each_step_leaves_a_sound_database(
    prepared: tuple[Path, ChildRun, State, State], tmp_path: Path
) -> None:
    template, dry_run, before, after = prepared
    for event in range(1, dry_run.write_events + 1):
        folder = tmp_path / f"event-{event}"
        copy_of(template, folder)
        run = run_child(SCENARIO.name, folder, pause_at=event)
        assert run.returncode == -signal.SIGKILL, run.stderr
        _check(folder, run, before, after)


@pytest.mark.slow
def test_a_restore_killed_after_a_random_delay_leaves_a_sound_database(
    prepared: tuple[Path, ChildRun, State, State], tmp_path: Path
) -> None:
    template, _, before, after = prepared
    delays = random.Random(2699).sample([n / 1000 for n in range(0, 400, 5)], 6)
    for delay in delays:
        folder = tmp_path / f"after-{delay:.3f}"
        copy_of(template, folder)
        run = run_child(SCENARIO.name, folder, kill_after=delay)
        assert run.returncode in (0, -signal.SIGKILL), run.stderr
        _check(folder, run, before, after)
