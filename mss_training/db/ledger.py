"""The row ledger's write side: which rows a transaction touched, sealed at its commit.

ORM flushes are tracked by themselves (``after_flush``). Core statements (``insert_rows``,
``insert()``, ``update()``, ``delete()``) bypass the ORM, so whoever runs one says which
rows it wrote with ``touched`` (or ``touched_range`` after a bulk insert). At commit the
touched rows are read back with the table's digest SQL (row_digests.py) and the digests
go into the transaction's last audit entry before it is hashed and signed; the audit
service leaves a *sealer* for that entry in ``session.info``. A transaction that wrote
covered rows and no audit entry is a bug, and raises.
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import (
    Connection,
    Delete,
    Insert,
    Table,
    Update,
    event,
    inspect,
    literal_column,
    select,
    tuple_,
)
from sqlalchemy.orm import Session, UOWTransaction
from sqlalchemy.sql import FromClause

from mss_training.db import effective_passes, row_digests
from mss_training.db.id_runs import long_runs
from mss_training.db.row_digests import ABSENT, DIGEST_SIZE, FOLDED, TableDigests

_TOUCHED = "mss_ledger_touched"
SEALER = "mss_ledger_sealer"  # set by the audit service: a callable taking the blob
_CHUNK = 500


@dataclass
class _Touched:
    ids: set[Any] = field(default_factory=set)
    ranges: list[tuple[int, int]] = field(default_factory=list)  # first, last (inclusive)
    everything: bool = False


def _tracked(session: Session) -> dict[str, _Touched]:
    touched: dict[str, _Touched] = session.info.setdefault(_TOUCHED, {})
    return touched


def _ledger_name(table: Table | str) -> str | None:
    name = table if isinstance(table, str) else table.name
    if name in row_digests.EXEMPT or name in FOLDED:
        return None
    return name


def touched(session: Session, table: FromClause | str, keys: Iterable[Any]) -> None:
    """Say that this transaction wrote (inserted, changed or deleted) these rows.

    ``keys`` are primary keys: ids, or tuples for a table keyed by several columns. For a
    folded table (officer_roles) give the parent's ids (the officers').
    """
    name = table if isinstance(table, str) else str(getattr(table, "name", ""))
    if name in FOLDED:
        name = FOLDED[name][0]
    name = _ledger_name(name) or ""
    if name:
        _tracked(session).setdefault(name, _Touched()).ids.update(keys)


def touched_range(session: Session, table: Table | str, first: int, last: int) -> None:
    """Say that this transaction wrote the rows with ids ``first`` to ``last`` inclusive."""
    name = _ledger_name(table)
    if name and last >= first:
        _tracked(session).setdefault(name, _Touched()).ranges.append((first, last))


def execute_tracked(
    session: Session,
    statement: Insert | Update | Delete,
    parameters: list[dict[str, Any]] | dict[str, Any] | None = None,
) -> list[Any]:
    """Run a Core ``insert()``, ``update()`` or ``delete()`` and register the rows it wrote.

    The statement gets a RETURNING of the table's key (of the parent's, for a folded
    table), which SQLite and PostgreSQL both answer; the keys are returned.
    """
    table = statement.table
    assert isinstance(table, Table)
    if table.name in FOLDED:
        columns = [table.c[FOLDED[table.name][1]]]
    else:
        columns = list(table.primary_key.columns)
    result = session.execute(statement.returning(*columns), parameters)
    keys = [row[0] if len(columns) == 1 else tuple(row) for row in result]
    touched(session, table, keys)
    return keys


def touched_everything(session: Session) -> None:
    """Seal every row of every covered table (the baseline after an upgrade)."""
    for table in row_digests.covered_tables():
        _tracked(session).setdefault(table.name, _Touched()).everything = True


def has_touched(session: Session) -> bool:
    return bool(session.info.get(_TOUCHED))


@event.listens_for(Session, "after_flush")
def _after_flush(session: Session, _flush: UOWTransaction) -> None:
    for changed, objects in ((False, session.new), (True, session.dirty), (False, session.deleted)):
        for instance in objects:
            mapper = inspect(instance).mapper
            table = mapper.local_table
            if not isinstance(table, Table):
                continue
            if table.name in FOLDED:
                parent, key = FOLDED[table.name]
                touched(session, parent, [getattr(instance, key)])
                continue
            key_values = mapper.primary_key_from_instance(instance)
            if any(value is None for value in key_values):
                continue
            if changed and not _changes_sealed_columns(instance, table.name):
                continue  # nothing changed after all, or only a sign-in's counters
            touched(session, table, [key_values[0] if len(key_values) == 1 else tuple(key_values)])


def _changes_sealed_columns(instance: object, table: str) -> bool:
    """Whether a changed object changed a column the seal covers (values set to what they
    were, or only the columns it leaves out, are no change to seal)."""
    unsealed = set(row_digests.EXCLUDED_COLUMNS.get(table, ()))
    state = inspect(instance)
    changed = {attr.key for attr in state.attrs if attr.history.has_changes()}
    return bool(changed - unsealed)


@event.listens_for(Session, "before_commit")
def _before_commit(session: Session) -> None:
    seal(session)


@event.listens_for(Session, "after_soft_rollback")
def _after_rollback(session: Session, _previous: object) -> None:
    session.info.pop(_TOUCHED, None)
    session.info.pop(SEALER, None)


def seal(session: Session) -> None:
    """Put the digests of every touched row into the transaction's last audit entry.

    Runs at commit by itself; call it only where a session does not own its
    transaction (opening a database, inside its connection's transaction).
    """
    session.flush()
    touched_tables = session.info.pop(_TOUCHED, None)
    sealer: Callable[[bytes], None] | None = session.info.pop(SEALER, None)
    if not touched_tables:
        return
    if sealer is None:
        raise RuntimeError(
            "This transaction wrote rows of "
            + ", ".join(sorted(touched_tables))
            + " without an audit entry (services.audit.record_change): they would show "
            "as changed behind the program's back."
        )
    _bring_passes_up_to_date(session.connection(), touched_tables)
    sealer(ledger_blob(session, touched_tables))


def bring_passes_up_to_date(session: Session) -> None:
    """Make the table of effective passes exact for what this transaction has written so
    far, for a reader later in the same transaction (issuing the certificates of a session
    just recorded); the seal at its commit makes it exact again for all it wrote."""
    session.flush()
    touched_tables = _tracked(session)
    if touched_tables:
        _bring_passes_up_to_date(session.connection(), touched_tables)


def _bring_passes_up_to_date(connection: Connection, touched_tables: dict[str, _Touched]) -> None:
    """Keep the table of effective passes exact for what the transaction wrote: the
    results themselves, or the published curriculum (which decides what passes)."""
    results = touched_tables.get("results")
    versions = touched_tables.get("curriculum_versions", _Touched())
    revisions = touched_tables.get("module_revisions", _Touched())
    if (
        (results is not None and results.everything)
        or versions.everything
        or revisions.everything
        or effective_passes.curriculum_changed(connection, _ids(versions))
        or effective_passes.revisions_changed(connection, _ids(revisions))
    ):
        effective_passes.rebuild(connection)
    elif results is not None:
        effective_passes.refresh(connection, sorted(results.ids), results.ranges)


def _ids(what: _Touched) -> list[int]:
    """The ids of a small table's touched rows, ranges spelled out."""
    spelled = [key for first, last in what.ranges for key in range(first, last + 1)]
    return sorted(what.ids) + spelled


def ledger_blob(session: Session, touched_tables: dict[str, _Touched]) -> bytes:
    """The blob of the touched rows' digests as they are stored now (absent: zeros)."""
    connection = session.connection()
    row_digests.prepare(connection)
    parts: dict[str, TableDigests] = {}
    for name, what in touched_tables.items():
        if row_digests.layout(name).by_id:
            parts[name] = TableDigests(_runs_by_id(connection, name, what), {})
        else:
            found = _read_keyed(session, name, what)
            keyed = {
                row_digests.key_text(key if isinstance(key, tuple) else (key,)): found.get(
                    key, ABSENT
                )
                for key in set(what.ids) | (set(found) if what.everything else set())
            }
            parts[name] = TableDigests([], keyed)
    return row_digests.encode(parts)


# Consecutive ids given one by one, this many or more, are read back as a range.
_LONG_RUN = 100


def _runs_by_id(connection: Connection, name: str, what: _Touched) -> list[tuple[int, bytes]]:
    """Runs of digests: one per id range (a bulk import: one buffer, no dict of its rows),
    ranges of ids given one by one included (PostgreSQL's ids are drawn from a sequence
    before a COPY: a new HQ's results were a thousand statements of 500 ids), and runs of
    the single ids; rows read twice are sealed twice, alike."""
    dialect = connection.dialect
    query = row_digests.id_query(name, dialect)
    marker = "?" if dialect.paramstyle == "qmark" else "%s"
    column = row_digests.key_sql(name, dialect)
    size = DIGEST_SIZE
    runs: list[tuple[int, bytes]] = []
    ranges, listed = long_runs(sorted(what.ids), _LONG_RUN)
    for first, last in [*what.ranges, *ranges]:
        buffer = bytearray((last - first + 1) * size)
        where = f" WHERE {column} BETWEEN {marker} AND {marker}"
        for key, source in connection.exec_driver_sql(query + where, (first, last)):
            buffer[(key - first) * size : (key - first + 1) * size] = row_digests.finish(
                dialect.name, source
            )
        runs.append((first, bytes(buffer)))
    found: dict[int, bytes] = {}
    conditions: list[tuple[str, tuple[Any, ...]]] = [("", ())] if what.everything else []
    for start in range(0, len(listed), _CHUNK):
        chunk = tuple(listed[start : start + _CHUNK])
        conditions.append((f" WHERE {column} IN ({', '.join([marker] * len(chunk))})", chunk))
    for condition, parameters in conditions:
        for key, source in connection.exec_driver_sql(query + condition, parameters):
            found[key] = row_digests.finish(dialect.name, source)
    singles = {key: found.get(key, ABSENT) for key in listed} | found
    return runs + row_digests.runs_of(singles)


def _read_keyed(session: Session, name: str, what: _Touched) -> dict[Any, bytes]:
    """Through SQLAlchemy, so that keys come back as the values the program gave."""
    dialect = session.get_bind().dialect
    shape = row_digests.layout(name)
    columns = [shape.table.c[column] for column in shape.key_columns]
    query = select(*columns, literal_column(row_digests.digest_sql(name, dialect)))
    key = columns[0] if len(columns) == 1 else tuple_(*columns)
    listed = list(what.ids)
    queries = (
        [query]
        if what.everything
        else [
            query.where(key.in_(listed[start : start + _CHUNK]))
            for start in range(0, len(listed), _CHUNK)
        ]
    )
    found: dict[Any, bytes] = {}
    for each in queries:
        for *values, source in session.execute(each):
            key_value = values[0] if len(values) == 1 else tuple(values)
            found[key_value] = row_digests.finish(dialect.name, source)
    return found
