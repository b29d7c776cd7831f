"""Planned sessions: planned ahead with their attendees, listed, their sign-in sheet printed
before they are held, and their results recorded once, on a real database."""

import datetime as dt
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from mss_training.cli import main
from mss_training.db import Database, open_database
from mss_training.domain import UserRole
from mss_training.errors import InputError, MssError, NotFoundError
from mss_training.models import AuditEntry, Result, SessionAttendee, TrainingSession
from mss_training.services.permissions import Actor, PermissionDeniedError
from mss_training.services.personnel import OfficerRef
from mss_training.services.planned_sessions import (
    PlanInput,
    add_attendees,
    attendees_from_sheet,
    attendees_of,
    plan_session,
    record_planned_results,
    results_from_sheet,
)
from mss_training.services.reports import sign_in_sheet_pdf
from mss_training.services.session_list import (
    SessionQuery,
    SessionState,
    find_sessions,
    session_detail,
)
from mss_training.services.training import AttendeeResult
from tests.mission import ACTOR, Mission

NEXT_WEEK = dt.date(2027, 3, 8)
KEN_TRAINER = Actor("trainer.ken", UserRole.TRAINING_OFFICER, frozenset({"KEN"}))
JAM_TRAINER = Actor("trainer.jam", UserRole.TRAINING_OFFICER, frozenset({"JAM"}))


@pytest.fixture
def mission(database_url: str) -> Iterator[Mission]:
    with open_database(database_url) as database:
        mission = Mission.set_up(database)
        for number in ("K1", "K2", "K3"):
            mission.officer(number, "POL", unit="1st FPU", family_name=f"Kenyan{number}")
        mission.officer("K4", "POL", unit="2nd FPU", family_name="KenyanK4")
        mission.officer("J1", "POL", contingent="JAM", family_name="Jamaican")
        yield mission


def plan(
    database: Database,
    *numbers: str,
    contingent: str = "KEN",
    module: str = "SC",
    starts_on: dt.date = NEXT_WEEK,
    location: str = "Kiganjo range",
    actor: Actor = ACTOR,
    seats: int | None = None,
) -> str:
    with database.transaction() as session:
        planned = plan_session(
            session,
            PlanInput(
                module, starts_on, starts_on + dt.timedelta(days=2), location,
                tuple(OfficerRef(contingent, n) for n in numbers),
                instructors="Insp. Otieno", seats=seats,
            ),
            actor,
        )  # fmt: skip
    return planned.reference


AFTER = NEXT_WEEK + dt.timedelta(days=9)


def record(
    database: Database,
    reference: str,
    *scores: tuple[OfficerRef, float],
    actor: Actor = ACTOR,
    today: dt.date = AFTER,
) -> None:
    results = tuple(AttendeeResult(officer, score=score) for officer, score in scores)
    with database.transaction() as session:
        record_planned_results(session, reference, results, actor, today=today)


def counts(database: Database) -> tuple[int, int, int, int]:
    with database.reading() as session:
        return tuple(  # type: ignore[return-value]
            session.scalar(select(func.count()).select_from(model)) or 0
            for model in (TrainingSession, SessionAttendee, Result, AuditEntry)
        )


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_a_session_planned_next_week_is_listed_as_planned_with_its_attendees(
    mission: Mission,
) -> None:
    reference = plan(mission.database, "K1", "K2", "K3", seats=20)
    with mission.database.reading() as session:
        (line,) = find_sessions(session, SessionQuery(state=SessionState.PLANNED), None)
        detail = session_detail(session, reference, None)
        held = find_sessions(session, SessionQuery(state=SessionState.HELD), None)
    assert (line.reference, line.module, line.starts_on, line.state, line.attendees) == (
        reference, "SC", NEXT_WEEK, SessionState.PLANNED, 3,
    )  # fmt: skip
    assert line.seats == 20
    assert held == []
    assert [a.service_number for a in detail.attendees] == ["K1", "K2", "K3"]
    assert all(a.expected and a.outcome is None for a in detail.attendees)


def test_attendees_come_from_a_unit_or_a_sheet(mission: Mission, tmp_path: Path) -> None:
    with mission.database.reading() as session:
        unit = attendees_of(session, "KEN", "1st FPU", None)
        everyone = attendees_of(session, "KEN", None, None)
    assert [ref.service_number for ref in unit] == ["K1", "K2", "K3"]
    assert len(everyone) == 4
    sheet = tmp_path / "attendees.csv"
    sheet.write_text("Service number,Contingent\nK1,KEN\nJ1,JAM\n", encoding="utf-8")
    assert attendees_from_sheet(sheet) == (OfficerRef("KEN", "K1"), OfficerRef("JAM", "J1"))


