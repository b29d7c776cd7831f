"""The eligibility-hold rules as the readiness engine asks them of the database.

Apart from services/holds.py (placing, lifting, listing holds) so that readiness, which
every script's `readiness --brief` runs, does not import the write side (the audit trail,
personnel look-ups). docs/holds.md states the rules.
"""

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, exists, not_, or_, select

from mss_training.db.readers import Reader
from mss_training.db.tables import eligibility_holds
from mss_training.domain import HoldKind, VettingStatus
from mss_training.words import hold_status_word, word_for

# What an officer without the clearance the curriculum asks for shows among their holds.
NOT_CLEARED = "not_cleared"
# The status of a hold that is not about vetting.
OPEN = "open"


@dataclass(frozen=True)
class HoldState:
    """What readiness says of a hold: for every role, without reason or reference."""

    kind: str
    status: str
    since: dt.date | None
    until: dt.date | None


def hold_status(kind: str, vetting_status: str | None) -> str:
    """A vetting hold's vetting status; "open" for the other kinds."""
    return vetting_status or OPEN if kind == HoldKind.VETTING.value else OPEN


# -- the rules, as clauses the readiness engine adds to its statements ------------------


def in_force(day: dt.date) -> ColumnElement[bool]:
    """True for the holds (and vetting records) that stand on ``day``."""
    return and_(
        eligibility_holds.c.since <= day,
        or_(eligibility_holds.c.until.is_(None), eligibility_holds.c.until >= day),
        or_(eligibility_holds.c.lifted_on.is_(None), eligibility_holds.c.lifted_on > day),
    )


def _cleared() -> ColumnElement[bool]:
    return and_(
        eligibility_holds.c.kind == HoldKind.VETTING.value,
        eligibility_holds.c.vetting_status == VettingStatus.CLEARED.value,
    )


def holding_back(day: dt.date) -> ColumnElement[bool]:
    """True for the holds that keep their officer from deploying on ``day``."""
    return and_(in_force(day), not_(_cleared()))


def held_back(officer_id: Any, day: dt.date, requires_vetting: bool) -> ColumnElement[bool]:
    """True for the officers who may not deploy on ``day`` whatever their training."""
    held = exists().where(eligibility_holds.c.officer_id == officer_id, holding_back(day))
    if not requires_vetting:
        return held
    cleared = exists().where(
        eligibility_holds.c.officer_id == officer_id, in_force(day), _cleared()
    )
    return or_(held, not_(cleared))


def holds_of(
    session: Reader, officer_ids: Select, day: dt.date, requires_vetting: bool
) -> dict[int, tuple[HoldState, ...]]:
    """Per officer (of ``officer_ids``) held back on ``day``, the holds that do it.

    An officer the curriculum wants vetted, with no clearance that day and no vetting
    hold of their own, shows one ``vetting`` entry with the status "not_cleared".
    """
    found: dict[int, list[HoldState]] = {}
    cleared: set[int] = set()
    for officer_id, kind, status, since, until in session.execute(
        select(
            eligibility_holds.c.officer_id,
            eligibility_holds.c.kind,
            eligibility_holds.c.vetting_status,
            eligibility_holds.c.since,
            eligibility_holds.c.until,
        )
        .where(eligibility_holds.c.officer_id.in_(officer_ids), in_force(day))
        .order_by(eligibility_holds.c.officer_id, eligibility_holds.c.since, eligibility_holds.c.id)
    ):
        if kind == HoldKind.VETTING.value and status == VettingStatus.CLEARED.value:
            cleared.add(officer_id)
            continue
        found.setdefault(officer_id, []).append(
            HoldState(kind, hold_status(kind, status), since, until)
        )
    if requires_vetting:
        for officer_id in session.scalars(officer_ids):
            vetted = any(
                state.kind == HoldKind.VETTING.value for state in found.get(officer_id, ())
            )
            if officer_id not in cleared and not vetted:
                found.setdefault(officer_id, []).append(
                    HoldState(HoldKind.VETTING.value, NOT_CLEARED, None, None)
                )
    return {officer_id: tuple(states) for officer_id, states in found.items()}


def hold_kinds(states: Iterable[HoldState]) -> str:
    """E.g. "conduct, vetting (pending)", for a table cell."""
    return ", ".join(
        word_for(HoldKind, state.kind)
        if state.status == OPEN
        else f"{word_for(HoldKind, state.kind)} ({hold_status_word(state.status)})"
        for state in states
    )
