"""The signing key is not in the database: kept and pinned on this computer (issue 13, item 2)."""

import contextlib
import io
import json
import sqlite3
import stat
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, inspect, select, text

from mss_training import keystore
from mss_training.audit_chain import GENESIS, entry_hash, entry_hash_v2, sign_entry, sign_head
from mss_training.cli import main
from mss_training.db import open_database
from mss_training.db.database import migrations_config
from mss_training.errors import BundleError, DatabaseAccessError
from mss_training.keystore import KEYS_ENV, PASSPHRASE_ENV, key_path, load_key_file, pin_path
from mss_training.models import Installation, Site
from mss_training.services.audit import record_change, verify_audit_trail
from mss_training.signing import new_key_pair
from tests.mission import set_up_for_the_command_line
from tests.sync.nodes import Node

# Tests here rebuild or roll back trails behind the program's back, as attackers would.
pytestmark = pytest.mark.tampers


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    return main(list(argv), out=out), out.getvalue()


@contextlib.contextmanager
def raw(path: Path) -> Iterator[sqlite3.Connection]:
    """What an attacker with the file and sqlite3 does, committed on leaving."""
    with contextlib.closing(sqlite3.connect(path)) as connection, connection:
        yield connection


def own_uid(path: Path) -> uuid.UUID:
    with raw(path) as connection:
        value = connection.execute(
            "SELECT sites.uid FROM sites JOIN installation ON installation.site_id = sites.id"
        ).fetchone()[0]
    return uuid.UUID(value)


@pytest.fixture
def mission(tmp_path: Path) -> Path:
    """A database as `init` leaves it, with accounts and a few audited changes."""
    path = tmp_path / "mission.sqlite"
    set_up_for_the_command_line(f"sqlite:///{path}")
    return path


def verify_exit(path: Path) -> tuple[int, str]:
    return run("--db", str(path), "audit", "verify")


