"""The passes readiness reads are kept in step with every way results and the curriculum
change: recording, corrections, voids and a new curriculum's pass marks, on both backends."""

import datetime as dt
from collections.abc import Iterator

import pytest
from sqlalchemy import select

from mss_training.db import effective_passes, open_database
from mss_training.domain import Outcome
from mss_training.domain import RequirementStatus as S
from mss_training.io.curriculum_file import parse_curriculum
from mss_training.models import EffectivePass
from mss_training.services.audit import verify_audit_trail
from mss_training.services.curriculum import install_curriculum, publish_version
from tests.mission import ACTOR, RULES_CURRICULUM, Mission

D = dt.date
# The same curriculum, but the scored module passes at 70 instead of 80.
LOWER_PASS_MARK = RULES_CURRICULUM.replace('version = "test-1"', 'version = "test-2"').replace(
    "pass_mark = 80", "pass_mark = 70"
)


@pytest.fixture
def mission(database_url: str) -> Iterator[Mission]:
    database = open_database(database_url)
    yield Mission.set_up(database)
    database.close()


def _in_step(mission: Mission) -> None:
    """The table is what the results give, and audit verify finds nothing to say."""
    with mission.database.reading() as session:
        assert verify_audit_trail(session).problems == []
        assert effective_passes.differences(session.connection()) == (0, 0)


def _passes(mission: Mission) -> int:
    with mission.database.reading() as session:
        return len(session.scalars(select(EffectivePass.result_id)).all())


def test_a_new_pass_mark_counts_old_scores_again_the_moment_it_is_published(
    mission: Mission,
) -> None:
    officer = mission.officer("P1", "POL")
    mission.result(officer, "SC", D(2026, 3, 2), score=75.0)  # below 80: failed
    assert mission.requirement(officer, "SC", D(2026, 3, 10))[0] is S.MISSING
    with mission.database.transaction() as session:
        install_curriculum(session, parse_curriculum(LOWER_PASS_MARK), ACTOR)
    # Valid for a month, so within the 30-day warning: met, and expiring.
    assert mission.requirement(officer, "SC", D(2026, 3, 10))[0] is S.EXPIRING
    _in_step(mission)
    stricter = RULES_CURRICULUM.replace('version = "test-1"', 'version = "test-3"')
    with mission.database.transaction() as session:
        install_curriculum(session, parse_curriculum(stricter), ACTOR)  # back to 80
    assert mission.requirement(officer, "SC", D(2026, 3, 10))[0] is S.MISSING
    _in_step(mission)


def test_a_draft_curriculum_changes_nothing_until_it_is_published(mission: Mission) -> None:
    officer = mission.officer("P1", "POL")
    mission.result(officer, "SC", D(2026, 3, 2), score=75.0)
    with mission.database.transaction() as session:
        install_curriculum(session, parse_curriculum(LOWER_PASS_MARK), ACTOR, publish=False)
    assert mission.requirement(officer, "SC", D(2026, 3, 10))[0] is S.MISSING
    _in_step(mission)
    with mission.database.transaction() as session:
        publish_version(session, "test-2", ACTOR)
    assert mission.requirement(officer, "SC", D(2026, 3, 10))[0] is S.EXPIRING
    _in_step(mission)


def test_corrections_and_voids_take_passes_away_and_give_them_back(mission: Mission) -> None:
    officer = mission.officer("P1")
    first = mission.passed(officer, "PF", D(2026, 1, 5))
    later = mission.passed(officer, "PF", D(2026, 2, 5))
    assert mission.requirement(officer, "PF", D(2026, 3, 1))[1] == D(2026, 2, 5)
    failed = mission.amend(later, outcome=Outcome.FAIL)  # the later one was a fail after all
    assert mission.requirement(officer, "PF", D(2026, 3, 1))[1] == D(2026, 1, 5)
    mission.amend(failed, outcome=Outcome.PASS)  # and then corrected back
    assert mission.requirement(officer, "PF", D(2026, 3, 1))[1] == D(2026, 2, 5)
    mission.void(first)
    # As of a day between the two, the voided pass no longer counts.
    assert mission.requirement(officer, "PF", D(2026, 1, 20))[0] is S.MISSING
    assert _passes(mission) == 1
    _in_step(mission)
