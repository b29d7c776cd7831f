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
from mss_training.db.database import installation_site_id
from mss_training.domain import OfficerStatus
from mss_training.errors import InputError, NotFoundError
from mss_training.messages import _
from mss_training.models import Officer, Site, SyncConflict
from mss_training.services.audit import record_change
from mss_training.services.permissions import Actor, Permission, require
from mss_training.services.personnel import officer_details, update_officer
from mss_training.sync.conflict_records import CORRECTIONS, candidates_of, set_candidates
from mss_training.sync.corrections import resolve_corrections
from mss_training.sync.versions import Sibling, merge_siblings, resolving_version, version_of

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
    CORRECTIONS: "correction of a result",
}


@dataclass(frozen=True)
class ConflictValue:
    """One value in a conflict: what it is, which installation wrote it, and when."""

    value: str
    by: str
    at: dt.datetime


@dataclass(frozen=True)
class ConflictRow:
    id: int
    uid: str
    officer_id: int
    officer: str
    field: str
    # Every value standing, the one shown (the deterministic winner) first.
    values: tuple[ConflictValue, ...]
    found_at: dt.datetime
    found_by: str

    @property
    def kept(self) -> str:
        return self.values[0].value

    @property
    def other(self) -> str:
        return self.values[1].value


def shown(value: Any) -> str:
    if value is None or value == []:
        return "(empty)"
    if isinstance(value, list):
        return ", ".join(str(item) for item in value)
    return str(value)


