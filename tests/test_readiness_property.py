"""The SQL readiness engine agrees with a plain Python reading of the rules on random missions."""

import datetime as dt
import uuid
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from mss_training.dates import add_months, earliest_valid_completion
from mss_training.db import Database, effective_passes, halves, open_database
from mss_training.domain import HoldKind, OfficerStatus, Outcome, Phase, VettingStatus
from mss_training.io.curriculum_file import parse_curriculum
from mss_training.models import Result, TrainingSession
from mss_training.services.holds import HoldInput, lift_hold, place_hold
from mss_training.services.personnel import OfficerInput, OfficerRef, add_officers
from mss_training.services.readiness import ReadinessQuery, readiness_report
from mss_training.services.readiness_summary import readiness_summary
from mss_training.services.training import (
    AttendeeResult,
    ExemptionInput,
    SessionInput,
    amend_result,
    grant_exemption,
    record_session,
    void_result,
)
from tests.mission import ACTOR, RULES_CURRICULUM, Mission
from tests.reference_readiness import (
    RefExemption,
    RefHold,
    RefMission,
    RefModule,
    RefOfficer,
    RefRequirement,
    RefResult,
    months_later,
    reference_holds,
    reference_readiness,
    reference_refreshers,
)
from tests.test_readiness_json import documented_json, streamed_json

START = dt.date(2023, 11, 20)
SPAN_DAYS = 800
SPEC = parse_curriculum(RULES_CURRICULUM)
MODULES = {
    module.code: RefModule(
        module.code, module.assessment.value, module.pass_mark, module.validity_months
    )
    for module in SPEC.modules
}
REQUIREMENTS = [
    RefRequirement(module.code, requirement.role, requirement.contingent, requirement.phase.value)
    for module in SPEC.modules
    for requirement in module.requirements
]


@dataclass(frozen=True)
class Attempt:
    officer: int
    module: str
    day: int
    attended: bool
    score: float | None
    outcome: Outcome | None


@dataclass(frozen=True)
class Correction:
    target: int
    void: bool
    attended: bool
    score: float | None
    outcome: Outcome | None


@dataclass(frozen=True)
class Waiver:
    officer: int
    module: str
    granted: int
    length: int | None


@dataclass(frozen=True)
class Hold:
    officer: int
    kind: HoldKind
    status: VettingStatus | None
    since: int
    length: int | None
    lifted_after: int | None


@st.composite
def holds(draw: st.DrawFn, officers: int) -> Hold:
    kind = draw(st.sampled_from(list(HoldKind)))
    status = draw(st.sampled_from(list(VettingStatus))) if kind is HoldKind.VETTING else None
    length = draw(st.none() | st.integers(0, 200))
    return Hold(
        officer=draw(st.integers(0, officers - 1)),
        kind=kind,
        status=status,
        since=draw(st.integers(0, SPAN_DAYS)),
        length=draw(st.integers(0, 200)) if status is VettingStatus.CLEARED else length,
        lifted_after=draw(st.none() | st.integers(0, 200)),
    )


@st.composite
def attempts(draw: st.DrawFn, officers: int) -> Attempt:
    module = draw(st.sampled_from(sorted(MODULES)))
    assessment = MODULES[module].assessment
    attended = draw(st.booleans().filter(lambda x: x) | st.booleans())
    score: float | None = None
    outcome: Outcome | None = None
    if attended and assessment == "scored":
        score = draw(st.sampled_from([50.0, 79.5, 80.0, 81.0, 100.0]))
    elif attended and assessment == "pass_fail":
        outcome = draw(st.sampled_from([Outcome.PASS, Outcome.PASS, Outcome.FAIL]))
    return Attempt(
        officer=draw(st.integers(0, officers - 1)),
        module=module,
        day=draw(st.integers(0, SPAN_DAYS)),
        attended=attended,
        score=score,
        outcome=outcome,
    )


