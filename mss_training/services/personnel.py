"""Officers: adding them one by one or in bulk, finding them, and their units."""

import datetime as dt
import functools
import unicodedata
import uuid
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mss_training.dates import utc_now
from mss_training.db import tables
from mss_training.db.bulk import insert_rows
from mss_training.db.database import installation_site_id
from mss_training.domain import OfficerStatus
from mss_training.errors import InputError, NotFoundError
from mss_training.messages import _
from mss_training.models import Contingent, Officer, OfficerRole, Role, Site, Unit
from mss_training.services.audit import plain, record_change
from mss_training.services.lookups import contingent_by_code
from mss_training.services.permissions import Actor, Permission, require, require_contingents
from mss_training.services.scope import officer_clause
from mss_training.sync.versions import OFFICER_FIELDS, stamp_edit
from mss_training.text_limits import column_length, text_problem

OFFICERS = tables.officers
OFFICER_ROLES = tables.officer_roles


def fold_for_search(*parts: str | None) -> str:
    """Lower-case text without accents, so that "Dorelien" finds "Dorélien"."""
    text = " ".join(part for part in parts if part)
    if text.isascii():  # most names: nothing to decompose, and casefold is lower
        return text.lower()
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


@functools.cache
def _officer_text_limit(field_name: str) -> int:
    return column_length(Unit.name if field_name == "unit" else getattr(Officer, field_name))


def officer_text_problem(field_name: str, value: str) -> str | None:
    """Why an officer's text field (``family_name``, ``unit``...) cannot hold ``value``, or None."""
    problem = text_problem(value, _officer_text_limit(field_name))
    return f"{field_name.replace('_', ' ')} {problem}" if problem else None


def officer_texts_problem(texts: Mapping[str, str]) -> str | None:
    """The first problem ``officer_text_problem`` finds in ``texts`` (field -> value), or None."""
    # Nearly every officer's text is fine: one look at all of it before one at each field.
    if text_problem("".join(texts.values())) is None and all(
        len(value) <= _officer_text_limit(name) for name, value in texts.items()
    ):
        return None
    for name, value in texts.items():
        problem = officer_text_problem(name, value)
        if problem:
            return problem
    return None


def validate_officer(officer: OfficerInput) -> None:
    """Raise InputError with one plain sentence for the first thing wrong with ``officer``."""
    problem = officer_texts_problem(
        {
            name: getattr(officer, name) or ""
            for name in ("service_number", "family_name", "given_names", "rank", "unit", "gender")
        }
    )
    if problem:
        raise InputError(_("The officer's {problem}.").format(problem=problem))
    if not officer.service_number.strip():
        raise InputError(_("An officer needs a service number."))
    if not officer.family_name.strip():
        raise InputError(
            _("Officer {service_number} needs a family name.").format(
                service_number=officer.service_number
            )
        )
    if not officer.given_names.strip():
        raise InputError(
            _("Officer {service_number} needs given names.").format(
                service_number=officer.service_number
            )
        )
    if (
        officer.deployment_start
        and officer.deployment_end
        and officer.deployment_end < officer.deployment_start
    ):
        raise InputError(
            _("Officer {service_number}'s deployment ends before it starts.").format(
                service_number=officer.service_number
            )
        )