def test_the_key_is_a_user_only_file_and_not_in_the_database(
    mission: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    uid = own_uid(mission)
    key = load_key_file(key_path(uid))
    assert key is not None and len(key) == 32
    assert stat.S_IMODE(key_path(uid).stat().st_mode) == 0o600
    assert pin_path(uid).exists()
    engine = create_engine(f"sqlite:///{mission}")
    with engine.connect() as connection:
        columns = {column["name"] for column in inspect(connection).get_columns("installation")}
    engine.dispose()
    assert "private_key" not in columns
    assert key not in mission.read_bytes()
    # Without $MSS_TRAINING_KEYS the store is in the user data folder.
    monkeypatch.delenv(KEYS_ENV)
    assert key_path(uid).parent.parent.name == "MSS Training"


def test_a_copied_database_can_be_read_but_cannot_sign(
    mission: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(KEYS_ENV, str(tmp_path / "another-computer"))
    status, output = verify_exit(mission)
    assert status == 0, output
    assert run("--db", str(mission), "readiness", "--brief")[0] == 0
    database = open_database(f"sqlite:///{mission}", create=False)
    with (
        pytest.raises(DatabaseAccessError, match="signing key is not on this computer"),
        database.transaction() as session,
    ):
        record_change(session, actor="thief", action="note", entity="test", summary="x")
    database.close()


def test_a_passphrase_protects_the_key_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(KEYS_ENV, str(tmp_path / "keys"))
    monkeypatch.setenv(PASSPHRASE_ENV, "correct horse")
    url = f"sqlite:///{tmp_path / 'site.sqlite'}"
    database = open_database(url)
    with database.reading() as session:
        uid = session.scalar(select(Site.uid).join(Installation))
    assert uid is not None
    assert b"ENCRYPTED" in key_path(uid).read_bytes()
    database.close()
    for passphrase, problem in ((None, "protected by a passphrase"), ("wrong", "Wrong passphrase")):
        keystore._loaded.clear()  # a new process, as a user starts it
        if passphrase is None:
            monkeypatch.delenv(PASSPHRASE_ENV)
        else:
            monkeypatch.setenv(PASSPHRASE_ENV, passphrase)
        database = open_database(url)
        with pytest.raises(DatabaseAccessError, match=problem), database.transaction() as session:
            record_change(session, actor="a", action="note", entity="test", summary="x")
        database.close()


def _rewrite_trail(path: Path, private: bytes, change: str) -> None:
    """Rebuild the whole trail as an attacker would, with the program's own functions."""
    with raw(path) as connection:
        connection.execute("UPDATE audit_log SET summary = ? WHERE number = 2", (change,))
        rows = connection.execute(
            "SELECT id, uid, at, actor, site_id, action, entity, entity_uid, summary, "
            "before, after, rows FROM audit_log ORDER BY number"
        ).fetchall()
        previous = GENESIS
        for row_id, *content, ledger in rows:
            content[-2] = json.loads(content[-2]) if content[-2] else None
            content[-1] = json.loads(content[-1]) if content[-1] else None
            if ledger is None:
                digest = entry_hash(content, previous)
            else:  # an entry that seals rows (the row ledger) hashes their digests too
                digest = entry_hash_v2(content, previous, ledger)
            connection.execute(
                "UPDATE audit_log SET previous_hash = ?, entry_hash = ?, signature = ? "
                "WHERE id = ?",
                (previous, digest, sign_entry(private, digest), row_id),
            )
            previous = digest
        connection.execute(
            "UPDATE installation SET audit_head = ?, audit_head_signature = ?",
            (previous, sign_head(private, len(rows), previous)),
        )


def test_a_trail_rebuilt_with_any_key_from_the_file_does_not_verify(mission: Path) -> None:
    """The re-signing attack: the file holds no key, so the attacker signs with their own."""
    assert verify_exit(mission)[0] == 0
    with raw(mission) as connection:
        blobs = [
            bytes(value)
            for table in ("installation", "sites", "settings")
            for row in connection.execute(f"SELECT * FROM {table}")
            for value in row
            if isinstance(value, bytes) and len(value) == 32
        ]
    # Every 32-byte value in the file (public keys among them), tried as a private key.
    candidates = [*blobs, new_key_pair()[0]]
    for candidate in candidates:
        _rewrite_trail(mission, candidate, "Changed by hand")
        status, output = verify_exit(mission)
        assert status == 1, output
        assert "Audit trail BROKEN" in output and "bad signature" in output


def test_a_key_pair_swapped_in_the_file_is_found_by_the_pin(mission: Path) -> None:
    attacker, public = new_key_pair()
    _rewrite_trail(mission, attacker, "Changed by hand")
    with raw(mission) as connection:
        connection.execute(
            "UPDATE sites SET public_key = ? WHERE id = (SELECT site_id FROM installation)",
            (public,),
        )
    with pytest.raises(DatabaseAccessError, match="not the one this computer pinned for it"):
        open_database(f"sqlite:///{mission}", create=False)
    status, _ = verify_exit(mission)
    assert status == 1


def test_a_wiped_identity_and_trail_is_refused_not_renewed(mission: Path) -> None:
    with raw(mission) as connection:
        connection.execute("DELETE FROM audit_log")
        connection.execute("DELETE FROM installation")
    before = mission.read_bytes()
    out = io.StringIO()
    with contextlib.redirect_stderr(out):
        status, output = verify_exit(mission)
    assert status == 1
    assert "Audit trail OK" not in output
    assert "identity and audit trail were deleted" in out.getvalue()
    assert mission.read_bytes() == before  # no new identity was written


def test_an_emptied_trail_with_its_first_head_replayed_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "mission.sqlite"
    open_database(f"sqlite:///{path}").close()
    with raw(path) as connection:
        genesis = connection.execute("SELECT audit_head_signature FROM installation").fetchone()
    set_up_for_the_command_line(f"sqlite:///{path}")
    with raw(path) as connection:
        connection.execute("DELETE FROM audit_log")
        connection.execute(
            "UPDATE installation SET audit_entries = 0, audit_head = ?, audit_head_signature = ?",
            (GENESIS, genesis[0]),
        )
    with pytest.raises(DatabaseAccessError, match="audit trail was emptied"):
        open_database(f"sqlite:///{path}", create=False)
    assert verify_exit(path)[0] == 1


def test_an_ordinary_command_does_not_create_a_database(tmp_path: Path) -> None:
    missing = tmp_path / "nothing-here.sqlite"
    for argv in (("readiness",), ("users", "list"), ("audit", "verify"), ("sync", "identity")):
        assert run("--db", str(missing), *argv)[0] == 1
        assert not missing.exists()
    assert run("--db", str(missing), "demo", "--officers", "20")[0] == 0
    assert missing.exists()


def _database_at_0006(url: str) -> tuple[bytes, uuid.UUID]:
    """A database as the program at revision 0006 left it: its key in the installation row."""
    engine = create_engine(url)
    with engine.begin() as connection:
        command.upgrade(migrations_config(connection), "0006")
    private, public = new_key_pair()
    uid = uuid.uuid4()
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO sites (id, uid, name, role, created_at, public_key) "
                "VALUES (1, :uid, 'Old site', 'site', '2026-11-01 08:00:00.000000', :public)"
            ),
            {"uid": uid if connection.dialect.name == "postgresql" else uid.hex, "public": public},
        )
        connection.execute(
            text(
                "INSERT INTO installation (id, site_id, private_key, audit_entries, audit_head, "
                "audit_head_signature) VALUES (1, 1, :key, 0, :genesis, :signature)"
            ),
            {"key": private, "genesis": GENESIS, "signature": sign_head(private, 0, GENESIS)},
        )
    engine.dispose()
    return private, uid


