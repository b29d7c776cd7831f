"""Eligibility holds at their boundaries, scoped by role, and through every face.

An officer trained for the day is deployable unless a hold stands on it (placed on or
before, not ended, not yet lifted) or, when the curriculum asks for vetting, no vetting
clears them on it. Who sees the reason and reference is the role's affair.
"""

import datetime as dt
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from mss_training.cli import main
from mss_training.db import open_database
from mss_training.domain import HoldKind, ReadinessStatus, UserRole, VettingStatus
from mss_training.errors import InputError, NotFoundError
from mss_training.models import AuditEntry, EligibilityHold, Officer
from mss_training.services.deployment import is_deployable_on
from mss_training.services.hold_import import import_holds, preview_hold_import
from mss_training.services.holds import HoldInput, lift_hold, list_holds, place_hold
from mss_training.services.importing import ImportRejectedError
from mss_training.services.officer_record import officer_record
from mss_training.services.permissions import Actor, PermissionDeniedError
from mss_training.services.personnel import OfficerRef
from mss_training.services.readiness import ReadinessQuery, readiness_report
from mss_training.services.readiness_summary import readiness_summary
from tests.mission import ACTOR, RULES_CURRICULUM, Mission, set_up_for_the_command_line

D = dt.date
TRAINED = D(2026, 1, 10)
DAY = D(2026, 3, 1)
VETTING_CURRICULUM = RULES_CURRICULUM.replace(
    'title = "Rules test curriculum"', 'title = "Rules test curriculum"\nrequires_vetting = true'
)
COMMANDER = Actor("commander", UserRole.COMMANDER)
KENYA_COMMANDER = Actor("ken.commander", UserRole.COMMANDER, frozenset({"KEN"}))
TRAINER = Actor("trainer", UserRole.TRAINING_OFFICER)
ADMIN = Actor("admin", UserRole.ADMINISTRATOR)


@pytest.fixture
def vetting_mission(database_url: str) -> Iterator[Mission]:
    database = open_database(database_url)
    yield Mission.set_up(database, VETTING_CURRICULUM)
    database.close()


def trained(mission: Mission, number: str, contingent: str = "KEN") -> OfficerRef:
    """An officer ready on DAY and long after (ATT never expires, PF for 12 months)."""
    officer = mission.officer(number, contingent=contingent)
    mission.result(officer, "ATT", TRAINED)
    mission.passed(officer, "PF", TRAINED)
    return officer


def hold(
    mission: Mission,
    officer: OfficerRef,
    kind: HoldKind = HoldKind.CONDUCT,
    since: dt.date = DAY,
    *,
    status: VettingStatus | None = None,
    until: dt.date | None = None,
    actor: Actor = ACTOR,
) -> str:
    with mission.database.transaction() as session:
        entry = HoldInput(officer, kind, "Case under review", since, status, "CD-2026-014", until)
        return place_hold(session, entry, actor).hex


def deployable(mission: Mission, officer: OfficerRef, day: dt.date) -> bool:
    with mission.database.reading() as session:
        officer_id = session.scalar(
            select(Officer.id).where(Officer.service_number == officer.service_number)
        )
        assert officer_id is not None
        return is_deployable_on(session, officer_id, day, ACTOR)


def test_a_hold_counts_from_the_day_it_is_placed(mission: Mission) -> None:
    officer = trained(mission, "001")
    hold(mission, officer, since=DAY)
    assert deployable(mission, officer, DAY - dt.timedelta(days=1))
    assert not deployable(mission, officer, DAY)
    report = mission.report(mission.query(DAY))
    (row,) = report.officers
    # Training is untouched: the officer is ready, and held back.
    assert row.status is ReadinessStatus.READY
    assert [(h.kind, h.status, h.since, h.until) for h in row.holds] == [
        ("conduct", "open", DAY, None)
    ]
    assert (report.summary.overall.on_hold, report.summary.overall.deployable) == (1, 0)


def test_a_hold_ends_after_its_last_day(mission: Mission) -> None:
    officer = trained(mission, "001")
    hold(mission, officer, HoldKind.MEDICAL, since=DAY, until=DAY + dt.timedelta(days=9))
    assert not deployable(mission, officer, DAY + dt.timedelta(days=9))
    assert deployable(mission, officer, DAY + dt.timedelta(days=10))


