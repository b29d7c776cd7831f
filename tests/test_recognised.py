"""Qualifications recognised from outside the mission: a mission starting from an empty
database gets its first use-of-force instructors from their national academy's passes,
recorded by a coordinator or an administrator, never by a training officer."""

import datetime as dt
import io
from collections.abc import Iterator

import pytest
from sqlalchemy import func, select

from mss_training.cli import main
from mss_training.db import Database, open_database
from mss_training.domain import UserRole
from mss_training.errors import InputError
from mss_training.io.curriculum_file import default_curriculum
from mss_training.models import AuditEntry, TrainingSession
from mss_training.services.demo import add_demo_accounts
from mss_training.services.exports import results_table
from mss_training.services.officer_record import officer_record
from mss_training.services.permissions import Actor, PermissionDeniedError
from mss_training.services.personnel import OfficerInput, OfficerRef, add_officers, find_officer
from mss_training.services.readiness import ReadinessQuery, readiness_report
from mss_training.services.recognition import RecognitionInput, recognise_qualification
from mss_training.services.records_pack import officer_transcript
from mss_training.services.session_list import SessionQuery, find_sessions
from mss_training.services.setup import set_up_database
from mss_training.services.training import AttendeeResult, SessionInput, record_session

COORDINATOR = Actor("recognition.coordinator", UserRole.COORDINATOR)
ADMINISTRATOR = Actor("recognition.admin", UserRole.ADMINISTRATOR)
TRAINING_OFFICER = Actor("recognition.trainer", UserRole.TRAINING_OFFICER)
DAY = dt.date(2026, 6, 10)  # the mission's first use-of-force session
TODAY = dt.date(2026, 11, 27)
FIRST, SECOND = OfficerRef("KEN", "I-100"), OfficerRef("KEN", "I-200")
TRAINEES = (OfficerRef("KEN", "00001"), OfficerRef("KEN", "00002"))
COLLEGE = "Kenya National Police College"


@pytest.fixture
def mission(database_url: str) -> Iterator[Database]:
    """A mission on the shared curriculum, with officers and no training recorded yet."""
    database = open_database(database_url)
    with database.transaction() as session:
        set_up_database(session, default_curriculum(), COORDINATOR)
        add_officers(
            session,
            [
                OfficerInput("KEN", "I-100", "Kamau", "Peter", roles=("INS", "IPO")),
                OfficerInput("KEN", "I-200", "Mutua", "Jane", roles=("INS", "IPO")),
                OfficerInput("KEN", "00001", "Otieno", "Brian", roles=("IPO",)),
                OfficerInput("KEN", "00002", "Wanjiru", "Grace", roles=("IPO",)),
            ],
            COORDINATOR,
        )
    yield database
    database.close()


def recognise(
    database: Database,
    officer: OfficerRef,
    module: str,
    passed_on: dt.date,
    actor: Actor = COORDINATOR,
    reference: str = "KNPC-2026-0417",
) -> None:
    with database.transaction() as session:
        recognise_qualification(
            session,
            RecognitionInput(officer, module, passed_on, COLLEGE, reference),
            actor,
            today=TODAY,
        )


def use_of_force(instructors: str, *attendees: OfficerRef, ends_on: dt.date = DAY) -> SessionInput:
    return SessionInput(
        module="UOF-101",
        starts_on=ends_on - dt.timedelta(days=1),
        ends_on=ends_on,
        location="Camp Kiganjo",
        instructors=instructors,
        results=tuple(AttendeeResult(a, score=85.0) for a in attendees or TRAINEES),
    )


def record(database: Database, entry: SessionInput) -> None:
    with database.transaction() as session:
        record_session(session, entry, COORDINATOR)


def sessions(database: Database) -> int:
    with database.reading() as session:
        return session.scalar(select(func.count()).select_from(TrainingSession)) or 0


def test_a_fresh_mission_cannot_teach_use_of_force_until_instructors_are_recognised(
    mission: Database,
) -> None:
    with pytest.raises(InputError, match=r"KEN I-100 .*may not teach UOF-101: holds no pass"):
        record(mission, use_of_force("KEN I-100; KEN I-200"))
    for officer in (FIRST, SECOND):
        recognise(mission, officer, "INS-201", dt.date(2025, 3, 1))
        recognise(mission, officer, "UOF-101", dt.date(2026, 5, 2))
    record(mission, use_of_force("KEN I-100; KEN I-200"))
    with mission.reading() as session:
        report = readiness_report(session, ReadinessQuery(as_of=DAY))
        by_number = {officer.service_number: officer for officer in report.officers}
        for number in ("00001", "00002", "I-100"):
            statuses = {r.module: r.status.value for r in by_number[number].requirements}
            assert statuses.get("UOF-101") == "current", (number, statuses)


