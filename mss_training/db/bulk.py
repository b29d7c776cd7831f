"""Inserting many plain rows at the speed of the database driver.

SQLAlchemy's Core converts every parameter of every row through its compiled statement,
which costs more than SQLite's own insert when a merge adds hundreds of thousands of
rows. Here each column's converter (the same one SQLAlchemy would use) is applied once
per column, then SQLite's executemany or PostgreSQL's COPY takes the rows.

Values that arrive as text (a sync bundle's uids, UTC stamps and dates) can be given as
text: they are checked, and go in as text where the database reads that text anyway
(SQLite's stored form, COPY's input), without Python objects made in between.
"""

import datetime as dt
import re
import uuid
from collections.abc import Callable, Mapping, Sequence
from operator import itemgetter
from typing import Any, Literal

from sqlalchemy import Connection, Dialect, Integer, Table, func, insert, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from mss_training.dates import parse_stamp_time
from mss_training.db.ledger import touched, touched_range
from mss_training.db.row_digests import FOLDED
from mss_training.db.text_columns import TextKind

_UID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def check_uid(text: str) -> str:
    """``text`` if it is a uid as bundles write them, else a ValueError."""
    if not _UID.fullmatch(text):
        raise ValueError(f"not a uid: {text[:40]!r}")
    return text


def _stamp_text(text: str) -> str:
    # A UTC stamp, "2026-11-27T08:07:00.123456Z", which PostgreSQL reads as it is.
    if len(text) != 27 or text[-1] != "Z":
        raise ValueError(f"not a UTC time stamp: {text[:40]!r}")
    dt.datetime.fromisoformat(text[:-1])
    return text


def _date_text(text: str) -> str:
    return dt.date.fromisoformat(text).isoformat()


def _sqlite_uid(text: str) -> str:
    return check_uid(text).replace("-", "")


def _sqlite_stamp(text: str) -> str:
    # The text SQLAlchemy stores for a UTC time on SQLite: "2026-11-27 08:07:00.123456".
    text = _stamp_text(text)
    return f"{text[:10]} {text[11:26]}"


Way = Literal["sqlite", "copy", "objects"]
_FROM_TEXT: dict[Way, dict[TextKind, Callable[[str], Any]]] = {
    "sqlite": {"uid": _sqlite_uid, "stamp": _sqlite_stamp, "date": _date_text},
    "copy": {"uid": check_uid, "stamp": _stamp_text, "date": _date_text},
    "objects": {"uid": uuid.UUID, "stamp": parse_stamp_time, "date": dt.date.fromisoformat},
}


def _way(dialect: Dialect) -> Way:
    """How rows go in: SQLite's stored text, PostgreSQL's COPY, or the driver's objects."""
    if dialect.name == "sqlite":
        return "sqlite"
    if dialect.name == "postgresql" and dialect.driver == "psycopg":
        return "copy"
    return "objects"


def _python_type(table: Table, name: str) -> type | None:
    try:
        return table.c[name].type.python_type
    except NotImplementedError:  # a type that names none
        return None


def _then(first: Callable[[Any], Any], second: Callable[[Any], Any]) -> Callable[[Any], Any]:
    return lambda value: second(first(value))


def insert_rows(
    session: Session,
    table: Table,
    rows: Sequence[dict[str, Any]],
    text: Mapping[str, TextKind] | None = None,
) -> None:
    """Insert ``rows`` (every row with the same keys, all columns given) into ``table``.

    ``text`` names the columns whose values are given as text, and what text. The rows
    are registered with the row ledger (db/ledger.py), so their digests are sealed in the
    transaction's audit entry.
    """
    if not rows:
        return
    connection = session.connection()
    dialect = connection.dialect
    names = list(rows[0])
    new_ids = _ledger_ids(session, table, names, len(rows))
    compiled = insert(table).compile(dialect=dialect, column_keys=names)
    converters: dict[str, Callable[[Any], Any] | None] = {
        name: table.c[name].type.dialect_impl(dialect).bind_processor(dialect) for name in names
    }
    way = _way(dialect)
    if way == "copy":
        for name in names:
            if _python_type(table, name) in (dt.datetime, dt.date):
                # As psycopg writes them (str), but once per distinct value, as the other
                # conversions are: a merge's rows share the moment they are stored, and
                # formatting it for each row was two fifths of formatting the rows.
                convert = converters[name]
                converters[name] = str if convert is None else _then(convert, str)
    for name, kind in (text or {}).items():
        parse, convert = _FROM_TEXT[way][kind], converters[name]
        converters[name] = parse if way != "objects" or convert is None else _then(parse, convert)
    order = list(compiled.positiontup or []) if compiled.positional else names
    pick = itemgetter(*order)
    in_order = map(pick, rows) if len(order) > 1 else ([pick(row)] for row in rows)
    columns = [
        _converted(list(values), converters[name])
        for name, values in zip(order, zip(*in_order, strict=True), strict=True)
    ]
    for name, values in zip(order, columns, strict=True):
        _check_length(table, name, values)
    if isinstance(new_ids, list):  # PostgreSQL: ids drawn from the sequence beforehand
        order, columns = [*order, "id"], [*columns, new_ids]
        compiled = insert(table).compile(dialect=dialect, column_keys=order)
    if way == "copy":
        _copy(connection, table, order, columns)
    else:
        rows_of_values = zip(*columns, strict=True)
        if compiled.positional:
            parameters: list[Any] = list(rows_of_values)
        else:
            parameters = [dict(zip(order, values, strict=True)) for values in rows_of_values]
        connection.exec_driver_sql(compiled.string, parameters)
    _register(session, table, names, rows, new_ids)


