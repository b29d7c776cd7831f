"""Records named by their id, or the first characters of it, as the lists show them."""

import uuid
from typing import Any, TypeVar

from sqlalchemy import String, cast, select
from sqlalchemy.orm import Session

from mss_training.errors import InputError, NotFoundError
from mss_training.messages import _

_Record = TypeVar("_Record")


def find_by_uid(session: Session, model: type[_Record], reference: str, what: str) -> _Record:
    """The one ``model`` row whose uid is, or starts with, ``reference``; plain errors else.

    ``what`` names the record in the sentences ("training session", "hold").
    """
    text = reference.strip().lower().replace("-", "")
    if len(text) < 6 or any(char not in "0123456789abcdef" for char in text):
        raise InputError(
            _("Give at least the first 6 characters of the {what}'s id.").format(what=what)
        )
    column: Any = model.uid  # type: ignore[attr-defined]
    if len(text) == 32:
        matches = list(session.scalars(select(model).where(column == uuid.UUID(text))))
    else:
        # SQLite keeps a UUID as 32 hex digits, PostgreSQL shows it with dashes.
        dashed = "-".join(
            part for part in (text[:8], text[8:12], text[12:16], text[16:20], text[20:]) if part
        )
        prefix = text if session.get_bind().dialect.name == "sqlite" else dashed
        matches = list(
            session.scalars(select(model).where(cast(column, String).like(prefix + "%")).limit(2))
        )
    if not matches:
        raise NotFoundError(
            _("There is no {what} {reference!r}.").format(what=what, reference=reference)
        )
    if len(matches) > 1:
        raise InputError(
            _("More than one {what} starts with {reference!r}; give more of it.").format(
                what=what, reference=reference
            )
        )
    return matches[0]