def unit_ids(
    session: Session, wanted: Collection[tuple[int, str]], site_id: int
) -> dict[tuple[int, str], int]:
    """The ids of units by (contingent id, name), creating those named for the first time."""
    if not wanted:
        return {}
    found = {
        (contingent_id, name): unit_id
        for unit_id, contingent_id, name in session.execute(
            select(Unit.id, Unit.contingent_id, Unit.name).where(
                Unit.contingent_id.in_(sorted({contingent_id for contingent_id, _ in wanted}))
            )
        )
        if (contingent_id, name) in wanted
    }
    new = {
        key: Unit(contingent_id=key[0], name=key[1], site_id=site_id)
        for key in sorted(set(wanted) - found.keys())
    }
    if new:
        session.add_all(new.values())
        session.flush()
        found.update({key: unit.id for key, unit in new.items()})
    return found


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
    now = utc_now()
    officer_rows: list[dict[str, Any]] = []
    seen: set[tuple[str, str]] = set()
    for officer in officers:
        validate_officer(officer)
        code = officer.contingent.strip().upper()
        if code not in contingents:
            contingents[code] = contingent_by_code(session, code)
        contingent = contingents[code]
        number = officer.service_number.strip()
        if (code, number) in seen:
            raise InputError(
                _("Service number {number} appears twice for contingent {code}.").format(
                    number=number, code=code
                )
            )
        seen.add((code, number))
        for role in officer.roles:
            if role not in roles:
                raise NotFoundError(
                    _("Officer {number} has unknown role {role!r}.").format(
                        number=number, role=role
                    )
                )
        officer_rows.append(
            {
                "uid": officer.uid,
                "contingent_id": contingent.id,
                "service_number": number,
                "family_name": officer.family_name.strip(),
                "given_names": officer.given_names.strip(),
                "rank": officer.rank,
                "unit_id": None,  # below, once every unit named is known
                "gender": officer.gender,
                "status": officer.status.value,
                "deployment_start": officer.deployment_start,
                "deployment_end": officer.deployment_end,
                "search_text": fold_for_search(officer.family_name, officer.given_names, number),
                "field_versions": {},
                "created_at": now,
                "updated_at": now,
                "stored_at": now,
                "site_id": site_id,
                "updated_site_id": site_id,
            }
        )
    named = [
        ((row["contingent_id"], officer.unit.strip()), row)
        for officer, row in zip(officers, officer_rows, strict=True)
        if officer.unit and officer.unit.strip()
    ]
    units = unit_ids(session, {unit for unit, _ in named}, site_id)
    for unit, row in named:
        row["unit_id"] = units[unit]
    taken = _taken_service_numbers(
        session, {contingent.id: contingent.code for contingent in contingents.values()}, seen
    )
    if taken:
        code, number = sorted(taken)[0]
        raise InputError(
            _("Contingent {code} already has an officer with service number {number}.").format(
                code=code, number=number
            )
        )
    # The driver's executemany returns no ids. Ids are handed out in increasing order, so
    # the new rows are among those above the highest id before the insert (any other
    # writer's rows there have other service numbers: the unique index saw to that).
    last_id = session.scalar(select(func.max(Officer.id))) or 0
    insert_rows(session, OFFICERS, officer_rows)
    ids = {
        (contingent_id, number): officer_id
        for contingent_id, number, officer_id in session.connection().execute(
            select(Officer.contingent_id, Officer.service_number, Officer.id).where(
                Officer.id > last_id
            )
        )
    }
    insert_rows(
        session,
        OFFICER_ROLES,
        [
            {
                "officer_id": ids[(row["contingent_id"], row["service_number"])],
                "role_id": roles[role],
            }
            for officer, row in zip(officers, officer_rows, strict=True)
            for role in set(officer.roles)
        ],
    )
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


def _taken_service_numbers(
    session: Session, codes: dict[int, str], wanted: set[tuple[str, str]]
) -> set[tuple[str, str]]:
    """Which of the ``wanted`` (contingent code, service number) pairs are already stored.

    One query a contingent: reading a contingent's numbers costs less than naming
    thousands of them in IN lists.
    """
    taken: set[tuple[str, str]] = set()
    for contingent_id, code in codes.items():
        numbers = session.scalars(
            select(Officer.service_number).where(Officer.contingent_id == contingent_id)
        )
        taken.update((code, number) for number in numbers if (code, number) in wanted)
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
            _("Contingent {code} has no officer with service number {service_number}.").format(
                code=contingent.code, service_number=ref.service_number
            )
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
        raise NotFoundError(_("That officer is no longer in the database."))
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
    session: Session,
    numbers: Sequence[str],
    contingent: str | None = None,
    within: Collection[str] | None = None,
) -> tuple[list[OfficerRow], list[str]]:
    """The officers a pasted list of service numbers names, and the numbers nobody has.

    With ``within`` (an account's contingents) only their officers are found: another
    contingent's number is among those not found, and neither its name nor its existence
    is told.
    """
    wanted = [number.strip() for number in numbers if number.strip()]
    # A number no officer could have (NUL in it) is unknown without asking the database.
    queried = [number for number in wanted if not text_problem(number)]
    statement = (
        select(Officer.id, Officer.service_number)
        .join(Contingent, Contingent.id == Officer.contingent_id)
        .where(officer_clause(within, Officer.id))
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
        raise NotFoundError(_("That officer is no longer in the database."))
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
        raise NotFoundError(_("That officer is no longer in the database."))
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
        raise InputError(_("An officer cannot move to another contingent; add them there instead."))
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
                _(
                    "Contingent {contingent} already has an officer with service number {number}."
                ).format(contingent=details.contingent, number=number)
            )
    roles = {role.code: role for role in session.scalars(select(Role))}
    unknown = [code for code in details.roles if code not in roles]
    if unknown:
        raise NotFoundError(_("Unknown role {unknown!r}.").format(unknown=unknown[0]))
    site_id = installation_site_id(session)
    officer.service_number = number
    officer.family_name = details.family_name.strip()
    officer.given_names = details.given_names.strip()
    officer.rank = (details.rank or "").strip() or None
    officer.gender = details.gender or None
    officer.status = details.status.value
    officer.deployment_start = details.deployment_start
    officer.deployment_end = details.deployment_end
    unit = (officer.contingent_id, (details.unit or "").strip())
    officer.unit_id = unit_ids(session, [unit], site_id)[unit] if unit[1] else None
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
