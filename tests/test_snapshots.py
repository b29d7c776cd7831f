"""Signed readiness snapshots: a briefing's figure re-checked later against today's records.

A snapshot taken at a briefing verifies as "unchanged" until the records behind it change;
after a correction, a void and a new officer, the re-check names exactly those officers
and the audit entries that changed them. A changed character makes the file not genuine.
"""

import datetime as dt
import io
import json
import uuid
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from mss_training.cli import main
from mss_training.domain import Outcome, UserRole
from mss_training.errors import InputError
from mss_training.services.demo import DEMO_PASSWORD, add_demo_accounts
from mss_training.services.permissions import Actor, PermissionDeniedError
from mss_training.services.personnel import OfficerRef
from mss_training.services.snapshot_check import SnapshotCheck, check_snapshot
from mss_training.services.snapshots import (
    CommanderAssessment,
    SnapshotRequest,
    TakenSnapshot,
    list_snapshots,
    take_snapshot,
)
from tests.mission import ACTOR, Mission

BRIEFING = dt.date(2026, 11, 30)  # a month end
COMMANDER_JAM = Actor("commander", UserRole.COMMANDER, frozenset({"JAM"}), "Cmdr Jamaica")
TRAINER = Actor("trainer", UserRole.TRAINING_OFFICER, None, "Trainer")


def _take(mission: Mission, actor: Actor = ACTOR, **options: Any) -> TakenSnapshot:
    request = SnapshotRequest(
        as_of=BRIEFING,
        assessment=CommanderAssessment.QUALIFIED,
        remarks="Two drivers still to qualify",
        **options,
    )
    with mission.database.transaction() as session:
        return take_snapshot(session, actor, request)


def _check(mission: Mission, taken: TakenSnapshot | str, actor: Actor = ACTOR) -> SnapshotCheck:
    text = taken if isinstance(taken, str) else taken.document
    with mission.database.reading() as session:
        return check_snapshot(session, actor, json.loads(text))


def _ready_kenyans(mission: Mission) -> dict[str, uuid.UUID]:
    """Two Kenyans ready on the briefing day (ATT and PF passed), their results' uids."""
    first, second = mission.officer("K-1"), mission.officer("K-2", family_name="Kamau")
    uids: dict[str, uuid.UUID] = {}
    for officer in (first, second):
        mission.passed(officer, "ATT", dt.date(2026, 10, 1))
        uids[officer.service_number] = mission.passed(officer, "PF", dt.date(2026, 10, 2))
    return uids


def test_a_snapshot_holds_the_figures_and_the_commanders_word(mission: Mission) -> None:
    _ready_kenyans(mission)
    taken = _take(mission)
    document = json.loads(taken.document)
    body = document["snapshot"]
    assert body["as_of"] == "2026-11-30"
    assert body["assessment"] == {
        "rating": "qualified", "name": "Qualified yes", "remarks": "Two drivers still to qualify",
    }  # fmt: skip
    assert body["curriculum_version"] == "test-1"
    assert body["readiness"]["summary"]["mission"] == {
        "ready": 2, "expiring": 0, "not_ready": 0, "total": 2, "deployable": 2, "on_hold": 0,
    }  # fmt: skip
    assert sorted(o["service_number"] for o in body["readiness"]["officers"]) == ["K-1", "K-2"]
    assert body["taken_by"]["username"] == ACTOR.username
    assert body["audit_trail"]["entries"] > 0
    assert document["signature"]["algorithm"] == "Ed25519"
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(taken.pdf)).pages)
    assert f"Snapshot {taken.fingerprint}" in text
    assert "Commander's assessment: Qualified yes" in text
    check = _check(mission, taken)
    assert check.genuine and check.unchanged


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("fr", "Appréciation du commandant : Oui, avec réserves. Observations : Two drivers"),
        ("es", "Evaluación del comandante: Sí, con reservas. Observaciones: Two drivers"),
        ("ht", "Evalyasyon kòmandan an: Wi, ak rezèv. Remak: Two drivers"),
    ],
)
def test_a_snapshot_pdf_is_printed_in_the_language_asked_and_still_checks(
    mission: Mission, language: str, said: str
) -> None:
    _ready_kenyans(mission)
    taken = _take(mission, language=language)
    pages = PdfReader(io.BytesIO(taken.pdf)).pages
    text = " ".join(" ".join(page.extract_text().split()) for page in pages)
    assert said in text
    assert "Commander's assessment" not in text and "Readiness as of" not in text
    assert json.loads(taken.document)["snapshot"]["assessment"]["name"] == "Qualified yes"
    check = _check(mission, taken)
    assert check.genuine and check.unchanged


def test_a_correction_a_void_and_a_new_officer_are_each_named(mission: Mission) -> None:
    results = _ready_kenyans(mission)
    mission.officer("K-3", family_name="Wanjiru")  # not ready: holds nothing
    taken = _take(mission)
    assert _check(mission, taken).unchanged
    mission.amend(results["K-1"], outcome=Outcome.FAIL)
    mission.void(results["K-2"])
    mission.officer("K-4", family_name="Mwangi")
    check = _check(mission, taken)
    assert check.genuine and not check.unchanged
    found = {d.service_number: d for d in check.differences}
    assert set(found) == {"K-1", "K-2", "K-4"}
    assert (found["K-1"].then, found["K-1"].now) == ("ready", "not_ready")
    assert found["K-1"].modules == ("PF",)
    assert (found["K-2"].then, found["K-2"].now) == ("ready", "not_ready")
    assert (found["K-4"].then, found["K-4"].now) == (None, "not_ready")
    assert "not in the snapshot" in found["K-4"].sentence()
    assert [e.action for e in found["K-1"].entries] == ["amend"]
    assert [e.action for e in found["K-2"].entries] == ["void"]
    assert [e.action for e in found["K-4"].entries] == ["create"]


