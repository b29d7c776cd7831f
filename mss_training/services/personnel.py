"""Officers: adding them one by one or in bulk, finding them, and their units."""

import datetime as dt
import unicodedata
import uuid
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from mss_training.dates import utc_now
from mss_training.db.database import installation_site_id
from mss_training.domain import OfficerStatus
from mss_training.errors import InputError, NotFoundError
from mss_training.models import Contingent, Officer, OfficerRole, Role, Site, Unit
from mss_training.services.audit import plain, record_change
from mss_training.services.permissions import Actor, Permission, require, require_contingents
from mss_training.services.reference import contingent_by_code
from mss_training.sync.versions import OFFICER_FIELDS, stamp_edit
from mss_training.text_limits import column_length, text_problem


def fold_for_search(*parts: str | None) -> str:
    """Lower-case text without accents, so that "Dorelien" finds "Dorélien"."""
    text = " ".join(part for part in parts if part)
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


@dataclass(frozen=True)
class OfficerInput:
    contingent: str
    service_number: str
    family_name: str
    given_names: str
    rank: str | None = None
    unit: str | None = None
    roles: tuple[str, ...] = ()
    gender: str | None = None
    status: OfficerStatus = OfficerStatus.ACTIVE
    deployment_start: dt.date | None = None
    deployment_end: dt.date | None = None
    uid: uuid.UUID = field(default_factory=uuid.uuid4)


@dataclass(frozen=True)
class OfficerRef:
    """How a user names an officer: the service number within a contingent."""

    contingent: str
    service_number: str


def officer_text_problem(field_name: str, value: str) -> str | None:
    """Why an officer's text field (``family_name``, ``unit``...) cannot hold ``value``, or None."""
    column = Unit.name if field_name == "unit" else getattr(Officer, field_name)
    problem = text_problem(value, column_length(column))
    return f"{field_name.replace('_', ' ')} {problem}" if problem else None


def validate_officer(officer: OfficerInput) -> None:
    """Raise InputError with one plain sentence for the first thing wrong with ``officer``."""
    for name in ("service_number", "family_name", "given_names", "rank", "unit", "gender"):
        problem = officer_text_problem(name, getattr(officer, name) or "")
        if problem:
            raise InputError(f"The officer's {problem}.")
    if not officer.service_number.strip():
        raise InputError("An officer needs a service number.")
    if not officer.family_name.strip():
        raise InputError(f"Officer {officer.service_number} needs a family name.")
    if not officer.given_names.strip():
        raise InputError(f"Officer {officer.service_number} needs given names.")
    if (
        officer.deployment_start
        and officer.deployment_end
        and officer.deployment_end < officer.deployment_start
    ):
        raise InputError(f"Officer {officer.service_number}'s deployment ends before it starts.")


def unit_id_for(
    session: Session,
    contingent: Contingent,
    name: str,
    site_id: int,
    cache: dict[tuple[int, str], int],
) -> int:
    """The id of a contingent's unit by name, creating the unit the first time it is named."""
    key = (contingent.id, name)
    if key not in cache:
        unit_id = session.scalar(
            select(Unit.id).where(Unit.contingent_id == contingent.id, Unit.name == name)
        )
        if unit_id is None:
            unit = Unit(contingent_id=contingent.id, name=name, site_id=site_id)
            session.add(unit)
            session.flush()
            unit_id = unit.id
        cache[key] = unit_id
    return cache[key]


