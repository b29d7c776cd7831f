"""The passes readiness reads are kept in step with every way results and the curriculum
change: recording, corrections, voids and a new curriculum's pass marks, on both backends."""

import datetime as dt

import pytest
from sqlalchemy import delete, select, text
from sqlalchemy.orm import Session

from mss_training.db import effective_passes
from mss_training.domain import Outcome
from mss_training.domain import RequirementStatus as S
from mss_training.errors import InputError
from mss_training.io.curriculum_file import parse_curriculum
from mss_training.models import EffectivePass, Result
from mss_training.services.audit import verify_audit_trail
from mss_training.services.certificates import (
    IssueOptions,
    certificate_for_officer,
    certificates_for_session,
)
from mss_training.services.curriculum import install_curriculum, publish_version
from mss_training.services.readiness import readiness_by_officer
from mss_training.services.readiness_summary import readiness_summary
from mss_training.services.training import (
    AttendeeResult,
    RecordedSession,
    SessionInput,
    record_session,
)
from tests.mission import ACTOR, RULES_CURRICULUM, Mission
from tests.tampering import behind_the_back

D = dt.date
# The same curriculum, but the scored module passes at 70 instead of 80.
LOWER_PASS_MARK = RULES_CURRICULUM.replace('version = "test-1"', 'version = "test-2"').replace(
    "pass_mark = 80", "pass_mark = 70"
)


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


