"""Eligibility holds: what keeps an officer from deploying whatever their training.

A hold is placed on one officer (human-rights vetting, conduct and discipline, medical,
administrative) and is in force from its first day through its last (``until``, or
open-ended) and until the day it is lifted. It is never deleted: lifting records who,
when and why. A vetting record that is *cleared* is not a hold but the clearance that a
curriculum asking for vetting wants on the day (docs/holds.md states the rules).

Who sees a hold is the scope rule (services.scope); who reads its reason and reference
is ``sees_hold_details`` (services.permissions). The clauses here are what readiness
asks of the database, so that the engine and a single officer's answer agree.
"""

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from mss_training.dates import utc_now
from mss_training.db.database import installation_site_id
from mss_training.domain import HoldKind, VettingStatus
from mss_training.errors import InputError
from mss_training.messages import N_, _
from mss_training.models import Contingent, EligibilityHold, Officer
from mss_training.services.audit import record_change
from mss_training.services.hold_rules import (
    hold_status,
    holding_back,
)
from mss_training.services.permissions import (
    Actor,
    Permission,
    require_contingents,
    sees_hold_details,
    visible_contingents,
)
from mss_training.services.personnel import OfficerRef, find_officer
from mss_training.services.scope import no_officer, officer_clause, officer_visible
from mss_training.services.uid_lookup import find_by_uid
from mss_training.text_limits import column_length, text_problem


@dataclass(frozen=True)
class HoldInput:
    """A hold as a coordinator places it."""

    officer: OfficerRef
    kind: HoldKind
    reason: str
    since: dt.date
    vetting_status: VettingStatus | None = None
    reference: str = ""
    until: dt.date | None = None


@dataclass(frozen=True)
class HoldLine:
    """A hold as a list shows it; ``reason`` and ``reference`` are None for roles that may
    not read them."""

    uid: uuid.UUID
    contingent: str
    service_number: str
    family_name: str
    given_names: str
    kind: str
    status: str
    since: dt.date
    until: dt.date | None
    reason: str | None
    reference: str | None
    placed_by: str
    lifted_on: dt.date | None
    lifted_by: str | None
    lift_reason: str | None

    @property
    def short_id(self) -> str:
        return self.uid.hex[:8]


def check_hold_entry(
    kind: str,
    vetting_status: str | None,
    reason: str,
    reference: str,
    since: dt.date,
    until: dt.date | None,
) -> None:
    """InputError if a hold could not be placed here; a sync merge applies it too."""
    if kind == HoldKind.VETTING.value:
        if vetting_status is None:
            raise InputError(_("Say where the vetting stands: pending, cleared or refused."))
    elif vetting_status is not None:
        raise InputError(_("Only a vetting hold has a vetting status."))
    if not reason.strip():
        raise InputError(_("A hold needs a reason."))
    for name, value, limit in (
        (N_("reason"), reason, None),
        (N_("reference"), reference, column_length(EligibilityHold.reference)),
    ):
        problem = text_problem(value, limit)
        if problem:
            said = _("The hold's {name} {problem}.")
            raise InputError(said.format(name=_(name), problem=problem))
    if until is not None and until < since:
        raise InputError(
            _("A hold cannot end ({until}) before it starts ({since}).").format(
                until=until, since=since
            )
        )
    if kind == HoldKind.VETTING.value and vetting_status == VettingStatus.CLEARED and not until:
        raise InputError(_("Say until when the vetting clears the officer (--until)."))


def place_hold(session: Session, entry: HoldInput, actor: Actor) -> uuid.UUID:
    """Place a hold (or record a vetting) on one officer."""
    require_contingents(session, actor, Permission.MANAGE_HOLDS, [entry.officer.contingent])
    status = entry.vetting_status.value if entry.vetting_status else None
    check_hold_entry(
        entry.kind.value, status, entry.reason, entry.reference, entry.since, entry.until
    )
    officer = find_officer(session, entry.officer)
    hold = EligibilityHold(
        officer_id=officer.id,
        kind=entry.kind.value,
        vetting_status=status,
        reason=entry.reason.strip(),
        reference=entry.reference.strip(),
        placed_by=actor.username,
        since=entry.since,
        until=entry.until,
        site_id=installation_site_id(session),
    )
    session.add(hold)
    session.flush()
    shown = hold_status(hold.kind, status)
    record_change(
        session,
        actor=actor.username,
        action="create",
        entity="hold",
        entity_uid=hold.uid,
        summary=f"Placed a {hold.kind} hold ({shown}) on {officer.service_number}",
        after={
            "kind": hold.kind,
            "status": shown,
            "since": entry.since.isoformat(),
            "until": entry.until.isoformat() if entry.until else None,
        },
    )
    return hold.uid


