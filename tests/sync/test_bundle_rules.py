"""A bundle a trusted site crafted and signed with its real key is held to the rules of a
local write: the first record that breaks one refuses the bundle whole, in one sentence
naming the record and the rule, and HQ's records and readiness stay as they were."""

import datetime as dt
import hashlib
import json
import uuid
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select, update

from mss_training.cli import main
from mss_training.dates import stamp_time, utc_now
from mss_training.domain import Assessment, Outcome
from mss_training.errors import BundleError, InputError
from mss_training.models import Module, ModuleRevision, Officer, Result, Site, TrainingSession
from mss_training.services.demo import add_demo_accounts
from mss_training.services.personnel import OfficerRef
from mss_training.services.readiness import ReadinessQuery, readiness_by_officer
from mss_training.services.training import (
    AttendeeResult,
    ExemptionInput,
    SessionInput,
    grant_exemption,
    record_session,
    void_result,
)
from mss_training.sync.identity import enrol_site, own_identity
from mss_training.sync.merge import import_bundle
from mss_training.sync.rules import CLOCK_TOLERANCE
from tests.sync.nodes import ACTOR, Node, mission
from tests.sync.test_bad_bundles import _private_key, _resign, _rewrite, _state

Edit = Callable[[dict[str, Any]], None]


def _site_key(node: Node) -> bytes:
    """The sending site's real signing key: the one place these tests read it."""
    return _private_key(node)


def _resealed(path: Path, target: Path, key: bytes, edits: dict[str, Edit]) -> None:
    """The bundle with the records of some parts edited, sealed again as its sender seals."""
    with zipfile.ZipFile(path) as source:
        parts = {
            name: b"".join(
                json.dumps(_edited(json.loads(line), edit)).encode() + b"\n"
                for line in source.read(name).splitlines()
            )
            for name, edit in edits.items()
        }
    unsealed = target.with_suffix(".unsealed")
    _rewrite(path, unsealed, lambda name, content: parts.get(name, content))

    def declare(manifest: dict[str, Any]) -> None:
        for name, part in parts.items():
            manifest["parts"][name].update(sha256=hashlib.sha256(part).hexdigest(), bytes=len(part))

    _resign(unsealed, target, key, declare)


def _edited(record: dict[str, Any], edit: Edit) -> dict[str, Any]:
    edit(record)
    return record


def _readiness(node: Node) -> dict[str, tuple[str, tuple[Any, ...]]]:
    """Each officer's readiness and requirement by requirement (what a pass would change)."""
    with node.database.reading() as session:
        query = ReadinessQuery(as_of=dt.date(2026, 3, 10))
        return {
            row.service_number: (row.status.value, row.rows)
            for row in readiness_by_officer(session, query)
        }


def _unchanged_by(node: Node, bundle: Path, *phrases: str) -> str:
    """Import ``bundle``, expect a refusal saying ``phrases``; the node must be unchanged."""
    before, ready_before = _state(node), _readiness(node)
    with pytest.raises(BundleError) as refusal:
        node.receive(bundle)
    message = str(refusal.value)
    assert message.count(".") >= 1 and "\n" not in message
    for phrase in phrases:
        assert phrase in message, message
    assert _state(node) == before
    assert _readiness(node) == ready_before
    return message


@pytest.fixture
def kenya_mission(tmp_path: Path) -> tuple[Node, Node]:
    hq, kenya = mission(tmp_path, sites=1)
    kenya.add_officer("K1")
    kenya.add_officer("K2")
    hq.receive(kenya.export(hq))  # HQ knows both officers, neither trained yet
    kenya.train(["K1"], module="UOF-101")  # scored, pass mark 80
    return hq, kenya


def _crafted(kenya: Node, hq: Node, tmp_path: Path, edits: dict[str, Edit]) -> Path:
    bad = tmp_path / f"crafted-{uuid.uuid4().hex[:6]}.mssync"
    _resealed(kenya.export(hq), bad, _site_key(kenya), edits)
    return bad


def _result_uid(node: Node) -> str:
    with node.database.reading() as session:
        return str(session.scalars(select(Result.uid)).one())


