"""The conflict list: edits of one officer's field made at two sites unknown to each other.

Resolving one is an edit made here knowing both sides, so it travels in the next bundles
and settles the same conflict wherever else it was found.
"""

import dataclasses
import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mss_training.dates import parse_stamp_time, utc_now
from mss_training.domain import OfficerStatus
from mss_training.errors import InputError, NotFoundError
from mss_training.models import Officer, Site, SyncConflict
from mss_training.services.audit import record_change
from mss_training.services.permissions import Actor, Permission, require
from mss_training.services.personnel import (
    edit_stamper,
    officer_details,
    update_officer,
)
from mss_training.sync.versions import FieldVersion

FIELD_LABELS = {
    "service_number": "service number",
    "family_name": "family name",
    "given_names": "given names",
    "rank": "rank",
    "unit": "unit",
    "roles": "roles",
    "gender": "gender",
    "status": "status",
    "deployment_start": "deployment start",
    "deployment_end": "deployment end",
}


@dataclass(frozen=True)
class ConflictRow:
    id: int
    officer_id: int
    officer: str
    field: str
    kept: str
    kept_by: str
    kept_at: dt.datetime
    other: str
    other_by: str
    other_at: dt.datetime
    found_at: dt.datetime


def shown(value: Any) -> str:
    if value is None or value == []:
        return "(empty)"
    if isinstance(value, list):
        return ", ".join(str(item) for item in value)
    return str(value)


def open_conflicts(session: Session) -> list[ConflictRow]:
    sites = {str(uid): name for uid, name in session.execute(select(Site.uid, Site.name))}
    rows = []
    statement = (
        select(SyncConflict)
        .where(SyncConflict.resolved_at.is_(None))
        .order_by(SyncConflict.found_at, SyncConflict.id)
    )
    for conflict in session.scalars(statement):
        officer = conflict.officer
        kept = FieldVersion.from_json(conflict.kept_stamp)
        other = FieldVersion.from_json(conflict.other_stamp)
        rows.append(
            ConflictRow(
                id=conflict.id,
                officer_id=officer.id,
                officer=(
                    f"{officer.contingent.code} {officer.service_number} "
                    f"{officer.family_name}, {officer.given_names}"
                ),
                field=FIELD_LABELS.get(conflict.field, conflict.field),
                kept=shown(conflict.kept_value),
                kept_by=sites.get(kept.site, "another site"),
                kept_at=parse_stamp_time(kept.at),
                other=shown(conflict.other_value),
                other_by=sites.get(other.site, "another site"),
                other_at=parse_stamp_time(other.at),
                found_at=conflict.found_at,
            )
        )
    return rows


def _detail_value(name: str, value: Any) -> Any:
    if name in ("deployment_start", "deployment_end"):
        return dt.date.fromisoformat(value) if value else None
    if name == "roles":
        return tuple(value or ())
    if name == "status":
        return OfficerStatus(value)
    return value


def resolve_conflict(session: Session, conflict_id: int, *, use_other: bool, actor: Actor) -> str:
    """Settle a conflict: keep the value the merge kept, or use the other one instead."""
    require(actor, Permission.RESOLVE_CONFLICTS)
    conflict = session.get(SyncConflict, conflict_id)
    if conflict is None:
        raise NotFoundError(f"There is no conflict {conflict_id}.")
    if conflict.resolved_at is not None:
        raise InputError(f"Conflict {conflict_id} was already resolved by {conflict.resolved_by}.")
    officer = session.get(Officer, conflict.officer_id)
    assert officer is not None
    label = FIELD_LABELS.get(conflict.field, conflict.field)
    chosen = conflict.other_value if use_other else conflict.kept_value
    details = officer_details(session, officer.id)
    if use_other:
        update_officer(
            session,
            officer.id,
            dataclasses.replace(details, **{conflict.field: _detail_value(conflict.field, chosen)}),
            actor,
        )
    else:
        # Confirming is an edit too, so that the other sites settle the conflict as well.
        now = utc_now()
        officer.field_versions = edit_stamper(session, now)(
            officer.field_versions, [conflict.field], officer.created_at, officer.site_id
        )
        officer.updated_at = now
    conflict.resolved_at = utc_now()
    conflict.resolved_by = actor.username
    conflict.resolution = f"{'used' if use_other else 'kept'} {shown(chosen)}"
    summary = (
        f"Resolved conflict on {label} of {details.contingent} {details.service_number}: "
        f"{conflict.resolution}"
    )
    record_change(
        session,
        actor=actor.username,
        action="resolve",
        entity="officer",
        entity_uid=officer.uid,
        summary=summary,
        before={"kept": conflict.kept_value, "other": conflict.other_value},
        after={"chosen": chosen},
    )
    return summary
