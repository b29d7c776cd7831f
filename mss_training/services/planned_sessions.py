"""Sessions planned ahead: their expected attendees, and their results once they are held.

A planned session is a session like any other (audited, sealed, scoped, travelling by
sync) that may lie in the future and holds no results yet. Its expected attendees are
``SessionAttendee`` rows; recording its results makes it held, once, after its last day.
Expected attendees a results sheet leaves out are recorded absent; officers on the sheet
who were not expected are added as attendees of the day.
"""

import datetime as dt
import uuid
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from mss_training.dates import utc_now
from mss_training.db.database import installation_site_id
from mss_training.domain import OfficerStatus, Outcome
from mss_training.errors import InputError, NotFoundError
from mss_training.io.columns import RESULTS_FIELDS, fold, read_sheet
from mss_training.messages import _
from mss_training.models import (
    Contingent,
    Officer,
    Result,
    SessionAttendee,
    TrainingSession,
    Unit,
)
from mss_training.services.audit import record_change
from mss_training.services.curriculum import active_version
from mss_training.services.instructors import planned_instructors
from mss_training.services.lookups import contingent_by_code
from mss_training.services.permissions import Actor, Permission, require, require_contingents
from mss_training.services.personnel import OfficerRef, find_officer, officers_by_service_number
from mss_training.services.results_import import OUTCOMES
from mss_training.services.scoped_reads import visible_session
from mss_training.services.training import (
    AttendeeResult,
    ResultRow,
    check_session_entry,
    checked_results,
    module_rules,
    passed_count,
    write_results,
)


@dataclass(frozen=True)
class PlanInput:
    """What a training officer knows of a session before it is held."""

    module: str
    starts_on: dt.date
    ends_on: dt.date
    location: str
    attendees: tuple[OfficerRef, ...]
    instructors: str = ""
    language: str = "en"
    seats: int | None = None
    notes: str = ""


@dataclass(frozen=True)
class PlannedRef:
    uid: uuid.UUID
    module: str
    attendees: int

    @property
    def reference(self) -> str:
        return self.uid.hex[:8]


def _check_seats(seats: int | None, attendees: int) -> None:
    if seats is None:
        return
    if seats < 1:
        raise InputError(_("A session needs at least one seat, not {seats}.").format(seats=seats))
    if attendees > seats:
        raise InputError(
            _("{attendees} attendees do not fit in {seats} seats.").format(
                attendees=attendees, seats=seats
            )
        )


def _officers(session: Session, refs: Sequence[OfficerRef]) -> list[Officer]:
    """The officers named, each once; unknown or repeated ones are refused by name."""
    officers: list[Officer] = []
    seen: set[int] = set()
    for ref in refs:
        officer = find_officer(session, ref)
        if officer.id in seen:
            raise InputError(
                _("Officer {service_number} is listed twice.").format(
                    service_number=ref.service_number
                )
            )
        seen.add(officer.id)
        officers.append(officer)
    return officers


def _add_attendees(session: Session, session_id: int, officers: Sequence[Officer]) -> None:
    session.add_all(SessionAttendee(session_id=session_id, officer_id=o.id) for o in officers)
    session.flush()


