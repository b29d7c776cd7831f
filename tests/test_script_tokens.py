"""Script tokens: one password sign-in issues a token that a site's script signs in with,
at the cost of one read and a SHA-256 instead of argon2 and two write transactions."""

import datetime as dt
import io
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from argon2 import PasswordHasher

from mss_training.cli import main
from mss_training.dates import utc_now
from mss_training.db import open_database
from mss_training.domain import UserRole
from mss_training.models import User
from mss_training.services import users
from mss_training.services.audit import verify_audit_trail
from mss_training.services.permissions import Actor, PermissionDeniedError
from mss_training.services.token_sign_in import sign_in_with_token
from mss_training.services.tokens import TOKEN_PREFIX, issue_token
from mss_training.services.users import (
    NewUser,
    actor_of,
    add_first_administrator,
    add_user,
    reset_password,
    sign_in,
)
from tests.two_contingents import quick_passwords

TODAY = "2026-11-27"
TOKEN_ENV = "MSS_TRAINING_TOKEN"


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    status = main(list(argv), out=out)
    return status, out.getvalue()


@pytest.fixture(autouse=True)
def _quick() -> Iterator[None]:
    # Demo accounts hashed cheaply, and signed in with the same hasher (no rehash).
    with quick_passwords():
        yield


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    path = tmp_path_factory.mktemp("tokens") / "demo.sqlite"
    with quick_passwords():
        assert run("--db", str(path), "demo", "--officers", "20", "--today", TODAY)[0] == 0
    yield path


