"""The dashboard's summary of a large mission is counted in two halves at once, one per
core (db/halves.py). The halves must add up to what one statement gives, and must be
counted on one snapshot of the file even when someone commits in between."""

import datetime as dt
from collections.abc import Iterator

import pytest
from sqlalchemy import func, select

from mss_training.db import halves, open_database, tables
from mss_training.services.personnel import OfficerRef
from mss_training.services.readiness_summary import readiness_summary
from tests.mission import Mission

D = dt.date


@pytest.fixture
def mission(sqlite_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[Mission]:
    monkeypatch.setattr(halves, "_LEAST", 1)  # the tests' missions are small: split them all
    database = open_database(sqlite_url)
    mission = Mission.set_up(database)
    yield mission
    database.close()


def _trained(mission: Mission, count: int) -> list[OfficerRef]:
    officers = [mission.officer(f"P{number}") for number in range(count)]
    for officer in officers[1:]:
        mission.passed(officer, "ATT", D(2026, 1, 5))
        mission.passed(officer, "PF", D(2026, 1, 5))
    return officers


def test_the_halves_add_up_to_the_whole_mission(
    mission: Mission, monkeypatch: pytest.MonkeyPatch
) -> None:
    _trained(mission, 7)
    query = mission.query(D(2026, 3, 1))
    split = mission.summary(query)
    monkeypatch.setattr(halves, "_LEAST", 10**9)  # one statement, as on a small mission
    whole = mission.summary(query)
    assert split == whole == mission.report(query).summary
    assert split.overall.total == 7
    assert split.overall.not_ready == 1  # P0 has nothing


def test_a_commit_between_the_halves_does_not_mix_two_states_of_the_file(
    mission: Mission,
) -> None:
    """A training officer records P0's passes while a commander's dashboard is counting:
    the dashboard shows the mission as it was when it began, not half of each."""
    officers = _trained(mission, 7)
    query = mission.query(D(2026, 3, 1))
    before = mission.summary(query)
    with mission.database.reading() as session:
        # The commander's read has begun: SQLite fixes its snapshot at its first read.
        assert session.scalar(select(func.count()).select_from(tables.officers)) == 7
        mission.passed(officers[0], "ATT", D(2026, 1, 5))  # P0 has the lowest id: first half
        mission.passed(officers[0], "PF", D(2026, 1, 5))
        during = readiness_summary(session, query)
    after = mission.summary(query)
    assert during == before
    assert after != before
    assert after.overall.not_ready == 0
