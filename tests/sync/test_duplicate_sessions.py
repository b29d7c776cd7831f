"""Two sites typing up one paper sign-in sheet: HQ sees a likely duplicate and chooses."""

import datetime as dt
from pathlib import Path

import pytest

from mss_training.cli import main
from mss_training.services.demo import add_demo_accounts
from mss_training.services.personnel import OfficerRef
from mss_training.services.training import AttendeeResult, SessionInput, record_session
from mss_training.sync.duplicates import likely_duplicates
from tests.sync.nodes import ACTOR, Node, mission

DAY = dt.date(2026, 3, 2)


def _record(
    node: Node, numbers: list[str], place: str = "Gressier classroom", day: int = 0
) -> None:
    on = DAY + dt.timedelta(days=day)
    with node.database.transaction() as session:
        record_session(
            session,
            SessionInput(
                module="HR-101",
                starts_on=on,
                ends_on=on,
                location=place,
                results=tuple(
                    AttendeeResult(OfficerRef("KEN", number), score=85.0) for number in numbers
                ),
            ),
            ACTOR,
        )


def _pairs(node: Node) -> list[tuple[int, int, int]]:
    with node.database.reading() as session:
        return [
            (pair.first.attendees, pair.second.attendees, pair.shared)
            for pair in likely_duplicates(session, ACTOR)
        ]


@pytest.fixture
def two_sheets(tmp_path: Path) -> list[Node]:
    hq, first, second = mission(tmp_path, sites=2)
    for number in ("100", "101", "102", "103", "104"):
        hq.add_officer(number)
    hq.send(first)
    hq.send(second)
    # The same sheet, typed at two sites: one officer more at each, the place spelt apart.
    _record(first, ["100", "101", "102", "103"])
    _record(second, ["100", "101", "102", "104"], place="gressier  Classroom")
    # Not duplicates: another day, another place, or the same site twice.
    _record(second, ["100", "101", "102"], day=1)
    _record(first, ["100", "101", "102"], place="Hinche")
    _record(first, ["100", "101", "102"], place="Hinche")
    first.send(hq)
    report = second.send(hq)
    # The import says so.
    assert report.likely_duplicates == 1
    assert any("see `sync duplicates`" in line for line in report.lines(dry_run=False))
    return [hq, first, second]


def test_a_session_recorded_at_two_sites_is_shown_as_a_likely_duplicate(
    two_sheets: list[Node],
) -> None:
    hq, first, second = two_sheets
    assert _pairs(hq) == [(4, 4, 3)]
    assert _pairs(first) == _pairs(second) == []  # each site holds only its own sheet


def test_merging_voids_the_duplicate_results_and_keeps_the_others(
    two_sheets: list[Node], capsys: pytest.CaptureFixture[str]
) -> None:
    hq, first, second = two_sheets
    with hq.database.transaction() as session:
        add_demo_accounts(session)  # the command line signs in as the demo coordinator
    assert main(["--db", hq.database.url, "sync", "duplicates"]) == 0
    listed = capsys.readouterr().out
    assert "#1 3 of the same attendees" in listed and "recorded at Site1" in listed
    assert main(["--db", hq.database.url, "sync", "duplicates", "--merge", "1"]) == 0
    assert "3 duplicate results voided, 1 kept" in capsys.readouterr().out
    results = hq.snapshot()["results"].values()
    voids = [r for r in results if r[2] == "void"]
    assert len(voids) == 3
    assert _pairs(hq) == []
    # The voids are facts: they travel, and every installation agrees.
    hq.send(first)
    hq.send(second)
    assert first.snapshot()["results"] == hq.snapshot()["results"]
    assert second.snapshot()["results"] == hq.snapshot()["results"]


def test_keeping_both_is_remembered(
    two_sheets: list[Node], capsys: pytest.CaptureFixture[str]
) -> None:
    hq, _, _ = two_sheets
    with hq.database.transaction() as session:
        add_demo_accounts(session)
    before = hq.snapshot()
    assert main(["--db", hq.database.url, "sync", "duplicates", "--keep-both", "1"]) == 0
    assert "Kept both sessions" in capsys.readouterr().out
    assert hq.snapshot() == before
    assert _pairs(hq) == []
    assert main(["--db", hq.database.url, "sync", "duplicates", "--merge", "1"]) == 1
    assert "There is no likely duplicate #1" in capsys.readouterr().err
