"""A tampered, foreign, damaged or hostile bundle is refused in one sentence, changing nothing."""

import hashlib
import json
import os
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import func, select

from mss_training.cli import main
from mss_training.errors import BundleError
from mss_training.keystore import installation_private_key
from mss_training.models import AuditEntry, ReceivedBundle
from mss_training.services.demo import add_demo_accounts
from mss_training.signing import new_key_pair, sign
from tests.sync.nodes import Node, mission


def _rewrite(path: Path, target: Path, change: Callable[[str, bytes], bytes | None]) -> None:
    """Copy a bundle entry by entry; ``change`` may alter an entry or drop it (None)."""
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            data = change(info.filename, source.read(info))
            if data is not None:
                out.writestr(info.filename, data)


def _private_key(node: Node) -> bytes:
    with node.database.reading() as session:
        return installation_private_key(session)


def _resign(path: Path, target: Path, key: bytes, edit: Callable[[dict], None]) -> None:
    """A bundle whose manifest was edited and signed again with ``key``."""
    with zipfile.ZipFile(path) as source:
        manifest = json.loads(source.read("manifest.json"))
    edit(manifest)
    data = json.dumps(manifest).encode()

    def change(name: str, content: bytes) -> bytes:
        if name == "manifest.json":
            return data
        if name == "manifest.sig":
            return sign(key, data).hex().encode()
        return content

    _rewrite(path, target, change)


@pytest.fixture
def setting(tmp_path: Path) -> tuple[Node, Node, Path]:
    hq, kenya = mission(tmp_path, sites=1)
    kenya.add_officer("K1")
    kenya.train(["K1"])
    return hq, kenya, kenya.export(hq)


def _altered_result(path: Path, target: Path) -> None:
    def change(name: str, content: bytes) -> bytes:
        return (
            content.replace(b'"score":85.0', b'"score":95.0')
            if name == "results.jsonl"
            else content
        )

    _rewrite(path, target, change)


def _flipped_signature(path: Path, target: Path) -> None:
    def change(name: str, content: bytes) -> bytes:
        return (b"0" * 8 + content[8:]) if name == "manifest.sig" else content

    _rewrite(path, target, change)


def _edited_manifest(path: Path, target: Path) -> None:
    def change(name: str, content: bytes) -> bytes:
        return (
            content.replace(b'"records": 1', b'"records": 2')
            if name == "manifest.json"
            else content
        )

    _rewrite(path, target, change)


