"""Inserting many plain rows at the speed of the database driver.

SQLAlchemy's Core converts every parameter of every row through its compiled statement,
which costs more than SQLite's own insert when a merge adds hundreds of thousands of
rows. Here the statement is compiled once and each column's converter (the same one
SQLAlchemy would use) is applied in a plain loop, then the driver's executemany runs.

Values that arrive as text (a sync bundle's uids, UTC stamps and dates) can be given as
text: on SQLite they become the text SQLAlchemy would have stored without being parsed
into Python objects first, which is most of the cost; elsewhere they are parsed.
"""

import datetime as dt
import re
import uuid
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from sqlalchemy import Table, insert
from sqlalchemy.orm import Session

from mss_training.dates import parse_stamp_time
from mss_training.db.text_columns import TextKind

_UID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def _sqlite_uid(text: str) -> str:
    if not _UID.fullmatch(text):
        raise ValueError(f"not a uid: {text[:40]!r}")
    return text.replace("-", "")


def _sqlite_stamp(text: str) -> str:
    # The text of a UTC stamp, "2026-11-27T08:07:00.123456Z", as SQLAlchemy stores it.
    if len(text) != 27 or text[-1] != "Z":
        raise ValueError(f"not a UTC time stamp: {text[:40]!r}")
    dt.datetime.fromisoformat(text[:-1])
    return f"{text[:10]} {text[11:26]}"


def _sqlite_date(text: str) -> str:
    return dt.date.fromisoformat(text).isoformat()


_FROM_TEXT: dict[bool, dict[TextKind, Callable[[str], Any]]] = {
    True: {"uid": _sqlite_uid, "stamp": _sqlite_stamp, "date": _sqlite_date},
    False: {"uid": uuid.UUID, "stamp": parse_stamp_time, "date": dt.date.fromisoformat},
}


def _then(first: Callable[[Any], Any], second: Callable[[Any], Any]) -> Callable[[Any], Any]:
    return lambda value: second(first(value))


def insert_rows(
    session: Session,
    table: Table,
    rows: Sequence[dict[str, Any]],
    text: Mapping[str, TextKind] | None = None,
) -> None:
    """Insert ``rows`` (every row with the same keys, all columns given) into ``table``.

    ``text`` names the columns whose values are given as text, and what text.
    """
    if not rows:
        return
    connection = session.connection()
    dialect = connection.dialect
    names = list(rows[0])
    compiled = insert(table).compile(dialect=dialect, column_keys=names)
    converters: dict[str, Callable[[Any], Any] | None] = {
        name: table.c[name].type.dialect_impl(dialect).bind_processor(dialect) for name in names
    }
    from_text = _FROM_TEXT[dialect.name == "sqlite"]
    for name, kind in (text or {}).items():
        parse, convert = from_text[kind], converters[name]
        sqlite = dialect.name == "sqlite"
        converters[name] = parse if sqlite or convert is None else _then(parse, convert)
    order = list(compiled.positiontup or []) if compiled.positional else names
    # Column by column: the columns without a converter are taken as they are.
    columns = [_converted([row[name] for row in rows], converters[name]) for name in order]
    if compiled.positional:
        parameters: list[Any] = list(zip(*columns, strict=True))
    else:
        parameters = [
            dict(zip(order, values, strict=True)) for values in zip(*columns, strict=True)
        ]
    connection.exec_driver_sql(compiled.string, parameters)


_NOTHING = object()


def _converted(values: list[Any], convert: Callable[[Any], Any] | None) -> list[Any]:
    if convert is None:
        return values
    result: list[Any] = []
    # Neighbouring rows often share a value (the moment they are stored, a session's
    # date): convert it once.
    last: Any = _NOTHING
    last_converted: Any = None
    for value in values:
        if value is None:
            result.append(None)
            continue
        if value is not last and value != last:
            last, last_converted = value, convert(value)
        result.append(last_converted)
    return result
