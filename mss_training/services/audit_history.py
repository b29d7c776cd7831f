"""The audit history of one officer, training session, result or certificate.

A record's history is every entry about it and about the records that hang from it: an
officer's results, certificates and exemptions; a session's results; a result's
corrections and certificates. Bulk operations (imports, a demo mission) write one entry
that counts rows, so they name no single record and appear only in the full log.

Every function takes ``within``, the contingents of the account that reads (None: all),
and shows only what services.scope lets that account see: a limited account reads the
history of its own contingents' records, and of nothing else.
"""

import datetime as dt
import enum
import json
import uuid
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from mss_training.errors import InputError, NotFoundError
from mss_training.messages import _
from mss_training.models import (
    AuditEntry,
    Certificate,
    Contingent,
    Exemption,
    Officer,
    Result,
    TrainingSession,
)
from mss_training.services.scope import audit_clause, no_officer, officer_clause, officer_visible
from mss_training.services.scoped_reads import visible_session


class AuditSubject(enum.StrEnum):
    OFFICER = "officer"
    SESSION = "session"
    RESULT = "result"
    CERTIFICATE = "certificate"


@dataclass(frozen=True)
class AuditLine:
    number: int
    at: dt.datetime
    actor: str
    action: str
    entity: str
    summary: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None

    def changes(self) -> list[str]:
        """Each value the entry records, as "name: old -> new" (or "name: value")."""
        before, after = self.before or {}, self.after or {}
        lines = []
        for name in dict.fromkeys([*before, *after]):
            shown = json.dumps(after.get(name), ensure_ascii=False)
            if name in before:
                shown = f"{json.dumps(before[name], ensure_ascii=False)} -> {shown}"
            lines.append(f"{name}: {shown}")
        return lines


def _as_uid(text: str) -> uuid.UUID | None:
    try:
        return uuid.UUID(text.strip())
    except ValueError:
        return None


def _lines(session: Session, query: Select[Any], within: Collection[str] | None) -> list[AuditLine]:
    rows = session.execute(
        query.where(audit_clause(within)).with_only_columns(
            AuditEntry.number, AuditEntry.at, AuditEntry.actor, AuditEntry.action,
            AuditEntry.entity, AuditEntry.summary, AuditEntry.before, AuditEntry.after,
        )
    ).all()  # fmt: skip
    return [AuditLine(*row) for row in rows]


def _about(
    session: Session, uids: Iterable[uuid.UUID], within: Collection[str] | None
) -> list[AuditLine]:
    wanted = list(set(uids))
    return _lines(
        session,
        select(AuditEntry).where(AuditEntry.entity_uid.in_(wanted)).order_by(AuditEntry.number),
        within,
    )


def recent_entries(
    session: Session, limit: int = 50, within: Collection[str] | None = None
) -> list[AuditLine]:
    """The newest ``limit`` entries the account may read, oldest first."""
    newest = _lines(
        session, select(AuditEntry).order_by(AuditEntry.number.desc()).limit(limit), within
    )
    return newest[::-1]


def officer_history(
    session: Session, officer_id: int, within: Collection[str] | None = None
) -> list[AuditLine]:
    officer_uid = session.scalar(select(Officer.uid).where(Officer.id == officer_id))
    if officer_uid is None or not officer_visible(session, within, officer_id):
        raise NotFoundError(_("That officer is no longer in the database."))
    hanging = [
        select(model.uid).where(model.officer_id == officer_id)
        for model in (Result, Certificate, Exemption)
    ]
    uids = [officer_uid, *(uid for query in hanging for uid in session.scalars(query))]
    return _about(session, uids, within)


def session_history(
    session: Session, session_id: int, within: Collection[str] | None = None
) -> list[AuditLine]:
    """The session's own entries and those of the results in it the account may see."""
    session_uid = session.scalar(
        select(TrainingSession.uid).where(TrainingSession.id == session_id)
    )
    if session_uid is None:
        raise NotFoundError(_("That training session is no longer in the database."))
    results = session.scalars(
        select(Result.uid).where(
            Result.session_id == session_id, officer_clause(within, Result.officer_id)
        )
    )
    return _about(session, [session_uid, *results], within)


def _result(session: Session, result_uid: uuid.UUID, within: Collection[str] | None) -> Any:
    found = session.execute(
        select(Result.session_id, Result.officer_id).where(Result.uid == result_uid)
    ).one_or_none()
    if found is None or not officer_visible(session, within, found.officer_id):
        raise NotFoundError(_("There is no result {result_uid}.").format(result_uid=result_uid))
    return found


def session_history_of_result(
    session: Session, result_uid: uuid.UUID, within: Collection[str] | None = None
) -> list[AuditLine]:
    """The history of the training session that recorded a result."""
    return session_history(session, _result(session, result_uid, within).session_id, within)


def result_history(
    session: Session, result_uid: uuid.UUID, within: Collection[str] | None = None
) -> list[AuditLine]:
    """The session that recorded a result, every correction of it, and its certificates."""
    found = _result(session, result_uid, within)
    # A correction stays in the session and officer of what it corrects.
    chain = select(Result.id, Result.uid).where(
        Result.session_id == found.session_id, Result.officer_id == found.officer_id
    )
    results = session.execute(chain).all()
    certificates = session.scalars(
        select(Certificate.uid).where(Certificate.result_id.in_([row.id for row in results]))
    )
    session_uid = session.scalar(
        select(TrainingSession.uid).where(TrainingSession.id == found.session_id)
    )
    assert session_uid is not None
    return _about(session, [session_uid, *(row.uid for row in results), *certificates], within)


def _officer_id(
    session: Session, key: str, contingent: str | None, within: Collection[str] | None
) -> int:
    uid = _as_uid(key)
    query = (
        select(Officer.id, Contingent.code)
        .join(Contingent, Contingent.id == Officer.contingent_id)
        .where(officer_clause(within, Officer.id))
    )
    if uid is not None:
        query = query.where(Officer.uid == uid)
    else:
        query = query.where(Officer.service_number == key.strip())
        if contingent:
            query = query.where(Contingent.code == contingent.strip().upper())
    found = session.execute(query.limit(2)).all()
    if not found:
        raise no_officer(key, within)
    if len(found) > 1:
        raise InputError(
            _(
                "Officers of {code} and {code2} have service number {key!r}; give --contingent."
            ).format(code=found[0].code, code2=found[1].code, key=key)
        )
    return int(found[0].id)


def history_of(
    session: Session,
    subject: AuditSubject,
    key: str,
    contingent: str | None = None,
    within: Collection[str] | None = None,
) -> list[AuditLine]:
    """The history of the record a user names: a UID, or a service number, session
    reference or certificate serial; a record the account may not see is not found."""
    if subject is AuditSubject.OFFICER:
        return officer_history(session, _officer_id(session, key, contingent, within), within)
    if subject is AuditSubject.SESSION:
        return session_history(session, visible_session(session, key, within).id, within)
    if subject is AuditSubject.RESULT:
        uid = _as_uid(key)
        if uid is None:
            raise InputError(_("{key!r} is not a result's id (a UUID).").format(key=key))
        return result_history(session, uid, within)
    uid = _as_uid(key)
    column = Certificate.uid if uid is not None else Certificate.serial
    certificate_uid = session.scalar(
        select(Certificate.uid).where(
            column == (uid if uid is not None else key.strip()),
            officer_clause(within, Certificate.officer_id),
        )
    )
    if certificate_uid is None:
        raise NotFoundError(_("There is no certificate {key!r}.").format(key=key))
    return _about(session, [certificate_uid], within)
