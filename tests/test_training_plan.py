"""The training plan back from a deployment date, on a hand-made contingent whose answer is
worked out by hand: a prerequisite chain, modules that expire (one at a month end), and too
few seats for everyone in one session."""

import dataclasses
import datetime as dt
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from pypdf import PdfReader

from mss_training.cli import main
from mss_training.db import open_database
from mss_training.documents.plan import _PLAN_HEADER_KEYS, _REFRESHER_HEADER_KEYS
from mss_training.documents.wording import words
from mss_training.errors import InputError
from mss_training.messages import use_language
from mss_training.services.personnel import OfficerRef
from mss_training.services.planned_sessions import PlanInput, mark_absent
from mss_training.services.session_list import (
    SessionQuery,
    SessionState,
    find_sessions,
    session_detail,
)
from mss_training.services.training_plan import (
    LineSessions,
    ModulePlan,
    PlanRequest,
    TrainingPlan,
    plan_line_sessions,
    plan_pdf_for,
    plan_rows,
    sessions_for_line,
    training_plan,
)
from tests.mission import ACTOR, Mission

PLAN_CURRICULUM = """
[curriculum]
version = "plan-1"
title = "Plan test curriculum"

[[roles]]
code = "POL"
name = "Police officer"

[[modules]]
code = "A"
title = "Foundations"
category = "Context"
hours = 8
delivery = "classroom"
assessment = "attendance"
requirements = [{ role = "POL", phase = "pre-deployment" }]

[[modules]]
code = "B"
title = "Builds on A, two days"
category = "Operations"
hours = 16
delivery = "practical"
assessment = "pass_fail"
prerequisites = ["A"]
requirements = [{ role = "POL", phase = "pre-deployment" }]

[[modules]]
code = "C"
title = "Builds on B, valid 1 month"
category = "Use of force"
hours = 8
delivery = "practical"
assessment = "pass_fail"
validity_months = 1
prerequisites = ["B"]
requirements = [{ role = "POL", phase = "pre-deployment" }]

[[modules]]
code = "E"
title = "Expiring, valid 12 months"
category = "Conduct"
hours = 4
delivery = "classroom"
assessment = "pass_fail"
validity_months = 12
requirements = [{ role = "POL", phase = "pre-deployment" }]

[[modules]]
code = "R"
title = "Refresher, valid 6 months"
category = "Safety"
hours = 8
delivery = "practical"
assessment = "pass_fail"
validity_months = 6
requirements = [{ role = "POL", phase = "pre-deployment" }]

[[modules]]
code = "IND"
title = "Taught in mission"
category = "Context"
hours = 4
delivery = "classroom"
assessment = "attendance"
requirements = [{ role = "POL", phase = "induction" }]
"""
DEPLOY_ON = dt.date(2027, 2, 28)  # a month end: 31 August + 6 months is 28 February
OFFICERS = ["K-1", "K-2", "K-3", "K-4", "K-5"]


@pytest.fixture
def mission(database_url: str) -> Iterator[Mission]:
    database = open_database(database_url)
    mission = Mission.set_up(database, PLAN_CURRICULUM)
    refs = {number: mission.officer(number, "POL") for number in OFFICERS}
    mission.officer("J-1", "POL", contingent="JAM")  # another contingent: not in the plan
    mission.passed(refs["K-1"], "E", dt.date(2026, 1, 15))  # lapses 2027-01-15, before
    mission.passed(refs["K-2"], "E", dt.date(2026, 6, 1))  # valid on arrival, due 2027-05-31
    for number in ("K-1", "K-2", "K-3", "K-4"):
        mission.passed(refs[number], "R", dt.date(2026, 10, 31))  # until 2027-04-30, exclusive
    mission.passed(refs["K-5"], "R", dt.date(2026, 8, 31))  # lapses on the deployment day
    yield mission
    database.close()


def _plan(mission: Mission, **options: Any) -> Any:
    request = PlanRequest(contingent="KEN", deploy_on=DEPLOY_ON, **options)
    with mission.database.reading() as session:
        return training_plan(session, ACTOR, request).as_json()