def test_the_list_filters_by_dates_module_place_and_contingent(mission: Mission) -> None:
    plan(mission.database, "K1", location="Kiganjo range")
    plan(mission.database, "K2", module="PF", starts_on=NEXT_WEEK + dt.timedelta(days=30))
    plan(mission.database, "J1", contingent="JAM", location="Twickenham Park")
    mission.passed(OfficerRef("KEN", "K3"), "PF", dt.date(2026, 11, 2))

    def found(query: SessionQuery) -> list[str]:
        with mission.database.reading() as session:
            return [f"{s.module} {s.location}" for s in find_sessions(session, query, None)]

    assert len(found(SessionQuery())) == 4
    assert found(SessionQuery(module="pf")) == ["PF Kiganjo range", "PF Test range"]
    assert found(SessionQuery(place="twick")) == ["SC Twickenham Park"]
    assert found(SessionQuery(contingent="JAM")) == ["SC Twickenham Park"]
    assert found(SessionQuery(starts_from=NEXT_WEEK + dt.timedelta(days=20))) == [
        "PF Kiganjo range"
    ]
    assert found(SessionQuery(ends_by=dt.date(2026, 12, 31))) == ["PF Test range"]
    assert found(SessionQuery(text="test")) == ["PF Test range"]
    assert found(SessionQuery(state=SessionState.HELD)) == ["PF Test range"]


def test_a_planned_sessions_sign_in_sheet_lists_who_is_expected(mission: Mission) -> None:
    reference = plan(mission.database, "K1", "K2")
    with mission.database.reading() as session:
        text = pdf_text(sign_in_sheet_pdf(session, reference))
    assert "KENYANK1" in text.upper() and "KENYANK2" in text.upper()
    assert "Kiganjo range" in text and "2 expected attendees" in text


def test_recording_a_sheet_makes_the_session_held(mission: Mission, tmp_path: Path) -> None:
    reference = plan(mission.database, "K1", "K2", "K3")
    sheet = tmp_path / "results.csv"
    # K3 is not on the sheet: expected, so absent; K4 came on the day.
    sheet.write_text(
        "service_number,contingent,outcome,score\nK1,KEN,,92\nK2,KEN,,61\nK4,KEN,,80\n",
        encoding="utf-8",
    )
    with mission.database.transaction() as session:
        held = record_planned_results(
            session, reference, results_from_sheet(sheet), ACTOR, today=AFTER
        )
    assert (held.results, held.passed, held.absent, held.added) == (4, 2, 1, 1)
    with mission.database.reading() as session:
        detail = session_detail(session, reference, None)
    outcomes = {a.service_number: (a.outcome, a.score, a.expected) for a in detail.attendees}
    assert outcomes == {
        "K1": ("pass", 92, True),
        "K2": ("fail", 61, True),
        "K3": ("absent", None, True),
        "K4": ("pass", 80, True),
    }
    assert detail.line.state is SessionState.HELD


def test_a_session_is_held_once(mission: Mission) -> None:
    reference = plan(mission.database, "K1")
    record(mission.database, reference, (OfficerRef("KEN", "K1"), 90))
    before = counts(mission.database)
    with pytest.raises(InputError, match="already held") as refused:
        record(mission.database, reference, (OfficerRef("KEN", "K1"), 90))
    assert str(refused.value).count(".") == 1
    with pytest.raises(InputError, match="already held"), mission.database.transaction() as session:
        add_attendees(session, reference, [OfficerRef("KEN", "K2")], ACTOR)
    assert counts(mission.database) == before


@pytest.mark.parametrize(
    ("numbers", "starts_on", "seats", "problem"),
    [
        (("K1", "K9"), NEXT_WEEK, None, "no officer with service number K9"),
        (("K1", "K1"), NEXT_WEEK, None, "listed twice"),
        (("K1", "K2"), NEXT_WEEK, 1, "2 attendees do not fit in 1 seats"),
        ((), NEXT_WEEK, None, "expected attendees"),
    ],
)
def test_a_bad_plan_is_refused_in_one_sentence_and_nothing_is_stored(
    mission: Mission, numbers: tuple[str, ...], starts_on: dt.date, seats: int | None, problem: str
) -> None:
    before = counts(mission.database)
    with pytest.raises(MssError, match=problem) as refused:
        plan(mission.database, *numbers, starts_on=starts_on, seats=seats)
    assert str(refused.value).strip().endswith(".")
    assert "\n" not in str(refused.value)
    assert counts(mission.database) == before


