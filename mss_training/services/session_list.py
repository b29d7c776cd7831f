"""Finding sessions, planned and held, and reading one with its attendees and results.

Held to the scope rule of services.scope: an account limited to some contingents finds
the sessions with attendees of theirs, and reads only those attendees. The search answers
ids first (one indexed query), and the rows of the ids on screen after, so that a list of
thousands of sessions opens at once.
"""

import datetime as dt
import uuid
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, exists, func, or_, select
from sqlalchemy.orm import Session, aliased

from mss_training.domain import Assessment, ResultKind
from mss_training.models import (
    Contingent,
    Module,
    ModuleRevision,
    Officer,
    Result,
    SessionAttendee,
    TrainingSession,
    Unit,
)
from mss_training.services.recognition import place_shown
from mss_training.services.scope import officer_clause, session_clause
from mss_training.services.scoped_reads import visible_session
from mss_training.services.training import module_rules
from mss_training.services.translated import translated


class SessionState(StrEnum):
    PLANNED = "planned"
    HELD = "held"


@dataclass(frozen=True)
class SessionQuery:
    """What a search asks; every part left empty matches every session."""

    text: str = ""
    state: SessionState | None = None
    starts_from: dt.date | None = None
    ends_by: dt.date | None = None
    module: str | None = None
    place: str = ""
    contingent: str | None = None


@dataclass(frozen=True)
class SessionLine:
    id: int
    uid: uuid.UUID
    module: str
    starts_on: dt.date
    ends_on: dt.date
    location: str
    instructors: str
    state: SessionState
    attendees: int
    seats: int | None

    @property
    def reference(self) -> str:
        return self.uid.hex[:8]


def _held(session_id: Any) -> ColumnElement[bool]:
    held = aliased(Result)
    return exists(select(held.id).where(held.session_id == session_id))


def _of_contingent(code: str) -> ColumnElement[bool]:
    officers = (
        select(Officer.id)
        .join(Contingent, Contingent.id == Officer.contingent_id)
        .where(Contingent.code == code.strip().upper())
    )
    recorded = aliased(Result)
    expected = aliased(SessionAttendee)
    return or_(
        exists(
            select(recorded.id).where(
                recorded.session_id == TrainingSession.id, recorded.officer_id.in_(officers)
            )
        ),
        exists(
            select(expected.id).where(
                expected.session_id == TrainingSession.id, expected.officer_id.in_(officers)
            )
        ),
    )


def _like(text: str) -> str:
    escaped = text.strip().lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def search_session_ids(
    session: Session, query: SessionQuery, within: Collection[str] | None
) -> list[int]:
    """The ids of the sessions that match, latest first."""
    statement = (
        select(TrainingSession.id)
        .join(Module, Module.id == TrainingSession.module_id)
        .where(session_clause(within))
        .order_by(TrainingSession.starts_on.desc(), TrainingSession.id.desc())
    )
    if query.state is SessionState.HELD:
        statement = statement.where(_held(TrainingSession.id))
    elif query.state is SessionState.PLANNED:
        statement = statement.where(TrainingSession.planned, ~_held(TrainingSession.id))
    if query.starts_from is not None:
        statement = statement.where(TrainingSession.ends_on >= query.starts_from)
    if query.ends_by is not None:
        statement = statement.where(TrainingSession.starts_on <= query.ends_by)
    if query.module:
        statement = statement.where(Module.code == query.module.strip().upper())
    if query.place.strip():
        statement = statement.where(
            func.lower(TrainingSession.location).like(_like(query.place), escape="\\")
        )
    if query.contingent:
        statement = statement.where(_of_contingent(query.contingent))
    for word in query.text.split():
        pattern = _like(word)
        statement = statement.where(
            or_(
                func.lower(Module.code).like(pattern, escape="\\"),
                func.lower(TrainingSession.location).like(pattern, escape="\\"),
                func.lower(TrainingSession.instructors).like(pattern, escape="\\"),
            )
        )
    return list(session.scalars(statement))


