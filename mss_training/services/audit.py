"""The audit log: who changed what, when, with the values before and after."""

import datetime as dt
import enum
import uuid
from typing import Any

from sqlalchemy.orm import Session

from mss_training.db.database import installation_site_id
from mss_training.models import AuditEntry


def record_change(
    session: Session,
    *,
    actor: str,
    action: str,
    entity: str,
    summary: str,
    entity_uid: uuid.UUID | None = None,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> None:
    """Append one entry to the audit log, in the caller's transaction.

    Bulk operations (a demo mission, an import) write one entry that counts what they
    did rather than one per row, so that the log stays readable and the write fast.
    """
    session.add(
        AuditEntry(
            actor=actor,
            site_id=installation_site_id(session),
            action=action,
            entity=entity,
            entity_uid=entity_uid,
            summary=summary,
            before=before,
            after=after,
        )
    )


def plain(value: Any) -> Any:
    """A value as the audit log's JSON keeps it: dates as ISO text, tuples as lists."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple):
        return list(value)
    if isinstance(value, enum.Enum):
        return value.value
    return value
