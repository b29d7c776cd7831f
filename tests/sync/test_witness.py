"""HQ witnesses each site's audit trail through the bundles, and each site witnesses HQ's.

A trail rewritten even with the installation's real key contradicts the head its witness
holds; a database put back from an older copy is told apart from a rewrite, and what it
lost comes back from HQ.
"""

import contextlib
import io
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select

from mss_training.audit_chain import FIELDS, rows_sha256, sign_entry, sign_head, stored_entry_hash
from mss_training.cli import main
from mss_training.db import open_database
from mss_training.domain import UserRole
from mss_training.errors import BundleError
from mss_training.keystore import installation_private_key
from mss_training.models import AuditEntry, Installation, Site, TrailWitness
from mss_training.services.audit import verify_audit_trail
from mss_training.services.permissions import Actor
from mss_training.services.users import NewUser, add_user
from mss_training.sync.identity import own_identity
from mss_training.sync.merge import import_bundle
from tests.sync.nodes import ACTOR, OPENED, Node, mission

# Tests here rebuild or roll back trails behind the program's back, as attackers would.
pytestmark = pytest.mark.tampers


def _head(node: Node) -> tuple[int, str]:
    with node.database.reading() as session:
        installation = session.get(Installation, 1)
        assert installation is not None
        return installation.audit_entries, installation.audit_head


def _witnessed(witness: Node, of: Node) -> tuple[int, str] | None:
    """The latest head of ``of``'s trail that ``witness`` holds, or None."""
    with of.database.reading() as session:
        site_id = own_identity(session).uid
    with witness.database.reading() as session:
        local = session.scalar(select(Site.id).where(Site.uid == site_id))
        row = session.execute(
            select(TrailWitness.number, TrailWitness.entry_hash)
            .where(TrailWitness.site_id == local, TrailWitness.lost_at.is_(None))
            .order_by(TrailWitness.number.desc())
            .limit(1)
        ).one_or_none()
    return None if row is None else (row[0], row[1])


def rewrite_entry(node: Node, number: int, summary: str) -> None:
    """What an attacker holding the laptop and its key does: change an old entry, then
    recompute every hash after it and sign them with the real key."""
    with node.database.transaction() as session:
        installation = session.get(Installation, 1)
        assert installation is not None
        key = installation_private_key(session)  # the attacker has the laptop's key file
        entries = session.scalars(
            select(AuditEntry).where(AuditEntry.number >= number).order_by(AuditEntry.number)
        ).all()
        previous = entries[0].previous_hash
        for entry in entries:
            if entry.number == number:
                entry.summary = summary
            entry.previous_hash = previous
            columns = {name: getattr(entry, name) for name in (*FIELDS, "previous_hash")}
            columns["rows_sha256"] = rows_sha256(entry.rows) if entry.rows is not None else None
            entry.entry_hash = stored_entry_hash(columns)
            entry.signature = sign_entry(key, entry.entry_hash)
            previous = entry.entry_hash
        installation.audit_head = previous
        installation.audit_head_signature = sign_head(key, installation.audit_entries, previous)


def test_a_trail_that_extends_the_witnessed_head_is_accepted(
    tmp_path: Path, database_url: str
) -> None:
    hq, site = mission(tmp_path, hq_url=database_url, sites=1)
    site.add_officer("K1")
    head = _head(site)  # the export's own entry comes after the bundle is written
    site.send(hq)
    assert _witnessed(hq, site) == head
    # HQ's next bundle brings its co-signature; the site's next one extends the head.
    hq.send(site)
    site.add_officer("K2")
    site.train(["K1", "K2"])
    before = _head(site)
    site.send(hq)
    assert _witnessed(hq, site) == before
    assert hq.has_officer("K2")
    # The site witnessed HQ's trail too, up to HQ's head when it wrote the bundle.
    with hq.database.reading() as session:
        hq_entries = session.get(Installation, 1).audit_entries  # type: ignore[union-attr]
    witnessed = _witnessed(site, hq)
    assert witnessed is not None and witnessed[0] < hq_entries


