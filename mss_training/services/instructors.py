"""Who may teach a module: the curriculum's instructor rules, and the one check of them.

A module whose curriculum entry has ``instructor_requires`` (or ``instructor_current``)
names its sessions' instructors as officers, ``KEN 00123; JAM 0042``: officers of a
contingent, or external instructors registered as officers (docs/recording-sessions.md).
On the session's last day each must hold a valid pass of every module required (results
only: an exemption never stands in for an instructor's qualification), and none may be an
attendee of the session they teach. Every way a session is recorded calls
``check_instructors``: the window, a results sheet, a planned session and a sync bundle.
"""

import datetime as dt
import re
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass

from sqlalchemy import ColumnElement, exists, func, select
from sqlalchemy.orm import Session

from mss_training.dates import add_months
from mss_training.domain import OfficerStatus, Outcome, ResultKind
from mss_training.errors import InputError
from mss_training.messages import _
from mss_training.models import Contingent, Module, ModuleRevision, Officer, Result
from mss_training.services.curriculum import active_version
from mss_training.services.personnel import OfficerRef, find_officer

SEPARATOR = ";"
_ENTRY = re.compile(r"^\s*([A-Za-z]{3})\s*[:\s]\s*(\S.*?)\s*$")


@dataclass(frozen=True)
class InstructorRule:
    """What the instructors of one module's sessions must hold, in one curriculum version."""

    module: str
    requires: tuple[str, ...]
    current: bool
    version_id: int

    @property
    def qualifications(self) -> tuple[str, ...]:
        """The modules an instructor must hold a valid pass of, in the order given."""
        own = (self.module,) if self.current and self.module not in self.requires else ()
        return self.requires + own

    @property
    def wording(self) -> str:
        """The qualifications in words, as the plan and the window show them."""
        return ", ".join(self.qualifications)


def instructor_rule(
    session: Session, module_code: str, version_id: int | None = None
) -> InstructorRule | None:
    """The module's instructor rule in ``version_id`` (the active curriculum by default);
    None where its instructors are free text."""
    version = version_id if version_id is not None else active_version(session).id
    row = session.execute(
        select(ModuleRevision.instructor_requires, ModuleRevision.instructor_current)
        .join(Module, Module.id == ModuleRevision.module_id)
        .where(ModuleRevision.curriculum_version_id == version, Module.code == module_code)
    ).one_or_none()
    if row is None or not (row[0] or row[1]):
        return None
    return InstructorRule(module_code, tuple(row[0] or ()), bool(row[1]), version)


def parse_instructors(text: str) -> tuple[OfficerRef, ...]:
    """The officers named in ``KEN 00123; JAM:0042``; InputError for an entry that is not
    a contingent code and a service number."""
    refs: list[OfficerRef] = []
    for entry in text.split(SEPARATOR):
        if not entry.strip():
            continue
        match = _ENTRY.match(entry)
        if match is None:
            raise InputError(
                _(
                    "{entry!r} does not name an instructor: write the contingent and the "
                    "service number, such as KEN 00123, and separate instructors with ';'."
                ).format(entry=entry.strip())
            )
        refs.append(OfficerRef(match.group(1).upper(), match.group(2)))
    return tuple(refs)


def instructors_text(refs: Iterable[OfficerRef]) -> str:
    """The stored form of a session's instructors: ``KEN 00123; JAM 0042``."""
    return f"{SEPARATOR} ".join(f"{ref.contingent} {ref.service_number}" for ref in refs)


# Made once: an alias builds a proxy of every column of the table, and a bundle's import
# checks thousands of sessions' instructors (it was a fifth of that check's time).
_SUPERSEDING = Result.__table__.alias("superseding")


def standing_passes(module_code: str) -> list[ColumnElement[bool]]:
    """Conditions for a result (joined to its module) that counts for an instructor's
    qualification in ``module_code``: a pass that stands, neither voided nor corrected
    since; never an exemption."""
    superseding = _SUPERSEDING
    return [
        Module.code == module_code,
        Result.kind != ResultKind.VOID.value,
        Result.outcome.in_((Outcome.PASS.value, Outcome.ATTENDED.value)),
        ~exists().where(superseding.c.supersedes_id == Result.id),
    ]


def holds_qualifications(
    latest: Mapping[str, dt.date | None], validity: Mapping[str, int | None], day: dt.date
) -> bool:
    """The rule itself: for each module a rule names, the officer's latest standing pass
    on or before ``day`` (None: none) is still valid on ``day``."""
    return all(
        completed is not None and _still_valid(completed, validity[code], day)
        for code, completed in latest.items()
    )


def _latest_passes(
    session: Session, module_code: str, day: dt.date, *where: ColumnElement[bool]
) -> dict[int, dt.date]:
    """Per officer, the day of their latest standing pass of the module on or before ``day``."""
    rows = session.execute(
        select(Result.officer_id, func.max(Result.completed_on))
        .join(Module, Module.id == Result.module_id)
        .join(Officer, Officer.id == Result.officer_id)
        .where(*standing_passes(module_code), Result.completed_on <= day, *where)
        .group_by(Result.officer_id)
    )
    return {row[0]: row[1] for row in rows}


def _validity(session: Session, module_code: str, version_id: int) -> int | None:
    return session.scalar(
        select(ModuleRevision.validity_months)
        .join(Module, Module.id == ModuleRevision.module_id)
        .where(ModuleRevision.curriculum_version_id == version_id, Module.code == module_code)
    )


def _still_valid(completed: dt.date, months: int | None, day: dt.date) -> bool:
    return months is None or day < add_months(completed, months)