def test_an_ordinary_exchange_still_passes(
    kenya_mission: tuple[Node, Node], tmp_path: Path
) -> None:
    hq, kenya = kenya_mission
    report = kenya.send(hq)
    assert report.added["results"] == 1
    hq.send(kenya)
    assert hq.snapshot() == kenya.snapshot()


def test_a_fail_scored_1000_is_refused_and_readiness_is_unchanged(
    kenya_mission: tuple[Node, Node], tmp_path: Path
) -> None:
    hq, kenya = kenya_mission
    bad = _crafted(
        kenya, hq, tmp_path, {"results.jsonl": lambda r: r.update(score=1000, outcome="fail")}
    )
    message = _unchanged_by(hq, bad, "UOF-101", "score must be from 0 to 100, not 1000")
    assert f"result {_result_uid(kenya)} (UOF-101, 2026-03-02)" in message


def test_a_result_claiming_to_be_recorded_at_hq_by_an_hq_account_is_refused(
    kenya_mission: tuple[Node, Node], tmp_path: Path
) -> None:
    hq, kenya = kenya_mission
    with hq.database.reading() as session:
        hq_uid = str(own_identity(session).uid)
    edit: Edit = lambda r: r.update(site=hq_uid, recorded_by="hq.admin")  # noqa: E731
    bad = _crafted(kenya, hq, tmp_path, {"results.jsonl": edit})
    _unchanged_by(hq, bad, "claims to be recorded at HQ", "Site1 may send only its own records")


def test_a_day_within_the_clock_tolerance_is_taken(
    kenya_mission: tuple[Node, Node], tmp_path: Path
) -> None:
    # A site's clock a few hours ahead, or a time zone already in tomorrow, is not an attack.
    hq, kenya = kenya_mission
    tomorrow = (utc_now() + CLOCK_TOLERANCE).date().isoformat()
    ahead = stamp_time(utc_now() + dt.timedelta(hours=6))
    bundle = _crafted(
        kenya,
        hq,
        tmp_path,
        {"results.jsonl": lambda r: r.update(completed_on=tomorrow, created_at=ahead)},
    )
    assert hq.receive(bundle).added["results"] == 1


