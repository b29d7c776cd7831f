"""Changes made behind the program's back, as an attacker with sqlite3 or psql makes them.

Every edit goes through a plain connection of its own (no MSS Training session, so the
row ledger sees nothing), with foreign keys off as an attacker may have them. Each edit
returns how to undo it exactly, so one mission serves many cases.
"""

import contextlib
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Connection,
    Date,
    DateTime,
    Float,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
    TypeDecorator,
    UniqueConstraint,
    Uuid,
    create_engine,
    text,
)

from mss_training.db import row_digests

COVERED = [table.name for table in row_digests.covered_tables()]


@contextlib.contextmanager
def behind_the_back(url: str) -> Iterator[Connection]:
    """One committed transaction on a plain connection, foreign keys unchecked."""
    engine = create_engine(url)
    try:
        with engine.begin() as connection:
            if connection.dialect.name == "postgresql":
                connection.execute(text("SET session_replication_role = replica"))
            yield connection
    finally:
        engine.dispose()


def _q(connection: Connection, name: str) -> str:
    return connection.dialect.identifier_preparer.quote(name)


@dataclass(frozen=True)
class Edit:
    table: str
    key: Any  # the row's key as verify names it: an id, or a key's text
    what: str  # "changed", "inserted", "deleted"
    undo: Callable[[Connection], None]


def row_keys(connection: Connection, table: Table) -> list[Any]:
    columns = ", ".join(_q(connection, c.name) for c in table.primary_key.columns)
    rows = connection.execute(text(f"SELECT {columns} FROM {_q(connection, table.name)}"))
    return [row[0] if len(row) == 1 else tuple(row) for row in rows]


def _where(connection: Connection, table: Table, key: Any) -> tuple[str, dict[str, Any]]:
    names = [c.name for c in table.primary_key.columns]
    values = key if isinstance(key, tuple) else (key,)
    clause = " AND ".join(f"{_q(connection, n)} = :k{i}" for i, n in enumerate(names))
    return clause, {f"k{i}": value for i, value in enumerate(values)}


def _named_key(table: Table, key: Any) -> Any:
    if row_digests.layout(table.name).by_id:
        return key
    values = key if isinstance(key, tuple) else (key,)
    # As SQLAlchemy gives them back, which is how verify names keys: uids parsed.
    parsed = [
        uuid.UUID(str(value)) if isinstance(column.type, Uuid) else value
        for column, value in zip(table.primary_key.columns, values, strict=True)
    ]
    return row_digests.key_text(parsed)


def _in_checks(table: Table, name: str) -> bool:
    return any(isinstance(c, CheckConstraint) and name in str(c.sqltext) for c in table.constraints)


def _changed_value_sql(connection: Connection, column: Any) -> str | None:
    """SQL giving a different value of the same kind, or None for a kind left alone."""
    name, sqlite = _q(connection, column.name), connection.dialect.name == "sqlite"
    kind = column.type.impl if isinstance(column.type, TypeDecorator) else column.type
    if isinstance(kind, Boolean):
        return f"NOT coalesce({name}, FALSE)"
    if isinstance(kind, Integer):
        return f"coalesce({name}, 0) + 1"
    if isinstance(kind, Float):
        return f"coalesce({name}, 0) + 1.5"
    if isinstance(kind, Date):
        return (
            f"date(coalesce({name}, '2026-01-01'), '+1 day')"
            if sqlite
            else (f"coalesce({name}, DATE '2026-01-01') + 1")
        )
    if isinstance(kind, DateTime):
        return (
            f"datetime(coalesce({name}, '2026-01-01'), '+1 day')"
            if sqlite
            else (f"coalesce({name}, now()) + interval '1 day'")
        )
    if isinstance(kind, String | Text) and not isinstance(kind, Uuid):
        return (
            f"CASE WHEN substr(coalesce({name}, ''), 1, 1) = 'Z' THEN 'Y' ELSE 'Z' END "
            f"|| substr(coalesce({name}, ''), 2)"
        )
    if isinstance(kind, LargeBinary) and sqlite:
        return f"coalesce({name}, X'') || X'00'"
    return None


def _is_unique(table: Table, name: str) -> bool:
    """Whether ``name`` is unique on its own or with other columns of the table."""
    together = [c for c in table.constraints if isinstance(c, UniqueConstraint)]
    return table.c[name].unique is True or any(name in c.columns for c in together)


