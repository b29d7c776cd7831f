"""Qualified instructors: a module whose curriculum entry asks for them is recorded only with
instructors who hold the qualification on the session's last day, whichever way the
session comes in (the window's service, a results sheet, a planned session, a bundle)."""

import datetime as dt
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from mss_training.cli import main
from mss_training.db import Database
from mss_training.errors import CurriculumError, InputError
from mss_training.io.curriculum_file import parse_curriculum
from mss_training.models import Result, TrainingSession
from mss_training.services.curriculum import curriculum_view
from mss_training.services.demo import add_demo_accounts
from mss_training.services.importing import ImportRejectedError
from mss_training.services.instructors import (
    instructor_rule,
    parse_instructors,
    qualified_instructors,
)
from mss_training.services.personnel import OfficerInput, OfficerRef
from mss_training.services.planned_sessions import (
    PlanInput,
    plan_session,
    record_planned_results,
)
from mss_training.services.results_import import import_results
from mss_training.services.training import (
    AttendeeResult,
    ExemptionInput,
    SessionInput,
    grant_exemption,
    record_session,
)
from mss_training.services.training_plan import PlanRequest, plan_rows, training_plan
from tests.earlier_passes import write_pass
from tests.instructor_mission import ACTOR, DAY, instructor_mission
from tests.sheets import write_csv

TRAINER = OfficerRef("KEN", "I-100")
TRAINEES = (OfficerRef("KEN", "00001"), OfficerRef("KEN", "00002"))


@pytest.fixture
def mission(database_url: str) -> Iterator[Database]:
    officers = [
        OfficerInput("KEN", "I-100", "Kamau", "Peter", roles=("INS", "IPO")),
        OfficerInput("KEN", "00001", "Otieno", "Brian", roles=("IPO",)),
        OfficerInput("KEN", "00002", "Wanjiru", "Grace", roles=("IPO",)),
        OfficerInput("JAM", "J-7", "Reid", "Andre", roles=("INS",)),
    ]
    with instructor_mission(database_url, officers) as database:
        yield database


def held(database: Database, officer: OfficerRef, module: str, day: dt.date) -> None:
    """A pass recorded long ago, as a site's earlier records hold it (no instructor check)."""
    write_pass(database, officer.service_number, module, day)


def qualify(database: Database, officer: OfficerRef = TRAINER, frm_on: dt.date = DAY) -> None:
    """The officer is a trained instructor and passed firearms on ``frm_on``."""
    held(database, officer, "INS-201", dt.date(2025, 1, 15))
    held(database, officer, "FRM-101", frm_on)


def firearms(instructors: str, *attendees: OfficerRef, ends_on: dt.date = DAY) -> SessionInput:
    return SessionInput(
        module="FRM-101",
        starts_on=ends_on,
        ends_on=ends_on,
        location="Kiganjo range",
        instructors=instructors,
        results=tuple(AttendeeResult(a, score=90.0) for a in attendees or TRAINEES),
    )


def sessions(database: Database) -> int:
    with database.reading() as session:
        return session.scalar(select(func.count()).select_from(TrainingSession)) or 0


def record(database: Database, entry: SessionInput) -> None:
    with database.transaction() as session:
        record_session(session, entry, ACTOR)


# -- the curriculum file --------------------------------------------------------------------


def test_the_shared_curriculum_asks_for_trained_and_current_instructors(
    mission: Database,
) -> None:
    with mission.reading() as session:
        modules = {module.code: module for module in curriculum_view(session).modules}
        for code in ("UOF-101", "FRM-101", "FAC-101", "FPU-201"):
            assert modules[code].instructor_requires == ("INS-201",)
            assert modules[code].instructor_current
            rule = instructor_rule(session, code)
            assert rule is not None and rule.qualifications == ("INS-201", code)
        assert modules["CPT-101"].instructor_requires == ()
        assert instructor_rule(session, "CPT-101") is None