def _truncated(path: Path, target: Path) -> None:
    data = path.read_bytes()
    target.write_bytes(data[: len(data) * 2 // 3])


def _escaping_entry(path: Path, target: Path) -> None:
    _rewrite(path, target, lambda name, content: content)
    with zipfile.ZipFile(target, "a") as archive:
        archive.writestr("../../.bashrc", b"echo owned")


def _missing_part(path: Path, target: Path) -> None:
    _rewrite(path, target, lambda name, content: None if name == "officers.jsonl" else content)


def _not_a_bundle(path: Path, target: Path) -> None:
    target.write_bytes(b"PK\x03\x04 this is not really a zip file" * 100)


CASES = {
    "a result changed after signing": (_altered_result, "was changed after it was signed"),
    "a forged signature": (_flipped_signature, "valid signature"),
    "an edited manifest": (_edited_manifest, "valid signature"),
    "a file cut short": (_truncated, "damaged or cut short"),
    "an entry pointing outside the archive": (_escaping_entry, "never writes"),
    "a missing part": (_missing_part, "missing its part"),
    "not a bundle at all": (_not_a_bundle, "not a sync bundle"),
}


def _state(node: Node) -> tuple[object, int, int]:
    with node.database.reading() as session:
        audit = session.scalar(select(func.count()).select_from(AuditEntry)) or 0
        received = session.scalar(select(func.count()).select_from(ReceivedBundle)) or 0
    return node.snapshot(), audit, received


@pytest.mark.parametrize("case", list(CASES))
def test_a_damaged_or_tampered_bundle_changes_nothing(
    setting: tuple[Node, Node, Path], tmp_path: Path, case: str
) -> None:
    hq, _, bundle = setting
    spoil, problem = CASES[case]
    bad = tmp_path / f"bad-{case.replace(' ', '-')}.mssync"
    spoil(bundle, bad)
    before = _state(hq)
    with pytest.raises(BundleError, match=problem):
        hq.receive(bad)
    assert _state(hq) == before
    hq.receive(bundle)  # the genuine one still goes in
    assert len(hq.snapshot()["results"]) == 1


def test_a_bundle_from_a_site_not_enrolled_is_refused(tmp_path: Path) -> None:
    hq, _ = mission(tmp_path, sites=1)
    stranger = Node.create("Stranger", f"sqlite:///{tmp_path / 'x.sqlite'}", tmp_path / "x")
    stranger.enrol(hq)
    stranger.add_officer("X1")
    before = _state(hq)
    with pytest.raises(BundleError, match="has not enrolled"):
        hq.receive(stranger.export())
    assert _state(hq) == before


def test_a_bundle_signed_with_another_key_under_a_trusted_name_is_refused(
    setting: tuple[Node, Node, Path], tmp_path: Path
) -> None:
    hq, _, bundle = setting
    forged = tmp_path / "forged.mssync"
    attacker, public = new_key_pair()
    _resign(bundle, forged, attacker, lambda m: m["sender"].update(public_key=public.hex()))
    with pytest.raises(BundleError, match="carries another key"):
        hq.receive(forged)


def test_a_bundle_from_a_newer_program_is_refused_with_what_to_do(
    setting: tuple[Node, Node, Path], tmp_path: Path
) -> None:
    hq, kenya, bundle = setting
    newer = tmp_path / "newer.mssync"
    _resign(bundle, newer, _private_key(kenya), lambda m: m.update(format_version=2))
    with pytest.raises(BundleError, match=r"newer MSS Training.*update this installation"):
        hq.receive(newer)


def test_a_part_that_expands_absurdly_is_refused_before_it_is_read(
    setting: tuple[Node, Node, Path], tmp_path: Path
) -> None:
    hq, kenya, bundle = setting
    bomb = tmp_path / "bomb.mssync"
    payload = b"\n" * (64 * 1024 * 1024)
    _resign(
        bundle,
        bomb,
        _private_key(kenya),
        lambda m: m["parts"]["results.jsonl"].update(bytes=len(payload)),
    )
    # Swap in the payload, keeping the signed manifest that declares its size.
    swapped = tmp_path / "bomb2.mssync"
    _rewrite(bomb, swapped, lambda n, c: payload if n == "results.jsonl" else c)
    before = _state(hq)
    with pytest.raises(BundleError, match=r"is too large.*zip bomb"):
        hq.receive(swapped)
    assert _state(hq) == before


def test_the_command_line_says_what_is_wrong_in_one_sentence(
    setting: tuple[Node, Node, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hq, _, bundle = setting
    with hq.database.transaction() as session:
        add_demo_accounts(session)  # the command line signs in as the demo coordinator
    bad = tmp_path / "bad.mssync"
    _altered_result(bundle, bad)
    status = main(["--db", hq.database.url, "sync", "import", str(bad)])
    error = capsys.readouterr().err
    assert status == 1
    assert error.count("\n") == 1 and "results.jsonl was changed after it was signed" in error
    assert "Traceback" not in error


def _signed_with_records(
    path: Path,
    target: Path,
    key: bytes,
    edit: Callable[[dict], None],
    part_name: str = "results.jsonl",
) -> None:
    """The bundle with each record of a part edited, sealed again as its sender would."""
    with zipfile.ZipFile(path) as source:
        lines = source.read(part_name).splitlines()
    records = [json.loads(line) for line in lines]
    for record in records:
        edit(record)
    part = b"".join(json.dumps(record).encode() + b"\n" for record in records)
    unsealed = target.with_suffix(".unsealed")
    _rewrite(path, unsealed, lambda name, content: part if name == part_name else content)

    def declare(manifest: dict) -> None:
        manifest["parts"][part_name].update(
            sha256=hashlib.sha256(part).hexdigest(), bytes=len(part)
        )

    _resign(unsealed, target, key, declare)


UNFIT = {
    "a uid that is not one": (lambda r: r.update(uid="not-a-uid"), "cannot read"),
    "a name longer than its column": (lambda r: r.update(recorded_by="x" * 500), "cannot read"),
    "a date that is not one": (lambda r: r.update(completed_on="2026-02-30"), "cannot read"),
}


@pytest.mark.parametrize("case", list(UNFIT))
def test_a_signed_bundle_holding_unfit_records_changes_nothing(
    tmp_path: Path, database_url: str, case: str
) -> None:
    # Made by hand or by a faulty program and signed with a trusted key: the signature
    # holds, so it is the merge that must refuse it, on SQLite and on PostgreSQL alike.
    hq, kenya = mission(tmp_path, hq_url=database_url, sites=1)
    kenya.add_officer("K1")
    kenya.add_officer("K2")
    kenya.train(["K1", "K2"])
    edit, problem = UNFIT[case]
    bad = tmp_path / "unfit.mssync"
    _signed_with_records(kenya.export(hq), bad, _private_key(kenya), edit)
    before = _state(hq)
    with pytest.raises(BundleError, match=problem):
        hq.receive(bad)
    assert _state(hq) == before
    hq.receive(kenya.export(hq))
    assert len(hq.snapshot()["results"]) == 2


def test_a_record_longer_than_any_the_program_writes_is_refused_without_filling_memory(
    setting: tuple[Node, Node, Path], tmp_path: Path
) -> None:
    # Signed by a trusted site: only the length can stop it before it is all in memory.
    hq, kenya, bundle = setting
    long_line = tmp_path / "long.mssync"
    _signed_with_records(
        bundle,
        long_line,
        _private_key(kenya),
        lambda r: r.update(reason=os.urandom(3 * 1024**2).hex()),
    )
    before = _state(hq)
    with pytest.raises(BundleError, match=r"holds a record longer than MSS Training ever writes"):
        hq.receive(long_line)
    assert _state(hq) == before
