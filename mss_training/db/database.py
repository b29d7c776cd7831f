"""Open a database: connect, check its schema version, upgrade it, and hand out units of work.

Opening a current database reads Core tables alone (db/tables/): the ORM, its mapping of
every class and the row ledger's writer are imported only where a new database is made or
an old one upgraded, and by the first Session asked for, so that a command reading on a
Connection (``reading_connection``) never imports them.
"""

import contextlib
import datetime as dt
import functools
import re
import sqlite3
import time
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import (
    Connection,
    Engine,
    create_engine,
    event,
    inspect,
    literal,
    make_url,
    select,
)
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError

from mss_training.db.readers import Reader
from mss_training.db.sqlite_copy import copy_sqlite
from mss_training.db.tables import installation, metadata
from mss_training.domain import UNNAMED_SITE, SiteRole
from mss_training.errors import DatabaseAccessError
from mss_training.messages import _

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy.orm import Session, sessionmaker

BUSY_TIMEOUT_MS = 15_000


def migrations_config(connection: Connection | None = None) -> "Config":
    from alembic.config import Config

    config = Config()
    location = resources.files("mss_training.db") / "migrations"
    config.set_main_option("script_location", str(location))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


# Each migration script names itself and the one before it on lines of their own.
_REVISION_LINE = re.compile(r'^(down_revision|revision)\s*:[^=]*=\s*(?:"([^"]*)"|None)\s*$', re.M)


@functools.cache
def _revision_links() -> dict[str, str | None]:
    """Each migration's revision and the one it follows, read from the scripts' text.

    Alembic itself (its import and its reading of every script) costs a command a fifth of
    a second; opening a database that is already current needs only these two names per
    script, so Alembic is imported only to upgrade (tests/test_storage.py checks that this
    reading agrees with Alembic's).
    """
    links: dict[str, str | None] = {}
    versions = resources.files("mss_training.db") / "migrations" / "versions"
    for script in versions.iterdir():
        if not script.name.endswith(".py") or script.name.startswith("__"):
            continue
        names = {
            key: value or None
            for key, value in _REVISION_LINE.findall(script.read_text(encoding="utf-8"))
        }
        links[names["revision"] or ""] = names.get("down_revision")
    return links


# The migration scripts ship with the program and do not change while it runs.
@functools.cache
def head_revision() -> str:
    links = _revision_links()
    heads = set(links) - {before for before in links.values() if before}
    assert len(heads) == 1, heads
    return heads.pop()


@functools.cache
def known_revisions() -> frozenset[str]:
    return frozenset(_revision_links())


def _current_revision(connection: Connection) -> str | None:
    """The schema revision Alembic stamped in the database, or None for a new one."""
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()


