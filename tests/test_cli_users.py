"""Signing in on the command line, the users commands, and databases made before accounts."""

import csv
import io
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from pypdf import PdfReader
from sqlalchemy import create_engine

from mss_training.cli import main
from mss_training.db.database import migrations_config

TODAY = "2026-11-27"


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    status = main(list(argv), out=out)
    return status, out.getvalue()


def signed_in_as(monkeypatch: pytest.MonkeyPatch, username: str, password: str) -> None:
    monkeypatch.setenv("MSS_TRAINING_USER", username)
    monkeypatch.setenv("MSS_TRAINING_PASSWORD", password)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("users") / "demo.sqlite"
    status, output = run("--db", str(path), "demo", "--officers", "120", "--today", TODAY)
    assert status == 0
    assert "Demo accounts, all with the password mss-demo: admin (administrator)" in output
    assert "trainer (training officer, KEN), commander (commander, JAM)." in output
    return path


@pytest.fixture
def demo_db(demo_file: Path, tmp_path: Path) -> str:
    """A copy of the demo mission each test may change."""
    copy = tmp_path / "demo.sqlite"
    copy.write_bytes(demo_file.read_bytes())
    return str(copy)


def test_commands_sign_in_from_the_environment_or_refuse_plainly(
    demo_db: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    signed_in_as(monkeypatch, "commander", "mss-demo")
    status, output = run("--db", demo_db, "readiness", "--as-of", TODAY, "--brief")
    assert status == 0
    assert "JAM" in output and "KEN" not in output
    signed_in_as(monkeypatch, "commander", "not the password")
    assert run("--db", demo_db, "readiness")[0] == 1
    assert capsys.readouterr().err.startswith("mss-training: Wrong username or password (")
    monkeypatch.delenv("MSS_TRAINING_PASSWORD")
    assert run("--db", demo_db, "readiness")[0] == 1
    assert capsys.readouterr().err == (
        "mss-training: Sign in first: set MSS_TRAINING_USER and MSS_TRAINING_PASSWORD, or run "
        "the command in a terminal to be asked.\n"
    )


def test_five_wrong_passwords_lock_the_account_with_a_plain_wait(
    demo_db: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    signed_in_as(monkeypatch, "trainer", "guess")
    for _ in range(5):
        assert run("--db", demo_db, "sessions", "list")[0] == 1
    signed_in_as(monkeypatch, "trainer", "mss-demo")
    assert run("--db", demo_db, "sessions", "list")[0] == 1
    # Locked: the right password gets the answer a wrong one gets, and says why to wait.
    assert "an account waits 30 seconds" in capsys.readouterr().err.splitlines()[-1]
    signed_in_as(monkeypatch, "admin", "mss-demo")
    listed = run("--db", demo_db, "users", "list")[1].splitlines()
    assert "locked until" in next(line for line in listed if line.startswith("trainer"))
    reset = ("users", "reset-password", "trainer", "--password", "new pass 1")
    assert run("--db", demo_db, *reset) == (
        0, "The password of trainer is reset; any lock-out is lifted.\n"
    )  # fmt: skip
    signed_in_as(monkeypatch, "trainer", "new pass 1")
    assert run("--db", demo_db, "sessions", "list", "--limit", "1")[0] == 0


def test_each_role_is_refused_what_it_may_not_do(
    demo_db: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    signed_in_as(monkeypatch, "commander", "mss-demo")
    assert run("--db", demo_db, "certificates", "revoke", "MSS-1", "--reason", "x")[0] == 1
    assert capsys.readouterr().err == (
        "mss-training: Commanders cannot revoke certificates; ask a coordinator or training "
        "officer.\n"
    )
    assert run("--db", demo_db, "readiness", "--contingent", "KEN")[0] == 1
    assert "limited to JAM; it cannot show KEN" in capsys.readouterr().err
    signed_in_as(monkeypatch, "coordinator", "mss-demo")
    assert run("--db", demo_db, "users", "list")[0] == 1
    assert "Coordinators cannot manage user accounts; ask an administrator." in (
        capsys.readouterr().err
    )
    signed_in_as(monkeypatch, "trainer", "mss-demo")
    status, _ = run(
        "--db", demo_db, "certificates", "issue", "--contingent", "JAM", "-o",
        str(Path(demo_db).with_name("jam.pdf")),
    )  # fmt: skip
    assert status == 1
    assert "Training officers limited to Kenya cannot issue certificates for Jamaica officers." in (
        capsys.readouterr().err
    )


def test_an_administrator_manages_accounts(
    demo_db: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    signed_in_as(monkeypatch, "admin", "mss-demo")
    status, output = run(
        "--db", demo_db, "users", "add", "jbrown", "--role", "training_officer",
        "--name", "Kerry-Ann Brown", "--contingents", "JAM,BHS", "--password", "brown-secret",
    )  # fmt: skip
    assert (status, output) == (
        0, "Added the training officer account jbrown, limited to BHS, JAM.\n"
    )  # fmt: skip
    assert run("--db", demo_db, "users", "disable", "coordinator")[0] == 0
    assert run("--db", demo_db, "users", "change", "jbrown", "--all-contingents")[0] == 0
    status, output = run("--db", demo_db, "users", "list")
    lines = {line.split()[0]: line for line in output.splitlines()[2:]}
    assert "disabled" in lines["coordinator"]
    assert "Kerry-Ann Brown" in lines["jbrown"] and " all " in lines["jbrown"]
    signed_in_as(monkeypatch, "coordinator", "mss-demo")
    assert run("--db", demo_db, "sessions", "list")[0] == 1
    assert "The account coordinator is disabled" in capsys.readouterr().err


def test_records_name_the_signed_in_user(demo_db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    signed_in_as(monkeypatch, "coordinator", "mss-demo")
    with sqlite3.connect(demo_db) as connection:
        added_by = connection.execute(
            "SELECT DISTINCT actor FROM audit_log WHERE entity = 'user'"
        ).fetchall()
    assert added_by == [("admin",)]  # the demo's administrator added its other accounts
    out = Path(demo_db).with_name("blz.pdf")
    issue = ("certificates", "issue", "--contingent", "BLZ", "--module", "UOF-101", "-o", str(out))
    assert run("--db", demo_db, *issue)[0] == 0
    with sqlite3.connect(demo_db) as connection:
        issuers = {row[0] for row in connection.execute("SELECT issued_by FROM certificates")}
        actors = {
            row[0] for row in connection.execute(
                "SELECT actor FROM audit_log WHERE entity = 'certificate'"
            )
        }  # fmt: skip
    assert issuers == actors == {"coordinator"}


def test_a_database_made_before_accounts_asks_for_its_first_administrator(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "old.sqlite"
    engine = create_engine(f"sqlite:///{db}")
    with engine.begin() as connection:
        command.upgrade(migrations_config(connection), "0003")
    engine.dispose()
    assert run("--db", str(db), "readiness")[0] == 1
    assert "no user accounts yet; create the first administrator with `mss-training users " in (
        capsys.readouterr().err
    )
    assert run("--db", str(db), "users", "add", "boss", "--role", "commander", "--password",
               "boss-password")[0] == 1  # fmt: skip
    assert "The first account must be an administrator." in capsys.readouterr().err
    status, output = run(
        "--db", str(db), "users", "add", "boss", "--role", "administrator", "--password",
        "boss-password",
    )  # fmt: skip
    assert (status, output) == (0, "Added the administrator account boss.\n")
    # Now that it has an administrator, adding an account needs one to sign in.
    assert run("--db", str(db), "users", "add", "eve", "--role", "administrator",
               "--password", "eve-password")[0] == 1  # fmt: skip
    assert "Wrong username or password" in capsys.readouterr().err
    signed_in_as(monkeypatch, "boss", "boss-password")
    status, output = run("--db", str(db), "init")
    assert status == 0 and "Loaded and published curriculum" in output


def test_init_without_an_administrator_leaves_no_file_behind(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "new.sqlite"
    assert run("--db", str(db), "init")[0] == 1
    assert "--admin-user NAME" in capsys.readouterr().err
    assert not db.exists()
    assert run("--db", str(db), "init", "--admin-user", "boss")[0] == 1  # no terminal to ask on
    assert "Give the password with --admin-password" in capsys.readouterr().err
    assert not db.exists()


def test_anyone_changes_their_own_password(
    demo_db: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    signed_in_as(monkeypatch, "commander", "mss-demo")
    status, output = run("--db", demo_db, "users", "password", "--password", "only-i-know")
    assert (status, output) == (0, "Your password (commander) is changed.\n")
    assert run("--db", demo_db, "sessions", "list")[0] == 1
    assert "Wrong username or password" in capsys.readouterr().err
    signed_in_as(monkeypatch, "commander", "only-i-know")
    assert run("--db", demo_db, "sessions", "list", "--limit", "1")[0] == 0


def test_a_limited_commander_exports_and_prints_only_their_contingent(
    demo_db: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    signed_in_as(monkeypatch, "commander", "mss-demo")
    folder = Path(demo_db).parent
    for what in ("personnel", "results", "readiness"):
        path = folder / f"{what}.csv"
        assert run("--db", demo_db, "export", what, str(path), "--as-of", TODAY)[0] == 0
        with path.open(encoding="utf-8-sig") as handle:
            contingents = {row["contingent"] for row in csv.DictReader(handle)}
        assert contingents == {"JAM"}, what
    roster = folder / "roster.pdf"
    assert run("--db", demo_db, "report", "roster", "--as-of", TODAY, "-o", str(roster))[0] == 0
    text = "".join(page.extract_text() or "" for page in PdfReader(roster).pages)
    assert "Completion roster · contingents JAM" in text