def test_a_rule_naming_an_unknown_module_or_not_true_or_false_is_refused() -> None:
    text = """
[curriculum]
version = "t1"
title = "t"

[[modules]]
code = "FRM-101"
title = "Firearms"
category = "Use of force"
hours = 6
delivery = "practical"
assessment = "pass_fail"
instructor_requires = ["INS-999"]
instructor_current = "yes"
"""
    with pytest.raises(CurriculumError) as refused:
        parse_curriculum(text)
    assert "instructor_current: must be true or false, not 'yes'" in refused.value.problems[0]
    with pytest.raises(CurriculumError) as refused:
        parse_curriculum(text.replace('"yes"', "true"))
    assert refused.value.problems == [
        "modules (FRM-101).instructor_requires: 'INS-999' is not a module of this curriculum"
    ]


def test_instructors_are_named_by_contingent_and_service_number() -> None:
    assert parse_instructors("KEN 00123; jam:0042 ;") == (
        OfficerRef("KEN", "00123"),
        OfficerRef("JAM", "0042"),
    )
    with pytest.raises(InputError, match=r"'Insp\. Kamau' does not name an instructor"):
        parse_instructors("Insp. Kamau")


# -- recording a session (the window and the command line call this) -------------------------


def test_a_qualified_instructor_is_stored_as_the_officer(mission: Database) -> None:
    qualify(mission, frm_on=dt.date(2026, 1, 5))
    record(mission, firearms("ken:I-100"))
    with mission.reading() as session:
        stored = session.scalars(
            select(TrainingSession.instructors).order_by(TrainingSession.id.desc())
        ).first()
    assert stored == "KEN I-100"


def test_an_instructor_without_the_instructor_course_is_refused(mission: Database) -> None:
    held(mission, TRAINER, "FRM-101", dt.date(2026, 1, 5))
    before = sessions(mission)
    with pytest.raises(InputError) as refused:
        record(mission, firearms("KEN I-100"))
    assert str(refused.value) == (
        "Instructor KEN I-100 (Peter Kamau) may not teach FRM-101: holds no pass of INS-201 "
        "on 2026-06-10."
    )
    assert sessions(mission) == before


def test_a_qualification_that_expired_the_day_before_the_session_is_refused(
    mission: Database,
) -> None:
    # FRM-101 is valid 6 months: a pass of 9 December 2025 lapses on 9 June 2026.
    qualify(mission, frm_on=dt.date(2025, 12, 9))
    with pytest.raises(InputError, match=r"their pass of FRM-101 expired on 2026-06-09"):
        record(mission, firearms("KEN I-100"))
    # The same pass still holds on the last day before it lapses.
    record(mission, firearms("KEN I-100", ends_on=dt.date(2026, 6, 8)))


def test_a_qualification_is_judged_on_the_sessions_last_day(mission: Database) -> None:
    qualify(mission, frm_on=dt.date(2025, 12, 9))  # lapses on 9 June 2026
    entry = firearms("KEN I-100", ends_on=dt.date(2026, 6, 9))
    entry = SessionInput(**{**entry.__dict__, "starts_on": dt.date(2026, 6, 8)})
    with pytest.raises(InputError, match="expired on 2026-06-09"):
        record(mission, entry)


def test_an_exemption_never_stands_in_for_the_instructor_course(mission: Database) -> None:
    held(mission, TRAINER, "FRM-101", dt.date(2026, 1, 5))
    with mission.transaction() as session:
        grant_exemption(
            session,
            ExemptionInput(
                TRAINER, "INS-201", "National instructor licence", "Cdr. Mwangi",
                dt.date(2025, 1, 1),
            ),
            ACTOR,
        )  # fmt: skip
    with pytest.raises(InputError, match="holds no pass of INS-201"):
        record(mission, firearms("KEN I-100"))


def test_an_instructor_cannot_record_or_pass_their_own_result(mission: Database) -> None:
    qualify(mission, frm_on=dt.date(2026, 1, 5))
    before = sessions(mission)
    with pytest.raises(InputError) as refused:
        record(mission, firearms("KEN I-100", TRAINER, TRAINEES[0]))
    assert str(refused.value) == (
        "Instructor KEN I-100 cannot record or pass their own result in the FRM-101 session "
        "they teach."
    )
    assert sessions(mission) == before


