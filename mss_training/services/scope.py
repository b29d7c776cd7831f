"""The one scope rule for every read: what an account limited to some contingents may see.

An account limited to some contingents (``Actor.contingents``; None means every contingent)
sees an officer only when the officer belongs to one of them, and every record that hangs
from an officer (results, certificates, exemptions, holds, conflicts,
audit entries) only with it.
A training session is seen when at least one of its attendees is (recorded, or expected
at a planned session), and then with those attendees only: a session that mixes
contingents shows a Kenya-limited account its Kenyan attendees and nothing of the others.
Audit entries that name no officer's record (accounts, settings, bundles, bulk imports)
are for accounts that work for the whole mission; the curriculum's and the contingents'
own entries are for everyone.

Every service that reads records takes the account's contingents and asks here (or in
services.scoped_reads, for look-ups by reference), so the command line and the window show
the same things. This module imports no other service, so that any of them can use it.
docs/users.md states the rule for users.
"""

from collections.abc import Collection
from typing import Any

from sqlalchemy import ColumnElement, Select, exists, or_, select, true
from sqlalchemy.orm import Session, aliased

from mss_training.errors import NotFoundError
from mss_training.messages import _
from mss_training.models import (
    AuditEntry,
    Certificate,
    Contingent,
    EligibilityHold,
    Exemption,
    Officer,
    Result,
    SessionAttendee,
    TrainingSession,
)

# Entries about the mission's shared reference data, which every account reads anyway.
_SHARED_ENTITIES = ("curriculum_version", "module", "contingent")


def outside_text(contingent: str) -> str:
    """What a preview says of a row of another contingent, and nothing more."""
    return _("contingent {contingent} is outside your account's contingents").format(
        contingent=contingent
    )


def limits_text(within: Collection[str]) -> str:
    return ", ".join(sorted(within))


def visible_officer_ids(within: Collection[str]) -> Select[Any]:
    """The ids of the officers of those contingents, as a subquery to filter by."""
    return (
        select(Officer.id)
        .join(Contingent, Contingent.id == Officer.contingent_id)
        .where(Contingent.code.in_(sorted(within)))
    )


def officer_clause(within: Collection[str] | None, officer_id: Any) -> ColumnElement[bool]:
    """True for rows whose ``officer_id`` column names an officer the account may see."""
    if within is None:
        return true()
    return officer_id.in_(visible_officer_ids(within))


def session_clause(within: Collection[str] | None, session_id: Any = None) -> ColumnElement[bool]:
    """True for training sessions with at least one attendee the account may see."""
    if within is None:
        return true()
    column = TrainingSession.id if session_id is None else session_id
    # An alias of its own, so that a query already joining results is not correlated with it.
    attendee = aliased(Result)
    mine = officer_clause(within, attendee.officer_id)
    expected = aliased(SessionAttendee)
    return or_(
        exists(select(attendee.id).where(attendee.session_id == column, mine)),
        exists(
            select(expected.id).where(
                expected.session_id == column, officer_clause(within, expected.officer_id)
            )
        ),
    )


def audit_clause(within: Collection[str] | None) -> ColumnElement[bool]:
    """True for the audit entries the account may read."""
    if within is None:
        return true()
    officers = visible_officer_ids(within)
    hanging = [
        select(model.uid).where(model.officer_id.in_(officers))
        for model in (Result, Certificate, Exemption, EligibilityHold)
    ]
    sessions = select(TrainingSession.uid).where(session_clause(within))
    return or_(
        AuditEntry.entity.in_(_SHARED_ENTITIES),
        AuditEntry.entity_uid.in_(select(Officer.uid).where(Officer.id.in_(officers))),
        *(AuditEntry.entity_uid.in_(query) for query in hanging),
        AuditEntry.entity_uid.in_(sessions),
    )


def officer_visible(session: Session, within: Collection[str] | None, officer_id: int) -> bool:
    if within is None:
        return True
    return (
        session.scalar(
            select(Officer.id).where(Officer.id == officer_id, officer_clause(within, Officer.id))
        )
        is not None
    )


def no_officer(key: str, within: Collection[str] | None) -> NotFoundError:
    """The answer to a look-up of an officer who is not there, or not for this account."""
    if within is None:
        return NotFoundError(_("There is no officer {key!r}.").format(key=key))
    return NotFoundError(
        _("There is no officer {key!r} in {limits_text}.").format(
            key=key, limits_text=limits_text(within)
        )
    )
