"""What a text field may hold: text both SQLite and PostgreSQL store exactly, within its column.

SQLite keeps any text of any length, PostgreSQL refuses NUL and text longer than a VARCHAR;
checking here, before writing, gives the user the same plain answer on both.
"""

from typing import TYPE_CHECKING

from sqlalchemy import String

from mss_training.messages import _

# Only a type here: ``text_problem`` is on the way of commands that read without the ORM.
if TYPE_CHECKING:
    from sqlalchemy.orm import InstrumentedAttribute


def column_length(
    attribute: "InstrumentedAttribute[str] | InstrumentedAttribute[str | None]",
) -> int:
    """The most characters the column behind ``attribute`` holds."""
    kind = attribute.property.columns[0].type
    assert isinstance(kind, String) and kind.length is not None
    return kind.length


def text_problem(value: str, limit: int | None = None) -> str | None:
    """Why ``value`` cannot be stored, as the end of a sentence ("is longer than 200
    characters"), or None when it can."""
    if "\x00" in value:
        return _("contains a NUL character")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return _("contains something that is not text")
    if limit is not None and len(value) > limit:
        return _("is longer than {limit:,} characters").format(limit=limit)
    return None