def test_a_module_with_the_rule_needs_named_instructors(mission: Database) -> None:
    with pytest.raises(InputError, match=r"FRM-101 is taught by qualified instructors only"):
        record(mission, firearms(""))
    with pytest.raises(InputError, match="has no officer with service number X-1"):
        record(mission, firearms("KEN X-1"))


def test_every_instructor_of_a_session_must_be_qualified(mission: Database) -> None:
    qualify(mission, frm_on=dt.date(2026, 1, 5))
    held(mission, OfficerRef("JAM", "J-7"), "INS-201", dt.date(2025, 1, 15))
    with pytest.raises(InputError, match=r"Instructor JAM J-7 .* holds no pass of FRM-101"):
        record(mission, firearms("KEN I-100; JAM J-7"))


def test_a_module_without_the_rule_keeps_free_text_instructors(mission: Database) -> None:
    record(
        mission,
        SessionInput(
            module="CPT-101",
            starts_on=DAY,
            ends_on=DAY,
            location="Kiganjo",
            instructors="Insp. Kamau, Ms. Reid (UNITAR)",
            results=(AttendeeResult(TRAINEES[0], score=88.0),),
        ),
    )
    with mission.reading() as session:
        assert (
            "Insp. Kamau, Ms. Reid (UNITAR)"
            in session.scalars(select(TrainingSession.instructors)).all()
        )


# -- a results sheet --------------------------------------------------------------------------


def _sheet(tmp_path: Path, instructor: str) -> Path:
    return write_csv(
        tmp_path / "range.csv",
        [
            ["service_number", "contingent", "module_code", "date", "score", "instructor",
             "location"],
            ["00001", "KEN", "FRM-101", DAY.isoformat(), "91", instructor, "Kiganjo range"],
            ["00002", "KEN", "FRM-101", DAY.isoformat(), "85", instructor, "Kiganjo range"],
            ["00001", "KEN", "CPT-101", DAY.isoformat(), "80", "Insp. Kamau", "Kiganjo"],
        ],
    )  # fmt: skip


def test_a_sheet_with_an_unqualified_instructor_is_refused_row_by_row(
    mission: Database, tmp_path: Path
) -> None:
    held(mission, TRAINER, "INS-201", dt.date(2025, 1, 15))  # no firearms pass
    before = sessions(mission)
    with pytest.raises(ImportRejectedError) as refused, mission.transaction() as session:
        import_results(session, _sheet(tmp_path, "KEN 00001"), ACTOR, today=DAY)
    problems = {problem.row: problem.reason for problem in refused.value.preview.rejected}
    assert set(problems) == {2, 3}
    assert problems[2] == (
        "Instructor KEN 00001 cannot record or pass their own result in the FRM-101 session "
        "they teach"
    )
    assert sessions(mission) == before
    with pytest.raises(ImportRejectedError) as refused, mission.transaction() as session:
        import_results(session, _sheet(tmp_path, "KEN I-100"), ACTOR, today=DAY)
    assert "holds no pass of FRM-101 on 2026-06-10" in refused.value.preview.rejected[0].reason


def test_a_sheet_with_a_qualified_instructor_goes_in(mission: Database, tmp_path: Path) -> None:
    qualify(mission, frm_on=dt.date(2026, 1, 5))
    with mission.transaction() as session:
        preview = import_results(session, _sheet(tmp_path, "KEN I-100"), ACTOR, today=DAY)
    assert preview.new_results == 3
    with mission.reading() as session:
        instructors = set(session.scalars(select(TrainingSession.instructors)))
    assert {"KEN I-100", "Insp. Kamau"} <= instructors


# -- a planned session ------------------------------------------------------------------------


def _plan(database: Database, instructors: str) -> str:
    with database.transaction() as session:
        return plan_session(
            session,
            PlanInput("FRM-101", DAY, DAY, "Kiganjo range", TRAINEES, instructors=instructors),
            ACTOR,
        ).reference