@st.composite
def missions(
    draw: st.DrawFn,
) -> tuple[list[RefOfficer], list[Attempt], list[Correction], list[Waiver], list[Hold]]:
    count = draw(st.integers(1, 5))
    officers = [
        RefOfficer(
            number=f"{index:04d}",
            contingent=draw(st.sampled_from(["KEN", "JAM"])),
            roles=frozenset(draw(st.sets(st.sampled_from(["POL", "FPU", "DRV"]), max_size=3))),
            active=draw(st.booleans() | st.just(True)),
        )
        for index in range(count)
    ]
    tried = draw(st.lists(attempts(count), max_size=14))
    corrections = draw(
        st.lists(
            st.builds(
                Correction,
                target=st.integers(0, 20),
                void=st.booleans(),
                attended=st.just(True),
                score=st.sampled_from([None, 60.0, 90.0]),
                outcome=st.sampled_from([None, Outcome.PASS, Outcome.FAIL]),
            ),
            max_size=4,
        )
    )
    waivers = draw(
        st.lists(
            st.builds(
                Waiver,
                officer=st.integers(0, count - 1),
                module=st.sampled_from(sorted(MODULES)),
                granted=st.integers(0, SPAN_DAYS),
                length=st.none() | st.integers(0, 300),
            ),
            max_size=3,
        )
    )
    placed = draw(st.lists(holds(count), max_size=4))
    return officers, tried, corrections, waivers, placed


def _day(offset: int) -> dt.date:
    return START + dt.timedelta(days=offset)


def _record(
    database: Database,
    officers: list[RefOfficer],
    tried: list[Attempt],
    corrections: list[Correction],
    waivers: list[Waiver],
    placed: list[Hold],
) -> RefMission:
    """Write the mission through the services and mirror what was accepted in the reference."""
    mission = RefMission(MODULES, REQUIREMENTS, list(officers))
    with database.transaction() as session:
        add_officers(
            session,
            [
                OfficerInput(
                    contingent=o.contingent,
                    service_number=o.number,
                    family_name="Property",
                    given_names="Test",
                    roles=tuple(sorted(o.roles)),
                    status=OfficerStatus.ACTIVE if o.active else OfficerStatus.ROTATED_OUT,
                )
                for o in officers
            ],
            ACTOR,
        )
        heads: list[tuple[uuid.UUID, RefResult]] = []
        for attempt in tried:
            officer = officers[attempt.officer]
            recorded = record_session(
                session,
                SessionInput(
                    module=attempt.module,
                    starts_on=_day(attempt.day),
                    ends_on=_day(attempt.day),
                    location="Range",
                    results=(
                        AttendeeResult(
                            OfficerRef(officer.contingent, officer.number),
                            attempt.attended,
                            attempt.score,
                            attempt.outcome,
                        ),
                    ),
                ),
                ACTOR,
            )
            uid, outcome = session.execute(
                select(Result.uid, Result.outcome)
                .join(TrainingSession, TrainingSession.id == Result.session_id)
                .where(TrainingSession.uid == recorded.uid)
            ).one()
            result = RefResult(
                officer.number,
                attempt.module,
                _day(attempt.day),
                attempt.attended,
                attempt.score,
                outcome,
            )
            mission.results.append(result)
            heads.append((uid, result))
        for correction in corrections:
            if correction.target >= len(heads):
                continue
            uid, old = heads[correction.target]
            if old.void:
                continue
            if correction.void:
                new_uid = void_result(session, uid, reason="test", actor=ACTOR)
                new = RefResult(old.officer, old.module, old.day, False, None, "absent", void=True)
            else:
                assessment = MODULES[old.module].assessment
                score = correction.score if assessment == "scored" else None
                new_outcome = correction.outcome if assessment == "pass_fail" else None
                if assessment == "scored" and score is None:
                    score = 85.0
                if assessment == "pass_fail" and new_outcome is None:
                    new_outcome = Outcome.PASS
                new_uid = amend_result(
                    session,
                    uid,
                    attended=True,
                    score=score,
                    outcome=new_outcome,
                    reason="t",
                    actor=ACTOR,
                )
                stored = session.scalar(select(Result.outcome).where(Result.uid == new_uid))
                assert stored is not None
                new = RefResult(old.officer, old.module, old.day, True, score, stored)
            old.superseded = True
            mission.results.append(new)
            heads[correction.target] = (new_uid, new)
        for waiver in waivers:
            officer = officers[waiver.officer]
            until = None if waiver.length is None else _day(waiver.granted + waiver.length)
            grant_exemption(
                session,
                ExemptionInput(
                    officer=OfficerRef(officer.contingent, officer.number),
                    module=waiver.module,
                    reason="test",
                    approved_by="test",
                    granted_on=_day(waiver.granted),
                    valid_until=until,
                ),
                ACTOR,
            )
            mission.exemptions.append(
                RefExemption(officer.number, waiver.module, _day(waiver.granted), until)
            )
        for hold in placed:
            officer = officers[hold.officer]
            since = _day(hold.since)
            until = None if hold.length is None else since + dt.timedelta(days=hold.length)
            entry = HoldInput(
                OfficerRef(officer.contingent, officer.number), hold.kind, "test", since,
                hold.status, "", until,
            )  # fmt: skip
            uid = place_hold(session, entry, ACTOR)
            lifted_on = None
            if hold.lifted_after is not None:
                lifted_on = since + dt.timedelta(days=hold.lifted_after)
                lift_hold(session, uid.hex, "test", ACTOR, on=lifted_on)
            mission.holds.append(
                RefHold(
                    officer.number, hold.kind.value,
                    hold.status.value if hold.status else None, since, until, lifted_on,
                )
            )  # fmt: skip
    return mission


