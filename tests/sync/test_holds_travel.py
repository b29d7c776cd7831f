"""Holds travel like results: placed at a site, lifted at HQ, merged in either order."""

import datetime as dt
from pathlib import Path

from mss_training.domain import HoldKind
from mss_training.services.holds import HoldInput, lift_hold, list_holds, place_hold
from mss_training.services.personnel import OfficerRef
from tests.sync.nodes import ACTOR, Node, mission

DAY = dt.date(2026, 3, 1)
OFFICER = OfficerRef("KEN", "00123")


def _place(node: Node, since: dt.date = DAY) -> str:
    with node.database.transaction() as session:
        entry = HoldInput(OFFICER, HoldKind.CONDUCT, "Allegation under inquiry", since)
        return place_hold(session, entry, ACTOR).hex


def _lift(node: Node, uid: str, on: dt.date, reason: str = "Inquiry closed") -> None:
    with node.database.transaction() as session:
        lift_hold(session, uid, reason, ACTOR, on=on)


def _holds(node: Node) -> list[tuple[str, dt.date | None, str | None]]:
    with node.database.reading() as session:
        return [(h.kind, h.lifted_on, h.lift_reason) for h in list_holds(session, ACTOR)]


def test_a_hold_placed_at_a_site_and_lifted_at_hq_reaches_every_site(tmp_path: Path) -> None:
    hq, site, other = mission(tmp_path, sites=2)
    site.add_officer("00123")
    uid = _place(site)
    site.send(hq)
    hq.send(other)
    assert _holds(other) == [("conduct", None, None)]
    _lift(hq, uid, DAY + dt.timedelta(days=3))
    # The site's own (unlifted) copy arriving later does not undo the lift.
    site.send(hq)
    assert _holds(hq) == [("conduct", DAY + dt.timedelta(days=3), "Inquiry closed")]
    hq.send(site)
    hq.send(other)
    assert hq.snapshot() == site.snapshot() == other.snapshot()
    assert _holds(site) == [("conduct", DAY + dt.timedelta(days=3), "Inquiry closed")]


def test_lifts_made_at_two_places_end_alike_whatever_the_order(tmp_path: Path) -> None:
    hq, site = mission(tmp_path, sites=1)
    site.add_officer("00123")
    uid = _place(site)
    site.send(hq)
    _lift(hq, uid, DAY + dt.timedelta(days=5), "Lifted at HQ")
    _lift(site, uid, DAY + dt.timedelta(days=2), "Lifted at the site")
    hq_bundle, site_bundle = hq.export(site), site.export(hq)
    site.receive(hq_bundle)
    hq.receive(site_bundle)
    # The earlier lift (the HQ's, made first) stands at both.
    assert _holds(hq) == _holds(site) == [("conduct", DAY + dt.timedelta(days=5), "Lifted at HQ")]
    assert hq.snapshot() == site.snapshot()


def test_a_lift_arriving_with_its_hold_is_applied(tmp_path: Path) -> None:
    hq, site, other = mission(tmp_path, sites=2)
    site.add_officer("00123")
    uid = _place(site)
    _lift(site, uid, DAY + dt.timedelta(days=1))
    site.send(hq)
    hq.send(other)
    assert _holds(other) == [("conduct", DAY + dt.timedelta(days=1), "Inquiry closed")]
