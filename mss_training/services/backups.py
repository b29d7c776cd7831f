"""Backups of a SQLite database: on demand, automatic and rotating (restoring: restoring.py).

Automatic copies are named ``<database>-<YYYY-MM-DD>.sqlite`` in the backup folder, one
per day: the app takes today's when it opens or closes, if there is none yet or the
database changed since. Rotation keeps the newest copy of each of the last N days that
have one, and the newest of each of the last M ISO weeks that have one. Other files in
the folder (copies made before an upgrade or by hand) are never touched.

PostgreSQL (mission HQ) is backed up with pg_dump, not here (docs/hq-postgresql.md).
"""

import contextlib
import datetime as dt
import re
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import make_url

from mss_training.db import Database
from mss_training.db.database import known_revisions
from mss_training.db.sqlite_copy import copy_sqlite
from mss_training.errors import InputError
from mss_training.messages import N_, _
from mss_training.services.permissions import Actor, Permission, require
from mss_training.services.settings import BackupSettings, load_backup_settings

POSTGRES_REFUSAL = N_(
    "This database is on PostgreSQL, whose backups are pg_dump's job "
    "(see docs/hq-postgresql.md); MSS Training backs up SQLite files only."
)
MSS_TABLES = {"alembic_version", "installation", "sites", "officers", "audit_log"}


def database_file(url: str) -> Path:
    """The SQLite file behind ``url``, or a plain refusal for PostgreSQL."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        raise InputError(_(POSTGRES_REFUSAL))
    if not parsed.database or parsed.database == ":memory:":
        raise InputError(_("A database in memory cannot be backed up."))
    return Path(parsed.database)


def backup_folder(database_path: Path, settings: BackupSettings) -> Path:
    """Where automatic copies go: the chosen folder, else ``backups`` beside the database."""
    if settings.folder:
        return Path(settings.folder).expanduser()
    return database_path.parent / "backups"


@contextlib.contextmanager
def read_only(path: Path) -> Iterator[sqlite3.Connection]:
    """A read-only connection to ``path`` that never creates the file."""
    if not path.is_file():
        raise InputError(_("There is no file {path}.").format(path=path))
    connection = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True, timeout=15)
    try:
        yield connection
    finally:
        connection.close()


def back_up(database_path: Path, target: Path, actor: Actor) -> Path:
    """Copy the database to ``target`` (a new file) with SQLite's online backup.

    A copy holds every contingent's records: only coordinators and administrators.
    """
    require(actor, Permission.BACK_UP)
    if target.exists():
        raise InputError(
            _("{target} already exists; choose a new file name.").format(target=target)
        )
    try:
        with read_only(database_path) as source:
            return copy_sqlite(source, target)
    except sqlite3.DatabaseError as error:
        raise InputError(
            _("Cannot back up {database_path}: {error}.").format(
                database_path=database_path, error=error
            )
        ) from error
    except OSError as error:
        raise InputError(
            _("Cannot write {target}: {strerror}.").format(
                target=target, strerror=error.strerror or error
            )
        ) from error


# --- automatic, rotating copies ----------------------------------------------------------


def copies_to_keep(days: Iterable[dt.date], keep_daily: int, keep_weekly: int) -> set[dt.date]:
    """Which daily copies rotation keeps: the last ``keep_daily`` days that have one, and the
    newest copy of each of the last ``keep_weekly`` ISO weeks that have one."""
    newest_first = sorted(set(days), reverse=True)
    kept = set(newest_first[:keep_daily])
    weeks: dict[tuple[int, int], dt.date] = {}
    for day in newest_first:
        weeks.setdefault(day.isocalendar()[:2], day)
    kept.update(list(weeks.values())[:keep_weekly])
    return kept


def _daily_copies(folder: Path, database_path: Path) -> dict[dt.date, Path]:
    pattern = re.compile(
        rf"{re.escape(database_path.stem)}-(\d{{4}}-\d{{2}}-\d{{2}}){re.escape(database_path.suffix)}"
    )
    copies: dict[dt.date, Path] = {}
    with contextlib.suppress(FileNotFoundError):
        for path in folder.iterdir():
            match = pattern.fullmatch(path.name)
            if match:
                with contextlib.suppress(ValueError):
                    copies[dt.date.fromisoformat(match.group(1))] = path
    return copies


def _last_change(database_path: Path) -> float:
    """When the database last changed: writes in WAL mode touch the -wal file first."""
    times = [
        path.stat().st_mtime
        for path in (database_path, database_path.with_name(database_path.name + "-wal"))
        if path.exists()
    ]
    return max(times, default=0.0)


@dataclass(frozen=True)
class BackupTaken:
    path: Path
    removed: tuple[Path, ...]  # older copies rotation deleted


def take_daily_copy(
    database: Database, settings: BackupSettings, today: dt.date, *, force: bool = False
) -> BackupTaken | None:
    """Copy the database as today's copy and rotate, if due (or ``force``); else None.

    Due means there is no copy for today yet, or the database changed since it was made.
    """
    database_path = database_file(database.url)
    folder = backup_folder(database_path, settings)
    copies = _daily_copies(folder, database_path)
    existing = copies.get(today)
    if (
        not force
        and existing is not None
        and existing.stat().st_mtime >= _last_change(database_path)
    ):
        return None
    target = folder / f"{database_path.stem}-{today.isoformat()}{database_path.suffix}"
    try:
        with database.engine.connect() as connection:
            source = connection.connection.driver_connection
            assert isinstance(source, sqlite3.Connection)
            copy_sqlite(source, target)
            connection.rollback()
    except OSError as error:
        raise InputError(
            _("Cannot write the backup in {folder}: {strerror}.").format(
                folder=folder, strerror=error.strerror or error
            )
        ) from error
    copies[today] = target
    keep = copies_to_keep(copies, settings.keep_daily, settings.keep_weekly) | {today}
    removed = []
    for day, path in sorted(copies.items()):
        if day not in keep:
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
                removed.append(path)
    return BackupTaken(target, tuple(removed))


# --- restoring ---------------------------------------------------------------------------


def check_copy(copy: Path) -> str:
    """Check that ``copy`` is an undamaged MSS Training database; return its schema revision."""
    try:
        with read_only(copy) as connection:
            problems = [row[0] for row in connection.execute("PRAGMA integrity_check")]
            if problems != ["ok"]:
                raise InputError(
                    _(
                        "{copy} is damaged (SQLite's integrity check says: {problems}); nothing "
                        "was changed."
                    ).format(copy=copy, problems=problems[0])
                )
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
            if not tables >= MSS_TABLES:
                raise InputError(
                    _("{copy} is not an MSS Training database; nothing was changed.").format(
                        copy=copy
                    )
                )
            revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as error:
        raise InputError(
            _(
                "{copy} is damaged or is not an MSS Training database ({error}); nothing "
                "was changed."
            ).format(copy=copy, error=error)
        ) from error
    if revision is None or revision[0] not in known_revisions():
        raise InputError(
            _(
                "{copy} was written by a newer version of MSS Training; install it to "
                "restore this copy. Nothing was changed."
            ).format(copy=copy)
        )
    return str(revision[0])


def automatic_backup(database: Database, today: dt.date) -> BackupTaken | None:
    """Take today's copy if automatic backups are on and one is due (SQLite only)."""
    if not database.is_sqlite:
        return None
    with database.reading() as session:
        settings = load_backup_settings(session)
    if not settings.automatic:
        return None
    return take_daily_copy(database, settings, today)