def _as_of_dates(
    tried: list[Attempt], warn_days: int, placed: list[Hold]
) -> st.SearchStrategy[dt.date]:
    """Any date, or one on a boundary of some result (its day, its expiry, its warning) or
    of some hold (its first and last day, the day it is lifted)."""
    anywhere = st.integers(-30, SPAN_DAYS + 500).map(_day)
    boundaries: set[dt.date] = set()
    for hold in placed:
        ends = [hold.length, hold.lifted_after]
        for offset in [hold.since, *(hold.since + end for end in ends if end is not None)]:
            boundaries.update(_day(offset + shift) for shift in (-1, 0, 1))
    for attempt in tried:
        day = _day(attempt.day)
        months = MODULES[attempt.module].validity_months
        edges = [day]
        if months:
            expiry = months_later(day, months)
            edges += [expiry, expiry - dt.timedelta(days=warn_days)]
        boundaries.update(edge + dt.timedelta(days=shift) for edge in edges for shift in (-1, 0, 1))
    if not boundaries:
        return anywhere
    return st.sampled_from(sorted(boundaries)) | anywhere


def _tour_ends(tried: list[Attempt], as_of: dt.date) -> st.SearchStrategy[dt.date | None]:
    """No tour, or a last day of the tour on or after ``as_of``: any, or on the expiry day
    of some result (or the day either side), where lapsing begins."""
    anywhere = st.integers(0, 400).map(lambda days: as_of + dt.timedelta(days=days))
    edges: set[dt.date] = set()
    for attempt in tried:
        months = MODULES[attempt.module].validity_months
        if months:
            expiry = months_later(_day(attempt.day), months)
            edges.update(expiry + dt.timedelta(days=shift) for shift in (-1, 0, 1))
    boundaries = sorted(edge for edge in edges if edge >= as_of)
    if not boundaries:
        return st.none() | anywhere
    # Mostly on an edge: that is where a rule read one day off shows.
    on_edge = st.sampled_from(boundaries)
    return st.none() | on_edge | on_edge | anywhere


