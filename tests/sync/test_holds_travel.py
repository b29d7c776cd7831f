"""Holds travel like results: placed at a site, lifted at HQ, merged in either order; a
lift tampered with on the way is refused and the hold stands."""

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from mss_training.domain import HoldKind
from mss_training.errors import BundleError
from mss_training.services.holds import HoldInput, lift_hold, list_holds, place_hold
from mss_training.services.personnel import OfficerRef
from tests.sync.nodes import ACTOR, Node, mission
from tests.sync.test_bad_bundles import _private_key, _rewrite, _signed_with_records, _state

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


def _lifted_at_the_site(tmp_path: Path) -> tuple[Node, Node, Path]:
    """HQ holds the site's hold, unlifted; the site's next bundle carries the lift."""
    hq, site = mission(tmp_path, sites=1)
    site.add_officer("00123")
    uid = _place(site)
    site.send(hq)
    _lift(site, uid, DAY + dt.timedelta(days=2))
    return hq, site, site.export(hq)


def _holds_part(change: Callable[[bytes], bytes]) -> Callable[[str, bytes], bytes]:
    return lambda name, content: change(content) if name == "holds.jsonl" else content


TAMPERED_LIFTS: dict[str, tuple[Callable[[Node, Path, Path], None], str]] = {
    # Changed after signing: the lift's day moved, the seal left as it was.
    "a lift's day changed after signing": (
        lambda _, bundle, bad: _rewrite(
            bundle, bad, _holds_part(lambda c: c.replace(b"2026-03-03", b"2026-03-01"))
        ),
        "holds.jsonl was changed after it was signed",
    ),
    # Sealed again with the site's own key: the signature holds, the rules must not.
    "a lift without a reason": (
        lambda site, bundle, bad: _signed_with_records(
            bundle, bad, _private_key(site), lambda r: r.update(lift_reason=" "), "holds.jsonl"
        ),
        "is lifted without a day or a reason",
    ),
    "a lift with a reason no local lift takes": (
        lambda site, bundle, bad: _signed_with_records(
            bundle, bad, _private_key(site), lambda r: r.update(lift_reason="ok\x00"),
            "holds.jsonl",
        ),
        "is lifted with a reason that contains a NUL character",
    ),
    "a lift dated years ahead": (
        lambda site, bundle, bad: _signed_with_records(
            bundle, bad, _private_key(site), lambda r: r.update(lifted_on="2099-01-01"),
            "holds.jsonl",
        ),
        "cannot be",
    ),
}  # fmt: skip


@pytest.mark.parametrize("case", list(TAMPERED_LIFTS))
def test_a_tampered_lift_in_a_bundle_is_refused_and_the_hold_stands(
    tmp_path: Path, case: str
) -> None:
    hq, site, bundle = _lifted_at_the_site(tmp_path)
    spoil, problem = TAMPERED_LIFTS[case]
    bad = tmp_path / "tampered.mssync"
    spoil(site, bundle, bad)
    before = _state(hq)
    with pytest.raises(BundleError, match=problem):
        hq.receive(bad)
    assert _state(hq) == before
    assert _holds(hq) == [("conduct", None, None)]  # still held back at HQ
    hq.receive(bundle)  # the genuine lift still goes in
    assert _holds(hq) == [("conduct", DAY + dt.timedelta(days=2), "Inquiry closed")]
