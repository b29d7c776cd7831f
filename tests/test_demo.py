"""The demo mission's rotations: officers come back for more tours, and train for each."""

import datetime as dt
import itertools
from collections import defaultdict
from collections.abc import Iterator
from typing import NamedTuple

import pytest
from sqlalchemy import func, select, true

from mss_training.db import Database, effective_passes, open_database
from mss_training.domain import Assessment, OfficerStatus, Outcome, ResultKind
from mss_training.io.curriculum_file import default_curriculum
from mss_training.models import (
    Contingent,
    Module,
    Officer,
    OfficerRole,
    Result,
    Role,
    TrainingSession,
)
from mss_training.services.demo import HOME_ACADEMIES, IN_MISSION, DemoSummary, generate_demo
from mss_training.services.holds import list_holds
from mss_training.services.readiness import ReadinessQuery, readiness_report
from mss_training.services.session_list import (
    SessionQuery,
    SessionState,
    find_sessions,
    session_detail,
)
from mss_training.services.setup import set_up_database
from tests.mission import ACTOR

TODAY = dt.date(2026, 11, 27)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, DemoSummary]]:
    """Four years of a 300-officer mission: long enough for second and third tours."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    with open_database(f"sqlite:///{path}") as database:
        with database.transaction() as session:
            set_up_database(session, default_curriculum(), ACTOR)
            summary = generate_demo(session, officers=300, seed=2699, today=TODAY, years=4)
        yield database, summary


def passes(database: Database, module: str) -> dict[int, list[tuple[dt.date, str]]]:
    """Each officer's passes of a module as first recorded: (completed on, where), in order."""
    with database.reading() as session:
        rows = session.execute(
            select(Result.officer_id, Result.completed_on, TrainingSession.location)
            .join(TrainingSession, TrainingSession.id == Result.session_id)
            .join(Module, Module.id == Result.module_id)
            .where(
                Module.code == module,
                Result.kind == ResultKind.ORIGINAL.value,
                Result.outcome.in_([Outcome.PASS.value, Outcome.ATTENDED.value]),
            )
            .order_by(Result.completed_on)
        ).all()
    by_officer: dict[int, list[tuple[dt.date, str]]] = defaultdict(list)
    for officer_id, day, location in rows:
        by_officer[officer_id].append((day, location))
    return by_officer


class Record(NamedTuple):
    contingent: str
    status: str
    deployment_start: dt.date | None
    deployment_end: dt.date | None


def officers(database: Database) -> dict[int, Record]:
    """Each officer's record as the personnel table shows it, by officer id."""
    with database.reading() as session:
        rows = session.execute(
            select(
                Officer.id,
                Contingent.code,
                Officer.status,
                Officer.deployment_start,
                Officer.deployment_end,
            ).join(Contingent, Contingent.id == Officer.contingent_id)
        ).all()
    return {
        officer_id: Record(code, status, start, end)
        for officer_id, code, status, start, end in rows
    }


def test_many_officers_serve_again_and_are_inducted_on_each_arrival(
    demo: tuple[Database, DemoSummary],
) -> None:
    database, summary = demo
    assert summary.tours > summary.officers * 1.2
    inductions = passes(database, "SEC-101")  # every officer's induction in Haiti
    returned = {officer_id: days for officer_id, days in inductions.items() if len(days) > 1}
    assert len(returned) > summary.officers // 4
    assert any(len(days) > 2 for days in returned.values())
    records = officers(database)
    for officer_id, days in returned.items():
        assert {location for _, location in days} == {IN_MISSION[0]}
        # A tour (nine months at least) and a spell at home lie between two arrivals.
        gaps = [later - earlier for (earlier, _), (later, _) in itertools.pairwise(days)]
        assert min(gaps) > dt.timedelta(days=365)
        # The record shows the latest tour, and its induction on arrival is there (unless
        # the officer is back with the rotation still preparing at home).
        start = records[officer_id].deployment_start
        assert start is not None
        if start > TODAY:
            assert days[-1][0] < start
        elif start < TODAY - dt.timedelta(days=90):
            assert start <= days[-1][0] <= start + dt.timedelta(days=90)


