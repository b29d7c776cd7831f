"""Reading uids, UTC stamps and dates as the text a sync bundle carries, at driver speed.

A bundle of half a million results spends most of its time turning stored values into
Python objects (UUID, datetime) and straight back into text. SQLite already stores
them as text, so there they are read as text and only reshaped; other databases hand
back objects, which are formatted. The text is the same either way.
"""

import datetime as dt
from collections.abc import Callable
from typing import Any, Literal

from sqlalchemy import String, type_coerce
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from mss_training.dates import stamp_time

TextKind = Literal["uid", "stamp", "date"]


def _uid_from_hex(value: str) -> str:
    return f"{value[:8]}-{value[8:12]}-{value[12:16]}-{value[16:20]}-{value[20:]}"


def _stamp_from_sqlite(value: str) -> str:
    # SQLAlchemy stores "2026-11-27 08:07:00.123456" for a UTC time on SQLite.
    if len(value) == 26 and value[10] == " ":
        return f"{value[:10]}T{value[11:]}Z"
    return stamp_time(dt.datetime.fromisoformat(value).replace(tzinfo=dt.UTC))


def _date_from_sqlite(value: str) -> str:
    return value if len(value) == 10 else dt.date.fromisoformat(value[:10]).isoformat()


_SQLITE: dict[TextKind, Callable[[Any], str]] = {
    "uid": _uid_from_hex,
    "stamp": _stamp_from_sqlite,
    "date": _date_from_sqlite,
}
_OBJECTS: dict[TextKind, Callable[[Any], str]] = {
    "uid": str,
    "stamp": stamp_time,
    "date": dt.date.isoformat,
}


class TextColumns:
    """Select a column with ``column`` and turn what comes back into text with ``text``."""

    def __init__(self, session: Session) -> None:
        self.sqlite = session.get_bind().dialect.name == "sqlite"
        self.converters = _SQLITE if self.sqlite else _OBJECTS

    def column(self, column: Any, label: str | None = None) -> ColumnElement[Any]:
        selected = type_coerce(column, String) if self.sqlite else column
        return selected.label(label or column.key)

    def text(self, kind: TextKind) -> Callable[[Any], str | None]:
        convert = self.converters[kind]
        return lambda value: None if value is None else convert(value)
