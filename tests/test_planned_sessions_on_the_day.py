"""On the day of a planned session: attendees added, others reported absent, by service
and by command line, and the results then start from what was said."""

import pytest
from sqlalchemy import select

from mss_training.domain import Outcome
from mss_training.errors import InputError, NotFoundError
from mss_training.models import AuditEntry
from mss_training.services.personnel import OfficerRef
from mss_training.services.planned_sessions import (
    add_attendees,
    mark_absent,
    unknown_attendees,
)
from mss_training.services.session_list import session_detail
from tests.mission import ACTOR, Mission
from tests.test_planned_sessions import (
    JAM_TRAINER,
    KEN_TRAINER,
    counts,
    mission,
    plan,
    record,
    run,
)

__all__ = ["mission"]  # the fixture, shared


def ken(*numbers: str) -> tuple[OfficerRef, ...]:
    return tuple(OfficerRef("KEN", number) for number in numbers)


def test_an_attendee_reported_absent_is_marked_and_then_recorded_absent(
    mission: Mission,
) -> None:
    reference = plan(mission.database, "K1", "K2", "K3")
    with mission.database.transaction() as session:
        assert mark_absent(session, reference, ken("K2"), KEN_TRAINER) == 1
        assert mark_absent(session, reference, ken("K2"), KEN_TRAINER) == 0  # once is enough
    with mission.database.reading() as session:
        detail = session_detail(session, reference, None)
        summaries = list(session.scalars(select(AuditEntry.summary)))
    assert {a.service_number: a.marked_absent for a in detail.attendees} == {
        "K1": False, "K2": True, "K3": False,
    }  # fmt: skip
    assert "Marked 1 expected attendees absent on the day" in summaries
    record(mission.database, reference, (ken("K1")[0], 90.0), (ken("K3")[0], 40.0))
    with mission.database.reading() as session:
        outcomes = {
            a.service_number: a.outcome for a in session_detail(session, reference, None).attendees
        }
    assert outcomes == {"K1": Outcome.PASS, "K2": Outcome.ABSENT, "K3": Outcome.FAIL}


def test_only_an_expected_attendee_is_marked_absent_and_a_refusal_changes_nothing(
    mission: Mission,
) -> None:
    reference = plan(mission.database, "K1", "K2")
    before = counts(mission.database)
    with (
        pytest.raises(InputError, match="K4 is not expected at session"),
        mission.database.transaction() as session,
    ):
        mark_absent(session, reference, ken("K1", "K4"), ACTOR)
    # A session of another contingent is not found at all.
    with pytest.raises(NotFoundError), mission.database.transaction() as session:
        mark_absent(session, reference, ken("K1"), JAM_TRAINER)
    assert counts(mission.database) == before
    with mission.database.reading() as session:
        assert not any(a.marked_absent for a in session_detail(session, reference, None).attendees)


def test_officers_added_on_the_day_join_the_expected_ones(mission: Mission) -> None:
    reference = plan(mission.database, "K1")
    with mission.database.transaction() as session:
        assert add_attendees(session, reference, ken("K4", "K1"), KEN_TRAINER) == 1
    with mission.database.reading() as session:
        numbers = [a.service_number for a in session_detail(session, reference, None).attendees]
    assert numbers == ["K1", "K4"]


def test_a_sheets_unknown_service_numbers_are_named_before_planning(mission: Mission) -> None:
    refs = (*ken("K1", "NOBODY"), OfficerRef("JAM", "J1"), OfficerRef("jam", "K1"))
    with mission.database.reading() as session:
        everyone = unknown_attendees(session, refs, None)
        kenyans_only = unknown_attendees(session, refs, frozenset({"KEN"}))
    assert everyone == (OfficerRef("KEN", "NOBODY"), OfficerRef("jam", "K1"))
    # Another contingent's officers are unknown to a limited account, as everywhere.
    assert kenyans_only == (
        OfficerRef("KEN", "NOBODY"), OfficerRef("JAM", "J1"), OfficerRef("jam", "K1"),
    )  # fmt: skip


def test_the_command_line_adds_and_marks_absent_on_the_day(
    mission: Mission, capsys: pytest.CaptureFixture[str]
) -> None:
    mission.with_demo_accounts()
    reference = plan(mission.database, "K1", "K2")
    db = ("--db", mission.database.url)
    status, said = run(
        *db, "sessions", "attendees", reference, "--add", "K3,K4", "--absent", "K2,K4",
        "--contingent", "KEN",
    )  # fmt: skip
    assert status == 0, capsys.readouterr().err
    assert said.strip() == f"Session {reference}: 2 attendees added, 2 marked absent."
    with mission.database.reading() as session:
        detail = session_detail(session, reference, None)
    assert {a.service_number: a.marked_absent for a in detail.attendees} == {
        "K1": False, "K2": True, "K3": False, "K4": True,
    }  # fmt: skip
    status, _ = run(
        *db, "sessions", "attendees", reference, "--absent", "J1", "--contingent", "JAM"
    )
    assert status == 1
    assert "J1 is not expected at session" in capsys.readouterr().err
    status, _ = run(*db, "sessions", "attendees", reference, "--contingent", "KEN")
    assert status == 1
    assert "--add N,N,... or --absent N,N,..." in capsys.readouterr().err