def test_the_plan_walks_back_from_the_deployment_date(mission: Mission) -> None:
    plan = _plan(mission, seats=2, tour_days=365)
    assert plan["contingent"] == "KEN" and plan["seats"] == 2 and plan["deploy_on"] == "2027-02-28"
    everyone = OFFICERS
    assert plan["modules"] == [
        # A ends before B starts, B before C; three sessions each for five officers at 2 seats.
        {"module": "A", "officers": everyone, "sessions": 3, "latest_start": "2027-02-16",
         "prerequisites": [], "instructors": None},
        {"module": "B", "officers": everyone, "sessions": 3, "latest_start": "2027-02-19",
         "prerequisites": ["A"], "instructors": None},
        {"module": "C", "officers": everyone, "sessions": 3, "latest_start": "2027-02-25",
         "prerequisites": ["B"], "instructors": None},
        {"module": "E", "officers": ["K-1", "K-3", "K-4", "K-5"], "sessions": 2,
         "latest_start": "2027-02-26", "prerequisites": [], "instructors": None},
        {"module": "R", "officers": ["K-5"], "sessions": 1, "latest_start": "2027-02-27",
         "prerequisites": [], "instructors": None},
    ]  # fmt: skip
    assert plan["refreshers"] == [
        {"module": "R", "officers": ["K-1", "K-2", "K-3", "K-4"], "due_by": "2027-04-29"},
        {"module": "E", "officers": ["K-2"], "due_by": "2027-05-31"},
    ]


def test_expiring_modules_must_not_be_taught_too_early(mission: Mission) -> None:
    request = PlanRequest(contingent="KEN", deploy_on=DEPLOY_ON, seats=2)
    with mission.database.reading() as session:
        plan = training_plan(session, ACTOR, request)
    earliest = {m.module: m.earliest_start for m in plan.modules}
    # C lasts 1 month: passed on 31 January it would lapse on 28 February (month end).
    assert earliest == {
        "A": None, "B": None, "C": dt.date(2027, 2, 1), "E": dt.date(2026, 3, 1),
        "R": dt.date(2026, 9, 1),
    }  # fmt: skip


def test_a_short_tour_and_enough_seats(mission: Mission) -> None:
    plan = _plan(mission, seats=30, tour_days=60)
    assert [m["sessions"] for m in plan["modules"]] == [1, 1, 1, 1, 1]
    # One session each: C on the day before deployment, B's two days before it, A before B.
    assert [m["latest_start"] for m in plan["modules"]] == [
        "2027-02-24", "2027-02-25", "2027-02-27", "2027-02-27", "2027-02-27",
    ]  # fmt: skip
    assert plan["refreshers"] == []  # nothing lapses by 28 April


def test_bad_requests_get_one_sentence() -> None:
    with pytest.raises(InputError, match="at least one seat"):
        PlanRequest(contingent="KEN", deploy_on=DEPLOY_ON, seats=0)


def test_the_command_line_writes_every_format(mission: Mission, tmp_path: Path) -> None:
    mission.with_demo_accounts()
    base = ["--db", mission.database.url, "plan", "--contingent", "KEN",
            "--deploy-on", "2027-02-28", "--seats", "2"]  # fmt: skip
    out = io.StringIO()
    assert main([*base, "--format", "json"], out=out) == 0
    assert json.loads(out.getvalue()) == _plan(mission, seats=2)
    out = io.StringIO()
    assert main(base, out=out) == 0
    assert "2027-02-16" in out.getvalue() and "Refreshers due during the tour" in out.getvalue()
    assert main([*base, "--format", "xlsx", "-o", str(tmp_path / "plan.xlsx")]) == 0
    sheet = openpyxl.load_workbook(tmp_path / "plan.xlsx").worksheets[0]
    assert [cell.value for cell in sheet[2]][:4] == ["A", "Foundations", 5, 3]
    assert main([*base, "--format", "pdf", "-o", str(tmp_path / "plan.pdf")]) == 0
    text = PdfReader(tmp_path / "plan.pdf").pages[0].extract_text()
    assert "Training plan" in text and "2027-02-25" in text
    assert main([*base, "--format", "pdf"]) == 1  # a PDF needs -o FILE


def _line(mission: Mission, module: str) -> tuple[TrainingPlan, ModulePlan]:
    request = PlanRequest(contingent="KEN", deploy_on=DEPLOY_ON, seats=2)
    with mission.database.reading() as session:
        plan = training_plan(session, ACTOR, request)
    return plan, next(line for line in plan.modules if line.module == module)