def test_returning_officers_requalify_at_home_before_their_next_tour(
    demo: tuple[Database, DemoSummary],
) -> None:
    database, _ = demo
    records = officers(database)
    inductions = passes(database, "SEC-101")
    firearms = passes(database, "FRM-101")  # valid six months: always lapsed after leave
    returned = [officer_id for officer_id, days in inductions.items() if len(days) > 1]
    requalified = [
        officer_id
        for officer_id in returned
        if any(
            location == HOME_ACADEMIES[records[officer_id].contingent]
            and inductions[officer_id][0][0] < day < inductions[officer_id][-1][0]
            for day, location in firearms[officer_id]
        )
    ]
    assert len(requalified) >= 0.9 * len(returned)


def test_formed_units_redo_their_course_and_individual_officers_do_not(
    demo: tuple[Database, DemoSummary],
) -> None:
    """The mandate course never expires: only formed units take it again with their unit."""
    database, _ = demo
    with database.reading() as session:
        roles: dict[int, set[str]] = defaultdict(set)
        for officer_id, code in session.execute(
            select(OfficerRole.officer_id, Role.code).join(Role, Role.id == OfficerRole.role_id)
        ):
            roles[officer_id].add(code)
    inductions = passes(database, "SEC-101")
    mandate = passes(database, "MAN-101")
    returned = [officer_id for officer_id, days in inductions.items() if len(days) > 1]
    formed = [officer_id for officer_id in returned if roles[officer_id] & {"FPU", "MIL"}]
    individual = [officer_id for officer_id in returned if officer_id not in formed]
    assert formed and individual
    assert all(len(mandate[officer_id]) <= 1 for officer_id in individual)
    retaken = [officer_id for officer_id in formed if len(mandate[officer_id]) > 1]
    assert len(retaken) >= 0.9 * len(formed)


def test_officers_deployed_or_preparing_are_active_and_the_rest_rotated_out(
    demo: tuple[Database, DemoSummary],
) -> None:
    records = officers(demo[0]).values()
    statuses: dict[bool, set[str]] = defaultdict(set)
    for officer in records:
        assert officer.deployment_end is not None
        statuses[officer.deployment_end >= TODAY].add(officer.status)
    assert statuses[True] <= {OfficerStatus.ACTIVE.value, OfficerStatus.WITHDRAWN.value}
    assert OfficerStatus.ACTIVE.value in statuses[True]
    assert statuses[False] == {OfficerStatus.ROTATED_OUT.value}


def test_next_week_has_planned_sessions_with_their_attendees(
    demo: tuple[Database, DemoSummary],
) -> None:
    database, summary = demo
    with database.reading() as session:
        lines = find_sessions(session, SessionQuery(state=SessionState.PLANNED), None)
        details = [session_detail(session, line.reference, None) for line in lines]
    assert summary.planned == len(lines) == 2
    monday = dt.date(2026, 11, 30)  # TODAY is a Friday
    assert sorted(line.starts_on for line in lines) == [monday, monday + dt.timedelta(days=2)]
    assert {detail.assessment for detail in details} == {Assessment.SCORED, Assessment.PASS_FAIL}
    for line, detail in zip(lines, details, strict=True):
        assert line.seats is not None and 0 < line.attendees <= line.seats
        assert all(a.expected and a.outcome is None for a in detail.attendees)
        assert len({a.contingent for a in detail.attendees}) == 1


def test_the_demo_holds_some_officers_back_as_a_coordinator_would(
    demo: tuple[Database, DemoSummary],
) -> None:
    """A pending vetting and a conduct case among them, each on an officer still serving
    (or about to), so that the dashboard, the record and the reports show holds."""
    database, summary = demo
    with database.reading() as session:
        holds = list_holds(session, ACTOR)
        report = readiness_report(session, ReadinessQuery(TODAY))
    assert summary.holds == len(holds) >= 5
    kinds = {(line.kind, line.status) for line in holds}
    assert {("vetting", "pending"), ("conduct", "open")} <= kinds
    assert any(line.lifted_on for line in holds)  # one already lifted: its history stays
    held = [o for o in report.officers if o.holds]
    assert report.summary.overall.on_hold == len(held) >= 3
    assert all(not o.deployable for o in held)


def test_the_demos_bulk_written_results_have_exactly_their_passes(
    demo: tuple[Database, DemoSummary],
) -> None:
    """Thousands of results written in one go (long runs of ids) reach the passes table
    exactly as the results give them."""
    database, _summary = demo
    with database.reading() as session:
        assert effective_passes.differences(session.connection()) == (0, 0)
        counted = session.scalar(
            select(func.count()).select_from(effective_passes.counted(true()).subquery())
        )
    assert counted is not None and counted > 1_000
