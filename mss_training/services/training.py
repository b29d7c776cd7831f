"""Training sessions and their results, recorded as facts and corrected by new facts."""

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import Row, insert, select
from sqlalchemy.orm import Session

from mss_training.dates import utc_now
from mss_training.db import tables
from mss_training.db.bulk import insert_rows
from mss_training.db.database import installation_site_id
from mss_training.db.ledger import touched
from mss_training.domain import Assessment, ExemptionKind, Outcome, ResultKind
from mss_training.errors import InputError, NotFoundError
from mss_training.messages import N_, _
from mss_training.models import (
    Exemption,
    Module,
    ModuleRevision,
    Result,
    TrainingSession,
)
from mss_training.services.audit import record_change
from mss_training.services.curriculum import active_version
from mss_training.services.instructors import check_instructors, instructor_rule
from mss_training.services.permissions import (
    Actor,
    Permission,
    require,
    require_contingents,
)
from mss_training.services.personnel import OfficerRef, find_officer
from mss_training.text_limits import column_length, text_problem
from mss_training.words import word


@dataclass(frozen=True)
class AttendeeResult:
    """What a training officer records for one attendee.

    ``outcome`` may be left out where the module decides it: attendance-only modules pass
    on attendance, scored modules on the pass mark.
    """

    officer: OfficerRef
    attended: bool = True
    score: float | None = None
    outcome: Outcome | None = None


@dataclass(frozen=True)
class SessionInput:
    module: str
    starts_on: dt.date
    ends_on: dt.date
    location: str
    instructors: str = ""
    language: str = "en"
    notes: str = ""
    results: tuple[AttendeeResult, ...] = ()


@dataclass(frozen=True)
class RecordedSession:
    uid: uuid.UUID
    module: str
    ends_on: dt.date
    results: int
    passed: int


@dataclass(frozen=True)
class ModuleRules:
    """What decides a result's outcome for one module in the active curriculum."""

    module_id: int
    code: str
    assessment: Assessment
    pass_mark: float | None
    # Whether its sessions' instructors are officers held to an instructor rule.
    instructed: bool = False


def module_rules(session: Session, code: str) -> ModuleRules:
    version = active_version(session)
    row = session.execute(
        select(Module.id, Module.code, ModuleRevision.assessment, ModuleRevision.pass_mark)
        .join(ModuleRevision, ModuleRevision.module_id == Module.id)
        .where(ModuleRevision.curriculum_version_id == version.id, Module.code == code.strip())
    ).one_or_none()
    if row is None:
        raise NotFoundError(_("The active curriculum has no module {code!r}.").format(code=code))
    return ModuleRules(row[0], row[1], Assessment(row[2]), row[3])


def decide_outcome(
    rules: ModuleRules, attended: bool, score: float | None, outcome: Outcome | None
) -> Outcome:
    """The outcome to record, checked against the module's assessment; InputError if they clash."""
    if score is not None and not 0 <= score <= 100:
        raise InputError(_("A score must be from 0 to 100, not {score:g}.").format(score=score))
    if not attended:
        if score is not None or outcome not in (None, Outcome.ABSENT):
            raise InputError(_("An officer who did not attend can have no score or result."))
        return Outcome.ABSENT
    if rules.assessment is Assessment.ATTENDANCE:
        if outcome not in (None, Outcome.ATTENDED, Outcome.PASS):
            raise InputError(
                _("{code} is attendance-only: attending is passing it.").format(code=rules.code)
            )
        return Outcome.ATTENDED
    if rules.assessment is Assessment.SCORED:
        if score is None:
            # A sheet may say only pass or fail where the score was not written down.
            if outcome in (Outcome.PASS, Outcome.FAIL):
                return outcome
            raise InputError(
                _("{code} is scored: enter each attendee's score.").format(code=rules.code)
            )
        assert rules.pass_mark is not None
        decided = Outcome.PASS if score >= rules.pass_mark else Outcome.FAIL
        if outcome is not None and outcome is not decided:
            raise InputError(
                _(
                    "A score of {score:g} is a {decided} in {code} (pass mark {pass_mark:g}), "
                    "not a {outcome}."
                ).format(
                    score=score,
                    decided=word(decided),
                    code=rules.code,
                    pass_mark=rules.pass_mark,
                    outcome=word(outcome),
                )
            )
        return decided
    if outcome not in (Outcome.PASS, Outcome.FAIL):
        raise InputError(
            _("{code} is pass/fail: enter pass or fail for each attendee.").format(code=rules.code)
        )
    return outcome