def add_officers(
    session: Session, officers: Sequence[OfficerInput], actor: Actor, *, audit: bool = True
) -> int:
    """Add many officers in a few bulk statements, all validated first.

    This is the one path by which officers enter the database, whether typed in, imported
    or generated, so every officer gets the same checks and search text.
    """
    require(actor, Permission.EDIT_PERSONNEL)
    if not officers:
        return 0
    require_contingents(
        session, actor, Permission.EDIT_PERSONNEL, {officer.contingent for officer in officers}
    )
    site_id = installation_site_id(session)
    contingents: dict[str, Contingent] = {}
    roles = dict(session.execute(select(Role.code, Role.id)).all())
    units: dict[tuple[int, str], int] = {}
    now = utc_now()
    officer_rows: list[dict[str, object]] = []
    seen: set[tuple[str, str]] = set()
    for officer in officers:
        validate_officer(officer)
        code = officer.contingent.strip().upper()
        if code not in contingents:
            contingents[code] = contingent_by_code(session, code)
        contingent = contingents[code]
        number = officer.service_number.strip()
        if (code, number) in seen:
            raise InputError(f"Service number {number} appears twice for contingent {code}.")
        seen.add((code, number))
        for role in officer.roles:
            if role not in roles:
                raise NotFoundError(f"Officer {number} has unknown role {role!r}.")
        unit_id = (
            unit_id_for(session, contingent, officer.unit.strip(), site_id, units)
            if officer.unit and officer.unit.strip()
            else None
        )
        officer_rows.append(
            {
                "uid": officer.uid,
                "contingent_id": contingent.id,
                "service_number": number,
                "family_name": officer.family_name.strip(),
                "given_names": officer.given_names.strip(),
                "rank": officer.rank,
                "unit_id": unit_id,
                "gender": officer.gender,
                "status": officer.status.value,
                "deployment_start": officer.deployment_start,
                "deployment_end": officer.deployment_end,
                "search_text": fold_for_search(officer.family_name, officer.given_names, number),
                "created_at": now,
                "updated_at": now,
                "site_id": site_id,
                "updated_site_id": site_id,
            }
        )
    taken = _taken_service_numbers(session, {(row[0], row[1]) for row in seen})
    if taken:
        code, number = sorted(taken)[0]
        raise InputError(f"Contingent {code} already has an officer with service number {number}.")
    ids = session.scalars(
        insert(Officer).returning(Officer.id, sort_by_parameter_order=True), officer_rows
    ).all()
    role_rows = [
        {"officer_id": officer_id, "role_id": roles[role]}
        for officer, officer_id in zip(officers, ids, strict=True)
        for role in set(officer.roles)
    ]
    if role_rows:
        session.execute(insert(OfficerRole), role_rows)
    if not audit:  # the caller writes one entry for the whole operation
        return len(officer_rows)
    record_change(
        session,
        actor=actor.username,
        action="create",
        entity="officer",
        entity_uid=officers[0].uid if len(officers) == 1 else None,
        summary=(
            f"Added officer {officers[0].contingent} {officers[0].service_number}"
            if len(officers) == 1
            else f"Added {len(officers)} officers"
        ),
        after=_officer_audit(officer_rows[0]) if len(officers) == 1 else {"count": len(officers)},
    )
    return len(officer_rows)


def _officer_audit(row: dict[str, object]) -> dict[str, object]:
    keep = ("service_number", "family_name", "given_names", "rank", "gender", "status")
    return {key: row[key] for key in keep}


def _taken_service_numbers(session: Session, wanted: set[tuple[str, str]]) -> set[tuple[str, str]]:
    taken: set[tuple[str, str]] = set()
    by_code: dict[str, list[str]] = {}
    for code, number in wanted:
        by_code.setdefault(code, []).append(number)
    for code, numbers in by_code.items():
        for start in range(0, len(numbers), 500):
            chunk = numbers[start : start + 500]
            rows = session.scalars(
                select(Officer.service_number)
                .join(Contingent, Contingent.id == Officer.contingent_id)
                .where(Contingent.code == code, Officer.service_number.in_(chunk))
            )
            taken.update((code, number) for number in rows)
    return taken


def find_officer(session: Session, ref: OfficerRef) -> Officer:
    """The officer a user names by contingent and service number, or a plain error."""
    contingent = contingent_by_code(session, ref.contingent)
    officer = (
        None
        if text_problem(ref.service_number)
        else session.scalar(
            select(Officer).where(
                Officer.contingent_id == contingent.id,
                Officer.service_number == ref.service_number.strip(),
            )
        )
    )
    if officer is None:
        raise NotFoundError(
            f"Contingent {contingent.code} has no officer with service number {ref.service_number}."
        )
    return officer


@dataclass(frozen=True)
class OfficerRow:
    """One line of the personnel table."""

    id: int
    service_number: str
    family_name: str
    given_names: str
    rank: str | None
    contingent: str
    unit: str | None
    status: str
    roles: str


def search_officer_ids(
    session: Session,
    text: str = "",
    *,
    contingent: str | None = None,
    unit: str | None = None,
    role: str | None = None,
    status: str | None = None,
    within: Collection[str] | None = None,
) -> list[int]:
    """Ids of the officers matching a search, in name order; accents and case ignored.

    ``within`` limits the search to those contingents (an account's limits).
    """
    statement = select(Officer.id).join(Contingent, Contingent.id == Officer.contingent_id)
    # No stored name holds NUL (PostgreSQL could not even be asked about one).
    for word in fold_for_search(text.replace("\x00", "")).split():
        statement = statement.where(Officer.search_text.contains(word, autoescape=True))
    if contingent:
        statement = statement.where(Contingent.code == contingent)
    if within is not None:
        statement = statement.where(Contingent.code.in_(sorted(within)))
    if unit:
        statement = statement.join(Unit, Unit.id == Officer.unit_id).where(Unit.name == unit)
    if role:
        holds = (
            select(OfficerRole.officer_id)
            .join(Role, Role.id == OfficerRole.role_id)
            .where(OfficerRole.officer_id == Officer.id, Role.code == role)
            .exists()
        )
        statement = statement.where(holds)
    if status:
        statement = statement.where(Officer.status == status)
    statement = statement.order_by(Officer.family_name, Officer.given_names, Officer.id)
    return list(session.scalars(statement))