def test_the_upgrade_moves_an_old_databases_key_into_the_store(database_url: str) -> None:
    private, uid = _database_at_0006(database_url)
    # Revision 0006's program audits with its key in the file.
    with open_database(database_url) as database:
        with database.transaction() as session:
            record_change(session, actor="new", action="note", entity="test", summary="after")
        with database.reading() as session:
            verification = verify_audit_trail(session)
        engine = database.engine
        with engine.connect() as connection:
            columns = {c["name"] for c in inspect(connection).get_columns("installation")}
    assert "private_key" not in columns
    assert load_key_file(key_path(uid)) == private
    # The upgrade's entry sealing every row (the row ledger), then the one written after.
    assert (verification.entries, verification.problem) == (2, None)
    if database_url.startswith("sqlite"):
        folder = Path(database_url.removeprefix("sqlite:///")).parent
        (backup,) = folder.glob("*.before-upgrade-0006-*")
        assert private in backup.read_bytes()  # the copy was made before the key left


def test_a_peer_refuses_bundles_from_a_swapped_key_pair(tmp_path: Path) -> None:
    hq = Node.create("HQ", f"sqlite:///{tmp_path / 'hq.sqlite'}", tmp_path / "hq", hq=True)
    site = Node.create("Embakasi", f"sqlite:///{tmp_path / 'site.sqlite'}", tmp_path / "site")
    hq.enrol(site)
    site.enrol(hq)
    hq.receive(site.export(hq))
    # The file is taken to a computer that never held its key, and given a new key pair.
    site.database.close()
    path = tmp_path / "site.sqlite"
    attacker, public = new_key_pair()
    with raw(path) as connection:
        connection.execute(
            "UPDATE sites SET public_key = ? WHERE id = (SELECT site_id FROM installation)",
            (public,),
        )
    elsewhere = tmp_path / "attacker-keys"
    with pytest.MonkeyPatch.context() as environment:
        environment.setenv(KEYS_ENV, str(elsewhere))
        keystore.save_key(own_uid(path), attacker)
        site.database = open_database(f"sqlite:///{path}", create=False)
        bundle = site.export(hq)
    with pytest.raises(BundleError, match="another key"):
        hq.receive(bundle)
    site.database.close()


def test_a_second_workstation_gets_the_key_by_export_and_import(
    mission: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MSS_TRAINING_USER", "admin")
    monkeypatch.setenv(PASSPHRASE_ENV, "long transport phrase")
    exported = tmp_path / "hq.msskey"
    status, output = run("--db", str(mission), "keys", "export", str(exported))
    assert status == 0, output
    assert b"ENCRYPTED" in exported.read_bytes()
    monkeypatch.setenv(KEYS_ENV, str(tmp_path / "second-workstation"))
    keystore._loaded.clear()
    with (
        open_database(f"sqlite:///{mission}", create=False) as database,
        pytest.raises(DatabaseAccessError, match="not on this computer"),
        database.transaction() as session,
    ):
        record_change(session, actor="a", action="note", entity="test", summary="x")
    monkeypatch.setenv(PASSPHRASE_ENV, "wrong")
    assert run("--db", str(mission), "keys", "import", str(exported))[0] == 1
    monkeypatch.setenv(PASSPHRASE_ENV, "long transport phrase")
    status, output = run("--db", str(mission), "keys", "import", str(exported))
    assert status == 0, output
    with raw(mission) as connection:
        actions = [row[0] for row in connection.execute("SELECT action FROM audit_log")]
    assert actions[-2:] == ["export", "import"]
    assert verify_exit(mission)[0] == 0
    # Another database's key is refused.
    other = tmp_path / "other.sqlite"
    set_up_for_the_command_line(f"sqlite:///{other}")
    assert run("--db", str(other), "keys", "import", str(exported))[0] == 1
    # A commander cannot copy the key.
    monkeypatch.setenv("MSS_TRAINING_USER", "commander")
    assert run("--db", str(mission), "keys", "export", str(tmp_path / "stolen.msskey"))[0] == 1
    assert not (tmp_path / "stolen.msskey").exists()