@pytest.fixture
def demo_db(demo_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    copy = tmp_path / "demo.sqlite"
    copy.write_bytes(demo_file.read_bytes())
    for name in (TOKEN_ENV, "MSS_TRAINING_USER", "MSS_TRAINING_PASSWORD"):
        monkeypatch.delenv(name, raising=False)
    return str(copy)


def with_password(
    monkeypatch: pytest.MonkeyPatch, username: str, password: str = "mss-demo"
) -> None:
    monkeypatch.delenv(TOKEN_ENV, raising=False)
    monkeypatch.setenv("MSS_TRAINING_USER", username)
    monkeypatch.setenv("MSS_TRAINING_PASSWORD", password)


def with_token(monkeypatch: pytest.MonkeyPatch, token: str) -> None:
    """A script's environment: the token and nothing else."""
    monkeypatch.delenv("MSS_TRAINING_USER", raising=False)
    monkeypatch.delenv("MSS_TRAINING_PASSWORD", raising=False)
    monkeypatch.setenv(TOKEN_ENV, token)


def issued(db: str, monkeypatch: pytest.MonkeyPatch, username: str, *options: str) -> str:
    """The token `users token` prints for ``username`` (signed in with the password)."""
    with_password(monkeypatch, username)
    status, output = run("--db", db, "users", "token", *options)
    assert status == 0, output
    token, export, *_ = output.splitlines()
    assert token.startswith(TOKEN_PREFIX)
    assert export == f"export {TOKEN_ENV}={token}"
    return token


def dump(db: str) -> list[str]:
    """Every record, but the sign-in counters a password sign-in writes whatever follows
    (they are outside the row ledger too: db/row_digests.py)."""
    with sqlite3.connect(db) as connection:
        lines = [
            line for line in connection.iterdump() if not line.startswith('INSERT INTO "users"')
        ]
        users = connection.execute(
            "SELECT id, username, display_name, role, contingents, disabled, password_hash, "
            "created_at FROM users ORDER BY id"
        ).fetchall()
    return lines + [repr(user) for user in users]


def refused(db: str, capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    """The one sentence a refused command says; the database is left as it was."""
    before = dump(db)
    status, output = run("--db", db, *argv)
    assert status == 1 and output == ""
    assert dump(db) == before
    error = capsys.readouterr().err
    assert error.startswith("mss-training: ") and error.count("\n") == 1, error
    return error.removeprefix("mss-training: ").strip()


def test_a_token_signs_a_script_in_without_its_password(
    demo_db: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    token = issued(demo_db, monkeypatch, "commander", "--label", "nightly report")
    with_token(monkeypatch, token)
    before = dump(demo_db)
    status, output = run("--db", demo_db, "readiness", "--as-of", TODAY, "--brief")
    assert status == 0
    # The commander's own limits apply: Jamaica only.
    assert "JAM" in output and "KEN" not in output
    # One read: not even the sign-in counters are written.
    assert dump(demo_db) == before


def test_only_a_hash_of_the_token_is_kept_and_its_issue_is_in_the_trail(
    demo_db: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    token = issued(demo_db, monkeypatch, "trainer", "--hours", "2", "--label", "range sheets")
    stored = "\n".join(dump(demo_db))
    assert token not in stored and token.removeprefix(TOKEN_PREFIX) not in stored
    with sqlite3.connect(demo_db) as connection:
        summary, actor = connection.execute(
            "SELECT summary, actor FROM audit_log ORDER BY id DESC LIMIT 1"
        ).fetchone()
        label, created, expires = connection.execute(
            "SELECT label, created_at, expires_at FROM script_tokens"
        ).fetchone()
    assert actor == "trainer" and "script token 1" in summary and "range sheets" in summary
    assert label == "range sheets"
    lifetime = dt.datetime.fromisoformat(expires) - dt.datetime.fromisoformat(created)
    assert lifetime == dt.timedelta(hours=2)
    with open_database(f"sqlite:///{demo_db}") as database, database.reading() as session:
        assert verify_audit_trail(session).problems == []


def test_the_default_lifetime_is_twelve_hours_and_a_week_is_the_most(
    demo_db: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    issued(demo_db, monkeypatch, "coordinator")
    with sqlite3.connect(demo_db) as connection:
        created, expires = connection.execute(
            "SELECT created_at, expires_at FROM script_tokens"
        ).fetchone()
    lifetime = dt.datetime.fromisoformat(expires) - dt.datetime.fromisoformat(created)
    assert lifetime == dt.timedelta(hours=12)
    issued(demo_db, monkeypatch, "coordinator", "--hours", "168")
    with_password(monkeypatch, "coordinator")
    assert refused(demo_db, capsys, "users", "token", "--hours", "169") == (
        "A script token lasts at most 7 days (168 hours); ask for fewer hours."
    )


def test_each_refusal_is_one_plain_sentence_and_changes_nothing(
    demo_db: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    token = issued(demo_db, monkeypatch, "trainer")
    readiness = ("readiness", "--as-of", TODAY, "--brief")
    with_token(monkeypatch, TOKEN_PREFIX + "not-a-token-anyone-was-given")
    assert refused(demo_db, capsys, *readiness) == (
        "This script token is not known to this database; sign in with the password for a new "
        "one (mss-training users token)."
    )
    with_token(monkeypatch, token[:-1] + ("A" if token[-1] != "A" else "B"))
    assert "not known to this database" in refused(demo_db, capsys, *readiness)
    # A token issued long ago has expired.
    with open_database(f"sqlite:///{demo_db}") as database, database.transaction() as session:
        trainer = session.query(User).filter_by(username="trainer").one()
        old = issue_token(
            session, actor_of(trainer), hours=1, label="old",
            now=dt.datetime(2026, 1, 5, 8, 0, tzinfo=dt.UTC),
        ).token  # fmt: skip
    with_token(monkeypatch, old)
    assert refused(demo_db, capsys, *readiness) == (
        "This script token expired on 2026-01-05 09:00 UTC; sign in with the password for a "
        "new one (mss-training users token)."
    )


def test_a_revoked_token_no_longer_signs_in(
    demo_db: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    token = issued(demo_db, monkeypatch, "trainer", "--label", "laptop 3")
    with_token(monkeypatch, token)
    status, output = run("--db", demo_db, "users", "tokens")
    assert status == 0
    [row] = output.splitlines()[2:]
    assert row.split()[:3] == ["1", "trainer", "laptop"] and "active" in row
    # A token revokes itself (a script's last step), in the trail like its issue.
    assert run("--db", demo_db, "users", "revoke-token", "1") == (
        0, "Script token 1 (trainer, laptop 3) is revoked.\n"
    )  # fmt: skip
    assert "revoked on " in refused(demo_db, capsys, "readiness", "--brief")
    with_password(monkeypatch, "trainer")
    assert "revoked" in run("--db", demo_db, "users", "tokens")[1].splitlines()[2]
    assert refused(demo_db, capsys, "users", "revoke-token", "1") == (
        "Script token 1 is already revoked."
    )
    with sqlite3.connect(demo_db) as connection:
        summaries = [row[0] for row in connection.execute(
            "SELECT summary FROM audit_log WHERE entity = 'user' ORDER BY id DESC LIMIT 2"
        )]  # fmt: skip
    assert summaries[0] == "Revoked script token 1 (laptop 3) of trainer"
    assert summaries[1].startswith("Issued script token 1 (laptop 3) to trainer, valid until ")


def test_a_token_dies_with_its_accounts_password(
    demo_db: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    first = issued(demo_db, monkeypatch, "commander")
    with_password(monkeypatch, "commander")
    assert run("--db", demo_db, "users", "password", "--password", "another pass")[0] == 0
    with_token(monkeypatch, first)
    assert refused(demo_db, capsys, "readiness", "--brief").startswith(
        "This script token was revoked on "
    )
    # Reset by an administrator, the same.
    with_password(monkeypatch, "commander", "another pass")
    status, output = run("--db", demo_db, "users", "token")
    assert status == 0
    second = output.splitlines()[0]
    with_password(monkeypatch, "admin")
    reset = ("users", "reset-password", "commander", "--password", "third pass 3")
    assert run("--db", demo_db, *reset)[0] == 0
    with_token(monkeypatch, second)
    assert "was revoked on" in refused(demo_db, capsys, "readiness", "--brief")


@pytest.mark.tampers
def test_a_password_changed_behind_the_tokens_back_kills_it(
    demo_db: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Even if the token row was not marked revoked (a password set by an older program,
    say), a token never outlives the password it was issued under."""
    token = issued(demo_db, monkeypatch, "trainer")
    with sqlite3.connect(demo_db) as connection:
        connection.execute(
            "UPDATE users SET password_hash = password_hash || 'x' WHERE username = 'trainer'"
        )
    with_token(monkeypatch, token)
    assert refused(demo_db, capsys, "readiness", "--brief") == (
        "The password of trainer has changed since this script token was issued; sign in "
        "with the password for a new one (mss-training users token)."
    )


@pytest.mark.tampers
def test_a_disabled_accounts_tokens_are_revoked(
    demo_db: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    token = issued(demo_db, monkeypatch, "trainer")
    with_password(monkeypatch, "admin")
    assert run("--db", demo_db, "users", "disable", "trainer")[0] == 0
    with_token(monkeypatch, token)
    assert "revoked on" in refused(demo_db, capsys, "readiness", "--brief")
    # Disabled behind the program's back: the token still does not sign in.
    with_password(monkeypatch, "admin")
    assert run("--db", demo_db, "users", "enable", "trainer")[0] == 0
    fresh = issued(demo_db, monkeypatch, "trainer")
    with sqlite3.connect(demo_db) as connection:
        connection.execute("UPDATE users SET disabled = 1 WHERE username = 'trainer'")
    with_token(monkeypatch, fresh)
    assert refused(demo_db, capsys, "readiness", "--brief") == (
        "The account trainer is disabled; ask an administrator if you still need it."
    )


def test_the_role_and_limits_are_the_accounts_now_not_at_issue(
    demo_db: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    token = issued(demo_db, monkeypatch, "commander")
    with_password(monkeypatch, "admin")
    assert run("--db", demo_db, "users", "change", "commander", "--contingents", "KEN")[0] == 0
    with_token(monkeypatch, token)
    status, output = run("--db", demo_db, "readiness", "--as-of", TODAY, "--brief")
    assert status == 0 and "KEN" in output and "JAM" not in output


def test_others_tokens_are_neither_listed_nor_revoked_but_by_an_administrator(
    demo_db: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    issued(demo_db, monkeypatch, "trainer", "--label", "trainer's")
    issued(demo_db, monkeypatch, "commander", "--label", "commander's")
    with_password(monkeypatch, "commander")
    rows = run("--db", demo_db, "users", "tokens")[1].splitlines()[2:]
    assert [row.split()[:2] for row in rows] == [["2", "commander"]]
    # Another's token is answered as one that does not exist.
    assert refused(demo_db, capsys, "users", "revoke-token", "1") == (
        "There is no script token 1 of yours."
    )
    assert refused(demo_db, capsys, "users", "revoke-token", "99") == (
        "There is no script token 99 of yours."
    )
    with_password(monkeypatch, "admin")
    rows = run("--db", demo_db, "users", "tokens")[1].splitlines()[2:]
    assert [row.split()[:2] for row in rows] == [["1", "trainer"], ["2", "commander"]]
    assert run("--db", demo_db, "users", "revoke-token", "1") == (
        0, "Script token 1 (trainer, trainer's) is revoked.\n"
    )  # fmt: skip


def test_a_token_cannot_do_what_needs_the_password(
    demo_db: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A stolen token must not outlive its expiry: it issues no new token, changes no
    password and manages no account (which would let its holder keep the account)."""
    token = issued(demo_db, monkeypatch, "admin")
    with_token(monkeypatch, token)
    needs = "A script token cannot {}; sign in with the password."
    assert refused(demo_db, capsys, "users", "token") == needs.format("issue script tokens")
    assert refused(demo_db, capsys, "users", "password", "--password", "a new one 1") == (
        needs.format("change a password")
    )
    add = ("users", "add", "eve", "--role", "administrator", "--password", "eve-password")
    assert refused(demo_db, capsys, *add) == needs.format("manage user accounts")
    reset = ("users", "reset-password", "admin", "--password", "taken over 1")
    assert refused(demo_db, capsys, *reset) == needs.format("manage user accounts")
    # What an administrator's script may do, it does.
    assert run("--db", demo_db, "readiness", "--brief")[0] == 0


def test_a_wrong_password_issues_no_token_and_counts_towards_the_lock_out(
    demo_db: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with_password(monkeypatch, "trainer", "a wrong password")
    assert run("--db", demo_db, "users", "token") == (1, "")
    assert "Wrong username or password" in capsys.readouterr().err
    with sqlite3.connect(demo_db) as connection:
        assert connection.execute("SELECT count(*) FROM script_tokens").fetchone() == (0,)
        assert connection.execute(
            "SELECT failed_attempts FROM users WHERE username = 'trainer'"
        ).fetchone() == (1,)


def test_the_service_refuses_a_token_for_a_token_sign_in(demo_db: str) -> None:
    with open_database(f"sqlite:///{demo_db}") as database, database.transaction() as session:
        trainer = session.query(User).filter_by(username="trainer").one()
        by_token = Actor(
            trainer.username, actor_of(trainer).role, actor_of(trainer).contingents,
            signed_in_with_token=True,
        )  # fmt: skip
        with pytest.raises(Exception, match="A script token cannot issue script tokens"):
            issue_token(session, by_token, hours=1, label="")


def test_a_password_stored_anew_under_stronger_settings_keeps_its_tokens(
    demo_db: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A sign-in that rehashes the same password (argon2's settings grew) is not a new
    password: the account's tokens keep working."""
    token = issued(demo_db, monkeypatch, "commander")
    with sqlite3.connect(demo_db) as connection:
        (cheap,) = connection.execute(
            "SELECT password_hash FROM users WHERE username = 'commander'"
        ).fetchone()
    monkeypatch.setattr(users, "_HASHER", PasswordHasher())  # the shipped settings
    with_password(monkeypatch, "commander")
    assert run("--db", demo_db, "readiness", "--brief")[0] == 0
    with sqlite3.connect(demo_db) as connection:
        (stronger,) = connection.execute(
            "SELECT password_hash FROM users WHERE username = 'commander'"
        ).fetchone()
    assert stronger != cheap and "m=65536" in stronger
    with_token(monkeypatch, token)
    assert run("--db", demo_db, "readiness", "--brief")[0] == 0


def test_an_administrators_token_neither_restores_nor_copies_the_key(
    demo_db: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    token = issued(demo_db, monkeypatch, "admin")
    with_token(monkeypatch, token)
    monkeypatch.setenv("MSS_TRAINING_KEY_PASSPHRASE", "a passphrase for the key file")
    copy = str(Path(demo_db).with_name("copy.sqlite"))
    # Backing up is a script's job: allowed.
    assert run("--db", demo_db, "backup", copy)[0] == 0
    needs = "A script token cannot {}; sign in with the password."
    assert refused(demo_db, capsys, "restore", copy) == needs.format("restore a backup")
    key_file = Path(demo_db).with_name("signing.key")
    assert refused(demo_db, capsys, "keys", "export", str(key_file)) == (
        needs.format("copy the signing key to another computer")
    )
    assert not key_file.exists()


def test_hostile_labels_and_tokens_get_a_sentence_not_a_traceback(
    demo_db: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with_password(monkeypatch, "trainer")
    assert refused(demo_db, capsys, "users", "token", "--label", "night\x00ly") == (
        "A token's label contains a NUL character."
    )
    assert refused(demo_db, capsys, "users", "token", "--label", "x" * 101) == (
        "A token's label is longer than 100 characters."
    )
    # A label that would clear the screen is shown, not obeyed.
    issued(demo_db, monkeypatch, "trainer", "--label", "\x1b[2Jwipe")
    status, output = run("--db", demo_db, "users", "revoke-token", "1")
    assert status == 0 and "\x1b" not in output and "\\x1b[2Jwipe" in output
    status, output = run("--db", demo_db, "users", "tokens")
    assert status == 0 and "\x1b" not in output
    # Bytes that are not UTF-8 in the environment (os.environ keeps them as surrogates).
    with_token(monkeypatch, TOKEN_PREFIX + "\udcff\udcfe")
    assert "not known to this database" in refused(demo_db, capsys, "readiness", "--brief")


def test_a_token_signs_in_on_every_backend_and_dies_with_a_reset(database_url: str) -> None:
    """The service on SQLite and PostgreSQL (the command line's tests above run on SQLite)."""
    with open_database(database_url) as database:
        with database.transaction() as session:
            admin = add_first_administrator(
                session, NewUser("boss", "", UserRole.ADMINISTRATOR, "boss-password")
            ).actor
            add_user(session, admin, NewUser("kim", "", UserRole.COMMANDER, "kim-password"))
        kim = sign_in(database, "kim", "kim-password")
        with database.transaction() as session:
            token = issue_token(session, kim, hours=1, label="nightly").token
        with database.reading() as session:
            signed = sign_in_with_token(session, token)
        assert (signed.username, signed.role, signed.signed_in_with_token) == (
            "kim", UserRole.COMMANDER, True
        )  # fmt: skip
        later = utc_now() + dt.timedelta(hours=1)
        with database.reading() as session, pytest.raises(PermissionDeniedError, match="expired"):
            sign_in_with_token(session, token, now=later)
        with database.transaction() as session:
            reset_password(session, admin, "kim", "kim-password-2")
        with database.reading() as session, pytest.raises(PermissionDeniedError, match="revoked"):
            sign_in_with_token(session, token)