def officer_rows(session: Session, ids: Sequence[int]) -> list[OfficerRow]:
    """The rows of the given officers, in the order of ``ids``."""
    found: dict[int, OfficerRow] = {}
    roles: dict[int, list[str]] = {}
    for officer_id, code in session.execute(
        select(OfficerRole.officer_id, Role.code)
        .join(Role, Role.id == OfficerRole.role_id)
        .where(OfficerRole.officer_id.in_(ids))
        .order_by(Role.code)
    ):
        roles.setdefault(officer_id, []).append(code)
    for row in session.execute(
        select(
            Officer.id, Officer.service_number, Officer.family_name, Officer.given_names,
            Officer.rank, Contingent.code, Unit.name, Officer.status,
        )
        .join(Contingent, Contingent.id == Officer.contingent_id)
        .outerjoin(Unit, Unit.id == Officer.unit_id)
        .where(Officer.id.in_(ids))
    ):  # fmt: skip
        found[row[0]] = OfficerRow(*row, roles=", ".join(roles.get(row[0], [])))
    return [found[officer_id] for officer_id in ids if officer_id in found]


def officer_id_for(session: Session, uid: uuid.UUID) -> int:
    officer_id = session.scalar(select(Officer.id).where(Officer.uid == uid))
    if officer_id is None:
        raise NotFoundError("That officer is no longer in the database.")
    return officer_id


def unit_names(session: Session, contingent: str) -> list[str]:
    return list(
        session.scalars(
            select(Unit.name)
            .join(Contingent, Contingent.id == Unit.contingent_id)
            .where(Contingent.code == contingent)
            .order_by(Unit.name)
        )
    )


def active_officers(session: Session, contingent: str, unit: str | None = None) -> list[OfficerRow]:
    """The active officers of a contingent (or one of its units), in name order."""
    statement = (
        select(Officer.id)
        .join(Contingent, Contingent.id == Officer.contingent_id)
        .where(Contingent.code == contingent, Officer.status == OfficerStatus.ACTIVE.value)
        .order_by(Officer.family_name, Officer.given_names)
    )
    if unit:
        statement = statement.join(Unit, Unit.id == Officer.unit_id).where(Unit.name == unit)
    return officer_rows(session, list(session.scalars(statement)))


def officers_by_service_number(
    session: Session, numbers: Sequence[str], contingent: str | None = None
) -> tuple[list[OfficerRow], list[str]]:
    """The officers a pasted list of service numbers names, and the numbers nobody has."""
    wanted = [number.strip() for number in numbers if number.strip()]
    # A number no officer could have (NUL in it) is unknown without asking the database.
    queried = [number for number in wanted if not text_problem(number)]
    statement = select(Officer.id, Officer.service_number).join(
        Contingent, Contingent.id == Officer.contingent_id
    )
    if contingent:
        statement = statement.where(Contingent.code == contingent)
    found: dict[str, list[int]] = {}
    for start in range(0, len(queried), 500):
        for officer_id, number in session.execute(
            statement.where(Officer.service_number.in_(queried[start : start + 500]))
        ):
            found.setdefault(number, []).append(officer_id)
    ids = [officer_id for number in wanted for officer_id in found.get(number, [])]
    unknown = [number for number in wanted if number not in found]
    return officer_rows(session, list(dict.fromkeys(ids))), unknown


@dataclass(frozen=True)
class OfficerDetails:
    """An officer's editable fields, as a form shows them."""

    contingent: str
    service_number: str
    family_name: str
    given_names: str
    rank: str | None
    unit: str | None
    roles: tuple[str, ...]
    gender: str | None
    status: OfficerStatus
    deployment_start: dt.date | None
    deployment_end: dt.date | None


