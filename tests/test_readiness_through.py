"""Readiness through a tour (`--through`), each rule at its boundaries, on each backend.

A requirement met on the as-of date whose pass is no longer valid on the tour's last day
"lapses" (docs/readiness.md): a pass is valid strictly before its ``expires_on``, so one
that expires on the last day itself lapses during the tour.
"""

import datetime as dt
import io
import json

import pytest
from pypdf import PdfReader

from mss_training.cli import main
from mss_training.domain import ReadinessStatus
from mss_training.domain import RequirementStatus as S
from mss_training.errors import InputError
from mss_training.services.demo import DEMO_PASSWORD, add_demo_accounts
from mss_training.services.exports import readiness_table
from mss_training.services.reports import DocumentOptions, readiness_report_pdf_for, roster_pdf_for
from tests.mission import Mission

D = dt.date


def test_a_pass_expiring_on_the_tours_last_day_lapses_during_it(mission: Mission) -> None:
    officer = mission.officer("001")
    mission.passed(officer, "PF", D(2024, 1, 15))  # expires 2025-01-15: valid to the 14th
    deploying = D(2024, 9, 1)
    assert mission.requirement(officer, "PF", deploying, through=D(2025, 1, 15)) == (
        S.LAPSES,
        D(2024, 1, 15),
        D(2025, 1, 15),
    )
    # A tour ending on the last valid day is covered by the pass.
    assert mission.requirement(officer, "PF", deploying, through=D(2025, 1, 14))[0] is S.CURRENT


@pytest.mark.parametrize(
    ("passed_on", "expires_on"),
    [
        (D(2024, 1, 31), D(2024, 2, 29)),  # 31 Jan + 1 month: the leap day
        (D(2023, 1, 31), D(2023, 2, 28)),
        (D(2024, 3, 31), D(2024, 4, 30)),
        (D(2024, 12, 31), D(2025, 1, 31)),  # across the year end
        (D(2024, 2, 29), D(2024, 3, 29)),  # a month end that is not the next one's
    ],
)
def test_through_a_month_end_lapses_on_the_clamped_expiry(
    mission: Mission, passed_on: dt.date, expires_on: dt.date
) -> None:
    officer = mission.officer("001", "POL")
    mission.result(officer, "SC", passed_on, score=90)
    last_valid = expires_on - dt.timedelta(days=1)
    on = mission.requirement
    assert on(officer, "SC", passed_on, warn_days=0, through=expires_on)[0] is S.LAPSES
    assert on(officer, "SC", passed_on, warn_days=0, through=last_valid)[0] is S.CURRENT


def test_a_tour_ending_on_the_as_of_date_changes_nothing(mission: Mission) -> None:
    officer = mission.officer("001")
    mission.passed(officer, "PF", D(2024, 1, 15))
    # Expiring on the day after: valid on the only day of the tour.
    day = D(2025, 1, 14)
    assert mission.requirement(officer, "PF", day, through=day) == mission.requirement(
        officer, "PF", day
    )


def test_only_requirements_met_on_the_day_can_lapse(mission: Mission) -> None:
    officer = mission.officer("001", "POL")
    mission.passed(officer, "PF", D(2023, 1, 15))  # expired 2024-01-15
    mission.result(officer, "ATT", D(2020, 1, 1))  # never expires
    mission.exempt(officer, "DRV", D(2024, 1, 1))
    day, end = D(2024, 6, 1), D(2026, 1, 1)
    assert mission.requirement(officer, "PF", day, through=end)[0] is S.EXPIRED
    assert mission.requirement(officer, "ATT", day, through=end)[0] is S.CURRENT
    assert mission.requirement(officer, "SC", day, through=end)[0] is S.MISSING
    assert mission.requirement(officer, "DRV", day, through=end)[0] is S.EXEMPT


def test_an_exemption_ending_during_the_tour_lapses_the_day_after_its_last(
    mission: Mission,
) -> None:
    """Exempt through ``valid_until``: the first day not exempt is its ``expires_on``, so an
    exemption whose last day is the tour's last day holds, and one ending a day earlier lapses."""
    officer = mission.officer("001", "POL")
    mission.exempt(officer, "DRV", D(2024, 1, 1), valid_until=D(2024, 9, 30))
    day = D(2024, 6, 1)
    assert mission.requirement(officer, "DRV", day, through=D(2024, 9, 30))[0] is S.EXEMPT
    status, _, expires = mission.requirement(officer, "DRV", day, through=D(2024, 10, 1))
    assert (status, expires) == (S.LAPSES, D(2024, 10, 1))
    # Its refresher falls due in the month of its last day.
    summary = mission.summary(mission.query(day, through=D(2024, 10, 1)))
    assert [(r.module, r.month, r.officers) for r in summary.refreshers] == [("DRV", "2024-09", 1)]