def test_a_planned_session_is_recorded_only_with_a_qualified_instructor(
    mission: Database,
) -> None:
    held(mission, TRAINER, "INS-201", dt.date(2025, 1, 15))
    reference = _plan(mission, "KEN:I-100")
    results = [AttendeeResult(t, score=90.0) for t in TRAINEES]
    with (
        pytest.raises(InputError, match=r"KEN I-100 .* holds no pass of FRM-101"),
        mission.transaction() as session,
    ):
        record_planned_results(session, reference, results, ACTOR, today=DAY)
    with mission.reading() as session:
        assert session.scalar(select(func.count()).select_from(Result)) == 1  # INS-201 only
    held(mission, TRAINER, "FRM-101", dt.date(2026, 2, 1))
    with mission.transaction() as session:
        held_session = record_planned_results(session, reference, results, ACTOR, today=DAY)
    assert held_session.passed == 2


def test_an_instructor_cannot_be_expected_at_the_session_they_teach(mission: Database) -> None:
    with pytest.raises(InputError, match="Instructor KEN 00001 cannot record or pass"):
        _plan(mission, "KEN 00001")


# -- the plan's count -------------------------------------------------------------------------


def test_the_qualified_instructors_of_a_contingent_are_counted(mission: Database) -> None:
    qualify(mission, frm_on=dt.date(2026, 1, 5))
    held(mission, OfficerRef("KEN", "00001"), "INS-201", dt.date(2025, 1, 15))
    with mission.reading() as session:
        rule = instructor_rule(session, "FRM-101")
        assert rule is not None
        assert qualified_instructors(session, rule, "KEN", DAY) == 1
        assert qualified_instructors(session, rule, "KEN", dt.date(2026, 7, 5)) == 0  # lapsed
        assert qualified_instructors(session, rule, "JAM", DAY) == 0


def test_the_plan_names_the_instructors_a_module_needs(mission: Database) -> None:
    qualify(mission, frm_on=dt.date(2026, 1, 5))
    with mission.reading() as session:
        plan = training_plan(session, ACTOR, PlanRequest("KEN", dt.date(2026, 9, 1), today=DAY))
    lines = {line.module: line for line in plan.modules}
    assert lines["FRM-101"].instructors_in("en") == "INS-201, FRM-101 (1 qualified)"
    assert lines["CPT-101"].instructors_in("en") == ""
    as_json = {entry["module"]: entry for entry in plan.as_json()["modules"]}  # type: ignore[attr-defined]
    assert as_json["FRM-101"]["instructors"] == {"requires": ["INS-201", "FRM-101"], "qualified": 1}
    assert as_json["CPT-101"]["instructors"] is None
    modules, _ = plan_rows(plan)
    assert modules.headers[-1] == "Instructors"


def test_the_command_line_names_instructors_by_contingent_and_number(
    mission: Database,
    database_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    with mission.transaction() as session:
        add_demo_accounts(session)
    monkeypatch.setenv("MSS_TRAINING_USER", "trainer")
    monkeypatch.setenv("MSS_TRAINING_PASSWORD", "mss-demo")
    held(mission, TRAINER, "INS-201", dt.date(2025, 1, 15))
    out = io.StringIO()
    status = main(
        ["--db", database_url, "sessions", "plan", "--module", "FRM-101", "--starts",
         DAY.isoformat(), "--location", "Kiganjo range", "--instructor", "KEN:I-100",
         "--service-numbers", "00001,00002", "--contingent", "KEN"],
        out=out,
    )  # fmt: skip
    assert status == 0, capsys.readouterr().err
    reference = out.getvalue().strip()
    sheet = tmp_path / "range.csv"
    sheet.write_text("service_number,contingent,score\n00001,KEN,91\n00002,KEN,84\n")
    record = ["--db", database_url, "sessions", "record", reference, str(sheet)]
    assert main(record, out=io.StringIO()) == 1
    assert "Instructor KEN I-100 (Peter Kamau) may not teach FRM-101: holds no pass of FRM-101" in (
        capsys.readouterr().err
    )
    held(mission, TRAINER, "FRM-101", dt.date(2026, 3, 2))
    assert main(record, out=io.StringIO()) == 0
    with mission.reading() as session:
        assert "KEN I-100" in session.scalars(select(TrainingSession.instructors)).all()