FAR = "2099-01-01T00:00:00.000000Z"
CASES: dict[str, tuple[str, Edit, tuple[str, ...]]] = {
    "an outcome its score does not give": (
        "results.jsonl",
        lambda r: r.update(score=50.0, outcome="pass"),
        ("score of 50 is a fail in UOF-101 (pass mark 80), not a pass",),
    ),
    "a pass for an officer who was absent": (
        "results.jsonl",
        lambda r: r.update(attended=False, score=None, outcome="pass"),
        ("did not attend can have no score or result",),
    ),
    "a score that is not a number": (
        "results.jsonl",
        lambda r: r.update(score="95"),
        ("has a score that is not a number",),
    ),
    "a result dated 2099": (
        "results.jsonl",
        lambda r: r.update(completed_on="2099-01-01"),
        ("the date 2099-01-01 is in the future", "1 day of clock tolerance"),
    ),
    "a result stamped 2099": (
        "results.jsonl",
        lambda r: r.update(created_at=FAR),
        (f"is stamped {FAR}, later than this installation's clock allows",),
    ),
    "a session dated 2099": (
        "sessions.jsonl",
        lambda r: r.update(starts_on="2099-01-01", ends_on="2099-01-02"),
        ("session ", "the date 2099-01-01 is in the future"),
    ),
    "a session that ends before it starts": (
        "sessions.jsonl",
        lambda r: r.update(starts_on="2026-03-05"),
        ("session ", "a session cannot end before it starts"),
    ),
    "an officer with no family name": (
        "officers.jsonl",
        lambda r: r.update(family_name=" ") if r["service_number"] == "K2" else None,
        ("officer KEN K2", "officer K2 needs a family name"),
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_a_record_a_local_entry_refuses_is_refused(
    kenya_mission: tuple[Node, Node], tmp_path: Path, case: str
) -> None:
    hq, kenya = kenya_mission
    part, edit, phrases = CASES[case]
    _unchanged_by(hq, _crafted(kenya, hq, tmp_path, {part: edit}), *phrases)


def test_a_bundle_dated_ahead_is_refused(kenya_mission: tuple[Node, Node], tmp_path: Path) -> None:
    # HQ would take it as received up to 2099 and leave everything out of its next bundles.
    hq, kenya = kenya_mission
    bad = tmp_path / "ahead.mssync"
    _resign(kenya.export(hq), bad, _site_key(kenya), lambda m: m.update(created_at=FAR))
    _unchanged_by(hq, bad, "the bundle is stamped 2099-01-01")


def test_an_exemption_granted_in_2099_is_refused(
    kenya_mission: tuple[Node, Node], tmp_path: Path
) -> None:
    hq, kenya = kenya_mission
    with kenya.database.transaction() as session:
        grant_exemption(
            session,
            ExemptionInput(
                OfficerRef("KEN", "K2"), "HR-101", "served with UNMIL", "Chief", dt.date(2026, 2, 1)
            ),
            ACTOR,
        )
    bad = _crafted(
        kenya, hq, tmp_path, {"exemptions.jsonl": lambda r: r.update(granted_on="2099-01-01")}
    )
    _unchanged_by(hq, bad, "exemption ", "HR-101", "the date 2099-01-01 is in the future")
    assert hq.receive(kenya.export(hq)).added["exemptions"] == 1


END_OF_TIME = "9999-12-31T23:59:59.999999Z"


def _pin_rank(record: dict[str, Any]) -> None:
    version = record["versions"].get("rank") or {"site": record["site"], "clock": {}}
    record["versions"]["rank"] = version | {"at": END_OF_TIME}
    record["rank"] = "Commissioner"


def test_an_officer_field_stamped_at_the_end_of_time_is_refused(
    kenya_mission: tuple[Node, Node], tmp_path: Path
) -> None:
    hq, kenya = kenya_mission
    kenya.edit_officer("K1", rank="Sergeant")
    bad = _crafted(kenya, hq, tmp_path, {"officers.jsonl": _pin_rank})
    _unchanged_by(hq, bad, "officer KEN K1", f"is stamped {END_OF_TIME}")


def test_a_roster_import_survives_a_stamp_at_the_end_of_time_stored_before(
    kenya_mission: tuple[Node, Node], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # As an installation that took such a bundle before it was refused holds it.
    hq, _ = kenya_mission
    with hq.database.transaction() as session:
        officer = session.scalars(select(Officer).where(Officer.service_number == "K1")).one()
        site = str(own_identity(session).uid)
        pinned = {"rank": {"at": END_OF_TIME, "site": site, "clock": {site: 1}}}
        session.execute(
            update(Officer).where(Officer.id == officer.id).values(field_versions=pinned)
        )
        add_demo_accounts(session)
    roster = tmp_path / "kenya.csv"
    roster.write_text(
        "service_number,family_name,given_names,rank,contingent\nK1,Otieno,Grace,Inspector,KEN\n",
        encoding="utf-8",
    )
    status = main(["--db", hq.database.url, "roster", "import", str(roster)])
    assert status == 0, capsys.readouterr().err
    with hq.database.reading() as session:
        rank = session.scalar(select(Officer.rank).where(Officer.service_number == "K1"))
    assert rank == "Inspector"


def _limit(hq: Node, site: Node, contingents: list[str]) -> None:
    with site.database.reading() as session:
        identity = own_identity(session)
    with hq.database.transaction() as session:
        enrol_site(session, identity, ACTOR, contingents)


def test_a_site_enrolled_for_some_contingents_cannot_bring_others(
    kenya_mission: tuple[Node, Node], tmp_path: Path
) -> None:
    hq, kenya = kenya_mission
    _limit(hq, kenya, ["KEN"])
    hq.receive(kenya.export(hq))  # its own contingent's records go in
    kenya.add_officer("J1", family="Brown", contingent="JAM")
    _unchanged_by(hq, kenya.export(hq), "officer JAM J1", "Site1 is enrolled for KEN only")


def test_a_limited_site_cannot_bring_a_result_of_another_contingent(
    tmp_path: Path,
) -> None:
    hq, kenya = mission(tmp_path, sites=1)
    kenya.add_officer("K1")
    kenya.add_officer("J1", family="Brown", contingent="JAM")
    kenya.train(["K1"])
    hq.receive(kenya.export(hq))
    _limit(hq, kenya, ["KEN"])
    with kenya.database.transaction() as session:
        record_session(
            session,
            SessionInput(
                module="HR-101",
                starts_on=dt.date(2026, 3, 4),
                ends_on=dt.date(2026, 3, 4),
                location="Gressier",
                results=(AttendeeResult(OfficerRef("JAM", "J1"), score=90.0),),
            ),
            ACTOR,
        )
    _unchanged_by(hq, kenya.export(hq), "result ", "of contingent JAM", "enrolled for KEN only")


def test_the_enrolment_limit_is_given_on_the_command_line_and_stored(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (hq,) = mission(tmp_path, sites=0)
    other = Node.create("Belize", f"sqlite:///{tmp_path / 'blz.sqlite'}", tmp_path / "blz")
    with other.database.reading() as session:
        (tmp_path / "blz.json").write_text(own_identity(session).to_json(), encoding="utf-8")
    with hq.database.transaction() as session:
        add_demo_accounts(session)
    url = hq.database.url
    assert (
        main(["--db", url, "sync", "enrol", str(tmp_path / "blz.json"), "--contingents", "KEN,JAM"])
        == 0
    )
    with hq.database.reading() as session:
        assert session.scalar(select(Site.contingents).where(Site.name == "Belize")) == [
            "JAM",
            "KEN",
        ]
    capsys.readouterr()
    # ATL: no contingent of the mission has that code.
    assert (
        main(["--db", url, "sync", "enrol", str(tmp_path / "blz.json"), "--contingents", "ATL"])
        == 1
    )
    assert "There is no contingent ATL here." in capsys.readouterr().err


def test_the_dry_run_refuses_in_the_same_sentence(
    kenya_mission: tuple[Node, Node], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hq, kenya = kenya_mission
    bad = _crafted(
        kenya, hq, tmp_path, {"results.jsonl": lambda r: r.update(score=1000, outcome="fail")}
    )
    with hq.database.transaction() as session:
        add_demo_accounts(session)
    before = _state(hq)
    for extra in (["--dry-run"], []):
        assert main(["--db", hq.database.url, "sync", "import", str(bad), *extra]) == 1
        error = capsys.readouterr().err
        assert error.count("\n") == 1 and "score must be from 0 to 100, not 1000" in error
        assert "Traceback" not in error
    assert _state(hq) == before


def test_a_site_passes_on_another_sites_record_only_through_hq(tmp_path: Path) -> None:
    hq, kenya, jamaica = mission(tmp_path, sites=2)
    hq.send(kenya)
    hq.send(jamaica)  # each site now trusts the other through HQ
    kenya.add_officer("K1")
    kenya.train(["K1"])
    with kenya.database.reading() as session:
        kenya_uid = str(own_identity(session).uid)
    # Jamaica's bundle claiming a result Kenya recorded: refused at HQ, which has not seen it.
    jamaica.add_officer("K1")
    jamaica.train(["K1"])
    edit: Edit = lambda r: r.update(site=kenya_uid)  # noqa: E731
    bad = tmp_path / "relayed.mssync"
    _resealed(jamaica.export(hq), bad, _site_key(jamaica), {"results.jsonl": edit})
    _unchanged_by(hq, bad, "Site2 may send only its own records")
    # The genuine records travel: from the site that made them, and from HQ.
    kenya.send(jamaica)
    kenya.send(hq)
    jamaica.send(hq)
    hq.send(kenya)
    hq.send(jamaica)
    assert hq.snapshot() == kenya.snapshot() == jamaica.snapshot()


def test_a_site_may_carry_the_other_sites_result_its_own_correction_points_at(
    tmp_path: Path,
) -> None:
    # Two sites that traded directly and corrected each other's results never block each
    # other: each bundle carries the result its own void points at.
    hq, kenya, jamaica = mission(tmp_path, sites=2)
    hq.send(kenya)
    hq.send(jamaica)
    kenya.add_officer("K1")
    kenya.train(["K1"])
    jamaica.add_officer("K2")
    jamaica.train(["K2"], day=3)
    kenya.send(jamaica)
    jamaica.send(kenya)
    for site in (kenya, jamaica):
        own = _uid_of(site)
        with site.database.transaction() as session:
            theirs = session.scalars(
                select(Result.uid).join(Site, Site.id == Result.site_id).where(Site.uid != own)
            ).one()
            void_result(session, theirs, reason="wrong officer", actor=ACTOR)
    assert jamaica.send(hq).added["results"] == 3
    assert kenya.send(hq).added["results"] == 1
    hq.send(kenya)
    hq.send(jamaica)
    assert hq.snapshot() == kenya.snapshot() == jamaica.snapshot()


def _uid_of(node: Node) -> uuid.UUID:
    with node.database.reading() as session:
        return own_identity(session).uid


# -- an incoming result is taken exactly when a local entry of the same values is ---------

scores = st.one_of(
    st.none(),
    st.sampled_from([0.0, 49.5, 69.99, 70.0, 80.0, 100.0, 100.01, -1.0, 1000.0]),
    st.floats(-10, 110, allow_nan=False),
)


def _local_entry_records(
    node: Node, module: str, attended: bool, score: float | None, outcome: Outcome
) -> bool:
    """Whether entering these values here records exactly them (in a rehearsal)."""
    with node.database.rehearsal() as session:
        try:
            recorded = record_session(
                session,
                SessionInput(
                    module=module,
                    starts_on=dt.date(2026, 3, 5),
                    ends_on=dt.date(2026, 3, 5),
                    location="Gressier",
                    results=(AttendeeResult(OfficerRef("KEN", "K2"), attended, score, outcome),),
                ),
                ACTOR,
            )
        except InputError:
            return False
        stored = session.scalars(
            select(Result).join(TrainingSession).where(TrainingSession.uid == recorded.uid)
        ).one()
        return (stored.attended, stored.score, stored.outcome) == (attended, score, outcome.value)


def _bundle_is_taken(node: Node, bundle: Path) -> bool:
    try:
        with node.database.rehearsal() as session:
            import_bundle(session, bundle, ACTOR)
    except BundleError as error:
        assert "is refused:" in str(error), str(error)
        return False
    return True


# Each example sets the module's assessment and pass mark by hand, at both installations.
@pytest.mark.tampers
def test_an_incoming_result_is_taken_exactly_when_a_local_entry_is(
    kenya_mission: tuple[Node, Node], tmp_path: Path
) -> None:
    hq, kenya = kenya_mission
    genuine = kenya.export(hq)
    key = _site_key(kenya)

    @settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
    @given(
        assessment=st.sampled_from(Assessment),
        pass_mark=st.sampled_from([0.0, 50.0, 70.0, 80.0, 100.0]),
        attended=st.booleans(),
        score=scores,
        outcome=st.sampled_from(Outcome),
    )
    def check(
        assessment: Assessment,
        pass_mark: float,
        attended: bool,
        score: float | None,
        outcome: Outcome,
    ) -> None:
        with hq.database.transaction() as session:  # HQ's curriculum says how UOF-101 is assessed
            module_id = session.scalar(select(Module.id).where(Module.code == "UOF-101"))
            session.execute(
                update(ModuleRevision)
                .where(ModuleRevision.module_id == module_id)
                .values(
                    assessment=assessment.value,
                    pass_mark=pass_mark if assessment is Assessment.SCORED else None,
                )
            )
        edit: Edit = lambda r: r.update(  # noqa: E731
            uid=str(uuid.uuid4()), attended=attended, score=score, outcome=outcome.value
        )
        bundle = tmp_path / f"example-{uuid.uuid4().hex[:8]}.mssync"
        _resealed(genuine, bundle, key, {"results.jsonl": edit})
        local = _local_entry_records(hq, "UOF-101", attended, score, outcome)
        assert _bundle_is_taken(hq, bundle) == local
        bundle.unlink()

    check()