def test_a_lifted_hold_stops_counting_the_day_it_is_lifted_and_stays(mission: Mission) -> None:
    officer = trained(mission, "001")
    uid = hold(mission, officer, since=DAY)
    lifted_on = DAY + dt.timedelta(days=5)
    with mission.database.transaction() as session:
        lift_hold(session, uid[:8], "Cleared by the board of inquiry", ACTOR, on=lifted_on)
    assert not deployable(mission, officer, lifted_on - dt.timedelta(days=1))
    assert deployable(mission, officer, lifted_on)
    with mission.database.reading() as session:
        (line,) = list_holds(session, ACTOR)
        assert (line.lifted_on, line.lift_reason) == (lifted_on, "Cleared by the board of inquiry")
        assert list_holds(session, ACTOR, open_on=lifted_on) == []
        assert session.scalar(select(EligibilityHold.reason)) == "Case under review"
        actions = session.scalars(select(AuditEntry.summary).where(AuditEntry.entity == "hold"))
        assert [summary.split(" hold")[0] for summary in actions] == [
            "Placed a conduct",
            "Lifted the conduct",
        ]
    with mission.database.transaction() as session, pytest.raises(InputError, match="already"):
        lift_hold(session, uid, "Again", ACTOR)


def test_vetting_must_clear_the_officer_on_the_day_when_the_curriculum_asks(
    vetting_mission: Mission,
) -> None:
    officer = trained(vetting_mission, "001")
    assert not deployable(vetting_mission, officer, DAY)
    (row,) = vetting_mission.report(vetting_mission.query(DAY)).officers
    assert [(h.kind, h.status) for h in row.holds] == [("vetting", "not_cleared")]
    # Cleared until the day before: not on the day itself.
    cleared_until = DAY - dt.timedelta(days=1)
    hold(vetting_mission, officer, HoldKind.VETTING, D(2026, 1, 1),
         status=VettingStatus.CLEARED, until=cleared_until)  # fmt: skip
    assert deployable(vetting_mission, officer, cleared_until)
    assert not deployable(vetting_mission, officer, DAY)


def test_a_pending_or_refused_vetting_holds_back_even_without_the_curriculum_asking(
    mission: Mission,
) -> None:
    pending, refused, other = (trained(mission, number) for number in ("001", "002", "003"))
    hold(mission, pending, HoldKind.VETTING, status=VettingStatus.PENDING)
    hold(mission, refused, HoldKind.VETTING, status=VettingStatus.REFUSED)
    hold(mission, other, HoldKind.VETTING, status=VettingStatus.CLEARED, until=D(2027, 1, 1))
    report = mission.report(mission.query(DAY))
    assert {o.service_number: [h.status for h in o.holds] for o in report.officers} == {
        "001": ["pending"],
        "002": ["refused"],
        "003": [],
    }
    assert [o.deployable for o in report.officers] == [False, False, True]


@pytest.mark.parametrize("day", [DAY - dt.timedelta(days=1), DAY, D(2027, 6, 1)])
def test_the_dashboard_counts_agree_with_the_officers(
    vetting_mission: Mission, day: dt.date
) -> None:
    """The summary's SQL and the officers' holds are the same rule."""
    held, cleared, untrained = (trained(vetting_mission, n) for n in ("001", "002", "003"))
    vetting_mission.officer("004")
    hold(vetting_mission, held, since=DAY)
    for officer in (held, cleared, untrained):
        hold(vetting_mission, officer, HoldKind.VETTING, D(2025, 1, 1),
             status=VettingStatus.CLEARED, until=D(2027, 1, 1))  # fmt: skip
    query = vetting_mission.query(day)
    report = vetting_mission.report(query)
    summary = vetting_mission.summary(query)
    assert summary.overall == report.summary.overall
    assert summary.overall.on_hold == sum(bool(o.holds) for o in report.officers)
    assert summary.overall.deployable == sum(o.deployable for o in report.officers)