def test_a_trail_rewritten_with_the_real_key_is_refused_naming_the_entry(
    tmp_path: Path, database_url: str
) -> None:
    hq, site = mission(tmp_path, hq_url=database_url, sites=1)
    site.add_officer("K1")
    site.send(hq)
    hq.send(site)
    site.add_officer("K2")
    site.send(hq)
    witnessed = _witnessed(hq, site)
    assert witnessed is not None
    rewrite_entry(site, 3, "Added nobody")
    bundle = site.export(hq)
    before = hq.snapshot()
    # The dry run says the same as the import, and neither changes anything.
    for unit_of_work in (hq.database.rehearsal, hq.database.transaction):
        with pytest.raises(BundleError) as refused, unit_of_work() as session:
            import_bundle(session, bundle, ACTOR)
        message = str(refused.value)
        assert f"site Site1's trail was rewritten or rolled back after entry {witnessed[0]:,}" in (
            message
        )
        assert "entry 3 " in message
    assert hq.snapshot() == before
    assert _witnessed(hq, site) == witnessed


def _copy_sqlite(source: Path, target: Path) -> None:
    with (
        contextlib.closing(sqlite3.connect(source)) as origin,
        contextlib.closing(sqlite3.connect(target)) as copy,
    ):
        origin.backup(copy)


def _put_back(node: Node, copy: Path, path: Path) -> Node:
    node.database.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(copy, path)
    database = open_database(f"sqlite:///{path}")
    OPENED.append(database)
    return Node(node.name, database, node.folder)


