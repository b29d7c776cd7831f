"""Planned sessions travel like any record: planned at a site, seen at HQ and the other
sites with their expected attendees, then held there once its results arrive."""

from pathlib import Path
from typing import Any

from mss_training.services.personnel import OfficerRef
from mss_training.services.planned_sessions import mark_absent
from mss_training.services.session_list import (
    SessionQuery,
    SessionState,
    find_sessions,
    session_detail,
)
from tests.sync.nodes import ACTOR, Node, mission
from tests.sync.test_bundle_rules import _crafted, _unchanged_by


def states(node: Node) -> dict[str, tuple[SessionState, int]]:
    with node.database.reading() as session:
        return {
            line.reference: (line.state, line.attendees)
            for line in find_sessions(session, SessionQuery(), None)
        }


def test_a_planned_session_reaches_hq_and_the_other_sites(
    tmp_path: Path, database_url: str
) -> None:
    hq, kenya, jamaica = mission(tmp_path, hq_url=database_url, sites=2)
    for number in ("K1", "K2"):
        kenya.add_officer(number)
    reference = kenya.plan(["K1", "K2"], days_ahead=7)  # next week: in the future
    kenya.send(hq)
    hq.send(jamaica)
    for node in (hq, jamaica):
        assert states(node)[reference] == (SessionState.PLANNED, 2)
    assert (
        hq.snapshot()["sessions"] == kenya.snapshot()["sessions"] == jamaica.snapshot()["sessions"]
    )


def test_its_results_follow_and_attendees_of_the_day_join_by_union(
    tmp_path: Path, database_url: str
) -> None:
    hq, kenya, jamaica = mission(tmp_path, hq_url=database_url, sites=2)
    for number in ("K1", "K2", "K3"):
        kenya.add_officer(number)
    reference = kenya.plan(["K1", "K2"], days_ahead=-1)  # planned, and held yesterday
    kenya.send(hq)
    hq.send(jamaica)
    # K3 came on the day; K2 did not come.
    kenya.record_planned(reference, {"K1": 90, "K3": 40})
    kenya.send(hq)
    hq.send(jamaica)
    hq.send(kenya)
    assert states(hq)[reference] == (SessionState.HELD, 3)
    snapshots = [node.snapshot() for node in (hq, kenya, jamaica)]
    assert all(snapshot == snapshots[0] for snapshot in snapshots[1:])
    outcomes = sorted(r[6] for r in snapshots[0]["results"].values())
    assert outcomes == ["absent", "fail", "pass"]


def test_a_held_session_dated_in_the_future_is_still_refused(tmp_path: Path) -> None:
    hq, kenya = mission(tmp_path, sites=1)
    kenya.add_officer("K1")
    kenya.plan(["K1"], days_ahead=30)

    def unplanned(record: dict[str, Any]) -> None:
        record["planned"] = False  # claims to be recorded when held, next month

    bundle = _crafted(kenya, hq, tmp_path, {"sessions.jsonl": unplanned})
    _unchanged_by(hq, bundle, "is refused", "in the future")


def test_an_attendee_reported_absent_at_a_site_is_marked_everywhere(
    tmp_path: Path, database_url: str
) -> None:
    hq, kenya, jamaica = mission(tmp_path, hq_url=database_url, sites=2)
    for number in ("K1", "K2"):
        kenya.add_officer(number)
    reference = kenya.plan(["K1", "K2"], days_ahead=7)
    kenya.send(hq)
    with hq.database.transaction() as session:
        mark_absent(session, reference, (OfficerRef("KEN", "K2"),), ACTOR)
    hq.send(jamaica)
    hq.send(kenya)
    for node in (hq, kenya, jamaica):
        with node.database.reading() as session:
            detail = session_detail(session, reference, None)
        assert {a.service_number: a.marked_absent for a in detail.attendees} == {
            "K1": False, "K2": True,
        }, node.name  # fmt: skip
