"""Restoring a backup: an administrator's audited act that no crash can leave half done.

The copy is checked, written beside the database under a temporary name, given an audit
entry that says who restored which copy of what date, and synced to disk; only then is it
moved into place with one rename (``os.replace``). Whatever moment the process dies at,
the database's path holds either the old database or the restored one, never nothing.
"""

import contextlib
import datetime as dt
import os
import sqlite3
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from mss_training.db import Database, open_database
from mss_training.db.sqlite_copy import copy_sqlite
from mss_training.errors import InputError, MssError
from mss_training.messages import _
from mss_training.progress import NO_PROGRESS, Progress
from mss_training.services.audit import record_change
from mss_training.services.backups import check_copy, read_only
from mss_training.services.permissions import Actor, Permission, require

COMPANIONS = ("-wal", "-shm", "-journal")


class OtherInstallationError(InputError):
    """The copy belongs to another installation; restoring it needs an explicit yes."""


@dataclass(frozen=True)
class CopyFacts:
    """What a backup copy is: whose, and of when (its newest audit entry)."""

    installation: uuid.UUID | None
    site_name: str
    made_at: dt.datetime | None

    @property
    def date_text(self) -> str:
        return f"{self.made_at:%Y-%m-%d %H:%M} UTC" if self.made_at else "an unknown date"


def _facts_of(connection: sqlite3.Connection) -> CopyFacts:
    row = connection.execute(
        "SELECT sites.uid, sites.name FROM installation "
        "JOIN sites ON sites.id = installation.site_id WHERE installation.id = 1"
    ).fetchone()
    newest = connection.execute("SELECT max(at) FROM audit_log").fetchone()[0]
    made_at = None
    with contextlib.suppress(TypeError, ValueError):
        made_at = dt.datetime.fromisoformat(str(newest)).replace(tzinfo=dt.UTC)
    if row is None:
        return CopyFacts(None, "", made_at)
    return CopyFacts(uuid.UUID(str(row[0])), str(row[1]), made_at)


def describe_copy(copy: Path) -> CopyFacts:
    """Check ``copy`` and say whose it is and of when; InputError when it is not sound."""
    check_copy(copy)
    with read_only(copy) as connection:
        return _facts_of(connection)


def installation_at(path: Path) -> uuid.UUID | None:
    """The installation whose database is at ``path``, or None (none there, or unreadable)."""
    if not path.is_file():
        return None
    try:
        with read_only(path) as connection:
            return _facts_of(connection).installation
    except (sqlite3.DatabaseError, MssError):
        return None


def _sync(path: Path) -> None:
    """Flush a file (or a folder's entries) to disk: a rename is durable only after this."""
    flags = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) if path.is_dir() else os.O_RDONLY
    try:
        descriptor = os.open(path, flags)
    except OSError:
        return  # Windows cannot open a folder; its renames are flushed by the file system
    try:
        os.fsync(descriptor)
    except OSError:
        # A copy that may not be on disk must not be moved into place; a folder some file
        # systems cannot flush is no reason to undo a rename that has happened.
        if not path.is_dir():
            raise
    finally:
        os.close(descriptor)


def _remove(path: Path) -> None:
    for name in ("", *COMPANIONS):
        with contextlib.suppress(FileNotFoundError):
            path.with_name(path.name + name).unlink()


def _take_out_of_use(database_path: Path) -> None:
    """Fold the -wal file into the database and make sure no other program has it open.

    Leaving WAL mode needs the only connection to the file, so it fails while the app or
    another program uses the database: better refuse than replace a file someone writes.
    A damaged database cannot be opened at all: it is replaced as it is.
    """
    in_use = InputError(
        _(
            "{database_path} is in use by another program; close it and try again. "
            "Nothing was changed."
        ).format(database_path=database_path)
    )
    try:
        with contextlib.closing(sqlite3.connect(database_path, timeout=2)) as connection:
            mode = connection.execute("PRAGMA journal_mode = DELETE").fetchone()
    except sqlite3.OperationalError as error:
        if "locked" in str(error) or "busy" in str(error):
            raise in_use from error
        return
    except sqlite3.DatabaseError:
        return
    if mode is None or str(mode[0]).lower() != "delete":
        raise in_use


def _keep_aside(database_path: Path, aside: Path) -> None:
    """A second name for the database being replaced (a hard link: instant, no copy), and
    its -wal and -shm moved beside it, so that none is applied to the restored file."""
    try:
        os.link(database_path, aside)
    except OSError:
        with read_only(database_path) as source:
            copy_sqlite(source, aside)
    for suffix in COMPANIONS:
        companion = database_path.with_name(database_path.name + suffix)
        if companion.exists():
            companion.replace(aside.with_name(aside.name + suffix))


@dataclass(frozen=True)
class Restored:
    aside: Path | None  # where the database that was replaced is kept
    copy: CopyFacts
    actor: str


SignIn = Callable[[Database], Actor]