def test_only_coordinators_and_administrators_read_reasons(mission: Mission) -> None:
    officer = trained(mission, "001")
    jamaican = trained(mission, "101", "JAM")
    hold(mission, officer)
    hold(mission, jamaican, HoldKind.MEDICAL)
    with mission.database.reading() as session:
        for actor in (ACTOR, ADMIN):
            assert {line.reason for line in list_holds(session, actor)} == {"Case under review"}
        for actor in (COMMANDER, TRAINER):
            lines = list_holds(session, actor)
            assert [(line.kind, line.reason, line.reference) for line in lines] == [
                ("medical", None, None),
                ("conduct", None, None),
            ]
        # A Kenya-limited commander sees Kenya's hold only, and may not ask for Jamaica's.
        assert [line.kind for line in list_holds(session, KENYA_COMMANDER)] == ["conduct"]
        with pytest.raises(PermissionDeniedError):
            list_holds(session, KENYA_COMMANDER, contingent="JAM")
        officer_id = session.scalar(select(Officer.id).where(Officer.service_number == "001"))
        assert officer_id is not None
        record = officer_record(session, officer_id, DAY, COMMANDER)
        assert [(line.kind, line.reason) for line in record.holds] == [("conduct", None)]


def test_only_coordinators_place_or_lift_holds(mission: Mission) -> None:
    officer = trained(mission, "001")
    for actor in (TRAINER, COMMANDER, ADMIN):
        with pytest.raises(PermissionDeniedError, match="place or lift eligibility holds"):
            hold(mission, officer, actor=actor)
    uid = hold(mission, officer)
    with mission.database.transaction() as session, pytest.raises(PermissionDeniedError):
        lift_hold(session, uid, "No", TRAINER)


def test_a_hold_on_an_officer_outside_the_account_is_not_found(mission: Mission) -> None:
    jamaican = trained(mission, "101", "JAM")
    uid = hold(mission, jamaican)
    limited = Actor("ken.coordinator", UserRole.COMMANDER, frozenset({"KEN"}))
    with mission.database.transaction() as session, pytest.raises(NotFoundError):
        lift_hold(session, uid, "Probing", limited)


@pytest.mark.parametrize(
    ("kind", "status", "until", "problem"),
    [
        (HoldKind.VETTING, None, None, "where the vetting stands"),
        (HoldKind.CONDUCT, VettingStatus.PENDING, None, "Only a vetting hold"),
        (HoldKind.VETTING, VettingStatus.CLEARED, None, "until when"),
        (HoldKind.MEDICAL, None, DAY - dt.timedelta(days=1), "cannot end"),
    ],
)
def test_bad_holds_are_refused_in_one_sentence_and_nothing_is_written(
    mission: Mission,
    kind: HoldKind,
    status: VettingStatus | None,
    until: dt.date | None,
    problem: str,
) -> None:
    officer = trained(mission, "001")
    with pytest.raises(InputError, match=problem):
        hold(mission, officer, kind, status=status, until=until)
    with mission.database.reading() as session:
        assert session.scalar(select(EligibilityHold.id)) is None


# -- the command line and the sheet -----------------------------------------------------


@pytest.fixture
def command_line_db(tmp_path: Path) -> Iterator[str]:
    url = f"sqlite:///{tmp_path / 'holds.sqlite'}"
    set_up_for_the_command_line(url)
    with open_database(url) as database:
        mission = Mission(database)
        mission.officer("00123")
        mission.officer("00456", contingent="JAM")
    yield str(tmp_path / "holds.sqlite")


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    status = main(list(argv), out=out)
    return status, out.getvalue()