def lift_hold(
    session: Session, reference: str, reason: str, actor: Actor, on: dt.date | None = None
) -> HoldLine:
    """Lift a hold from ``on`` (today when left out): it stays, marked lifted."""
    hold = find_by_uid(session, EligibilityHold, reference, _("hold"))
    officer = session.get(Officer, hold.officer_id)
    assert officer is not None
    if not officer_visible(session, actor.contingents, officer.id):
        raise no_officer(reference, actor.contingents)
    require_contingents(session, actor, Permission.MANAGE_HOLDS, [officer.contingent.code])
    if hold.lifted_at is not None:
        raise InputError(
            _("That hold was already lifted on {lifted_on}.").format(lifted_on=hold.lifted_on)
        )
    if not reason.strip():
        raise InputError(_("Say why the hold is lifted."))
    problem = text_problem(reason)
    if problem:
        raise InputError(_("The reason {problem}.").format(problem=problem))
    hold.lifted_at = utc_now()
    hold.lifted_on = on or dt.date.today()
    hold.lifted_by = actor.username
    hold.lift_reason = reason.strip()
    session.flush()
    record_change(
        session,
        actor=actor.username,
        action="update",
        entity="hold",
        entity_uid=hold.uid,
        summary=f"Lifted the {hold.kind} hold on {officer.service_number}",
        after={"lifted_on": hold.lifted_on.isoformat()},
    )
    return _lines(session, select(EligibilityHold.id).where(EligibilityHold.id == hold.id), actor)[
        0
    ]


def list_holds(
    session: Session,
    actor: Actor,
    *,
    contingent: str | None = None,
    open_on: dt.date | None = None,
    officer_id: int | None = None,
) -> list[HoldLine]:
    """The holds the actor may see; with ``open_on``, only those holding back on that day."""
    within = visible_contingents(actor, contingent)
    ids = select(EligibilityHold.id).where(officer_clause(within, EligibilityHold.officer_id))
    if contingent:
        ids = ids.where(
            EligibilityHold.officer_id.in_(
                select(Officer.id)
                .join(Contingent, Contingent.id == Officer.contingent_id)
                .where(Contingent.code == contingent.strip().upper())
            )
        )
    if officer_id is not None:
        ids = ids.where(EligibilityHold.officer_id == officer_id)
    if open_on is not None:
        ids = ids.where(holding_back(open_on))
    return _lines(session, ids, actor)


def _lines(session: Session, ids: Select, actor: Actor) -> list[HoldLine]:
    details = sees_hold_details(actor)
    statement = (
        select(EligibilityHold, Officer, Contingent.code)
        .join(Officer, Officer.id == EligibilityHold.officer_id)
        .join(Contingent, Contingent.id == Officer.contingent_id)
        .where(EligibilityHold.id.in_(ids))
        .order_by(Contingent.code, Officer.service_number, EligibilityHold.since)
    )
    return [
        HoldLine(
            uid=hold.uid,
            contingent=code,
            service_number=officer.service_number,
            family_name=officer.family_name,
            given_names=officer.given_names,
            kind=hold.kind,
            status=hold_status(hold.kind, hold.vetting_status),
            since=hold.since,
            until=hold.until,
            reason=hold.reason if details else None,
            reference=hold.reference if details else None,
            placed_by=hold.placed_by,
            lifted_on=hold.lifted_on,
            lifted_by=hold.lifted_by,
            lift_reason=hold.lift_reason if details else None,
        )
        for hold, officer, code in session.execute(statement)
    ]