def _ledger_ids(
    session: Session, table: Table, names: list[str], count: int
) -> list[int] | range | None:
    """The ids rows without one will get, so that the row ledger knows which it wrote.

    SQLite serialises writers and gives each new row the highest id plus one; on
    PostgreSQL concurrent writers interleave, so ids are drawn from the sequence first.
    """
    keys = list(table.primary_key.columns)
    if len(keys) != 1 or keys[0].name in names or not isinstance(keys[0].type, Integer):
        return None
    if session.get_bind().dialect.name == "postgresql":
        # The sequence found once (a subquery), not for each id: pg_get_serial_sequence
        # reads the catalogue, and called per row it cost four fifths of the drawing.
        drawn = text(
            "SELECT nextval((SELECT pg_get_serial_sequence(:table, :column))::regclass) "
            "FROM generate_series(1, :count)"
        )
        parameters = {"table": table.name, "column": keys[0].name, "count": count}
        return list(session.scalars(drawn, parameters))
    last = session.scalar(select(func.max(keys[0]))) or 0
    return range(last + 1, last + 1 + count)


def _register(
    session: Session,
    table: Table,
    names: list[str],
    rows: Sequence[dict[str, Any]],
    new_ids: list[int] | range | None,
) -> None:
    if isinstance(new_ids, range):
        touched_range(session, table, new_ids.start, new_ids.stop - 1)
    elif new_ids is not None:
        touched(session, table, new_ids)
    elif table.name in FOLDED:
        touched(session, table, {row[FOLDED[table.name][1]] for row in rows})
    else:
        keys = [column.name for column in table.primary_key.columns]
        if len(keys) == 1:
            touched(session, table, [row[keys[0]] for row in rows])
        else:
            touched(session, table, [tuple(row[key] for key in keys) for row in rows])


# A table grown by at least this many rows, and by this share of the rows the planner
# believes it holds, is analysed again before the transaction reads it.
_ROWS_WORTH_ANALYSING = 10_000
_GROWTH_WORTH_ANALYSING = 0.2


def refresh_statistics(session: Session, added: Mapping[Table, int]) -> None:
    """Let PostgreSQL's planner know of the rows a bulk insert has just added.

    Until a table is analysed the planner keeps the size and spread it last saw, and a new
    table was never analysed: after a merge filled a new HQ's results in its one
    transaction, each later lookup by session (the instructor check's) read the whole
    table, some eighty times what the index takes. ANALYZE reads a sample (at most 30,000
    rows) and, inside the transaction, counts the transaction's own rows; a small bundle
    into a large HQ changes too little to be worth it. SQLite keeps no statistics here: its
    planner chooses by the indexes alone.
    """
    if session.get_bind().dialect.name != "postgresql":
        return
    for table, count in added.items():
        if count < _ROWS_WORTH_ANALYSING:
            continue
        believed = session.scalar(
            text("SELECT reltuples FROM pg_class WHERE oid = to_regclass(:name)"),
            {"name": table.name},
        )
        if count >= _GROWTH_WORTH_ANALYSING * max(believed or 0, 0):
            quote = session.get_bind().dialect.identifier_preparer
            session.execute(text(f"ANALYZE {quote.format_table(table)}"))


def _copy(connection: Connection, table: Table, names: list[str], columns: list[list[Any]]) -> None:
    # PostgreSQL's COPY takes rows as a stream, where an INSERT per row costs a round trip.
    quote = connection.dialect.identifier_preparer
    listed = ", ".join(quote.quote(name) for name in names)
    statement = f"COPY {quote.format_table(table)} ({listed}) FROM STDIN"
    driver = connection.connection.driver_connection
    assert driver is not None
    dbapi = connection.dialect.loaded_dbapi
    try:
        with driver.cursor() as cursor, cursor.copy(statement) as copy:
            for values in zip(*columns, strict=True):
                copy.write_row(values)
    except dbapi.Error as error:
        # The same error SQLAlchemy would raise for an INSERT, for callers to handle alike.
        raise DBAPIError.instance(statement, None, error, dbapi.Error) from error


def _check_length(table: Table, name: str, values: list[Any]) -> None:
    # SQLite would store an over-long text that PostgreSQL refuses: refuse it on both,
    # so that what one installation accepts every other one accepts too.
    limit = getattr(table.c[name].type, "length", None)
    if limit is None:
        return
    if max((len(value) for value in values if isinstance(value, str)), default=0) > limit:
        raise ValueError(f"a {name} longer than {limit} characters")


def _converted(values: list[Any], convert: Callable[[Any], Any] | None) -> list[Any]:
    """One column's values as the driver takes them.

    Many rows share a value (the moment they are stored, a deployment date), so each
    distinct value is converted once.
    """
    if convert is None:
        return values
    try:
        done: dict[Any, Any] = {None: None}
        return [
            done[value] if value in done else done.setdefault(value, convert(value))
            for value in values
        ]
    except TypeError:  # unhashable values (JSON documents): consecutive ones are often alike
        converted: list[Any] = []
        last: Any = None
        for value in values:
            if value is not None and value != last:
                last, last_converted = value, convert(value)
            converted.append(None if value is None else last_converted)
        return converted
