"""Backups on real files: rotation, backing up, and restoring only what is sound."""

import datetime as dt
import hashlib
import io
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mss_training.cli import main
from mss_training.db import Database, open_database
from mss_training.domain import UserRole
from mss_training.errors import InputError
from mss_training.services.backups import (
    POSTGRES_REFUSAL,
    automatic_backup,
    back_up,
    take_daily_copy,
)
from mss_training.services.demo import add_demo_accounts
from mss_training.services.permissions import Actor
from mss_training.services.personnel import OfficerInput, add_officers
from mss_training.services.restoring import restore
from mss_training.services.settings import (
    BackupSettings,
    load_backup_settings,
    save_backup_settings,
)
from tests.mission import ACTOR, Mission

ADMIN = Actor("test.admin", UserRole.ADMINISTRATOR)

NOW = dt.datetime(2026, 11, 27, 9, 30)


def _fingerprint(folder: Path) -> dict[str, str]:
    """Every file in ``folder`` and a hash of its bytes: to show that nothing changed."""
    return {
        path.name: hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.iterdir())
        if path.is_file()
    }


def _officers(path: Path) -> list[str]:
    with sqlite3.connect(path) as connection:
        rows = connection.execute("SELECT service_number FROM officers ORDER BY 1").fetchall()
    return [row[0] for row in rows]


@pytest.fixture
def mission_file(tmp_path: Path) -> Path:
    """A database with one officer, closed, as a user leaves it."""
    path = tmp_path / "site" / "mission.sqlite"
    database = open_database(f"sqlite:///{path}")
    Mission.set_up(database).officer("001")
    with database.transaction() as session:
        add_demo_accounts(session)  # the commands these tests run sign in
    database.close()
    return path


def _add_officer(path: Path, number: str) -> None:
    with open_database(f"sqlite:///{path}") as database, database.transaction() as session:
        add_officers(session, [OfficerInput("KEN", number, "Kamau", "John")], ACTOR)


# --- rotation ------------------------------------------------------------------------------


def _expected(days: list[dt.date], daily: int, weekly: int) -> set[dt.date]:
    """The rule, stated directly: the last `daily` days backed up, and the last day backed
    up in each of the last `weekly` weeks that had a backup."""
    newest_first = sorted(days, reverse=True)
    weeks: list[tuple[int, int]] = []
    for day in newest_first:
        if day.isocalendar()[:2] not in weeks:
            weeks.append(day.isocalendar()[:2])
    last_of_week = {week: max(d for d in days if d.isocalendar()[:2] == week) for week in weeks}
    return set(newest_first[:daily]) | {last_of_week[week] for week in weeks[:weekly]}


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    gaps=st.lists(st.integers(1, 9), min_size=1, max_size=24),
    daily=st.integers(1, 5),
    weekly=st.integers(0, 4),
)
def test_rotation_keeps_the_last_days_and_weeks(
    tmp_path_factory: pytest.TempPathFactory, gaps: list[int], daily: int, weekly: int
) -> None:
    """The app opened on days separated by `gaps`: the folder holds exactly what the rule says."""
    folder = tmp_path_factory.mktemp("rotation")
    database = open_database(f"sqlite:///{folder / 'mission.sqlite'}")
    chosen = BackupSettings(folder=str(folder / "backups"), keep_daily=daily, keep_weekly=weekly)
    day, taken = dt.date(2026, 1, 1), []
    try:
        for gap in gaps:
            day += dt.timedelta(days=gap)
            copy = take_daily_copy(database, chosen, day)
            assert copy is not None and copy.path.name == f"mission-{day.isoformat()}.sqlite"
            taken.append(day)
            kept = {
                dt.date.fromisoformat(path.stem.removeprefix("mission-"))
                for path in (folder / "backups").iterdir()
            }
            assert kept == _expected(taken, daily, weekly)
            assert len(kept) <= daily + weekly
    finally:
        database.close()


def test_a_copy_is_taken_once_a_day_and_again_after_a_change(mission_file: Path) -> None:
    database = open_database(f"sqlite:///{mission_file}")
    today = dt.date(2026, 11, 27)
    first = automatic_backup(database, today)
    assert first is not None and first.path.parent == mission_file.parent / "backups"
    assert automatic_backup(database, today) is None  # nothing changed since
    with database.transaction() as session:
        add_officers(session, [OfficerInput("KEN", "002", "Kamau", "John")], ACTOR)
    second = automatic_backup(database, today)
    assert second is not None and second.path == first.path
    database.close()
    assert _officers(second.path) == ["001", "002"]
    with sqlite3.connect(second.path) as copy:
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert copy.execute("PRAGMA journal_mode").fetchone() == ("delete",)


def test_settings_are_kept_in_the_database_and_audited(mission_file: Path) -> None:
    with open_database(f"sqlite:///{mission_file}") as database:
        with database.transaction() as session:
            assert load_backup_settings(session) == BackupSettings()
            chosen = BackupSettings(folder="/media/usb", keep_daily=3, keep_weekly=8)
            assert save_backup_settings(session, chosen, ADMIN)
            assert not save_backup_settings(session, chosen, ADMIN)
        with database.reading() as session:
            assert load_backup_settings(session) == chosen
        with (
            pytest.raises(InputError, match="Keep at least one daily copy"),
            database.transaction() as session,
        ):
            save_backup_settings(session, BackupSettings(keep_daily=0), ADMIN)
    status, output = run("--db", str(mission_file), "audit", "show", "--limit", "1")
    assert status == 0 and "Changed backup settings" in output


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    status = main(list(argv), out=out)
    return status, out.getvalue()