def officer_details(session: Session, officer_id: int) -> OfficerDetails:
    officer = session.get(Officer, officer_id)
    if officer is None:
        raise NotFoundError("That officer is no longer in the database.")
    return OfficerDetails(
        contingent=officer.contingent.code,
        service_number=officer.service_number,
        family_name=officer.family_name,
        given_names=officer.given_names,
        rank=officer.rank,
        unit=officer.unit.name if officer.unit else None,
        roles=tuple(role.code for role in officer.roles),
        gender=officer.gender,
        status=OfficerStatus(officer.status),
        deployment_start=officer.deployment_start,
        deployment_end=officer.deployment_end,
    )


def update_officer(
    session: Session, officer_id: int, details: OfficerDetails, actor: Actor
) -> None:
    """Change an officer's record; the audit log keeps the values before and after."""
    require(actor, Permission.EDIT_PERSONNEL)
    officer = session.get(Officer, officer_id)
    if officer is None:
        raise NotFoundError("That officer is no longer in the database.")
    require_contingents(session, actor, Permission.EDIT_PERSONNEL, [officer.contingent.code])
    validate_officer(
        OfficerInput(
            contingent=details.contingent,
            service_number=details.service_number,
            family_name=details.family_name,
            given_names=details.given_names,
            rank=details.rank,
            unit=details.unit,
            gender=details.gender,
            deployment_start=details.deployment_start,
            deployment_end=details.deployment_end,
        )
    )
    before = officer_details(session, officer_id)
    if details.contingent != before.contingent:
        raise InputError("An officer cannot move to another contingent; add them there instead.")
    number = details.service_number.strip()
    if number != officer.service_number:
        taken = session.scalar(
            select(Officer.id).where(
                Officer.contingent_id == officer.contingent_id,
                Officer.service_number == number,
                Officer.id != officer.id,
            )
        )
        if taken is not None:
            raise InputError(
                f"Contingent {details.contingent} already has an officer with service number "
                f"{number}."
            )
    roles = {role.code: role for role in session.scalars(select(Role))}
    unknown = [code for code in details.roles if code not in roles]
    if unknown:
        raise NotFoundError(f"Unknown role {unknown[0]!r}.")
    site_id = installation_site_id(session)
    officer.service_number = number
    officer.family_name = details.family_name.strip()
    officer.given_names = details.given_names.strip()
    officer.rank = (details.rank or "").strip() or None
    officer.gender = details.gender or None
    officer.status = details.status.value
    officer.deployment_start = details.deployment_start
    officer.deployment_end = details.deployment_end
    officer.unit_id = (
        unit_id_for(session, officer.contingent, details.unit.strip(), site_id, {})
        if details.unit and details.unit.strip()
        else None
    )
    officer.roles = [roles[code] for code in sorted(set(details.roles))]
    officer.search_text = fold_for_search(officer.family_name, officer.given_names, number)
    session.flush()
    after = officer_details(session, officer_id)
    changed = {
        name: (getattr(before, name), getattr(after, name))
        for name in OfficerDetails.__dataclass_fields__
        if getattr(before, name) != getattr(after, name)
    }
    if changed:
        now = utc_now()
        officer.field_versions = edit_stamper(session, now)(
            officer.field_versions, changed, officer.created_at, officer.site_id
        )
        officer.updated_at = now
        officer.updated_site_id = site_id
        record_change(
            session,
            actor=actor.username,
            action="update",
            entity="officer",
            entity_uid=officer.uid,
            summary=f"Edited officer {details.contingent} {number}: {', '.join(changed)}",
            before={name: plain(old) for name, (old, _) in changed.items()},
            after={name: plain(new) for name, (_, new) in changed.items()},
        )


def edit_stamper(
    session: Session, now: dt.datetime
) -> Callable[[dict[str, Any], Iterable[str], dt.datetime, int], dict[str, Any]]:
    """Stamps officers' changed fields as edited here and now, for sync to merge by.

    Returns a function of (field versions, changed fields, created_at, origin site id).
    """
    own = session.get(Site, installation_site_id(session))
    assert own is not None
    site_uids = {site_id: str(uid) for site_id, uid in session.execute(select(Site.id, Site.uid))}

    def stamp(
        versions: dict[str, Any], changed: Iterable[str], created_at: dt.datetime, origin: int
    ) -> dict[str, Any]:
        return stamp_edit(
            versions,
            [name for name in changed if name in OFFICER_FIELDS],
            site=str(own.uid),
            now=now,
            created_at=created_at,
            origin_site=site_uids[origin],
        )

    return stamp


def role_codes(session: Session) -> list[str]:
    return list(session.scalars(select(Role.code).order_by(Role.code)))