def test_a_line_of_the_plan_becomes_its_planned_sessions_with_their_attendees(
    mission: Mission,
) -> None:
    plan, line = _line(mission, "B")  # five officers, two seats, two days a session
    how = LineSessions(dt.date(2027, 2, 10), "Kiganjo range", "Insp. Otieno")
    entries = sessions_for_line(plan, line, how)
    assert [(e.starts_on, e.ends_on) for e in entries] == [
        (dt.date(2027, 2, 10), dt.date(2027, 2, 11)),
        (dt.date(2027, 2, 12), dt.date(2027, 2, 13)),
        (dt.date(2027, 2, 14), dt.date(2027, 2, 15)),
    ]
    with mission.database.transaction() as session:
        planned = plan_line_sessions(session, entries, ACTOR)
    with mission.database.reading() as session:
        lines = find_sessions(session, SessionQuery(state=SessionState.PLANNED), None)
        attendees = [
            sorted(a.service_number for a in session_detail(session, ref.reference, None).attendees)
            for ref in planned
        ]
    assert sorted(line.attendees for line in lines) == [1, 2, 2]
    assert {line.location for line in lines} == {"Kiganjo range"}
    assert attendees == [["K-1", "K-2"], ["K-3", "K-4"], ["K-5"]]  # everyone, once


def test_a_lines_sessions_are_refused_too_late_or_too_early(mission: Mission) -> None:
    plan, line = _line(mission, "B")
    with pytest.raises(InputError, match=r"must start by 2027-02-19 .* 2027-02-20 is too late"):
        sessions_for_line(plan, line, LineSessions(dt.date(2027, 2, 20), "Range"))
    plan, expiring = _line(mission, "C")  # valid one month: not before 1 February
    with pytest.raises(InputError, match="before 2027-02-01 would lapse before the deployment"):
        sessions_for_line(plan, expiring, LineSessions(dt.date(2027, 1, 31), "Range"))
    # Refused as a whole: one session that cannot be planned plans none of them.
    entries = sessions_for_line(plan, expiring, LineSessions(dt.date(2027, 2, 1), "Range"))
    bad = (*entries[:-1], dataclasses.replace(entries[-1], location=""))
    with pytest.raises(InputError), mission.database.transaction() as session:
        plan_line_sessions(session, bad, ACTOR)
    with mission.database.reading() as session:
        assert find_sessions(session, SessionQuery(state=SessionState.PLANNED), None) == []


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("es", ["Plan de capacitación de KEN, despliegue el 28 de febrero de 2027",
                "Qué impartir, y para cuándo", "Requisitos previos"]),
        ("fr", ["Plan de formation de KEN, déploiement le 28 février 2027",
                "Recyclages dus pendant la rotation", "Matricules"]),
        ("ht", ["Plan fòmasyon pou KEN, deplwaman 28 fevriye 2027", "Kondisyon"]),
    ],
)  # fmt: skip
def test_the_plan_prints_in_the_language_asked(
    mission: Mission, language: str, words: list[str]
) -> None:
    request = PlanRequest(contingent="KEN", deploy_on=DEPLOY_ON, seats=2)
    with mission.database.reading() as session:
        pdf = plan_pdf_for(training_plan(session, ACTOR, request), language)
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    text = " ".join(text.split())
    for expected in words:
        assert expected in text
    assert "What to teach" not in text and "2027-02-25" in text


# -- what is already planned -----------------------------------------------------------------


def _plan_sessions(mission: Mission, entries: tuple[PlanInput, ...]) -> list[str]:
    with mission.database.transaction() as session:
        return [ref.reference for ref in plan_line_sessions(session, entries, ACTOR)]


def test_planning_a_line_twice_finds_it_planned_the_second_time(mission: Mission) -> None:
    plan, line = _line(mission, "B")
    references = _plan_sessions(
        mission, sessions_for_line(plan, line, LineSessions(dt.date(2027, 2, 10), "Range"))
    )
    again, _ = _line(mission, "A")
    # B's five officers are expected at its three planned sessions: B is no longer to teach...
    assert "B" not in [m.module for m in again.modules]
    assert sorted((p.module, p.reference, p.officers) for p in again.planned) == sorted(
        [("B", references[0], ("K-1", "K-2")), ("B", references[1], ("K-3", "K-4")),
         ("B", references[2], ("K-5",))]
    )  # fmt: skip
    # ...and A, its prerequisite, must be done before the first of them starts (10 February).
    a = next(m for m in again.modules if m.module == "A")
    assert a.latest_start == dt.date(2027, 2, 10) - dt.timedelta(days=3)
    listed = again.as_json()["planned"]
    assert isinstance(listed, list) and listed[0] == {
        "module": "B", "session": references[0], "starts_on": "2027-02-10",
        "officers": ["K-1", "K-2"],
    }  # fmt: skip