def check_restore(database_path: Path, copy: Path, *, other_installation: bool) -> CopyFacts:
    """What ``copy`` is, refusing one that is not sound, is the database itself, or (unless
    ``other_installation``) belongs to another installation; changes nothing."""
    facts = describe_copy(copy)
    if database_path.exists() and copy.resolve() == database_path.resolve():
        raise InputError(
            _("{copy} is the database itself; choose a backup copy.").format(copy=copy)
        )
    current = installation_at(database_path)
    if current is not None and facts.installation != current and not other_installation:
        raise OtherInstallationError(
            _(
                "{copy} is a copy of another installation ({site_name}, {installation}), "
                "not of this database ({current}); restoring it gives this computer that "
                "installation's identity. Say so explicitly (--other-installation) to "
                "restore it anyway. Nothing was changed."
            ).format(
                copy=copy,
                site_name=facts.site_name or _("unnamed"),
                installation=facts.installation,
                current=current,
            )
        )
    return facts


def restore(
    database_path: Path,
    copy: Path,
    now: dt.datetime,
    actor: Actor | None,
    *,
    sign_in_to_copy: SignIn | None = None,
    other_installation: bool = False,
    progress: Progress = NO_PROGRESS,
) -> Restored:
    """Put ``copy`` in place of the database, keeping the current one aside, as ``actor``.

    ``actor`` signed in to the database being replaced; when that one cannot be opened
    (missing or damaged), pass None and ``sign_in_to_copy``, which signs in to the copy.
    Either way only an administrator may restore. A copy of another installation is
    refused unless ``other_installation``. On any problem nothing changes. The database
    must not be open in this process (the app closes its own first).
    """
    if actor is not None:
        require(actor, Permission.RESTORE)
    facts = check_restore(database_path, copy, other_installation=other_installation)
    current = installation_at(database_path)
    other = current is not None and facts.installation != current
    if database_path.exists():
        _take_out_of_use(database_path)
    staged = database_path.with_name(f".{database_path.stem}-restoring{database_path.suffix}")
    _remove(staged)
    aside = _aside_name(database_path, now)
    try:
        progress.step(1, 5, _("Copying the backup"))
        with read_only(copy) as source:
            copy_sqlite(source, staged)
        progress.step(2, 5, _("Recording the restore in its audit trail"))
        who = _record_restore(staged, copy, facts, actor, sign_in_to_copy, other)
        _to_rollback_journal(staged)
        _sync(staged)
        progress.step(3, 5, _("Keeping the current database aside"))
        kept = None
        if database_path.exists():
            _take_out_of_use(database_path)  # again: someone may have opened it meanwhile
            _keep_aside(database_path, aside)
            kept = aside
        progress.step(4, 5, _("Putting the copy in place"))
        staged.replace(database_path)
        _sync(database_path.parent)
        progress.step(5, 5, _("Restored"))
    except (OSError, sqlite3.DatabaseError) as error:
        _remove(staged)
        raise InputError(
            _("Cannot restore {copy} over {database_path}: {error}; nothing was changed.").format(
                copy=copy, database_path=database_path, error=error
            )
        ) from error
    except BaseException:
        _remove(staged)
        raise
    return Restored(kept, facts, who)


def _aside_name(database_path: Path, now: dt.datetime) -> Path:
    """``<name>.before-restore-<stamp>.sqlite``, numbered when that name is taken."""
    stem = f"{database_path.stem}.before-restore-{now:%Y%m%d-%H%M%S}"
    aside = database_path.with_name(stem + database_path.suffix)
    number = 1
    while aside.exists():
        number += 1
        aside = database_path.with_name(f"{stem}-{number}{database_path.suffix}")
    return aside


def _record_restore(
    staged: Path,
    copy: Path,
    facts: CopyFacts,
    actor: Actor | None,
    sign_in_to_copy: SignIn | None,
    other: bool,
) -> str:
    """Open the staged copy (upgrading it if it is older) and audit the restore in it."""
    with open_database(f"sqlite:///{staged}", create=False) as database:
        if actor is None:
            if sign_in_to_copy is None:
                raise InputError(_("Sign in as an administrator to restore a backup."))
            actor = sign_in_to_copy(database)
            require(actor, Permission.RESTORE)
        with database.transaction() as session:
            record_change(
                session,
                actor=actor.username,
                action="restore",
                entity="database",
                summary=f"Restored the backup {copy.name}, a copy of {facts.date_text}",
                after={
                    "copy": str(copy),
                    "copy_made_at": facts.made_at.isoformat() if facts.made_at else None,
                    "other_installation": other,
                },
            )
    return actor.username


def _to_rollback_journal(path: Path) -> None:
    """Fold the staged file's -wal in, so that it is one self-contained file to move."""
    with contextlib.closing(sqlite3.connect(path)) as connection:
        connection.execute("PRAGMA journal_mode = DELETE").fetchone()