def test_an_exemption_without_end_or_outlasted_by_a_pass_holds_through_the_tour(
    mission: Mission,
) -> None:
    day, end = D(2024, 6, 1), D(2025, 6, 1)
    forever = mission.officer("001", "POL")
    mission.exempt(forever, "DRV", D(2024, 1, 1))
    assert mission.requirement(forever, "DRV", day, through=end)[0] is S.EXEMPT
    # Two exemptions: the later end counts.
    twice = mission.officer("002", "POL")
    mission.exempt(twice, "DRV", D(2024, 1, 1), valid_until=D(2024, 7, 1))
    mission.exempt(twice, "DRV", D(2024, 2, 1), valid_until=D(2025, 6, 1))
    assert mission.requirement(twice, "DRV", day, through=end)[0] is S.EXEMPT
    # A pass of 1 May (DRV lasts 6 months, to 1 November) holds after the exemption ends on
    # 31 July, and lapses in the tour on its own expiry.
    passed = mission.officer("003", "POL")
    mission.passed(passed, "DRV", D(2024, 5, 1))
    mission.exempt(passed, "DRV", D(2024, 1, 1), valid_until=D(2024, 7, 31))
    assert mission.requirement(passed, "DRV", day, through=D(2024, 10, 31))[0] is S.EXEMPT
    status, _, expires = mission.requirement(passed, "DRV", day, through=D(2024, 11, 1))
    assert (status, expires) == (S.LAPSES, D(2024, 11, 1))


def test_expiring_within_the_warning_window_and_the_tour_lapses(mission: Mission) -> None:
    officer = mission.officer("001")
    mission.result(officer, "ATT", D(2024, 1, 1))
    mission.passed(officer, "PF", D(2024, 1, 15))  # expires 2025-01-15
    day = D(2025, 1, 1)  # within the 30 days' warning
    assert mission.requirement(officer, "PF", day, through=D(2025, 3, 1))[0] is S.LAPSES
    # Lapsing after the tour's end: still only expiring, as without a tour.
    assert mission.requirement(officer, "PF", day, through=D(2025, 1, 10))[0] is S.EXPIRING


def test_an_officer_lapsing_during_the_tour_deploys_but_is_not_counted_ready(
    mission: Mission,
) -> None:
    lapsing = mission.officer("L", contingent="JAM")
    staying = mission.officer("S", contingent="JAM")
    for officer in (lapsing, staying):
        mission.result(officer, "ATT", D(2024, 1, 1))
        mission.result(officer, "LOC", D(2024, 1, 1))
    mission.passed(lapsing, "PF", D(2024, 1, 31))  # expires 2025-01-31
    mission.passed(staying, "PF", D(2024, 8, 1))  # expires 2025-08-01
    query = mission.query(D(2024, 9, 1), through=D(2025, 2, 27))
    report = mission.report(query)
    by_number = {officer.service_number: officer for officer in report.officers}
    assert by_number["L"].status is ReadinessStatus.EXPIRING
    assert by_number["L"].deployable
    assert by_number["S"].status is ReadinessStatus.READY
    counts = report.summary.by_contingent["JAM"].counts
    assert (counts.ready, counts.expiring, counts.lapsing, counts.deployable) == (1, 1, 1, 2)
    # The refresher is due by its last valid day, 30 January: January's.
    assert [(r.module, r.month, r.officers) for r in report.summary.refreshers] == [
        ("PF", "2025-01", 1)
    ]
    # Coverage: the lapsing officer holds PF on the day.
    assert report.summary.by_contingent["JAM"].modules["PF"].met == 2
    assert mission.summary(query) == report.summary


def test_refreshers_are_counted_by_module_and_month_of_the_last_valid_day(
    mission: Mission,
) -> None:
    for number, passed_on in (("A", D(2024, 2, 1)), ("B", D(2024, 2, 2)), ("C", D(2024, 3, 1))):
        officer = mission.officer(number, "DRV")
        mission.passed(officer, "DRV", passed_on)
    # DRV lasts 6 months: A valid to 31 July, B to 1 August, C to 31 August.
    summary = mission.summary(mission.query(D(2024, 6, 1), through=D(2024, 12, 31)))
    assert [(r.month, r.module, r.officers) for r in summary.refreshers] == [
        ("2024-07", "DRV", 1),
        ("2024-08", "DRV", 2),
    ]
    assert summary.overall.lapsing == 3