def test_automatic_backups_can_be_turned_off(mission_file: Path) -> None:
    with open_database(f"sqlite:///{mission_file}") as database:
        with database.transaction() as session:
            save_backup_settings(session, BackupSettings(automatic=False), ADMIN)
        assert automatic_backup(database, dt.date(2026, 11, 27)) is None
    assert not (mission_file.parent / "backups").exists()


# --- backup and restore -------------------------------------------------------------------


def test_restore_puts_the_copy_in_place_and_keeps_the_old_database_aside(
    mission_file: Path, tmp_path: Path
) -> None:
    copy = back_up(mission_file, tmp_path / "friday.sqlite", ADMIN)
    _add_officer(mission_file, "002")
    restored = restore(mission_file, copy, NOW, ADMIN)
    assert _officers(mission_file) == ["001"]
    assert restored.aside == mission_file.with_name("mission.before-restore-20261127-093000.sqlite")
    assert _officers(restored.aside) == ["001", "002"]
    # The restored database opens, verifies and takes new records.
    _add_officer(mission_file, "003")
    assert _officers(mission_file) == ["001", "003"]
    assert run("--db", str(mission_file), "audit", "verify")[0] == 0


def _corrupt(path: Path) -> None:
    """Scribble over the middle of the file, as a failing disk or a bad copy would."""
    data = bytearray(path.read_bytes())
    page = 4096
    for number in range(2, len(data) // page, 3):  # the headers of b-tree pages
        data[number * page : number * page + 12] = b"\xa5" * 12
    path.write_bytes(bytes(data))


@pytest.mark.parametrize(
    ("make_copy", "message"),
    [
        ("corrupt", "is damaged"),
        ("other_sqlite", "is not an MSS Training database"),
        ("text", "is damaged or is not an MSS Training database"),
        ("newer", "written by a newer version"),
        ("missing", "There is no file"),
    ],
)
def test_restore_refuses_what_is_not_a_sound_copy_and_changes_nothing(
    mission_file: Path, tmp_path: Path, make_copy: str, message: str
) -> None:
    copy = tmp_path / "copy.sqlite"
    if make_copy in ("corrupt", "newer"):
        back_up(mission_file, copy, ADMIN)
        if make_copy == "corrupt":
            _corrupt(copy)
        else:
            with sqlite3.connect(copy) as connection:
                connection.execute("UPDATE alembic_version SET version_num = '9999'")
    elif make_copy == "other_sqlite":
        with sqlite3.connect(copy) as connection:
            connection.execute("CREATE TABLE recipes (name TEXT)")
    elif make_copy == "text":
        copy.write_text("service_number,family_name\n001,Kamau\n", encoding="utf-8")
    before = _fingerprint(mission_file.parent)
    with pytest.raises(InputError, match=message):
        restore(mission_file, copy, NOW, ADMIN)
    assert _fingerprint(mission_file.parent) == before
    assert run("--db", str(mission_file), "restore", str(copy))[0] == 1
    assert _fingerprint(mission_file.parent) == before


def test_cli_backup_and_restore(
    mission_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy = tmp_path / "copies" / "before-exercise.sqlite"
    status, output = run("--db", str(mission_file), "backup", str(copy))
    assert status == 0 and f"to {copy}" in output
    assert run("--db", str(mission_file), "backup", str(copy))[0] == 1  # never overwrites
    _add_officer(mission_file, "002")
    monkeypatch.setenv("MSS_TRAINING_USER", "admin")  # restoring is an administrator's
    status, output = run("--db", str(mission_file), "restore", str(copy))
    assert status == 0 and "The database it replaced is kept as" in output
    assert _officers(mission_file) == ["001"]


def test_postgresql_backups_are_refused_with_one_sentence(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    url = "postgresql+psycopg://mss@hq.example/mission"
    for command in (["backup", str(tmp_path / "x.sqlite")], ["restore", str(tmp_path / "x")]):
        assert run("--db", url, *command)[0] == 1
        assert capsys.readouterr().err.strip() == f"mss-training: {POSTGRES_REFUSAL}"


def test_a_database_open_elsewhere_is_backed_up_consistently(
    mission_file: Path, tmp_path: Path
) -> None:
    """The online backup API copies committed data even while another program writes."""
    database: Database = open_database(f"sqlite:///{mission_file}")
    with database.transaction() as session:
        add_officers(session, [OfficerInput("KEN", "002", "Kamau", "John")], ACTOR)
    # The new officer may still be only in the -wal file; the copy must have it.
    copy = back_up(mission_file, tmp_path / "live.sqlite", ADMIN)
    database.close()
    assert _officers(copy) == ["001", "002"]


def test_restore_refuses_a_database_another_program_is_reading(
    mission_file: Path, tmp_path: Path
) -> None:
    copy = back_up(mission_file, tmp_path / "copy.sqlite", ADMIN)
    _add_officer(mission_file, "002")
    other = sqlite3.connect(mission_file)
    try:
        other.execute("BEGIN")
        other.execute("SELECT count(*) FROM officers").fetchone()
        before = _fingerprint(mission_file.parent)
        with pytest.raises(InputError, match="in use by another program"):
            restore(mission_file, copy, NOW, ADMIN)
        assert _fingerprint(mission_file.parent) == before
    finally:
        other.close()
    assert _officers(mission_file) == ["001", "002"]