def test_only_those_not_yet_expected_are_left_to_plan(mission: Mission) -> None:
    plan, line = _line(mission, "B")
    first = sessions_for_line(plan, line, LineSessions(dt.date(2027, 2, 10), "Range"))[:1]
    (reference,) = _plan_sessions(mission, first)
    again, rest = _line(mission, "B")
    assert rest.officers == ("K-3", "K-4", "K-5") and rest.sessions == 2
    assert [(p.reference, p.officers) for p in again.planned] == [(reference, ("K-1", "K-2"))]


def test_a_session_that_does_not_make_them_ready_on_arrival_does_not_count(
    mission: Mission,
) -> None:
    """Held after the deployment day, or reported absent: the officer still needs it."""
    late = PlanInput(
        module="B", starts_on=DEPLOY_ON, ends_on=DEPLOY_ON + dt.timedelta(days=1),
        location="Range", attendees=(OfficerRef("KEN", "K-1"),),
    )  # fmt: skip
    soon = dataclasses.replace(
        late, starts_on=dt.date(2027, 2, 1), ends_on=dt.date(2027, 2, 2),
        attendees=(OfficerRef("KEN", "K-2"), OfficerRef("KEN", "K-3")),
    )  # fmt: skip
    _, reference = _plan_sessions(mission, (late, soon))
    with mission.database.transaction() as session:
        mark_absent(session, reference, [OfficerRef("KEN", "K-3")], ACTOR)
    again, b = _line(mission, "B")
    assert b.officers == ("K-1", "K-3", "K-4", "K-5")
    assert [(p.reference, p.officers) for p in again.planned] == [(reference, ("K-2",))]


@pytest.mark.parametrize(
    ("language", "one", "three"),
    [
        ("en", "(1 qualified)", "(3 qualified)"),
        ("fr", "(1 qualifié)", "(3 qualifiés)"),
        ("es", "(1 calificado)", "(3 calificados)"),
        ("ht", "(1 kalifye)", "(3 kalifye)"),
    ],
)
def test_the_instructors_column_counts_the_qualified_in_the_plan_s_language(
    mission: Mission, language: str, one: str, three: str
) -> None:
    request = PlanRequest(contingent="KEN", deploy_on=DEPLOY_ON, seats=2)
    with mission.database.reading() as session:
        plan = training_plan(session, ACTOR, request)
    taught = [
        dataclasses.replace(m, instructors_need=("INS-201", m.module), qualified_instructors=n)
        for m, n in zip(plan.modules[:2], (1, 3), strict=True)
    ]
    plan = dataclasses.replace(plan, modules=(*taught, *plan.modules[2:]))
    pdf = plan_pdf_for(plan, language)
    text = " ".join(
        " ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages
    )
    assert f"INS-201, {taught[0].module} {one}" in text and three in text
    # The window's table says it in the language the services speak.
    use_language(language)
    try:
        modules, _ = plan_rows(plan)
    finally:
        use_language("en")
    assert modules.rows[1][-1] == f"INS-201, {taught[1].module} {three}"


@pytest.mark.parametrize("language", ["en", "fr", "es", "ht"])
def test_the_plan_s_column_headers_keep_each_word_whole(mission: Mission, language: str) -> None:
    request = PlanRequest(contingent="KEN", deploy_on=DEPLOY_ON, seats=2)
    with mission.database.reading() as session:
        pdf = plan_pdf_for(training_plan(session, ACTOR, request), language)
    text = " ".join(
        " ".join((page.extract_text() or "").split()) for page in PdfReader(io.BytesIO(pdf)).pages
    )
    table = words(language)
    headers = [table[key] for key in (*_PLAN_HEADER_KEYS, *_REFRESHER_HEADER_KEYS)]
    broken = [word for header in headers for word in header.split() if word not in text]
    assert broken == []  # not "Agent es", "Sesion es"