def test_results_cannot_be_recorded_before_the_session_is_over(mission: Mission) -> None:
    reference = plan(mission.database, "K1")
    before = counts(mission.database)
    with pytest.raises(InputError, match="after today; record its results once it is over"):
        record(mission.database, reference, (OfficerRef("KEN", "K1"), 90), today=NEXT_WEEK)
    assert counts(mission.database) == before


def test_an_unknown_officer_on_the_results_sheet_changes_nothing(mission: Mission) -> None:
    reference = plan(mission.database, "K1")
    before = counts(mission.database)
    with pytest.raises(NotFoundError, match="no officer with service number K77"):
        record(mission.database, reference, (OfficerRef("KEN", "K77"), 90))
    assert counts(mission.database) == before


def test_a_training_officer_sees_and_plans_for_their_contingent_only(mission: Mission) -> None:
    ken = plan(mission.database, "K1", actor=KEN_TRAINER)
    jam = plan(mission.database, "J1", contingent="JAM", actor=JAM_TRAINER)
    with pytest.raises(PermissionDeniedError, match="Jamaica"):
        plan(mission.database, "J1", contingent="JAM", actor=KEN_TRAINER)
    with mission.database.reading() as session:
        seen = [line.reference for line in find_sessions(session, SessionQuery(), {"KEN"})]
        with pytest.raises(NotFoundError):
            session_detail(session, jam, {"KEN"})
        with pytest.raises(NotFoundError):
            sign_in_sheet_pdf(session, jam, within={"KEN"})
    assert seen == [ken]
    with pytest.raises(NotFoundError):
        record(mission.database, jam, (OfficerRef("JAM", "J1"), 90), actor=KEN_TRAINER)


def test_a_planned_session_is_audited(mission: Mission) -> None:
    plan(mission.database, "K1", "K2")
    with mission.database.reading() as session:
        summaries = list(session.scalars(select(AuditEntry.summary)))
    assert any(s.startswith("Planned SC session at Kiganjo range") for s in summaries)


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    status = main(list(argv), out=out)
    return status, out.getvalue()


def test_the_command_line_plans_lists_prints_and_records(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.mission import set_up_for_the_command_line

    url = f"sqlite:///{tmp_path / 'cli.sqlite'}"
    set_up_for_the_command_line(url)
    with open_database(url) as database:
        Mission(database).officer("K1", "IPO")
        Mission(database).officer("K2", "IPO")
    monkeypatch.setenv("MSS_TRAINING_USER", "trainer")
    monkeypatch.setenv("MSS_TRAINING_PASSWORD", "mss-demo")
    db = ("--db", url)
    status, reference = run(
        *db, "sessions", "plan", "--module", "UOF-101", "--starts", "2026-11-02", "--ends",
        "2026-11-03", "--location", "Kiganjo range", "--instructor", "Insp. Otieno",
        "--instructor", "Sgt. Wafula", "--seats", "12", "--service-numbers", "K1, K2",
        "--contingent", "KEN",
    )  # fmt: skip
    assert status == 0, capsys.readouterr().err
    reference = reference.strip()
    status, listing = run(*db, "sessions", "list", "--planned", "--module", "UOF-101")
    assert reference in listing and "planned" in listing
    status, _ = run(*db, "report", "sign-in", "--session", reference, "-o", str(tmp_path / "s.pdf"))
    assert status == 0
    assert "2 expected attendees" in pdf_text((tmp_path / "s.pdf").read_bytes())
    sheet = tmp_path / "results.csv"
    sheet.write_text("service_number,contingent,score\nK1,KEN,95\nK2,KEN,50\n", encoding="utf-8")
    status, said = run(*db, "sessions", "record", reference, str(sheet))
    assert status == 0, capsys.readouterr().err
    assert said.startswith(f"Recorded 2 results in session {reference}: 1 passed, 0 absent")
    status, _ = run(*db, "results", "import", str(sheet), "--session", reference)
    assert status == 1
    assert "already held" in capsys.readouterr().err
    status, listing = run(*db, "sessions", "list", "--held", "--from", "2026-11-01")
    assert reference in listing and "held" in listing
    # `results import --session` records a sheet into a planned session the same way.
    status, second = run(
        *db, "sessions", "plan", "--module", "UOF-101", "--starts", "2026-11-04",
        "--location", "Kiganjo range", "--attendees", str(sheet),
    )  # fmt: skip
    assert status == 0, capsys.readouterr().err
    status, said = run(*db, "results", "import", str(sheet), "--session", second.strip())
    assert status == 0 and said.startswith("Recorded 2 results"), capsys.readouterr().err