def plan_session(session: Session, entry: PlanInput, actor: Actor) -> PlannedRef:
    """Plan a session with its expected attendees, in the caller's transaction.

    Its dates may be in the future; a session is planned only by an account that may
    record training for every one of its attendees.
    """
    require(actor, Permission.RECORD_TRAINING)
    check_session_entry(
        entry.starts_on, entry.ends_on, entry.location, entry.instructors, entry.language,
        entry.notes,
    )  # fmt: skip
    rules = module_rules(session, entry.module)
    if not entry.attendees:
        raise InputError(_("Name the session's expected attendees."))
    officers = _officers(session, entry.attendees)
    _check_seats(entry.seats, len(officers))
    require_contingents(
        session, actor, Permission.RECORD_TRAINING, {o.contingent.code for o in officers}
    )
    training = TrainingSession(
        module_id=rules.module_id,
        curriculum_version_id=active_version(session).id,
        starts_on=entry.starts_on,
        ends_on=entry.ends_on,
        location=entry.location.strip(),
        instructors=planned_instructors(
            session, rules.code, entry.instructors, {o.id for o in officers}
        ),
        language=entry.language,
        notes=entry.notes,
        recorded_by=actor.username,
        planned=True,
        seats=entry.seats,
        site_id=installation_site_id(session),
    )
    session.add(training)
    session.flush()
    _add_attendees(session, training.id, officers)
    record_change(
        session,
        actor=actor.username,
        action="plan",
        entity="training_session",
        entity_uid=training.uid,
        summary=(
            f"Planned {rules.code} session at {training.location} from {entry.starts_on}: "
            f"{len(officers)} expected attendees"
        ),
        after={
            "module": rules.code,
            "starts_on": entry.starts_on.isoformat(),
            "ends_on": entry.ends_on.isoformat(),
            "seats": entry.seats,
            "attendees": len(officers),
        },
    )
    return PlannedRef(training.uid, rules.code, len(officers))


def is_held(session: Session, session_id: int) -> bool:
    return bool(session.scalar(select(exists().where(Result.session_id == session_id))))


def _open_plan(session: Session, reference: str, actor: Actor) -> TrainingSession:
    """The planned session to change: one the account sees, not held yet."""
    require(actor, Permission.RECORD_TRAINING)
    training = visible_session(session, reference, actor.contingents)
    # Two people recording the same session at once: the second waits, then finds it held
    # (SQLite's writes are serial already; PostgreSQL locks the row).
    session.execute(
        select(TrainingSession.id).where(TrainingSession.id == training.id).with_for_update()
    )
    if not training.planned or is_held(session, training.id):
        raise InputError(
            _(
                "Session {reference} is already held: its results are recorded; correct "
                "them one by one instead."
            ).format(reference=reference)
        )
    return training


def expected_ids(session: Session, session_id: int) -> list[int]:
    return list(
        session.scalars(
            select(SessionAttendee.officer_id)
            .where(SessionAttendee.session_id == session_id)
            .order_by(SessionAttendee.id)
        )
    )


def add_attendees(
    session: Session, reference: str, refs: Sequence[OfficerRef], actor: Actor
) -> int:
    """Add attendees to a planned session (the day's late additions); those there stay."""
    training = _open_plan(session, reference, actor)
    already = set(expected_ids(session, training.id))
    officers = [o for o in _officers(session, refs) if o.id not in already]
    _check_seats(training.seats, len(already) + len(officers))
    require_contingents(
        session, actor, Permission.RECORD_TRAINING, {o.contingent.code for o in officers}
    )
    if not officers:
        return 0
    _add_attendees(session, training.id, officers)
    record_change(
        session,
        actor=actor.username,
        action="add attendees",
        entity="training_session",
        entity_uid=training.uid,
        summary=f"Added {len(officers)} attendees to a planned session",
        after={"service_numbers": [o.service_number for o in officers]},
    )
    return len(officers)


def mark_absent(session: Session, reference: str, refs: Sequence[OfficerRef], actor: Actor) -> int:
    """Mark expected attendees reported absent on the day, before the results are recorded.

    The results then start from the mark (the dialog leaves them unticked); an officer
    not expected is refused by name. Returns how many were newly marked.
    """
    training = _open_plan(session, reference, actor)
    officers = _officers(session, refs)
    require_contingents(
        session, actor, Permission.RECORD_TRAINING, {o.contingent.code for o in officers}
    )
    rows = {
        row.officer_id: row
        for row in session.scalars(
            select(SessionAttendee).where(SessionAttendee.session_id == training.id)
        )
    }
    for officer in officers:
        if officer.id not in rows:
            not_expected = _(
                "Officer {number} is not expected at session {reference}; add them first."
            )
            number = officer.service_number
            raise InputError(not_expected.format(number=number, reference=reference))
    marked = [o for o in officers if rows[o.id].absent_marked_at is None]
    if not marked:
        return 0
    now = utc_now()
    for officer in marked:
        rows[officer.id].absent_marked_at = now
    session.flush()
    record_change(
        session,
        actor=actor.username,
        action="mark absent",
        entity="training_session",
        entity_uid=training.uid,
        summary=f"Marked {len(marked)} expected attendees absent on the day",
        after={"service_numbers": [o.service_number for o in marked]},
    )
    return len(marked)