@pytest.fixture
def mission_database(database_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[Mission]:
    # The summary of a large SQLite mission is counted in two halves at once
    # (db/halves.py): these missions are small, so split every one of them.
    monkeypatch.setattr(halves, "_LEAST", 1)
    database = open_database(database_url)
    yield Mission.set_up(database)
    database.close()


# Each example starts from a mission cleared by hand (tests/mission.py, Mission.clear).
@pytest.mark.tampers
@settings(
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    generated=missions(),
    warn_days=st.sampled_from([0, 1, 30, 45, 90]),
    phase=st.none() | st.sampled_from(list(Phase)),
    include_inactive=st.booleans(),
    data=st.data(),
)
def test_engine_matches_the_reference_on_random_missions(
    mission_database: Mission,
    generated: tuple[list[RefOfficer], list[Attempt], list[Correction], list[Waiver], list[Hold]],
    warn_days: int,
    phase: Phase | None,
    include_inactive: bool,
    data: st.DataObject,
) -> None:
    mission_database.clear()
    reference_mission = _record(mission_database.database, *generated)
    day = data.draw(_as_of_dates(generated[1], warn_days, generated[4]), label="as_of")
    through = data.draw(_tour_ends(generated[1], day), label="through")
    query = ReadinessQuery(
        as_of=day,
        warn_days=warn_days,
        phase=phase,
        include_inactive=include_inactive,
        through=through,
    )
    _engine_agrees_with_the_reference(mission_database.database, reference_mission, query)


# Each example starts from a mission cleared by hand (tests/mission.py, Mission.clear).
@pytest.mark.tampers
@settings(
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    generated=missions(),
    warn_days=st.sampled_from([0, 30, 90]),
    data=st.data(),
)
def test_through_a_tour_the_engine_matches_the_reference_at_its_edges(
    mission_database: Mission,
    generated: tuple[list[RefOfficer], list[Attempt], list[Correction], list[Waiver], list[Hold]],
    warn_days: int,
    data: st.DataObject,
) -> None:
    """As of a day on which some pass is held, through a last day on, or a day either side
    of, some pass's expiry: where "lapses" begins and ends."""
    tried = generated[1]
    assume(tried)
    mission_database.clear()
    reference_mission = _record(mission_database.database, *generated)
    attempt = data.draw(st.sampled_from(tried), label="attempt")
    day = _day(attempt.day) + dt.timedelta(days=data.draw(st.sampled_from([0, 1, 20])))
    through = data.draw(_tour_ends(tried, day).filter(lambda end: end is not None))
    query = ReadinessQuery(as_of=day, warn_days=warn_days, through=through)
    _engine_agrees_with_the_reference(mission_database.database, reference_mission, query)


def _engine_agrees_with_the_reference(
    database: Database, reference_mission: RefMission, query: ReadinessQuery
) -> None:
    """The report, the summary, the JSON, the holds and who may deploy, as the reference says."""
    day, phase = query.as_of, query.phase
    with database.reading() as session:
        # The passes readiness reads are exactly what the results give, however written.
        assert effective_passes.differences(session.connection()) == (0, 0)
        report = readiness_report(session, query)
        summary = readiness_summary(session, query)
        assert streamed_json(session, query) == documented_json(report)
    engine = {
        officer.service_number: (
            officer.status.value,
            {
                state.module: (state.status.value, state.completed_on, state.expires_on)
                for state in officer.requirements
            },
        )
        for officer in report.officers
    }
    expected = reference_readiness(
        reference_mission,
        day,
        query.warn_days,
        phase.value if phase else None,
        query.include_inactive,
        query.through,
    )
    assert engine == expected
    assert summary == report.summary
    if query.through is not None:
        lapsing, due = reference_refreshers(expected)
        assert report.summary.overall.lapsing == lapsing
        assert {(r.module, r.month): r.officers for r in report.summary.refreshers} == due
    held = reference_holds(reference_mission, day, requires_vetting=False)
    assert {
        officer.service_number: [(hold.kind, hold.status) for hold in officer.holds]
        for officer in report.officers
    } == {number: held[number] for number in expected}
    assert {o.service_number: o.deployable for o in report.officers} == {
        number: status != "not_ready" and not held[number]
        for number, (status, _) in expected.items()
    }


@settings(max_examples=300, deadline=None)
@given(day=st.dates(dt.date(1990, 1, 1), dt.date(2090, 12, 31)), months=st.integers(1, 120))
def test_month_arithmetic_agrees_with_the_reference(day: dt.date, months: int) -> None:
    assert add_months(day, months) == months_later(day, months)
    cutoff = earliest_valid_completion(day, months)
    # A pass on the cut-off is still valid on ``day``; one a day earlier is not.
    assert add_months(cutoff, months) > day
    assert add_months(cutoff - dt.timedelta(days=1), months) <= day