def test_holds_add_list_and_lift_on_the_command_line(command_line_db: str) -> None:
    db = ("--db", command_line_db)
    status, output = run(
        *db, "holds", "add", "00123", "--contingent", "ken", "--kind", "vetting",
        "--status", "pending", "--reason", "Leahy screening under way", "--reference", "LV-77",
        "--since", "2026-02-01",
    )  # fmt: skip
    assert status == 0, output
    assert "Placed a vetting (pending) hold on KEN 00123" in output
    hold_id = output.rsplit("hold ", 1)[1].strip().rstrip(".")
    status, output = run(*db, "holds", "list", "--open", "--as-of", "2026-03-01")
    assert status == 0 and "Leahy screening under way" in output and "LV-77" in output
    status, output = run(*db, "holds", "lift", hold_id, "--reason", "Cleared", "--on", "2026-03-02")
    assert status == 0 and "from 2026-03-02" in output
    assert run(*db, "holds", "list", "--open", "--as-of", "2026-03-02")[1].strip() == "No holds."
    status, output = run(*db, "holds", "list", "--contingent", "KEN")
    assert "2026-03-02 by coordinator" in output


def test_holds_add_refuses_a_bad_hold_in_one_sentence(
    command_line_db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    status, _ = run(
        "--db", command_line_db, "holds", "add", "00123", "--contingent", "KEN",
        "--kind", "medical", "--reason", "Fitness board", "--since", "2026-03-01",
        "--until", "2026-02-01",
    )  # fmt: skip
    assert status != 0
    error = capsys.readouterr().err
    assert "cannot end (2026-02-01) before it starts (2026-03-01)" in error
    assert "Traceback" not in error


SHEET = """Holds register, March 2026
Contingent,Service number,Kind,Status,Reason,Reference,Since,Until
Kenya,00123,Conduct and discipline,,Allegation under investigation,CD-14,01/03/2026,
JAM,00456,vetting,cleared,Vetted by the embassy,LV-2,2026-01-01,2026-12-31
KEN,99999,medical,,Fitness board,,2026-03-01,
JAM,00456,conduct,pending,Mixed up,,2026-03-01,
"""


def test_a_holds_sheet_is_previewed_then_refused_or_placed(
    command_line_db: str, tmp_path: Path
) -> None:
    sheet = tmp_path / "holds.csv"
    sheet.write_text(SHEET, encoding="utf-8")
    with open_database(f"sqlite:///{command_line_db}") as database:
        with database.reading() as session:
            preview = preview_hold_import(session, sheet, ACTOR)
        assert [(c.row, c.contingent, c.kind, c.status) for c in preview.holds] == [
            (3, "KEN", "conduct", "open"),
            (4, "JAM", "vetting", "cleared"),
        ]
        assert [(p.row, p.reason) for p in preview.rejected] == [
            (5, "contingent KEN has no officer with service number '99999'"),
            (6, "Only a vetting hold has a vetting status"),
        ]
        with database.transaction() as session, pytest.raises(ImportRejectedError):
            import_holds(session, sheet, ACTOR)
        with database.reading() as session:
            assert session.scalar(select(EligibilityHold.id)) is None
        with database.transaction() as session:
            import_holds(session, sheet, ACTOR, skip_invalid=True)
        with database.reading() as session:
            lines = list_holds(session, ACTOR)
            assert {(line.service_number, line.kind) for line in lines} == {
                ("00123", "conduct"),
                ("00456", "vetting"),
            }
            report = readiness_report(session, ReadinessQuery(DAY, contingent="KEN"))
            assert [h.kind for h in report.officers[0].holds] == ["conduct"]
            assert readiness_summary(session, ReadinessQuery(DAY)).overall.on_hold == 1
    status, output = run("--db", command_line_db, "holds", "import", str(sheet), "--dry-run")
    assert status == 0 and "Would place 2 hold(s); 2 row(s) rejected." in output


def test_the_readiness_json_says_who_is_deployable(command_line_db: str) -> None:
    db = ("--db", command_line_db)
    run(*db, "holds", "add", "00123", "--contingent", "KEN", "--kind", "medical",
        "--reason", "Fitness board", "--since", "2026-03-01")  # fmt: skip
    status, output = run(*db, "readiness", "--as-of", "2026-03-01", "--format", "json")
    assert status == 0
    document = json.loads(output)
    by_number = {o["service_number"]: o for o in document["officers"]}
    assert by_number["00123"]["holds"] == [
        {"kind": "medical", "status": "open", "since": "2026-03-01", "until": None}
    ]
    assert by_number["00123"]["deployable"] is False
    assert document["summary"]["mission"]["on_hold"] == 1