def _use_wal(cursor: sqlite3.Cursor) -> None:
    """Switch the file to write-ahead logging, once, waiting for others if need be.

    Changing the journal mode needs the file to itself, and SQLite answers "locked" at
    once rather than through the busy timeout while another program opens it too (two
    laptops' worth of processes creating one new database, say).
    """
    if str(cursor.execute("PRAGMA journal_mode").fetchone()[0]).lower() == "wal":
        return
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            cursor.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def _configure_sqlite(engine: Engine) -> None:
    """Pragmas for every connection, and transactions SQLAlchemy begins itself.

    pysqlite's own transaction handling would begin lazily and never as IMMEDIATE; a
    writer that starts deferred and later needs the write lock can fail at once with
    "database is locked" whatever the busy timeout, so writes begin IMMEDIATE.
    """

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        _use_wal(cursor)
        cursor.execute("PRAGMA synchronous = NORMAL")
        # A mission's results index is tens of megabytes; SQLite's default 2 MB page cache
        # would reread it from the OS on every readiness query.
        cursor.execute("PRAGMA cache_size = -65536")
        cursor.execute("PRAGMA temp_store = MEMORY")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        write = connection.get_execution_options().get("mss_write", False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


def describe_problem(error: BaseException, where: str) -> str:
    """One plain sentence for an error the environment caused, or an empty string for a bug."""
    text = str(getattr(error, "orig", error)).lower()
    if "database is locked" in text or "database table is locked" in text:
        return _(
            "The database {where} is busy with another program or user; try again in a moment."
        ).format(where=where)
    if "file is not a database" in text or "malformed" in text:
        return _("{where} is damaged or is not an MSS Training database.").format(where=where)
    if "unable to open database" in text or "readonly database" in text:
        return _(
            "The database {where} cannot be opened for writing; check the folder's permissions."
        ).format(where=where)
    if "disk i/o error" in text or "database or disk is full" in text:
        return _(
            "The disk holding {where} failed or is full; free some space and try again."
        ).format(where=where)
    if "connection" in text or "could not translate host" in text or "timeout expired" in text:
        return _("Cannot reach the database {where}: {reason}").format(
            where=where, reason=str(getattr(error, "orig", error)).strip()
        )
    return ""


@dataclass
class Database:
    """An open database: the engine, where it is, and units of work on it."""

    url: str
    engine: Engine
    display_name: str

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @cached_property
    def _reads(self) -> "sessionmaker[Session]":
        from sqlalchemy.orm import sessionmaker

        return sessionmaker(bind=self.engine, expire_on_commit=False)

    @cached_property
    def _writes(self) -> "sessionmaker[Session]":
        from sqlalchemy.orm import sessionmaker

        writes_engine = self.engine.execution_options(mss_write=True)
        return sessionmaker(bind=writes_engine, expire_on_commit=False)

    @contextlib.contextmanager
    def transaction(self) -> "Iterator[Session]":
        """One unit of work that writes: committed as a whole, or not at all."""
        with self._translate_errors(), self._writes() as session, session.begin():
            yield session

    @contextlib.contextmanager
    def rehearsal(self) -> "Iterator[Session]":
        """A unit of work whose writes are all undone at its end: an exact preview."""
        with self._translate_errors(), self._writes() as session:
            session.begin()
            try:
                yield session
            finally:
                session.rollback()

    @contextlib.contextmanager
    def reading(self) -> "Iterator[Session]":
        """One unit of work that only reads, on a consistent snapshot."""
        with self._translate_errors(), self._reads() as session, session.begin():
            yield session

    @contextlib.contextmanager
    def reading_connection(self) -> Iterator[Connection]:
        """As ``reading``, on a Connection, for services that read Core tables alone."""
        with self._translate_errors(), self.engine.connect() as connection, connection.begin():
            yield connection

    @contextlib.contextmanager
    def _translate_errors(self) -> Iterator[None]:
        try:
            yield
        except (DBAPIError, sqlite3.DatabaseError) as error:
            message = describe_problem(error, self.display_name)
            if not message:
                raise
            raise DatabaseAccessError(message) from error

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> "Database":
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


def _display_name(url: str) -> str:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return parsed.database or "(in memory)"
    return parsed.render_as_string(hide_password=True)


def _engine_for(url: str) -> Engine:
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise DatabaseAccessError(
            _("{url!r} is neither a file path nor a database URL.").format(url=url)
        ) from None
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(parsed, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        _configure_sqlite(engine)
        return engine
    if backend == "postgresql":
        try:
            return create_engine(parsed, pool_pre_ping=True)
        except ImportError:
            # Laptops on SQLite install without the PostgreSQL driver (the ``hq`` extra).
            raise DatabaseAccessError(
                _(
                    "PostgreSQL needs its driver, which this installation lacks: "
                    "install MSS Training with the hq extra (pip install 'mss-training[hq]')."
                )
            ) from None
    raise DatabaseAccessError(
        _("{backend} databases are not supported; use a SQLite file or PostgreSQL.").format(
            backend=backend
        )
    )


def _backup_sqlite(database_path: str, revision: str) -> Path:
    """Copy the database beside itself with SQLite's online backup before an upgrade.

    The caller holds the write lock, so the copy is read on a connection of its own
    (the locked one cannot be its source) and shows the database as it was committed.
    """
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S")
    path = Path(database_path)
    target = path.with_name(f"{path.stem}.before-upgrade-{revision}-{stamp}{path.suffix}")
    with contextlib.closing(sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000)) as source:
        copy_sqlite(source, target)
    return target


def _holds_records(connection: Connection, besides: set[str]) -> bool:
    """Whether any table but ``besides`` (and Alembic's) has a row."""
    skipped = besides | {"alembic_version"}
    return any(
        connection.scalar(select(literal(1)).select_from(table).limit(1)) is not None
        for table in metadata.sorted_tables
        if table.name not in skipped
    )


def _trail_length(connection: Connection) -> int | None:
    """How many entries the audit trail's signed head counts, or None with no identity."""
    return connection.scalar(select(installation.c.audit_entries))


def _identity_problem(connection: Connection, where: str, entries: int | None) -> str | None:
    """Why the database's identity or trail cannot be trusted, in one sentence, or None.

    ``entries`` is ``_trail_length``. A new identity is made only for a database with no
    records at all: one whose identity was deleted while its records stayed would
    otherwise pass for a new installation with an empty, intact trail.
    """
    if entries is None:
        if _holds_records(connection, {"installation"}):
            return _(
                "{where} holds records but no site identity: its identity and audit "
                "trail were deleted behind the app's back. Restore a backup "
                "(`mss-training restore`)."
            ).format(where=where)
        return None
    if entries == 0 and _holds_records(connection, {"installation", "sites", "audit_log"}):
        return _(
            "{where} holds records but its audit trail was emptied behind the app's "
            "back. Restore a backup (`mss-training restore`)."
        ).format(where=where)
    # Imported here: the keystore reads the Core tables of this package, so importing it
    # while the package initialises would be circular (the installed wheel starts cold).
    from mss_training.keystore import pin_problem

    return pin_problem(connection)


def _ensure_installation(connection: Connection, site_name: str | None, role: SiteRole) -> bool:
    """Give a new database its own site identity, once (its key goes to this computer's
    store); say whether it was given now."""
    # The signing code (cryptography's Ed25519) is imported only here, where a new identity
    # is made: opening a current database to read needs none of it.
    from sqlalchemy.orm import Session

    from mss_training.audit_chain import GENESIS, sign_head
    from mss_training.models import Installation, Site
    from mss_training.signing import new_key_pair

    with Session(bind=connection) as session:
        if session.scalar(select(Installation)) is not None:
            return False
        private_key, public_key = new_key_pair()
        site = Site(
            name=(site_name or "").strip() or UNNAMED_SITE,
            role=role.value,
            public_key=public_key,
        )
        session.add(site)
        session.flush()
        session.add(
            Installation(
                id=1,
                site_id=site.id,
                audit_entries=0,
                audit_head=GENESIS,
                audit_head_signature=sign_head(private_key, 0, GENESIS),
            )
        )
        session.flush()
        from mss_training.keystore import save_key  # circular at import: see above

        save_key(site.uid, private_key)
    return True


def _seal_every_row(connection: Connection, summary: str) -> None:
    """One audit entry sealing every stored row, signed with this installation's key."""
    from sqlalchemy.orm import Session

    from mss_training.db.ledger import seal, touched_everything

    # The audit service sits above db/; only this step of opening needs it.
    from mss_training.services.audit import record_change

    with Session(bind=connection) as session:
        touched_everything(session)
        record_change(
            session, actor="mss-training", action="ledger.baseline", entity="ledger",
            summary=summary,
        )  # fmt: skip
        seal(session)


@dataclass(frozen=True)
class SchemaState:
    current: str | None
    head: str

    @property
    def is_current(self) -> bool:
        return self.current == self.head


def _check_schema(connection: Connection, where: str) -> SchemaState:
    current = _current_revision(connection)
    head = head_revision()
    if current is None:
        tables = set(inspect(connection).get_table_names()) - {"alembic_version"}
        if tables:
            raise DatabaseAccessError(
                _("{where} holds other data and is not an MSS Training database.").format(
                    where=where
                )
            )
    elif current not in known_revisions():
        raise DatabaseAccessError(
            _(
                "{where} was written by a newer version of MSS Training (schema "
                "{current}); install the newer version to open it."
            ).format(where=where, current=current)
        )
    return SchemaState(current, head)


def open_database(
    url: str,
    *,
    site_name: str | None = None,
    site_role: SiteRole = SiteRole.SITE,
    create: bool = True,
) -> Database:
    """Open (creating or upgrading as needed) the database at ``url``.

    A SQLite file is copied beside itself before an upgrade. A database written by a
    newer program is refused, and so is one that belongs to something else, and one whose
    identity or audit trail was wiped or whose key pair was swapped. Only ``create``
    makes a new database where there is none (``init``, ``demo``, the window's new one).
    """
    engine = _engine_for(url)
    where = _display_name(url)
    missing = DatabaseAccessError(
        _(
            "There is no database at {where}; make one with `mss-training init "
            "--admin-user NAME` (or `mss-training demo`)."
        ).format(where=where)
    )
    if engine.dialect.name == "sqlite" and not create:
        path = make_url(url).database
        if path and path != ":memory:" and not Path(path).exists():
            engine.dispose()
            raise missing
    try:
        with engine.connect() as connection:
            state = _check_schema(connection, where)
            if state.current is None and not create:
                raise missing
            # Only a new or older database is written to on opening, so that one busy
            # with another writer can still be read.
            entries = _trail_length(connection) if state.is_current else None
            if entries is None:
                connection.rollback()
                connection.execution_options(mss_write=True)
                with connection.begin():
                    # Under the write lock, look again: another program opening the same
                    # file at the same moment may have upgraded it already, and only one
                    # may back it up (they would write the same backup file).
                    state = _check_schema(connection, where)
                    upgrading = state.current is not None and not state.is_current
                    # The copy is made before any migration runs: 0008 moves the signing
                    # key out of the file, and the copy must still hold the database whole.
                    if upgrading and engine.dialect.name == "sqlite":
                        _backup_sqlite(make_url(url).database or "", state.current or "")
                    if not state.is_current:
                        from alembic import command

                        command.upgrade(migrations_config(connection), "head")
                    problem = _identity_problem(connection, where, _trail_length(connection))
                    if problem:
                        raise DatabaseAccessError(problem)
                    if _ensure_installation(connection, site_name, site_role):
                        _seal_every_row(connection, "Created this installation's identity.")
                    elif upgrading:
                        # A migration may add a column, which changes every row's digest
                        # (db/row_digests.py); the first upgrade to the row ledger has no
                        # digests at all. Either way the rows are sealed anew, as they are.
                        _seal_every_row(
                            connection,
                            f"Sealed every stored record in the audit trail after the upgrade "
                            f"to schema {state.head}: changes made before it cannot be told "
                            "apart.",
                        )
                entries = _trail_length(connection)
            # A current database's identity is checked in the snapshot its schema was read
            # in: one transaction for the whole check.
            problem = _identity_problem(connection, where, entries)
            connection.rollback()
            if problem:
                raise DatabaseAccessError(problem)
    except (DBAPIError, sqlite3.DatabaseError) as error:
        engine.dispose()
        message = describe_problem(error, where)
        if isinstance(error, OperationalError) and not message:
            message = _("Cannot open the database {where}: {reason}").format(
                where=where, reason=str(error.orig).strip()
            )
        if not message:
            raise
        raise DatabaseAccessError(message) from error
    except DatabaseAccessError:
        engine.dispose()
        raise
    return Database(url=url, engine=engine, display_name=where)


def installation_site_id(session: Reader) -> int:
    """The local id of this database's own site."""
    site_id = session.scalar(select(installation.c.site_id).where(installation.c.id == 1))
    if site_id is None:
        raise DatabaseAccessError(
            _("This database has no site identity; open it with MSS Training.")
        )
    return site_id