def _qualification_problem(
    session: Session, rule: InstructorRule, officer_id: int, day: dt.date
) -> str | None:
    """What the officer lacks to teach under ``rule`` on ``day``, in words, or None."""
    for code in rule.qualifications:
        completed = _latest_passes(session, code, day, Result.officer_id == officer_id).get(
            officer_id
        )
        if completed is None:
            return _("holds no pass of {module} on {day}").format(module=code, day=day.isoformat())
        months = _validity(session, code, rule.version_id)
        if not _still_valid(completed, months, day):
            assert months is not None
            return _("their pass of {module} expired on {expired}").format(
                module=code, expired=add_months(completed, months).isoformat()
            )
    return None


def _named(
    session: Session, rule: InstructorRule, instructors: str, attendee_ids: Collection[int]
) -> list[Officer]:
    """The officers ``instructors`` names, each once and none an attendee of the session."""
    refs = parse_instructors(instructors)
    if not refs:
        raise InputError(
            _(
                "{module} is taught by qualified instructors only ({needed}): name them by "
                "contingent and service number, such as KEN 00123."
            ).format(module=rule.module, needed=rule.wording)
        )
    officers: list[Officer] = []
    for ref in refs:
        officer = find_officer(session, ref)
        who = _who(officer)
        if officer in officers:
            raise InputError(_("Instructor {who} is named twice.").format(who=who))
        if officer.id in attendee_ids:
            raise InputError(
                _(
                    "Instructor {who} cannot record or pass their own result in the "
                    "{module} session they teach."
                ).format(who=who, module=rule.module)
            )
        officers.append(officer)
    return officers


def _who(officer: Officer) -> str:
    return f"{officer.contingent.code} {officer.service_number}"


def _stored(officers: Iterable[Officer]) -> str:
    return instructors_text(OfficerRef(o.contingent.code, o.service_number) for o in officers)


def check_instructors(
    session: Session,
    rule: InstructorRule,
    instructors: str,
    ends_on: dt.date,
    attendee_ids: Collection[int],
) -> str:
    """The session's instructors in their stored form, once each is qualified on the
    session's last day and none is among its attendees; else InputError in one sentence
    naming the instructor and what is missing."""
    officers = _named(session, rule, instructors, attendee_ids)
    for officer in officers:
        problem = _qualification_problem(session, rule, officer.id, ends_on)
        if problem:
            raise InputError(
                _("Instructor {who} ({name}) may not teach {module}: {problem}.").format(
                    who=_who(officer),
                    name=f"{officer.given_names} {officer.family_name}".strip(),
                    module=rule.module,
                    problem=problem,
                )
            )
    return _stored(officers)


def planned_instructors(
    session: Session, module: str, instructors: str, attendee_ids: Collection[int]
) -> str:
    """A planned session's instructors as stored: free text, or for a module with an
    instructor rule the officers named, none of them expected as an attendee.

    Whether they are qualified is checked when its results are recorded, on its last day.
    """
    rule = instructor_rule(session, module)
    if rule is None:
        return instructors.strip()
    return _stored(_named(session, rule, instructors, attendee_ids))


def _qualified_ids(
    session: Session, rule: InstructorRule, day: dt.date, *where: ColumnElement[bool]
) -> set[int]:
    """The active officers (of ``where``) who could teach under ``rule`` on ``day``."""
    active = Officer.status == OfficerStatus.ACTIVE.value
    codes = rule.qualifications
    validity = {code: _validity(session, code, rule.version_id) for code in codes}
    latest = {code: _latest_passes(session, code, day, active, *where) for code in codes}
    return {
        officer
        for officer in set.intersection(*(set(passes) for passes in latest.values()))
        if holds_qualifications({code: latest[code][officer] for code in codes}, validity, day)
    }


def qualified_instructors(
    session: Session, rule: InstructorRule, contingent: str, day: dt.date
) -> int:
    """How many officers of ``contingent`` could teach under ``rule`` on ``day``."""
    contingent_id = session.scalar(select(Contingent.id).where(Contingent.code == contingent))
    return len(_qualified_ids(session, rule, day, Officer.contingent_id == contingent_id))


@dataclass(frozen=True)
class InstructorChoice:
    """An officer who could teach a session, as the window offers them."""

    reference: str  # KEN 00123
    name: str


def instructor_choices(session: Session, module_code: str, day: dt.date) -> list[InstructorChoice]:
    """Who could teach the module on ``day`` (every contingent), by contingent and number;
    empty for a module whose instructors are free text."""
    rule = instructor_rule(session, module_code)
    if rule is None:
        return []
    ids = _qualified_ids(session, rule, day)
    if not ids:
        return []
    rows = session.execute(
        select(Contingent.code, Officer.service_number, Officer.given_names, Officer.family_name)
        .join(Contingent, Contingent.id == Officer.contingent_id)
        .where(Officer.id.in_(ids))
        .order_by(Contingent.code, Officer.service_number)
    )
    return [
        InstructorChoice(f"{code} {number}", f"{given} {family}".strip())
        for code, number, given, family in rows
    ]


def instructors_problem(
    session: Session, module_code: str, instructors: str, ends_on: dt.date,
    attendee_ids: Collection[int],
) -> str | None:  # fmt: skip
    """Why these instructors could not teach this session of the active curriculum, or None
    (a module without instructor rules takes any names): the window says it on the field."""
    rule = instructor_rule(session, module_code)
    if rule is None:
        return None
    try:
        check_instructors(session, rule, instructors, ends_on, attendee_ids)
    except InputError as error:
        return str(error)
    return None