def test_a_refresh_over_touching_and_overlapping_ranges_leaves_the_table_exact(
    mission: Mission,
) -> None:
    """However a transaction's ledger hands over the results it wrote (single ids, runs,
    ranges that touch or overlap, a batch at a time), the refresh leaves exactly the
    passes the results give: none twice, none missed, corrections included."""
    officer = mission.officer("P1")
    days = [D(2026, 1, day) for day in range(1, 29)]
    uids = [mission.passed(officer, "PF", day) for day in days]
    mission.amend(uids[3], outcome=Outcome.FAIL)
    with mission.database.reading() as session:
        ids = sorted(session.scalars(select(Result.id)))
    first, last = ids[0], ids[-1]
    middle = ids[len(ids) // 2]
    handovers: list[tuple[list[int], list[tuple[int, int]]]] = [
        ([], [(first, middle), (middle + 1, last)]),  # touching
        ([], [(first, middle), (middle - 2, last), (first, first)]),  # overlapping
        ([first, middle, last], [(first + 1, middle - 1), (middle + 1, last - 1)]),  # singles
        (ids, []),  # one by one
    ]
    for singles, ranges in handovers:
        with mission.database.transaction() as session:
            connection = session.connection()
            connection.execute(delete(EffectivePass))
            effective_passes.refresh(connection, singles, ranges)
            assert effective_passes.differences(connection) == (0, 0), (singles, ranges)
            # 28 passes, one of them amended to a fail by a result that is not a pass.
            assert len(connection.execute(select(EffectivePass.result_id)).all()) == 27


def test_a_second_version_made_published_behind_the_back_is_named_and_readiness_still_reads(
    database_url: str, mission: Mission
) -> None:
    """Someone with the file publishes a draft with a lower pass mark by hand, to make a
    failed score count. Readiness still answers by the version the program published
    (the first), the passes table agrees with it, and audit verify names the change."""
    officer = mission.officer("P1", "POL")
    mission.result(officer, "SC", D(2026, 3, 2), score=75.0)  # below 80: failed
    with mission.database.transaction() as session:
        install_curriculum(session, parse_curriculum(LOWER_PASS_MARK), ACTOR, publish=False)
    with behind_the_back(database_url) as connection:
        connection.execute(
            text("UPDATE curriculum_versions SET status = 'published' WHERE label = 'test-2'")
        )
    assert mission.requirement(officer, "SC", D(2026, 3, 10))[0] is S.MISSING
    with mission.database.reading() as session:
        assert effective_passes.differences(session.connection()) == (0, 0)
    with mission.database.reading() as session:
        problems = verify_audit_trail(session).problems
    assert any("curriculum_versions row" in problem.lower() for problem in problems), problems
    with behind_the_back(database_url) as connection:  # undone, so the file verifies again
        connection.execute(
            text("UPDATE curriculum_versions SET status = 'draft' WHERE label = 'test-2'")
        )


def test_a_certificate_is_issued_for_exactly_what_readiness_counts(mission: Mission) -> None:
    """A score under the pass mark earns no certificate; once a lower pass mark is
    published, readiness counts it and a certificate is issued for it, with its date."""
    officer = mission.officer("P1", "POL")
    mission.result(officer, "SC", D(2026, 3, 2), score=75.0)  # below 80: failed
    with (
        mission.database.transaction() as session,
        pytest.raises(InputError, match="has no passing result in SC"),
    ):
        certificate_for_officer(session, officer, "SC", ACTOR, IssueOptions())
    with mission.database.transaction() as session:
        install_curriculum(session, parse_curriculum(LOWER_PASS_MARK), ACTOR)
    assert mission.requirement(officer, "SC", D(2026, 3, 10))[1] == D(2026, 3, 2)
    with mission.database.transaction() as session:
        issued = certificate_for_officer(session, officer, "SC", ACTOR, IssueOptions())
    assert (issued.module_code, issued.completed_on) == ("SC", D(2026, 3, 2))


def test_attendance_under_an_old_curriculum_earns_no_certificate_once_the_module_is_scored(
    mission: Mission,
) -> None:
    """The briefing was attendance only; the next curriculum makes it a scored test. An
    officer who only attended no longer meets it, and no certificate says otherwise."""
    officer = mission.officer("P1")
    mission.passed(officer, "ATT", D(2026, 3, 2))  # attended, under test-1
    with mission.database.transaction() as session:
        certificate_for_officer(session, officer, "ATT", ACTOR, IssueOptions())
    scored = RULES_CURRICULUM.replace('version = "test-1"', 'version = "test-2"').replace(
        'assessment = "attendance"', 'assessment = "scored"\npass_mark = 70'
    )
    with mission.database.transaction() as session:
        install_curriculum(session, parse_curriculum(scored), ACTOR)
    assert mission.requirement(officer, "ATT", D(2026, 3, 10))[0] is S.MISSING
    with (
        mission.database.transaction() as session,
        pytest.raises(InputError, match="has no passing result in ATT"),
    ):
        certificate_for_officer(
            session, officer, "ATT", ACTOR, IssueOptions(reissue_reason="Reprint")
        )


def test_a_session_recorded_and_certified_in_one_transaction_gets_its_certificates(
    mission: Mission,
) -> None:
    """A training officer records a session and prints its certificates in one go: the
    passes just recorded count before the transaction commits."""
    officers = [mission.officer("P1"), mission.officer("P2")]
    with mission.database.transaction() as session:
        recorded = _record_pass_or_fail(
            session,
            AttendeeResult(officers[0], True, None, Outcome.PASS),
            AttendeeResult(officers[1], True, None, Outcome.FAIL),
        )
        issued = certificates_for_session(session, str(recorded.uid), ACTOR, IssueOptions())
    assert [content.service_number for content in issued] == ["P1"]
    _in_step(mission)


def test_readiness_read_in_the_transaction_that_recorded_a_pass_counts_it(
    mission: Mission,
) -> None:
    """A snapshot or report taken in the transaction that just recorded a session reads
    the passes it recorded, and the summary counts them too."""
    officer = mission.officer("P1")
    query = mission.query(D(2026, 3, 10))
    with mission.database.transaction() as session:
        _record_pass_or_fail(session, AttendeeResult(officer, True, None, Outcome.PASS))
        (row,) = [o for o in readiness_by_officer(session, query) if o.service_number == "P1"]
        statuses = {state.module: state.status for state in row.requirements}
        counted = readiness_summary(session, query)
    assert statuses["PF"] is S.CURRENT
    assert counted == mission.summary(query)
    _in_step(mission)


def _record_pass_or_fail(session: Session, *results: AttendeeResult) -> RecordedSession:
    """A session of the pass-or-fail module on 2 March 2026, as a training officer records it."""
    return record_session(
        session,
        SessionInput(
            module="PF",
            starts_on=D(2026, 3, 2),
            ends_on=D(2026, 3, 2),
            location="Test range",
            results=results,
        ),
        ACTOR,
    )
