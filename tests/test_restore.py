"""Restore and backup are guarded, audited and atomic (issue 13, item 4)."""

import datetime as dt
import hashlib
import io
import sqlite3
from pathlib import Path

import pytest

from mss_training.cli import main
from mss_training.db import open_database
from mss_training.domain import UserRole
from mss_training.services.audit import verify_audit_trail
from mss_training.services.backups import back_up
from mss_training.services.permissions import Actor, PermissionDeniedError
from mss_training.services.restoring import OtherInstallationError, restore
from tests.mission import set_up_for_the_command_line

ADMIN = Actor("admin", UserRole.ADMINISTRATOR)
NOW = dt.datetime(2026, 11, 27, 9, 30)


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    return main(list(argv), out=out), out.getvalue()


def fingerprint(folder: Path) -> dict[str, str]:
    """Every file but SQLite's -wal and -shm (an empty -wal is removed by the last reader)."""
    return {
        path.name: hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.iterdir())
        if path.is_file() and not path.name.endswith(("-wal", "-shm"))
    }


def last_entry(path: Path) -> tuple[str, str, str, str]:
    with sqlite3.connect(path) as connection:
        row = connection.execute(
            "SELECT actor, action, entity, summary FROM audit_log ORDER BY number DESC LIMIT 1"
        ).fetchone()
    return tuple(row)


@pytest.fixture
def site(tmp_path: Path) -> Path:
    path = tmp_path / "site" / "mission.sqlite"
    set_up_for_the_command_line(f"sqlite:///{path}")
    return path


@pytest.fixture
def copy(site: Path, tmp_path: Path) -> Path:
    return back_up(site, tmp_path / "copies" / "friday.sqlite", ADMIN)


@pytest.mark.parametrize(
    "role", [UserRole.COORDINATOR, UserRole.TRAINING_OFFICER, UserRole.COMMANDER]
)
def test_only_an_administrator_restores(site: Path, copy: Path, role: UserRole) -> None:
    before = fingerprint(site.parent)
    with pytest.raises(PermissionDeniedError, match="ask an administrator"):
        restore(site, copy, NOW, Actor("someone", role))
    assert fingerprint(site.parent) == before


def test_the_command_line_restore_needs_an_administrators_sign_in(
    site: Path, copy: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    status, _ = run("--db", str(site), "restore", str(copy))  # as the coordinator
    assert status == 1
    assert "Coordinators cannot restore a backup; ask an administrator." in capsys.readouterr().err
    monkeypatch.setenv("MSS_TRAINING_USER", "admin")
    status, output = run("--db", str(site), "restore", str(copy))
    assert status == 0, output
    assert "the restore is in its audit trail, by admin" in output


@pytest.mark.parametrize(
    ("user", "allowed"),
    [("coordinator", True), ("admin", True), ("trainer", False), ("commander", False)],
)
def test_backup_needs_a_coordinator_or_an_administrator(
    site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, user: str, allowed: bool
) -> None:
    monkeypatch.setenv("MSS_TRAINING_USER", user)
    target = tmp_path / f"{user}.sqlite"
    assert run("--db", str(site), "backup", str(target))[0] == (0 if allowed else 1)
    assert target.exists() == allowed


def test_a_restore_is_audited_in_the_restored_database(site: Path, copy: Path) -> None:
    restored = restore(site, copy, NOW, ADMIN)
    actor, action, entity, summary = last_entry(site)
    assert (actor, action, entity) == ("admin", "restore", "database")
    assert copy.name in summary and f"a copy of {restored.copy.date_text}" in summary
    assert restored.copy.made_at is not None
    with (
        open_database(f"sqlite:///{site}", create=False) as database,
        database.reading() as session,
    ):
        assert verify_audit_trail(session).intact
    # The database it replaced is kept, with no restore entry.
    assert restored.aside is not None and last_entry(restored.aside)[1] != "restore"


def test_another_installations_copy_needs_an_explicit_yes(
    site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = tmp_path / "other" / "mission.sqlite"
    set_up_for_the_command_line(f"sqlite:///{other}")
    before = fingerprint(site.parent)
    with pytest.raises(OtherInstallationError, match="another installation"):
        restore(site, other, NOW, ADMIN)
    monkeypatch.setenv("MSS_TRAINING_USER", "admin")
    assert run("--db", str(site), "restore", str(other))[0] == 1
    assert fingerprint(site.parent) == before
    status, output = run("--db", str(site), "restore", str(other), "--other-installation")
    assert status == 0, output
    assert last_entry(site)[1] == "restore"


def test_restoring_where_the_database_is_missing_signs_in_to_the_copy(
    site: Path, copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    site.unlink()
    monkeypatch.setenv("MSS_TRAINING_USER", "admin")
    status, output = run("--db", str(site), "restore", str(copy))
    assert status == 0, output
    assert last_entry(site)[:2] == ("admin", "restore")
    monkeypatch.setenv("MSS_TRAINING_USER", "coordinator")
    site.unlink()
    assert run("--db", str(site), "restore", str(copy))[0] == 1
    assert not site.exists()  # no empty database left where anyone could add an administrator
