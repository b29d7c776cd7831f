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
from operator import itemgetter
from typing import Any, Literal

from sqlalchemy import Table, insert
from sqlalchemy.orm import Session

TextKind = Literal["uid", "stamp", "date"]
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


def _parsed_stamp(text: str) -> dt.datetime:
    if len(text) != 27 or text[-1] != "Z":
        raise ValueError(f"not a UTC time stamp: {text[:40]!r}")
    return dt.datetime.fromisoformat(text[:-1]).replace(tzinfo=dt.UTC)


_FROM_TEXT: dict[bool, dict[TextKind, Callable[[str], Any]]] = {
    True: {"uid": _sqlite_uid, "stamp": _sqlite_stamp, "date": _sqlite_date},
    False: {"uid": uuid.UUID, "stamp": _parsed_stamp, "date": dt.date.fromisoformat},
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
    pick = itemgetter(*order)
    in_order = map(pick, rows) if len(order) > 1 else ([pick(row)] for row in rows)
    columns = [
        _converted(list(values), converters[name])
        for name, values in zip(order, zip(*in_order, strict=True), strict=True)
    ]
    rows_of_values = zip(*columns, strict=True)
    if compiled.positional:
        parameters: list[Any] = list(rows_of_values)
    else:
        parameters = [dict(zip(order, values, strict=True)) for values in rows_of_values]
    connection.exec_driver_sql(compiled.string, parameters)


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