@dataclass(frozen=True)
class HeldSession:
    uid: uuid.UUID
    module: str
    results: int
    passed: int
    absent: int
    added: int


def record_planned_results(
    session: Session,
    reference: str,
    results: Sequence[AttendeeResult],
    actor: Actor,
    *,
    today: dt.date | None = None,
) -> HeldSession:
    """Record a planned session's results once it is over, making it held.

    Expected attendees left out of ``results`` are recorded absent; officers not expected
    are added as attendees of the day.
    """
    training = _open_plan(session, reference, actor)
    if training.ends_on > (today or dt.date.today()):
        raise InputError(
            _(
                "Session {reference} ends on {ends_on}, after today; record its "
                "results once it is over."
            ).format(reference=reference, ends_on=training.ends_on.isoformat())
        )
    rules = module_rules(session, training.module.code)
    expected = expected_ids(session, training.id)
    checked = checked_results(
        session, rules, training.instructors, training.ends_on, results, actor
    )
    rows = checked.rows
    named = {row.officer_id for row in rows}
    missing = [officer_id for officer_id in expected if officer_id not in named]
    absent_rows = [ResultRow(officer_id, False, None, Outcome.ABSENT) for officer_id in missing]
    if missing:
        # Absences are of officers expected, so they need the same scope as everyone else.
        codes = session.scalars(
            select(Contingent.code)
            .join(Officer, Officer.contingent_id == Contingent.id)
            .where(Officer.id.in_(missing))
            .distinct()
        )
        require_contingents(session, actor, Permission.RECORD_TRAINING, list(codes))
    added = list(session.scalars(select(Officer).where(Officer.id.in_(named - set(expected)))))
    _add_attendees(session, training.id, added)
    every = rows + absent_rows
    write_results(
        session,
        [(training.id, training.module_id, training.ends_on, row) for row in every],
        actor.username,
    )
    passed = passed_count(every)
    absent = sum(row.outcome is Outcome.ABSENT for row in every)
    record_change(
        session,
        actor=actor.username,
        action="record",
        entity="training_session",
        entity_uid=training.uid,
        summary=(
            f"Recorded the planned {rules.code} session at {training.location} ending "
            f"{training.ends_on}: {len(every)} results, {passed} passed, {absent} absent"
        ),
        after={"results": len(every), "passed": passed, "absent": absent},
    )
    return HeldSession(training.uid, rules.code, len(every), passed, absent, len(added))


# -- who is expected: by unit, by service numbers, from a sheet ---------------------------


def attendees_of(
    session: Session, contingent: str, unit: str | None, within: Collection[str] | None
) -> tuple[OfficerRef, ...]:
    """The active officers of a contingent (and unit), to expect at a session."""
    found = contingent_by_code(session, contingent)
    if within is not None and found.code not in within:
        raise NotFoundError(
            _("There is no contingent {contingent!r} among yours.").format(contingent=contingent)
        )
    statement = select(Officer.service_number).where(
        Officer.contingent_id == found.id, Officer.status == OfficerStatus.ACTIVE.value
    )
    if unit:
        unit_id = session.scalar(
            select(Unit.id).where(Unit.contingent_id == found.id, Unit.name == unit.strip())
        )
        if unit_id is None:
            raise NotFoundError(
                _("Contingent {code} has no unit {unit!r}.").format(code=found.code, unit=unit)
            )
        statement = statement.where(Officer.unit_id == unit_id)
    numbers = session.scalars(statement.order_by(Officer.family_name, Officer.given_names))
    return tuple(OfficerRef(found.code, number) for number in numbers)


def service_numbers(text: str, contingent: str) -> tuple[OfficerRef, ...]:
    """Pasted service numbers (separated by commas, spaces or lines) of one contingent."""
    numbers = [part for part in text.replace(",", " ").replace(";", " ").split() if part]
    if not numbers:
        raise InputError(_("Give at least one service number."))
    return tuple(OfficerRef(contingent, number) for number in numbers)