def _bundle_value(name: str, value: Any) -> Any:
    """A field of OfficerDetails as bundles (and conflicts) carry it."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if name == "roles":
        return sorted(value)
    if isinstance(value, OfficerStatus):
        return value.value
    return value


def _detail_value(name: str, value: Any) -> Any:
    if name in ("deployment_start", "deployment_end"):
        return dt.date.fromisoformat(value) if value else None
    if name == "roles":
        return tuple(value or ())
    if name == "status":
        return OfficerStatus(value)
    return value


def _origin_uid(session: Session, officer: Officer) -> str:
    return str(session.scalar(select(Site.uid).where(Site.id == officer.site_id)))


def standing_values(session: Session, conflict: SyncConflict) -> list[Sibling]:
    """The conflict's values, with the officer's current one: an edit made here since may
    have replaced one of them knowingly."""
    officer = conflict.officer
    candidates = candidates_of(conflict)
    if conflict.field == CORRECTIONS:
        return candidates
    current = Sibling(
        _bundle_value(
            conflict.field, getattr(officer_details(session, officer.id), conflict.field)
        ),
        version_of(
            officer.field_versions or {},
            conflict.field,
            officer.created_at,
            _origin_uid(session, officer),
        ),
    )
    standing = merge_siblings([current, *candidates])
    if current.version.order not in {sibling.version.order for sibling in standing}:
        # Kept against a later version (a service number another officer holds).
        return candidates
    return standing


def open_conflicts(session: Session) -> list[ConflictRow]:
    sites = {str(uid): name for uid, name in session.execute(select(Site.uid, Site.name))}
    by_id = dict(session.execute(select(Site.id, Site.name)).all())
    rows = []
    statement = (
        select(SyncConflict)
        .where(SyncConflict.resolved_at.is_(None))
        .order_by(SyncConflict.found_at, SyncConflict.id)
    )
    for conflict in session.scalars(statement):
        standing = standing_values(session, conflict)
        if len(standing) < 2:
            continue  # settled here by an edit; the next merge closes it
        officer = conflict.officer
        rows.append(
            ConflictRow(
                id=conflict.id,
                uid=str(conflict.uid),
                officer_id=officer.id,
                officer=(
                    f"{officer.contingent.code} {officer.service_number} "
                    f"{officer.family_name}, {officer.given_names}"
                ),
                field=FIELD_LABELS.get(conflict.field, conflict.field),
                values=tuple(
                    ConflictValue(
                        shown(sibling.value),
                        sites.get(sibling.version.site, "another site"),
                        parse_stamp_time(sibling.version.at),
                    )
                    for sibling in standing
                ),
                found_at=conflict.found_at,
                found_by=by_id.get(conflict.found_site_id or 0, "this installation"),
            )
        )
    return rows


def resolve_conflict(
    session: Session,
    conflict_id: int,
    *,
    use_other: bool = False,
    choice: int | None = None,
    actor: Actor,
) -> str:
    """Settle a conflict with one of its values: the kept one (1) unless told otherwise.

    ``use_other`` picks the second value; ``choice`` any value by its number (from 1).
    The choice is an edit made knowing every value, so it closes the conflict wherever
    the next bundles take it.
    """
    require(actor, Permission.RESOLVE_CONFLICTS)
    conflict = session.get(SyncConflict, conflict_id)
    if conflict is None:
        raise NotFoundError(
            _("There is no conflict {conflict_id}.").format(conflict_id=conflict_id)
        )
    if conflict.resolved_at is not None:
        raise InputError(
            _("Conflict {conflict_id} was already resolved by {resolved_by}.").format(
                conflict_id=conflict_id, resolved_by=conflict.resolved_by
            )
        )
    standing = standing_values(session, conflict)
    number = choice if choice is not None else (2 if use_other else 1)
    if not 1 <= number <= len(standing):
        raise InputError(
            _("Conflict {conflict_id} has {count} values; choose one from 1 to {count}.").format(
                conflict_id=conflict_id, count=len(standing)
            )
        )
    if conflict.field == CORRECTIONS:
        return _settle_corrections(session, conflict, number, actor)
    chosen = standing[number - 1].value
    officer = session.get(Officer, conflict.officer_id)
    assert officer is not None
    name = conflict.field
    label = FIELD_LABELS.get(name, name)
    details = officer_details(session, officer.id)
    if _bundle_value(name, getattr(details, name)) != chosen:
        update_officer(
            session,
            officer.id,
            dataclasses.replace(details, **{name: _detail_value(name, chosen)}),
            actor,
        )
    own = session.get(Site, installation_site_id(session))
    assert own is not None
    now = utc_now()
    origin = _origin_uid(session, officer)
    current = version_of(officer.field_versions or {}, name, officer.created_at, origin)
    version = resolving_version(
        [current, *(sibling.version for sibling in standing)], site=str(own.uid), now=now
    )
    officer.field_versions = {**(officer.field_versions or {}), name: version.to_json()}
    officer.updated_at = parse_stamp_time(version.at)
    officer.updated_site_id = own.id
    set_candidates(conflict, standing)
    conflict.resolved_at = now
    conflict.resolved_by = actor.username
    conflict.resolved_site_id = own.id
    conflict.resolution = f"{'kept' if number == 1 else 'used'} {shown(chosen)}"
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
        before={"values": [sibling.value for sibling in standing]},
        after={"chosen": chosen},
    )
    return summary


def _settle_corrections(session: Session, conflict: SyncConflict, number: int, actor: Actor) -> str:
    shown_value = resolve_corrections(session, conflict, number, actor)
    own = session.get(Site, installation_site_id(session))
    assert own is not None
    conflict.resolved_at = utc_now()
    conflict.resolved_by = actor.username
    conflict.resolved_site_id = own.id
    conflict.resolution = f"{'kept' if number == 1 else 'used'} {shown_value}"
    officer = conflict.officer
    summary = (
        f"Resolved conflicting corrections of a result of {officer.contingent.code} "
        f"{officer.service_number}: {conflict.resolution}"
    )
    record_change(
        session,
        actor=actor.username,
        action="resolve",
        entity="officer",
        entity_uid=officer.uid,
        summary=summary,
        before={"values": [data.get("value") for data in conflict.candidates]},
        after={"chosen": shown_value},
    )
    return summary