def change(connection: Connection, table: Table, key: Any, column: str | None = None) -> Edit:
    """UPDATE one column of one row to a different value."""
    where, parameters = _where(connection, table, key)
    keys = {c.name for c in table.primary_key.columns}
    skip = set(row_digests.EXCLUDED_COLUMNS.get(table.name, ())) | keys
    candidates = (
        [table.c[column]]
        if column
        else [c for c in table.columns if c.name not in skip and not _in_checks(table, c.name)]
    )
    for candidate in candidates:
        new = _changed_value_sql(connection, candidate)
        if new is not None:
            break
    else:
        raise AssertionError(f"no column of {table.name} to change")
    if _is_unique(table, candidate.name) and not candidate.foreign_keys:
        # Only a value no row holds can be written there: "KEN" and "BEN" would both
        # become "ZEN", which the database refuses (and so would for any forger).
        new, _ = _fresh_sql(connection, table, candidate)
    name, quoted = _q(connection, candidate.name), _q(connection, table.name)
    saved = f"mss_saved_{uuid.uuid4().hex[:8]}"
    connection.execute(
        text(f"CREATE TABLE {saved} AS SELECT * FROM {quoted} WHERE {where}"), parameters
    )
    connection.execute(text(f"UPDATE {quoted} SET {name} = {new} WHERE {where}"), parameters)

    def undo(again: Connection) -> None:
        again.execute(
            text(f"UPDATE {quoted} SET {name} = (SELECT {name} FROM {saved}) WHERE {where}"),
            parameters,
        )
        again.execute(text(f"DROP TABLE {saved}"))

    return Edit(table.name, _named_key(table, key), "changed", undo)


def delete(connection: Connection, table: Table, key: Any) -> Edit:
    where, parameters = _where(connection, table, key)
    quoted = _q(connection, table.name)
    saved = f"mss_saved_{uuid.uuid4().hex[:8]}"
    connection.execute(
        text(f"CREATE TABLE {saved} AS SELECT * FROM {quoted} WHERE {where}"), parameters
    )
    connection.execute(text(f"DELETE FROM {quoted} WHERE {where}"), parameters)

    def undo(again: Connection) -> None:
        again.execute(text(f"INSERT INTO {quoted} SELECT * FROM {saved}"))
        again.execute(text(f"DROP TABLE {saved}"))

    return Edit(table.name, _named_key(table, key), "deleted", undo)


def _fresh_sql(connection: Connection, table: Table, column: Any) -> tuple[str, Any]:
    """SQL and the Python value of a value no row of ``column`` holds."""
    quoted, name = _q(connection, table.name), _q(connection, column.name)
    if isinstance(column.type, Uuid):
        fresh = uuid.uuid4()
        value = fresh.hex if connection.dialect.name == "sqlite" else str(fresh)
        return f"'{value}'" if connection.dialect.name == "sqlite" else f"'{value}'::uuid", value
    if isinstance(column.type, Integer):
        top = connection.execute(text(f"SELECT coalesce(max({name}), 0) FROM {quoted}")).scalar()
        return str(int(top or 0) + 1000), int(top or 0) + 1000
    length = getattr(column.type, "length", None) or 12
    fresh_text = ("Q" + uuid.uuid4().hex.upper())[: min(length, 12)]
    return f"'{fresh_text}'", fresh_text


def insert_copy(connection: Connection, table: Table, key: Any) -> Edit:
    """INSERT a copy of one row with new values wherever the table wants them unique."""
    where, parameters = _where(connection, table, key)
    quoted = _q(connection, table.name)
    saved = f"mss_copy_{uuid.uuid4().hex[:8]}"
    connection.execute(
        text(f"CREATE TABLE {saved} AS SELECT * FROM {quoted} WHERE {where}"), parameters
    )
    unique = (
        [list(table.primary_key.columns)]
        + [list(c.columns) for c in table.constraints if isinstance(c, UniqueConstraint)]
        + [[c] for c in table.columns if c.unique]
    )
    new_key = list(key) if isinstance(key, tuple) else [key]
    key_names = [c.name for c in table.primary_key.columns]
    done: set[str] = set()
    for columns in unique:
        column = next((c for c in columns if not c.foreign_keys), columns[0])
        if column.name in done:
            continue
        done.add(column.name)
        sql, value = _fresh_sql(connection, table, column)
        connection.execute(text(f"UPDATE {saved} SET {_q(connection, column.name)} = {sql}"))
        if column.name in key_names:
            new_key[key_names.index(column.name)] = value
    connection.execute(text(f"INSERT INTO {quoted} SELECT * FROM {saved}"))
    connection.execute(text(f"DROP TABLE {saved}"))
    inserted = tuple(new_key) if len(new_key) > 1 else new_key[0]
    where_new, parameters_new = _where(connection, table, inserted)

    def undo(again: Connection) -> None:
        again.execute(text(f"DELETE FROM {quoted} WHERE {where_new}"), parameters_new)

    return Edit(table.name, _named_key(table, inserted), "inserted", undo)


def names(edit: Edit, sentences: list[str]) -> bool:
    """Whether one of ``sentences`` names the edited row and what happened to it."""
    key = edit.key if isinstance(edit.key, int) else repr(edit.key)
    start = f"{edit.table} row {key}"
    return any(
        sentence.lower().startswith(start.lower()) and f"was {edit.what}" in sentence
        for sentence in sentences
    )