def future_date_problem(day: dt.date, today: dt.date) -> str | None:
    """Why ``day`` cannot be a day training took place, or None: it is after ``today``."""
    return _("the date {day} is in the future").format(day=day.isoformat()) if day > today else None


def check_session_entry(
    starts_on: dt.date, ends_on: dt.date, location: str, instructors: str, language: str, notes: str
) -> None:
    """InputError if a session's dates or texts could not be recorded here.

    The rule of a local entry, which a sync merge applies to every session it receives.
    """
    if ends_on < starts_on:
        raise InputError(_("A session cannot end before it starts."))
    for name, value, limit in (
        (N_("place"), location, column_length(TrainingSession.location)),
        (N_("instructors' names"), instructors, column_length(TrainingSession.instructors)),
        (N_("language"), language, column_length(TrainingSession.language)),
        (N_("notes"), notes, None),
    ):
        problem = text_problem(value, limit)
        if problem:
            raise InputError(
                _("The session's {name} {problem}.").format(name=_(name), problem=problem)
            )
    if not location.strip():
        raise InputError(_("Say where the session took place."))


@dataclass(frozen=True)
class CheckedResults:
    """A held session's rows to write, and its instructors in the form to store."""

    rows: list["ResultRow"]
    instructors: str


def checked_results(
    session: Session,
    rules: ModuleRules,
    instructors: str,
    ends_on: dt.date,
    attendees: Sequence[AttendeeResult],
    actor: Actor,
) -> CheckedResults:
    """The rows to write for a session's results, once every check of a held session passed.

    The one gate of every way results are recorded (the window, a planned session's sheet,
    the command line), so that a rule about who attended or taught is added here once: the
    module's instructor rule (services/instructors.py) is held against ``instructors`` on
    the session's last day ``ends_on``. A results sheet and a sync bundle, which write
    sessions in bulk, call the same ``check_instructors``.
    """
    require(actor, Permission.RECORD_TRAINING)
    seen: set[int] = set()
    rows: list[ResultRow] = []
    contingents: set[str] = set()
    for attendee in attendees:
        officer = find_officer(session, attendee.officer)
        contingents.add(officer.contingent.code)
        if officer.id in seen:
            raise InputError(
                _("Officer {service_number} is listed twice in this session.").format(
                    service_number=attendee.officer.service_number
                )
            )
        seen.add(officer.id)
        outcome = decide_outcome(rules, attendee.attended, attendee.score, attendee.outcome)
        rows.append(ResultRow(officer.id, attendee.attended, attendee.score, outcome))
    require_contingents(session, actor, Permission.RECORD_TRAINING, contingents)
    rule = instructor_rule(session, rules.code)
    if rule is None:
        return CheckedResults(rows, instructors.strip())
    stored = check_instructors(session, rule, instructors, ends_on, seen)
    return CheckedResults(rows, stored)


def passed_count(rows: Sequence["ResultRow"]) -> int:
    return sum(row.outcome in (Outcome.PASS, Outcome.ATTENDED) for row in rows)


def check_session(
    session: Session, entry: SessionInput, actor: Actor
) -> tuple[ModuleRules, CheckedResults]:
    """Every check ``record_session`` makes, without writing: the window runs it before
    its wizard closes, so that Save cannot fail once the typed session is out of sight."""
    require(actor, Permission.RECORD_TRAINING)
    check_session_entry(
        entry.starts_on,
        entry.ends_on,
        entry.location,
        entry.instructors,
        entry.language,
        entry.notes,
    )
    rules = module_rules(session, entry.module)
    checked = checked_results(
        session, rules, entry.instructors, entry.ends_on, entry.results, actor
    )
    return rules, checked


def record_session(session: Session, entry: SessionInput, actor: Actor) -> RecordedSession:
    """Record one session with all its results, in the caller's transaction."""
    rules, checked = check_session(session, entry, actor)
    rows = checked.rows
    planned = PlannedSession(
        module_id=rules.module_id,
        starts_on=entry.starts_on,
        ends_on=entry.ends_on,
        location=entry.location.strip(),
        instructors=checked.instructors,
        language=entry.language,
        notes=entry.notes,
        results=tuple(rows),
    )
    (session_uid,) = write_sessions(session, [planned], actor.username)
    passed = passed_count(rows)
    record_change(
        session,
        actor=actor.username,
        action="create",
        entity="training_session",
        entity_uid=session_uid,
        summary=(
            f"Recorded {rules.code} session at {planned.location} ending {entry.ends_on}: "
            f"{len(rows)} results, {passed} passed"
        ),
        after={"module": rules.code, "ends_on": entry.ends_on.isoformat(), "results": len(rows)},
    )
    return RecordedSession(session_uid, rules.code, entry.ends_on, len(rows), passed)


