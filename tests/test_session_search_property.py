"""The session search against an oracle: for any dates, module, place, state and contingent
asked, it finds exactly the sessions a person reading the list would pick out."""

import datetime as dt
import random
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mss_training.db import Database, open_database
from mss_training.domain import Outcome
from mss_training.services.personnel import OfficerRef
from mss_training.services.planned_sessions import PlanInput, plan_session
from mss_training.services.session_list import SessionQuery, SessionState, find_sessions
from mss_training.services.training import AttendeeResult, SessionInput, record_session
from tests.mission import ACTOR, Mission

START = dt.date(2026, 1, 1)
MODULES = ("ATT", "PF", "SC")
PLACES = ("Kiganjo range", "Twickenham Park", "MSS base, Port-au-Prince")


@dataclass(frozen=True)
class Made:
    reference: str
    module: str
    starts_on: dt.date
    ends_on: dt.date
    place: str
    state: SessionState
    contingents: frozenset[str]


@pytest.fixture(scope="module")
def sessions(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, list[Made]]]:
    path: Path = tmp_path_factory.mktemp("search") / "search.sqlite"
    with open_database(f"sqlite:///{path}") as database:
        mission = Mission.set_up(database)
        people = {
            "KEN": mission.officer("K1", "POL"),
            "JAM": mission.officer("J1", "POL", contingent="JAM"),
        }
        rng = random.Random(17)
        made = []
        for _ in range(40):
            module, place = rng.choice(MODULES), rng.choice(PLACES)
            starts = START + dt.timedelta(days=rng.randrange(0, 700))
            ends = starts + dt.timedelta(days=rng.randrange(0, 3))
            codes = frozenset(rng.sample(sorted(people), rng.randint(1, 2)))
            refs = tuple(people[code] for code in sorted(codes))
            with database.transaction() as session:
                if ends > dt.date(2026, 11, 1) or rng.random() < 0.3:
                    planned = plan_session(
                        session, PlanInput(module, starts, ends, place, refs), ACTOR
                    )
                    reference, state = planned.reference, SessionState.PLANNED
                else:
                    results = tuple(_passing(module, ref) for ref in refs)
                    recorded = record_session(
                        session, SessionInput(module, starts, ends, place, results=results), ACTOR
                    )
                    reference, state = recorded.uid.hex[:8], SessionState.HELD
            made.append(Made(reference, module, starts, ends, place, state, codes))
        yield database, made


def _passing(module: str, officer: OfficerRef) -> AttendeeResult:
    """A pass of each kind of module: by score, on attendance, or stated."""
    if module == "SC":
        return AttendeeResult(officer, score=90)
    if module == "ATT":
        return AttendeeResult(officer)
    return AttendeeResult(officer, outcome=Outcome.PASS)


days = st.none() | st.dates(START - dt.timedelta(days=10), START + dt.timedelta(days=720))


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    starts_from=days,
    ends_by=days,
    module=st.none() | st.sampled_from(MODULES),
    place=st.sampled_from(["", "range", "PARK", "port-au", "nowhere"]),
    state=st.none() | st.sampled_from(list(SessionState)),
    contingent=st.none() | st.sampled_from(["KEN", "JAM"]),
    within=st.none() | st.just(frozenset({"KEN"})),
)
def test_the_search_finds_what_the_filters_say(
    sessions: tuple[Database, list[Made]],
    starts_from: dt.date | None,
    ends_by: dt.date | None,
    module: str | None,
    place: str,
    state: SessionState | None,
    contingent: str | None,
    within: frozenset[str] | None,
) -> None:
    database, made = sessions
    query = SessionQuery(
        state=state,
        starts_from=starts_from,
        ends_by=ends_by,
        module=module,
        place=place,
        contingent=contingent,
    )
    expected = {
        s.reference
        for s in made
        if (starts_from is None or s.ends_on >= starts_from)
        and (ends_by is None or s.starts_on <= ends_by)
        and (module is None or s.module == module)
        and place.lower() in s.place.lower()
        and (state is None or s.state is state)
        and (contingent is None or contingent in s.contingents)
        and (within is None or s.contingents & within)
    }
    with database.reading() as session:
        found = find_sessions(session, query, within, limit=1000)
    assert {line.reference for line in found} == expected
    days_found = [line.starts_on for line in found]
    assert days_found == sorted(days_found, reverse=True)  # latest first