def test_one_changed_character_makes_the_file_not_genuine(mission: Mission) -> None:
    _ready_kenyans(mission)
    taken = _take(mission)
    forged = taken.document.replace('"status": "ready"', '"status": "not_ready"', 1)
    assert forged != taken.document
    check = _check(mission, forged)
    assert not check.genuine
    assert "changed after signing" in check.problem
    unsigned = json.loads(taken.document)
    unsigned["signature"]["value"] = "00" * 64
    assert not _check(mission, json.dumps(unsigned)).genuine


def test_who_may_take_one_and_what_a_limited_commander_covers(mission: Mission) -> None:
    mission.officer("K-1")
    mission.officer("J-1", contingent="JAM", family_name="Campbell")
    with pytest.raises(PermissionDeniedError, match="Training officers cannot take signed"):
        _take(mission, TRAINER)
    taken = _take(mission, COMMANDER_JAM)
    body = json.loads(taken.document)["snapshot"]
    assert body["contingents"] == ["JAM"]
    assert [o["service_number"] for o in body["readiness"]["officers"]] == ["J-1"]
    with pytest.raises(PermissionDeniedError):
        _take(mission, COMMANDER_JAM, contingent="KEN")
    everything = _take(mission)
    with mission.database.reading() as session:
        assert [line.uid for line in list_snapshots(session, COMMANDER_JAM)] == [taken.uid]
        assert {line.uid for line in list_snapshots(session, ACTOR)} == {taken.uid, everything.uid}
    with pytest.raises(PermissionDeniedError, match="limited to JAM"):
        _check(mission, everything, COMMANDER_JAM)


def test_a_snapshot_through_the_tour_is_rechecked_through_the_same_day(mission: Mission) -> None:
    _ready_kenyans(mission)  # PF passed 2 October 2026: valid to 1 October 2027
    taken = _take(mission, through=dt.date(2027, 10, 2))
    body = json.loads(taken.document)["snapshot"]
    assert body["through"] == "2027-10-02"
    readiness = body["readiness"]
    assert readiness["through"] == "2027-10-02"
    assert {o["status"] for o in readiness["officers"]} == {"expiring"}
    assert readiness["summary"]["mission"]["lapsing"] == 2
    assert readiness["summary"]["refreshers_due"] == [
        {"module": "PF", "month": "2027-10", "officers": 2}
    ]
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(taken.pdf)).pages)
    assert "through the tour, to 2 October 2027" in text  # as the PDF writes dates
    # Recomputed through the same last day, nothing has changed...
    assert _check(mission, taken).unchanged
    # ...until K-1 requalifies before the briefing: valid for the whole tour now.
    mission.passed(OfficerRef("KEN", "K-1"), "PF", dt.date(2026, 11, 1))
    check = _check(mission, taken)
    assert [(d.service_number, d.then, d.now) for d in check.differences] == [
        ("K-1", "expiring", "ready")
    ]


def test_a_tour_ending_before_the_briefing_is_refused_and_nothing_kept(mission: Mission) -> None:
    with pytest.raises(InputError, match="cannot be before the as-of date"):
        _take(mission, through=dt.date(2026, 11, 29))
    with mission.database.reading() as session:
        assert list_snapshots(session, ACTOR) == []


def test_the_command_line_takes_lists_and_verifies(
    mission: Mission, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    results = _ready_kenyans(mission)
    with mission.database.transaction() as session:
        add_demo_accounts(session)
    url = mission.database.url
    monkeypatch.setenv("MSS_TRAINING_USER", "coordinator")
    monkeypatch.setenv("MSS_TRAINING_PASSWORD", DEMO_PASSWORD)
    target = tmp_path / "briefing.json"

    def run(*argv: str) -> tuple[int, str]:
        out = io.StringIO()
        return main(["--db", url, "readiness", "snapshot", *argv], out=out), out.getvalue()

    status, shown = run(
        "--as-of", "2026-11-30", "--contingent", "KEN", "--assessment", "yes", "-o", str(target)
    )
    assert status == 0, shown
    assert "2 of 2 officers ready" in shown
    assert target.with_suffix(".pdf").exists()
    status, shown = run("verify", str(target))
    assert status == 0 and "unchanged" in shown
    assert "KEN" in run("list")[1]
    mission.void(results["K-1"])
    status, shown = run("verify", str(target))
    assert status == 4
    assert "K-1 (KEN) OTIENO, Test: ready then, not ready now." in shown
    assert "Voided a result" in shown
    target.write_text(target.read_text().replace("Yes", "No", 1))
    status, shown = run("verify", str(target))
    assert status == 7 and shown.startswith("NOT GENUINE")
    assert run("--as-of", "2026-11-30", "-o", str(tmp_path / "x.json"))[0] == 1