@pytest.mark.parametrize("work_after_restore", [True, False], ids=["worked-since", "as-copied"])
def test_a_site_put_back_from_an_older_copy_hears_what_it_lost_and_gets_it_back(
    tmp_path: Path, database_url: str, work_after_restore: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    hq, site = mission(tmp_path, hq_url=database_url, sites=1)
    site.add_officer("K1")
    site.send(hq)
    hq.send(site)
    copy = tmp_path / "site1-monday.sqlite"
    _copy_sqlite(tmp_path / "site1.sqlite", copy)
    # Work done after the copy, sent to HQ, and HQ's next bundle acknowledged.
    site.add_officer("K2")
    site.train(["K2"])
    site.send(hq)
    hq.send(site)
    lost_head = _head(site)
    site.send(hq)
    site = _put_back(site, copy, tmp_path / "site1.sqlite")
    assert not site.has_officer("K2")
    if work_after_restore:
        site.add_officer("K3")  # entries newer than HQ's witness: not a rewrite of old ones
    restored_head = _head(site)
    report = hq.receive(site.export(hq))
    text = "\n".join(report.lines(dry_run=False))
    assert "rolled back" in text
    assert f"up to entry {lost_head[0]:,}" in text
    assert "1 officer, 1 session, 1 result made at Site1" in text
    # HQ witnesses the site's trail again, from its new head.
    assert _witnessed(hq, site) == restored_head
    # HQ's next bundle brings back what the site lost.
    back = hq.send(site)
    assert site.has_officer("K2") and site.has_officer("K3") == work_after_restore
    assert back.added.get("results") == 1
    # Nothing is refused at the next exchanges.
    site.add_officer("K4")
    site.send(hq)
    assert hq.has_officer("K4")


def test_a_site_put_back_from_an_older_copy_is_told_by_hqs_bundle(tmp_path: Path) -> None:
    hq, site = mission(tmp_path, sites=1)
    site.send(hq)
    hq.send(site)
    copy = tmp_path / "site1-monday.sqlite"
    _copy_sqlite(tmp_path / "site1.sqlite", copy)
    site.add_officer("K2")
    site.send(hq)
    site = _put_back(site, copy, tmp_path / "site1.sqlite")
    # HQ writes before hearing of the restore: its co-signature is of a head the site lost.
    report = hq.send(site)
    text = "\n".join(report.lines(dry_run=False))
    assert "this database no longer has" in text
    with site.database.reading() as session:
        assert verify_audit_trail(session).intact
    # The exchange the other way tells HQ, and HQ's next bundle repairs it.
    report = site.send(hq)
    assert any("rolled back" in line for line in report.lines(dry_run=False))
    hq.send(site)
    assert site.has_officer("K2")


def test_hqs_trail_is_witnessed_by_the_sites(tmp_path: Path, database_url: str) -> None:
    hq, site = mission(tmp_path, hq_url=database_url, sites=1)
    hq.add_officer("H1")
    hq.send(site)
    witnessed = _witnessed(site, hq)
    assert witnessed is not None
    site.send(hq)  # carries the site's co-signature of HQ's head
    with hq.database.reading() as session:
        verification = verify_audit_trail(session)
    assert verification.intact
    assert verification.witnessed is not None
    assert f"witnessed by Site1 up to entry {witnessed[0]:,}" in verification.witnessed
    rewrite_entry(hq, 2, "Nothing happened")
    with pytest.raises(BundleError, match="HQ's trail was rewritten or rolled back"):
        hq.send(site)


def _add_account(node: Node, role: UserRole) -> None:
    """An account "admin" with ``role``, for the command line's sign-in."""
    with node.database.transaction() as session:
        add_user(
            session,
            Actor("setup", UserRole.ADMINISTRATOR),
            NewUser("admin", "Admin", role, "admin-password"),
        )


def test_the_command_lines_dry_run_refuses_a_rewritten_trail_in_the_same_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    hq, site = mission(tmp_path, sites=1)
    _add_account(hq, UserRole.COORDINATOR)
    monkeypatch.setenv("MSS_TRAINING_USER", "admin")
    monkeypatch.setenv("MSS_TRAINING_PASSWORD", "admin-password")
    site.send(hq)
    rewrite_entry(site, 2, "Added nobody")
    bundle = site.export(hq)
    messages = []
    for dry_run in (["--dry-run"], []):
        argv = ["--db", str(tmp_path / "hq.sqlite"), "sync", "import", str(bundle), *dry_run]
        assert main(argv, out=io.StringIO()) == 1
        messages.append(capsys.readouterr().err)
    assert messages[0] == messages[1]
    assert "site Site1's trail was rewritten or rolled back after entry" in messages[0]
    assert "its entry 2 of" in messages[0]


def test_audit_verify_shows_the_witness_and_catches_a_contradiction(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    hq, site = mission(tmp_path, sites=1)
    _add_account(site, UserRole.ADMINISTRATOR)
    monkeypatch.setenv("MSS_TRAINING_USER", "admin")
    monkeypatch.setenv("MSS_TRAINING_PASSWORD", "admin-password")
    site.add_officer("K1")
    site.send(hq)
    witnessed = _witnessed(hq, site)
    assert witnessed is not None
    hq.send(site)

    def verify() -> tuple[int, str]:
        out = io.StringIO()
        status = main(["--db", str(tmp_path / "site1.sqlite"), "audit", "verify"], out=out)
        return status, out.getvalue()

    status, output = verify()
    assert status == 0, output
    assert f"and witnessed by HQ up to entry {witnessed[0]:,} on " in output
    rewrite_entry(site, 2, "Added nobody")
    status, output = verify()
    assert status == 1
    assert "Audit trail BROKEN" in output
    assert "HQ witnessed this trail up to entry" in output


def test_bundles_arriving_out_of_order_are_not_a_rollback(tmp_path: Path) -> None:
    hq, site = mission(tmp_path, sites=1)
    site.add_officer("K1")
    first = site.export(hq)
    site.add_officer("K2")
    second = site.export(hq)
    head = _witnessed(hq, site)
    assert head is None
    hq.receive(second)
    witnessed = _witnessed(hq, site)
    report = hq.receive(first)
    assert not any("rolled back" in line for line in report.lines(dry_run=False))
    assert _witnessed(hq, site) == witnessed
    assert hq.has_officer("K1") and hq.has_officer("K2")


def test_a_trail_edited_without_the_key_is_refused_as_broken(tmp_path: Path) -> None:
    hq, site = mission(tmp_path, sites=1)
    site.send(hq)
    with site.database.transaction() as session:
        entry = session.scalar(select(AuditEntry).where(AuditEntry.number == 2))
        assert entry is not None
        entry.summary = "Added nobody"
    with pytest.raises(BundleError, match="trail is broken at entry 2"):
        hq.receive(site.export(hq))
