"""Who may teach a module: the curriculum's instructor rules, and the one check of them.

A module whose curriculum entry has ``instructor_requires`` (or ``instructor_current``)
names its sessions' instructors as officers, ``KEN 00123; JAM 0042``: officers of a
contingent, or external instructors registered as officers (docs/recording-sessions.md).
On the session's last day each must hold a valid pass of every module required (results
only: an exemption never stands in for an instructor's qualification), and none may be an
attendee of the session they teach. Every way a session is recorded calls
``check_instructors``: the window, a results sheet, a planned session and a sync bundle.
"""

import bisect
import datetime as dt
import re
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import ColumnElement, exists, func, select, tuple_
from sqlalchemy.orm import Session

from mss_training.dates import add_months
from mss_training.domain import OfficerStatus, Outcome, ResultKind
from mss_training.errors import InputError
from mss_training.messages import _
from mss_training.models import Contingent, Module, ModuleRevision, Officer, Result
from mss_training.services.curriculum import active_version
from mss_training.services.personnel import OfficerRef, find_officer
from mss_training.text_limits import text_problem

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
    return [Module.code == module_code, *_standing()]


def _standing() -> list[ColumnElement[bool]]:
    """standing_passes of whichever module."""
    superseding = _SUPERSEDING
    return [
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
    rule: InstructorRule,
    latest: Mapping[str, dt.date | None],
    validity: Mapping[str, int | None],
    day: dt.date,
) -> str | None:
    """What an officer with these latest passes lacks to teach under ``rule`` on ``day``,
    in words (the first qualification missing), or None."""
    if holds_qualifications(latest, validity, day):
        return None
    for code in rule.qualifications:
        completed = latest[code]
        if completed is None:
            return _("holds no pass of {module} on {day}").format(module=code, day=day.isoformat())
        if not holds_qualifications({code: completed}, validity, day):
            months = validity[code]
            assert months is not None
            return _("their pass of {module} expired on {expired}").format(
                module=code, expired=add_months(completed, months).isoformat()
            )
    raise AssertionError("a rule refused although each of its qualifications holds")


@dataclass(frozen=True)
class _Instructor:
    """An officer named as an instructor, as the check's sentences name them."""

    id: int
    who: str  # KEN 00123
    name: str


def _instructor(officer: Officer) -> _Instructor:
    return _Instructor(
        officer.id,
        f"{officer.contingent.code} {officer.service_number}",
        f"{officer.given_names} {officer.family_name}".strip(),
    )


def _named(
    rule: InstructorRule,
    refs: Sequence[OfficerRef],
    attendee_ids: Collection[int],
    find: Callable[[OfficerRef], _Instructor],
) -> list[_Instructor]:
    """The officers ``refs`` names, each once and none an attendee of the session."""
    if not refs:
        raise InputError(
            _(
                "{module} is taught by qualified instructors only ({needed}): name them by "
                "contingent and service number, such as KEN 00123."
            ).format(module=rule.module, needed=rule.wording)
        )
    officers: list[_Instructor] = []
    for ref in refs:
        officer = find(ref)
        if any(officer.id == named.id for named in officers):
            raise InputError(_("Instructor {who} is named twice.").format(who=officer.who))
        if officer.id in attendee_ids:
            raise InputError(
                _(
                    "Instructor {who} cannot record or pass their own result in the "
                    "{module} session they teach."
                ).format(who=officer.who, module=rule.module)
            )
        officers.append(officer)
    return officers


def _stored(officers: Iterable[_Instructor]) -> str:
    return f"{SEPARATOR} ".join(officer.who for officer in officers)


@dataclass(frozen=True)
class SessionInstructors:
    """One session's instructors, to be held to its module's rule on its last day."""

    rule: InstructorRule
    instructors: str
    ends_on: dt.date
    attendee_ids: Collection[int]


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
    (outcome,) = check_sessions_instructors(
        session, [SessionInstructors(rule, instructors, ends_on, attendee_ids)]
    )
    if isinstance(outcome, InputError):
        raise outcome
    return outcome


def check_sessions_instructors(
    session: Session, entries: Sequence[SessionInstructors]
) -> list[str | InputError]:
    """For each session, what ``check_instructors`` returns or the InputError it raises,
    the officers, their passes and the validities read in a few statements for all of
    them: a site's bundle brings tens of thousands of sessions under rules."""
    parsed: list[tuple[OfficerRef, ...] | InputError] = []
    for entry in entries:
        try:
            parsed.append(parse_instructors(entry.instructors))
        except InputError as error:
            parsed.append(error)
    known = _officers_named(
        session, {ref for refs in parsed if not isinstance(refs, InputError) for ref in refs}
    )

    def find(ref: OfficerRef) -> _Instructor:
        found = known.get(_key(ref))
        # find_officer says why an officer is not found, in its own words.
        return found if found is not None else _instructor(find_officer(session, ref))

    codes = {code for entry in entries for code in entry.rule.qualifications}
    until = max((entry.ends_on for entry in entries), default=None)
    passes = _pass_days(session, {officer.id for officer in known.values()}, codes, until)
    validity = _validities(session, codes, {entry.rule.version_id for entry in entries})
    outcomes: list[str | InputError] = []
    for entry, refs in zip(entries, parsed, strict=True):
        try:
            if isinstance(refs, InputError):
                raise refs
            officers = _named(entry.rule, refs, entry.attendee_ids, find)
            for officer in officers:
                _check_qualified(entry, officer, passes, validity)
            outcomes.append(_stored(officers))
        except InputError as error:
            outcomes.append(error)
    return outcomes