def session_lines(
    session: Session, ids: Sequence[int], within: Collection[str] | None
) -> list[SessionLine]:
    """The rows of those sessions, in the order of ``ids``, counting visible attendees."""
    if not ids:
        return []
    wanted = list(ids)
    recorded = dict(
        session.execute(
            select(Result.session_id, func.count(func.distinct(Result.officer_id)))
            .where(Result.session_id.in_(wanted), officer_clause(within, Result.officer_id))
            .group_by(Result.session_id)
        ).all()
    )
    expected = dict(
        session.execute(
            select(SessionAttendee.session_id, func.count(SessionAttendee.id))
            .where(
                SessionAttendee.session_id.in_(wanted),
                officer_clause(within, SessionAttendee.officer_id),
            )
            .group_by(SessionAttendee.session_id)
        ).all()
    )
    rows = {
        row.id: row
        for row in session.execute(
            select(
                TrainingSession.id, TrainingSession.uid, Module.code, TrainingSession.starts_on,
                TrainingSession.ends_on, TrainingSession.location, TrainingSession.instructors,
                TrainingSession.seats, TrainingSession.recognised_by,
                TrainingSession.recognised_reference,
            )
            .join(Module, Module.id == TrainingSession.module_id)
            .where(TrainingSession.id.in_(wanted))
        )
    }  # fmt: skip
    lines = []
    for session_id in wanted:
        row = rows.get(session_id)
        if row is None:
            continue
        held = session_id in recorded
        lines.append(
            SessionLine(
                id=row.id,
                uid=row.uid,
                module=row.code,
                starts_on=row.starts_on,
                ends_on=row.ends_on,
                location=place_shown(row.location, row.recognised_by, row.recognised_reference),
                instructors=row.instructors,
                state=SessionState.HELD if held else SessionState.PLANNED,
                attendees=recorded[session_id] if held else expected.get(session_id, 0),
                seats=row.seats,
            )
        )
    return lines


def find_sessions(
    session: Session, query: SessionQuery, within: Collection[str] | None, limit: int = 200
) -> list[SessionLine]:
    """The first ``limit`` sessions that match, with their rows (the command line's list)."""
    return session_lines(session, search_session_ids(session, query, within)[:limit], within)


@dataclass(frozen=True)
class AttendeeLine:
    officer_id: int
    service_number: str
    name: str
    rank: str
    contingent: str
    unit: str
    expected: bool
    outcome: str | None  # None: not recorded yet
    score: float | None
    result_uid: uuid.UUID | None
    marked_absent: bool = False  # reported absent on the day, before the results


@dataclass(frozen=True)
class SessionDetail:
    line: SessionLine
    notes: str
    attendees: tuple[AttendeeLine, ...]
    assessment: Assessment
    pass_mark: float | None
    module_title: str


def session_detail(
    session: Session, reference: str, within: Collection[str] | None, language: str = "en"
) -> SessionDetail:
    """One session by reference, with the attendees the account may see and their results;
    its module's title in ``language`` where the curriculum translates it."""
    training = visible_session(session, reference, within)
    (line,) = session_lines(session, [training.id], within)
    marks = dict(
        session.execute(
            select(SessionAttendee.officer_id, SessionAttendee.absent_marked_at).where(
                SessionAttendee.session_id == training.id
            )
        ).all()
    )
    expected_ids = set(marks)
    latest: dict[int, tuple[str, float | None, uuid.UUID]] = {}
    for officer_id, outcome, score, uid, kind in session.execute(
        select(Result.officer_id, Result.outcome, Result.score, Result.uid, Result.kind)
        .where(Result.session_id == training.id)
        .order_by(Result.created_at, Result.id)
    ):
        # Corrections come after what they correct; the latest word is what counts.
        latest[officer_id] = ("void" if kind == ResultKind.VOID else outcome, score, uid)
    everyone = expected_ids | set(latest)
    officers = session.execute(
        select(
            Officer.id, Officer.service_number, Officer.family_name, Officer.given_names,
            Officer.rank, Contingent.code, Unit.name,
        )
        .join(Contingent, Contingent.id == Officer.contingent_id)
        .outerjoin(Unit, Unit.id == Officer.unit_id)
        .where(Officer.id.in_(everyone), officer_clause(within, Officer.id))
        .order_by(Contingent.code, Officer.family_name, Officer.given_names)
    )  # fmt: skip
    attendees = tuple(
        AttendeeLine(
            officer_id=row.id,
            service_number=row.service_number,
            name=f"{row.family_name.upper()}, {row.given_names}",
            rank=row.rank or "",
            contingent=row.code,
            unit=row.name or "",
            expected=row.id in expected_ids,
            outcome=latest[row.id][0] if row.id in latest else None,
            score=latest[row.id][1] if row.id in latest else None,
            result_uid=latest[row.id][2] if row.id in latest else None,
            marked_absent=marks.get(row.id) is not None,
        )
        for row in officers
    )
    rules = module_rules(session, line.module)
    revision = session.execute(
        select(ModuleRevision.title, ModuleRevision.translations).where(
            ModuleRevision.module_id == training.module_id,
            ModuleRevision.curriculum_version_id == training.curriculum_version_id,
        )
    ).first()
    title = "" if revision is None else translated(revision.title, revision.translations, language)
    return SessionDetail(line, training.notes, attendees, rules.assessment, rules.pass_mark, title)
