"""A long read split between the machine's two cores, on one consistent snapshot.

A mission's readiness summary is one statement that SQLite runs on one core; the
laptops it runs on have two. The officers are split in two halves by id, and the first
half is read on a second connection in a thread while this one reads the second half
(SQLite lets go of Python's lock while it works). The statement narrows its officers
with ``within_half``, and its rows must add up: counts by group, each officer in one
half only.

Both halves must see the same database. A read transaction in SQLite sees the file as
it was at its first read, so the second connection's could be newer, if a commit came
in between. Every commit the program makes adds an audit entry, so the two agree when
they see the same last audit entry; when they do not, this connection reads the first
half too, and the answer is the same as without the split.
"""

from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from sqlalchemy import (
    BigInteger,
    ColumnElement,
    Connection,
    Engine,
    Executable,
    and_,
    bindparam,
    func,
    select,
)

from mss_training.db.tables import audit_log

# Below this many officers the second thread and connection cost more than they save.
_LEAST = 4_000
_EVERY_ID = {"half_from": -(2**63), "half_to": 2**63 - 1}


def within_half(officer_id: ColumnElement[int]) -> ColumnElement[bool]:
    """The condition a statement for ``rows_in_halves`` narrows its officers by."""
    return and_(
        officer_id >= bindparam("half_from", type_=BigInteger),
        officer_id < bindparam("half_to", type_=BigInteger),
    )


def rows_in_halves(
    connection: Connection,
    statement: Executable,
    officer_id: ColumnElement[int],
    scope: Sequence[ColumnElement[bool]],
) -> list[Sequence[Any]]:
    """The rows of ``statement`` over all the officers in ``scope``, read in two halves
    at once where the database and the number of officers make it worth it."""
    middle = _middle(connection, officer_id, scope)
    if middle is None:
        return list(connection.execute(statement, _EVERY_ID))
    first_half = _EVERY_ID | {"half_to": middle}
    second_half = _EVERY_ID | {"half_from": middle}
    last_entry = connection.scalar(select(func.max(audit_log.c.id)))
    with ThreadPoolExecutor(1) as pool:
        first = pool.submit(_read, connection.engine, statement, first_half, last_entry)
        rows = list(connection.execute(statement, second_half))
        first_rows = first.result()
    if first_rows is None:
        first_rows = list(connection.execute(statement, first_half))
    return first_rows + rows


def _middle(
    connection: Connection, officer_id: ColumnElement[int], scope: Sequence[ColumnElement[bool]]
) -> int | None:
    """The id that splits the officers in two, or None where splitting is not worth it."""
    if (
        connection.dialect.name != "sqlite"
        or connection.engine.url.database in (None, "", ":memory:")
        # A transaction that writes may hold changes the second connection cannot see.
        or connection.get_execution_options().get("mss_write", False)
    ):
        return None
    count = connection.scalar(select(func.count(officer_id)).where(*scope)) or 0
    if count < _LEAST:
        return None
    return connection.scalar(
        select(officer_id).where(*scope).order_by(officer_id).offset(count // 2).limit(1)
    )


def _read(
    engine: Engine, statement: Executable, bounds: dict[str, int], last_entry: int | None
) -> list[Sequence[Any]] | None:
    """The statement's rows on a connection of its own; None if it sees another database."""
    with engine.connect() as connection, connection.begin():
        if connection.scalar(select(func.max(audit_log.c.id))) != last_entry:
            return None
        return list(connection.execute(statement, bounds))