def _check_qualified(
    entry: SessionInstructors,
    officer: _Instructor,
    passes: Mapping[tuple[int, str], Sequence[dt.date]],
    validity: Mapping[tuple[str, int], int | None],
) -> None:
    rule = entry.rule
    latest = {
        code: _latest_on(passes.get((officer.id, code), ()), entry.ends_on)
        for code in rule.qualifications
    }
    months = {code: validity.get((code, rule.version_id)) for code in rule.qualifications}
    problem = _qualification_problem(rule, latest, months, entry.ends_on)
    if problem:
        raise InputError(
            _("Instructor {who} ({name}) may not teach {module}: {problem}.").format(
                who=officer.who, name=officer.name, module=rule.module, problem=problem
            )
        )


# Pairs or ids in one statement's IN list: well within every backend's parameter limit.
_AT_ONCE = 500


def _key(ref: OfficerRef) -> tuple[str, str]:
    """A reference as find_officer looks it up."""
    return ref.contingent.strip().upper(), ref.service_number.strip()


def _officers_named(
    session: Session, refs: Collection[OfficerRef]
) -> dict[tuple[str, str], _Instructor]:
    """The officers found by contingent code and service number; the others are left to
    find_officer, which refuses them in its own words."""
    keys = sorted(
        {_key(ref) for ref in refs if not text_problem(ref.contingent + ref.service_number)}
    )
    # By the officers' own (contingent id, service number), which their unique index
    # answers: pairs of a contingent's code and a number span two tables, and PostgreSQL
    # held each officer against the whole list of pairs.
    codes = dict(session.execute(select(Contingent.id, Contingent.code)).all())
    ids = {code: contingent_id for contingent_id, code in codes.items()}
    pairs = [(ids[code], number) for code, number in keys if code in ids]
    found: dict[tuple[str, str], _Instructor] = {}
    for start in range(0, len(pairs), _AT_ONCE):
        rows = session.execute(
            select(
                Officer.id, Officer.contingent_id, Officer.service_number, Officer.given_names,
                Officer.family_name,
            ).where(
                tuple_(Officer.contingent_id, Officer.service_number).in_(
                    pairs[start : start + _AT_ONCE]
                )
            )
        )  # fmt: skip
        for officer_id, contingent_id, number, given, family in rows:
            code = codes[contingent_id]
            found[(code, number)] = _Instructor(
                officer_id, f"{code} {number}", f"{given} {family}".strip()
            )
    return found


def _pass_days(
    session: Session, officer_ids: Collection[int], codes: Collection[str], until: dt.date | None
) -> dict[tuple[int, str], list[dt.date]]:
    """Per officer and module, the days of their standing passes up to ``until``, in order."""
    if until is None or not codes:
        return {}
    ids = sorted(officer_ids)
    days: dict[tuple[int, str], set[dt.date]] = {}
    for start in range(0, len(ids), _AT_ONCE):
        rows = session.execute(
            select(Result.officer_id, Module.code, Result.completed_on)
            .join(Module, Module.id == Result.module_id)
            .where(
                Module.code.in_(sorted(codes)),
                *_standing(),
                Result.completed_on <= until,
                Result.officer_id.in_(ids[start : start + _AT_ONCE]),
            )
            .distinct()
        )
        for officer_id, code, completed in rows:
            days.setdefault((officer_id, code), set()).add(completed)
    return {key: sorted(found) for key, found in days.items()}


def _latest_on(days: Sequence[dt.date], day: dt.date) -> dt.date | None:
    """The latest of ``days`` (in order) on or before ``day``."""
    at = bisect.bisect_right(days, day)
    return days[at - 1] if at else None


def _validities(
    session: Session, codes: Collection[str], version_ids: Collection[int]
) -> dict[tuple[str, int], int | None]:
    """The validity months of each module in each curriculum version."""
    if not codes:
        return {}
    rows = session.execute(
        select(Module.code, ModuleRevision.curriculum_version_id, ModuleRevision.validity_months)
        .join(Module, Module.id == ModuleRevision.module_id)
        .where(
            ModuleRevision.curriculum_version_id.in_(sorted(version_ids)),
            Module.code.in_(sorted(codes)),
        )
    )
    return {(code, version): months for code, version, months in rows}


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
    refs = parse_instructors(instructors)
    return _stored(
        _named(rule, refs, attendee_ids, lambda ref: _instructor(find_officer(session, ref)))
    )


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
