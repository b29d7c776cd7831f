"""Processes writing to one SQLite file at once lose nothing and never meet "database is locked"."""

from pathlib import Path

import pytest
from sqlalchemy import func, select

from mss_training.db import open_database
from mss_training.db.database import head_revision
from mss_training.models import Officer, Result, TrainingSession
from tests.crash import missions
from tests.crash.harness import CHILD_TIMEOUT, read_lines, start_child
from tests.crash.state import database_state, integrity_problems

ROUNDS = 15
OFFICERS_A_ROUND = 20


def _at_once(
    scenario: str, database: Path, names: list[str], rounds: int = 0
) -> list[tuple[int, list[str], str]]:
    """Run one child per name on ``database`` at once; (exit code, lines, stderr) of each."""
    folders = []
    for name in names:
        folder = database.parent / name
        folder.mkdir()
        (folder / "rounds.txt").write_text(str(rounds), encoding="utf-8")
        folders.append(folder)
    children = [start_child(scenario, database, folder) for folder in folders]
    # Both have the database open before either starts, so that their writes overlap.
    outputs = [
        read_lines(child, lambda line: 0.0 if line == "ready" else None) for child in children
    ]
    (database.parent / "go").touch()
    outputs = [before + read_lines(child) for before, child in zip(outputs, children, strict=True)]
    results = []
    for child, lines, folder in zip(children, outputs, folders, strict=True):
        code = child.wait(timeout=CHILD_TIMEOUT)
        assert child.stdout is not None
        child.stdout.close()
        stderr = (folder / "child-stderr.txt").read_text(encoding="utf-8", errors="replace")
        results.append((code, lines, stderr))
    return results


@pytest.mark.slow
def test_two_processes_writing_at_once_lose_nothing_and_never_see_a_locked_database(
    tmp_path: Path,
) -> None:
    missions.base_mission(tmp_path)
    database = tmp_path / missions.DATABASE
    with open_database(f"sqlite:///{database}") as opened, opened.reading() as session:
        officers_before = session.scalar(select(func.count(Officer.id))) or 0

    outcomes = _at_once("writer", database, ["a", "b"], ROUNDS)

    for code, lines, stderr in outcomes:
        assert "locked" not in stderr.lower() and "busy" not in stderr.lower(), stderr
        assert code == 0, stderr
        assert f"round {ROUNDS - 1}" in lines
    with open_database(f"sqlite:///{database}") as opened, opened.reading() as session:
        for prefix in ("A", "B"):
            officers = session.scalar(
                select(func.count(Officer.id)).where(Officer.service_number.startswith(prefix))
            )
            sessions = session.scalar(
                select(func.count(TrainingSession.id)).where(
                    TrainingSession.location == f"Range {prefix}"
                )
            )
            results = session.scalar(
                select(func.count(Result.id))
                .join(TrainingSession, TrainingSession.id == Result.session_id)
                .where(TrainingSession.location == f"Range {prefix}")
            )
            assert (officers, sessions, results) == (
                ROUNDS * OFFICERS_A_ROUND,
                ROUNDS,
                ROUNDS * OFFICERS_A_ROUND,
            )
        total = session.scalar(select(func.count(Officer.id)))
        assert total == officers_before + 2 * ROUNDS * OFFICERS_A_ROUND


def _assert_no_trouble(outcomes: list[tuple[int, list[str], str]]) -> None:
    for code, _, stderr in outcomes:
        assert "locked" not in stderr.lower() and "busy" not in stderr.lower(), stderr
        assert code == 0, stderr


@pytest.mark.slow
def test_processes_creating_the_same_new_database_at_once_make_one_database(
    tmp_path: Path,
) -> None:
    database = tmp_path / missions.DATABASE

    _assert_no_trouble(_at_once("opener", database, ["a", "b", "c"]))

    assert integrity_problems(database) == []
    state = database_state(database)
    assert state["installation"] == 1 and state["sites"] == 1
    assert state["alembic_version"] == head_revision()


@pytest.mark.slow
def test_processes_upgrading_the_same_old_database_at_once_upgrade_it_once(
    tmp_path: Path,
) -> None:
    missions.old_schema_mission(tmp_path)
    database = tmp_path / missions.DATABASE
    before = database_state(database)

    _assert_no_trouble(_at_once("opener", database, ["a", "b", "c"]))

    assert integrity_problems(database) == []
    after = database_state(database)
    assert after["alembic_version"] == head_revision()
    # One entry more: the baseline sealing every row after the upgrade, written once.
    assert after["audit_log"] == int(before["audit_log"]) + 1
    unchanged = {
        table: count
        for table, count in before.items()
        if table not in ("alembic_version", "audit_log")
    }
    assert {table: after[table] for table in unchanged} == unchanged