def test_a_tour_ending_before_it_starts_is_refused(mission: Mission) -> None:
    with pytest.raises(InputError, match=r"end of the tour \(--through\) cannot be before"):
        mission.query(D(2024, 6, 1), through=D(2024, 5, 31))


def test_the_command_line_json_says_what_lapses_and_when(
    mission: Mission, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    officer = mission.officer("001")
    mission.result(officer, "ATT", D(2024, 1, 1))
    mission.passed(officer, "PF", D(2024, 1, 31))
    with mission.database.transaction() as session:
        add_demo_accounts(session)
    monkeypatch.setenv("MSS_TRAINING_USER", "coordinator")
    monkeypatch.setenv("MSS_TRAINING_PASSWORD", DEMO_PASSWORD)

    def run(*argv: str) -> tuple[int, str]:
        out = io.StringIO()
        return main(["--db", mission.database.url, "readiness", *argv], out=out), out.getvalue()

    asked = ("--as-of", "2024-09-01")
    status, shown = run(*asked, "--through", "2025-01-31", "--format", "json")
    assert status == 0, shown
    document = json.loads(shown)
    assert document["through"] == "2025-01-31"
    pf = next(r for r in document["officers"][0]["requirements"] if r["module"] == "PF")
    assert (pf["status"], pf["expires_on"]) == ("lapses", "2025-01-31")
    assert document["summary"]["mission"]["lapsing"] == 1
    assert document["summary"]["refreshers_due"] == [
        {"module": "PF", "month": "2025-01", "officers": 1}
    ]
    # Without a tour the document is as it always was.
    plain = json.loads(run(*asked, "--format", "json")[1])
    assert "through" not in plain and "refreshers_due" not in plain["summary"]
    assert plain["officers"][0]["status"] == "ready"
    status, table = run(*asked, "--through", "2025-01-31")
    assert "through the tour to 2025-01-31" in table and "Refresher due" in table
    assert "PF lapses 2025-01-31 (valid to 2025-01-30)" in table
    status, _ = run(*asked, "--through", "2024-08-31")
    assert status == 1
    assert "cannot be before the as-of date" in capsys.readouterr().err
    report = ["--db", mission.database.url, "report", "roster", "--through", "2025-01-31"]
    assert main([*report, "-o", "roster.pdf"], out=io.StringIO()) == 1
    assert "--through is for the readiness report" in capsys.readouterr().err


def _lapsing_jamaican(mission: Mission) -> None:
    """One Jamaican whose PF (passed 31 January 2024) is valid to 30 January 2025."""
    officer = mission.officer("L", contingent="JAM", family_name="Campbell")
    mission.result(officer, "ATT", D(2024, 1, 1))
    mission.result(officer, "LOC", D(2024, 1, 1))
    mission.passed(officer, "PF", D(2024, 1, 31))


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("en", ["Through the tour, to 27 February 2025", "Refreshers due during the tour",
                "PF until 30 January 2025"]),
        ("fr", ["Pendant le déploiement, jusqu'au 27 février 2025",
                "Recyclages à faire pendant le déploiement", "PF jusqu'au 30 janvier 2025"]),
    ],
)  # fmt: skip
def test_the_readiness_report_shows_the_tour_and_its_refreshers(
    mission: Mission, language: str, said: list[str]
) -> None:
    _lapsing_jamaican(mission)
    query = mission.query(D(2024, 9, 1), through=D(2025, 2, 27))
    with mission.database.reading() as session:
        pdf = readiness_report_pdf_for(session, query, DocumentOptions(language))
    text = " ".join(
        " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages).split()
    )
    for words in said:
        assert words in text
    # The refreshers' table: January 2025, PF, one officer.
    assert "2025-01 PF" in text


def test_the_readiness_export_lists_what_lapses(mission: Mission) -> None:
    _lapsing_jamaican(mission)
    with mission.database.reading() as session:
        table = readiness_table(session, mission.query(D(2024, 9, 1), through=D(2025, 2, 27)))
        rows = list(table.rows)
    assert table.title == "Readiness 2024-09-01 through 2025-02-27"
    pf = next(row for row in rows if row[6] == "PF")
    assert (pf[7], pf[9]) == ("lapses", "2025-01-31")


def test_a_roster_shows_the_day_whatever_tour_is_asked(mission: Mission) -> None:
    _lapsing_jamaican(mission)
    # The window's dashboard may have a tour set when the roster is printed from it.
    query = mission.query(D(2024, 9, 1), through=D(2025, 2, 27))
    with mission.database.reading() as session:
        pdf = roster_pdf_for(session, query)
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "Campbell".upper() in text.upper()