@dataclass(frozen=True)
class ResultRow:
    officer_id: int
    attended: bool
    score: float | None
    outcome: Outcome
    uid: uuid.UUID = field(default_factory=uuid.uuid4)


@dataclass(frozen=True)
class PlannedSession:
    """A session already checked, ready to write; the demo and importers make these too."""

    module_id: int
    starts_on: dt.date
    ends_on: dt.date
    location: str
    results: tuple[ResultRow, ...]
    instructors: str = ""
    language: str = "en"
    notes: str = ""
    uid: uuid.UUID = field(default_factory=uuid.uuid4)
    # A pass recognised from outside the mission (services/recognition.py): its body.
    recognised_by: str = ""
    recognised_reference: str = ""


def write_sessions(
    session: Session, sessions: Sequence[PlannedSession], recorded_by: str
) -> list[uuid.UUID]:
    """Insert checked sessions and their results with a few bulk statements.

    The caller has checked the sessions and the permission of ``recorded_by``.
    """
    if not sessions:
        return []
    site_id = installation_site_id(session)
    version_id = active_version(session).id
    now = utc_now()
    inserted_ids = session.scalars(
        insert(TrainingSession).returning(TrainingSession.id, sort_by_parameter_order=True),
        [
            {
                "uid": planned.uid,
                "module_id": planned.module_id,
                "curriculum_version_id": version_id,
                "starts_on": planned.starts_on,
                "ends_on": planned.ends_on,
                "location": planned.location,
                "instructors": planned.instructors,
                "language": planned.language,
                "notes": planned.notes,
                "recognised_by": planned.recognised_by,
                "recognised_reference": planned.recognised_reference,
                "recorded_by": recorded_by,
                "site_id": site_id,
                "created_at": now,
            }
            for planned in sessions
        ],
    ).all()
    touched(session, TrainingSession.__table__, inserted_ids)
    session_ids = {planned.uid: id_ for planned, id_ in zip(sessions, inserted_ids, strict=True)}
    write_results(
        session,
        [
            (session_ids[planned.uid], planned.module_id, planned.ends_on, row)
            for planned in sessions
            for row in planned.results
        ],
        recorded_by,
    )
    return [planned.uid for planned in sessions]


def write_results(
    session: Session,
    results: Sequence[tuple[int, int, dt.date, ResultRow]],
    recorded_by: str,
) -> None:
    """Insert checked results, each (session id, module id, the session's last day, row)."""
    site_id = installation_site_id(session)
    now = utc_now()
    result_rows = [
        {
            "uid": row.uid,
            "session_id": session_id,
            "officer_id": row.officer_id,
            "module_id": module_id,
            "completed_on": ends_on,
            "kind": ResultKind.ORIGINAL.value,
            "supersedes_id": None,
            "attended": row.attended,
            "score": row.score,
            "outcome": row.outcome.value,
            "reason": "",
            "recorded_by": recorded_by,
            "site_id": site_id,
            "created_at": now,
            "stored_at": now,
        }
        for session_id, module_id, ends_on, row in results
    ]
    # Through the driver, as a sync merge does: a demo mission or a big results sheet
    # writes hundreds of thousands of rows, where SQLAlchemy's per-row work costs most.
    insert_rows(session, tables.results, result_rows)


def _current_result(session: Session, result_uid: uuid.UUID, actor: Actor) -> Result:
    """The result to correct, if it is the latest version and the actor may correct it."""
    require(actor, Permission.RECORD_TRAINING)
    result = session.scalar(select(Result).where(Result.uid == result_uid))
    if result is None:
        raise NotFoundError(_("There is no result {result_uid}.").format(result_uid=result_uid))
    require_contingents(
        session, actor, Permission.RECORD_TRAINING, [result.officer.contingent.code]
    )
    if result.kind == ResultKind.VOID:
        raise InputError(_("That entry is itself a void; correct the result it voided instead."))
    newer = session.scalar(select(Result.uid).where(Result.supersedes_id == result.id))
    if newer is not None:
        raise InputError(
            _("That result has already been corrected; correct its latest version instead.")
        )
    return result


def _result_state(row: Result | Row[tuple[bool, float | None, str]]) -> dict[str, object]:
    return {"attended": row.attended, "score": row.score, "outcome": row.outcome}