def test_an_administrator_may_recognise_and_a_training_officer_may_not(mission: Database) -> None:
    before = sessions(mission)
    with pytest.raises(PermissionDeniedError, match="Training officers cannot record"):
        recognise(mission, FIRST, "UOF-101", dt.date(2026, 5, 2), actor=TRAINING_OFFICER)
    assert sessions(mission) == before
    recognise(mission, FIRST, "UOF-101", dt.date(2026, 5, 2), actor=ADMINISTRATOR)
    assert sessions(mission) == before + 1
    with mission.reading() as session:
        audited = session.scalars(
            select(AuditEntry.summary).where(AuditEntry.actor == ADMINISTRATOR.username)
        ).all()
    assert audited == [
        f"Recognised UOF-101 pass of KEN I-100 on 2026-05-02: {COLLEGE}, KNPC-2026-0417"
    ]


def test_a_recognised_pass_expired_the_day_before_does_not_qualify(mission: Database) -> None:
    # UOF-101 is valid 12 months: a pass of 2025-06-09 expires on 2026-06-09.
    recognise(mission, FIRST, "INS-201", dt.date(2025, 3, 1))
    recognise(mission, FIRST, "UOF-101", dt.date(2025, 6, 9))
    with pytest.raises(InputError, match="their pass of UOF-101 expired on 2026-06-09"):
        record(mission, use_of_force("KEN I-100"))
    record(mission, use_of_force("KEN I-100", ends_on=dt.date(2026, 6, 8)))


def test_a_recognised_instructor_still_cannot_pass_themselves(mission: Database) -> None:
    recognise(mission, FIRST, "INS-201", dt.date(2025, 3, 1))
    recognise(mission, FIRST, "UOF-101", dt.date(2026, 5, 2))
    before = sessions(mission)
    with pytest.raises(InputError, match="cannot record or pass their own result"):
        record(mission, use_of_force("KEN I-100", FIRST, *TRAINEES))
    assert sessions(mission) == before


@pytest.mark.parametrize(
    ("body", "reference", "passed_on", "said"),
    [
        ("  ", "X-1", dt.date(2026, 5, 2), "Say which body gave the qualification"),
        (COLLEGE, "", dt.date(2026, 5, 2), "Give the reference of the qualification"),
        (COLLEGE, "X-1", TODAY + dt.timedelta(days=1), "that is in the future"),
    ],
)
def test_a_recognition_needs_a_body_a_reference_and_a_past_day(
    mission: Database, body: str, reference: str, passed_on: dt.date, said: str
) -> None:
    before = sessions(mission)
    with pytest.raises(InputError, match=said), mission.transaction() as session:
        recognise_qualification(
            session, RecognitionInput(FIRST, "UOF-101", passed_on, body, reference), COORDINATOR,
            today=TODAY,
        )  # fmt: skip
    assert sessions(mission) == before


def test_the_record_transcript_session_list_and_export_say_where_it_was_recognised(
    mission: Database,
) -> None:
    recognise(mission, FIRST, "UOF-101", dt.date(2026, 5, 2))
    shown = f"Recognised: {COLLEGE}, KNPC-2026-0417"
    with mission.reading() as session:
        officer = find_officer(session, FIRST)
        record_of = officer_record(session, officer.id, TODAY, COORDINATOR)
        assert [line.location for line in record_of.history] == [shown]
        transcript = officer_transcript(session, officer.id, TODAY, {})
        assert [entry.location for entry in transcript.results] == [shown]
        listed = find_sessions(session, SessionQuery(), None)
        assert [line.location for line in listed] == [shown]
        exported = list(results_table(session).rows)
        assert [row[-1] for row in exported] == [shown]


def test_the_command_line_recognises_a_pass_for_a_coordinator_only(
    mission: Database,
    database_url: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    with mission.transaction() as session:
        add_demo_accounts(session)
    command = [
        "--db", database_url, "results", "recognise", "I-100", "--contingent", "KEN",
        "--module", "UOF-101", "--passed-on", "2026-05-02", "--body", COLLEGE,
        "--reference", "KNPC-2026-0417",
    ]  # fmt: skip
    monkeypatch.setenv("MSS_TRAINING_USER", "trainer")
    assert main(command, out=io.StringIO()) == 1
    assert "Training officers cannot record qualifications recognised" in capsys.readouterr().err
    assert sessions(mission) == 0
    monkeypatch.setenv("MSS_TRAINING_USER", "coordinator")
    out = io.StringIO()
    assert main(command, out=out) == 0, capsys.readouterr().err
    assert f"Recognised UOF-101 passed on 2026-05-02 by KEN I-100 ({COLLEGE}" in out.getvalue()
    assert sessions(mission) == 1