def attendees_from_sheet(path: Path, contingent: str | None = None) -> tuple[OfficerRef, ...]:
    """The service numbers (and contingents) of a sheet, one attendee a row."""
    columns, rows = read_sheet(path, {}, ("service_number",), RESULTS_FIELDS)
    refs = []
    for row in rows:
        code = columns.value(row, "contingent") or contingent
        if not code:
            raise InputError(
                _("Row {number} of {name} names no contingent; add a contingent column.").format(
                    number=row.number, name=path.name
                )
            )
        refs.append(OfficerRef(code, columns.value(row, "service_number")))
    return tuple(refs)


def unknown_attendees(
    session: Session, refs: Sequence[OfficerRef], within: Collection[str] | None
) -> tuple[OfficerRef, ...]:
    """The attendees named whom no officer (of the account's contingents) answers to.

    The plan dialog shows them before saving; plan_session would refuse the first.
    """
    by_contingent: dict[str, list[str]] = {}
    for ref in refs:
        by_contingent.setdefault(ref.contingent.strip().upper(), []).append(ref.service_number)
    unknown: set[tuple[str, str]] = set()
    for code, numbers in by_contingent.items():
        _, missing = officers_by_service_number(session, numbers, code, within)
        unknown.update((code, number) for number in missing)
    return tuple(
        ref for ref in refs if (ref.contingent.strip().upper(), ref.service_number) in unknown
    )


@dataclass(frozen=True)
class SheetAttendees:
    """A sheet of expected attendees as read, and those of them no officer answers to."""

    refs: tuple[OfficerRef, ...]
    unknown: tuple[OfficerRef, ...]


def read_attendee_sheet(
    session: Session, path: Path, contingent: str | None, within: Collection[str] | None
) -> SheetAttendees:
    """A sheet's attendees with a preview of its unknown service numbers (the plan dialog)."""
    refs = attendees_from_sheet(path, contingent)
    return SheetAttendees(refs, unknown_attendees(session, refs, within))


def change_attendees(
    session: Session,
    reference: str,
    added: Sequence[OfficerRef],
    absent: Sequence[OfficerRef],
    actor: Actor,
) -> tuple[int, int]:
    """On the day: add attendees, then mark others absent, in the caller's transaction.

    Added first, so that someone added and reported absent in one go is both. Returns how
    many were added and how many newly marked absent.
    """
    count_added = add_attendees(session, reference, added, actor) if added else 0
    count_absent = mark_absent(session, reference, absent, actor) if absent else 0
    return count_added, count_absent


def results_from_sheet(path: Path) -> tuple[AttendeeResult, ...]:
    """A planned session's results sheet: service_number, contingent, outcome, score."""
    columns, rows = read_sheet(path, {}, ("service_number", "contingent"), RESULTS_FIELDS)
    if "outcome" not in columns.fields and "score" not in columns.fields:
        raise InputError(
            _("{name} has neither an outcome nor a score column.").format(name=path.name)
        )
    results = []
    for row in rows:
        where = _("Row {number} of {name}").format(number=row.number, name=path.name)
        score_text = columns.value(row, "score").replace(",", ".").rstrip("%")
        try:
            score = float(score_text) if score_text else None
        except ValueError:
            raise InputError(
                _("{where} has the score {score_text!r}, not a number.").format(
                    where=where, score_text=score_text
                )
            ) from None
        outcome_text = columns.value(row, "outcome")
        outcome = OUTCOMES.get(fold(outcome_text)) if outcome_text else None
        if outcome_text and outcome is None:
            raise InputError(
                _(
                    "{where} has the unknown outcome {outcome_text!r} (use pass, fail, "
                    "attended or absent)."
                ).format(where=where, outcome_text=outcome_text)
            )
        attended = outcome is not Outcome.ABSENT
        stated = None if outcome in (Outcome.ABSENT, Outcome.ATTENDED) else outcome
        ref = OfficerRef(columns.value(row, "contingent"), columns.value(row, "service_number"))
        results.append(AttendeeResult(ref, attended, score, stated))
    return tuple(results)