def _correction(
    session: Session,
    old: Result,
    kind: ResultKind,
    attended: bool,
    score: float | None,
    outcome: Outcome,
    reason: str,
    actor: Actor,
) -> Result:
    """A new result that supersedes ``old`` in the same session; ``old`` stays as it was."""
    problem = text_problem(reason)
    if problem:
        raise InputError(_("The reason {problem}.").format(problem=problem))
    correction = Result(
        session_id=old.session_id,
        officer_id=old.officer_id,
        module_id=old.module_id,
        completed_on=old.completed_on,
        kind=kind.value,
        supersedes_id=old.id,
        attended=attended,
        score=score,
        outcome=outcome.value,
        reason=reason.strip(),
        recorded_by=actor.username,
        site_id=installation_site_id(session),
    )
    session.add(correction)
    session.flush()
    return correction


def amend_result(
    session: Session,
    result_uid: uuid.UUID,
    *,
    attended: bool,
    score: float | None,
    outcome: Outcome | None,
    reason: str,
    actor: Actor,
) -> uuid.UUID:
    """Correct a result by recording an amendment that supersedes it; nothing is overwritten."""
    if not reason.strip():
        raise InputError(_("Say why the result is being corrected."))
    old = _current_result(session, result_uid, actor)
    code = session.scalar(select(Module.code).where(Module.id == old.module_id)) or ""
    decided = decide_outcome(module_rules(session, code), attended, score, outcome)
    amendment = _correction(
        session, old, ResultKind.AMENDMENT, attended, score, decided, reason, actor
    )
    record_change(
        session,
        actor=actor.username,
        action="amend",
        entity="result",
        entity_uid=amendment.uid,
        summary=f"Amended a {code} result: {reason.strip()}",
        before=_result_state(old),
        after=_result_state(amendment),
    )
    return amendment.uid


def void_result(session: Session, result_uid: uuid.UUID, *, reason: str, actor: Actor) -> uuid.UUID:
    """Withdraw a result recorded in error; it stays in the history but no longer counts."""
    if not reason.strip():
        raise InputError(_("Say why the result is being voided."))
    old = _current_result(session, result_uid, actor)
    void = _correction(session, old, ResultKind.VOID, False, None, Outcome.ABSENT, reason, actor)
    record_change(
        session,
        actor=actor.username,
        action="void",
        entity="result",
        entity_uid=void.uid,
        summary=f"Voided a result: {reason.strip()}",
        before=_result_state(old),
    )
    return void.uid


@dataclass(frozen=True)
class ExemptionInput:
    officer: OfficerRef
    module: str
    reason: str
    approved_by: str
    granted_on: dt.date
    valid_until: dt.date | None = None
    kind: ExemptionKind = ExemptionKind.EXEMPTION


def check_exemption_entry(
    reason: str, approved_by: str, granted_on: dt.date, valid_until: dt.date | None
) -> None:
    """InputError if an exemption could not be granted here; a sync merge applies it too."""
    if not reason.strip():
        raise InputError(_("An exemption needs a reason."))
    if not approved_by.strip():
        raise InputError(_("Say who approved the exemption."))
    for name, value, limit in (
        (N_("reason"), reason, None),
        (N_("approver's name"), approved_by, column_length(Exemption.approved_by)),
    ):
        problem = text_problem(value, limit)
        if problem:
            raise InputError(
                _("The exemption's {name} {problem}.").format(name=_(name), problem=problem)
            )
    if valid_until is not None and valid_until < granted_on:
        raise InputError(_("An exemption cannot end before it is granted."))


def grant_exemption(session: Session, entry: ExemptionInput, actor: Actor) -> uuid.UUID:
    """Record an approved exemption or equivalence for one officer and module."""
    require(actor, Permission.GRANT_EXEMPTIONS)
    check_exemption_entry(entry.reason, entry.approved_by, entry.granted_on, entry.valid_until)
    officer = find_officer(session, entry.officer)
    rules = module_rules(session, entry.module)
    exemption = Exemption(
        officer_id=officer.id,
        module_id=rules.module_id,
        kind=entry.kind.value,
        reason=entry.reason.strip(),
        approved_by=entry.approved_by.strip(),
        granted_on=entry.granted_on,
        valid_until=entry.valid_until,
        site_id=installation_site_id(session),
    )
    session.add(exemption)
    session.flush()
    record_change(
        session,
        actor=actor.username,
        action="create",
        entity="exemption",
        entity_uid=exemption.uid,
        summary=(
            f"{entry.kind.value.capitalize()} of {officer.service_number} from {rules.code}: "
            f"{entry.reason.strip()}"
        ),
        after={
            "module": rules.code,
            "granted_on": entry.granted_on.isoformat(),
            "valid_until": entry.valid_until.isoformat() if entry.valid_until else None,
        },
    )
    return exemption.uid
