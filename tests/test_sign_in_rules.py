"""Sign-in that cannot be raced or probed: at most five password checks before the lock,
whatever number of programs guess at once, and one answer that tells nothing."""

import datetime as dt
import multiprocessing
from collections.abc import Iterator
from multiprocessing.synchronize import Barrier

import pytest
from sqlalchemy import select

from mss_training.db import Database, open_database
from mss_training.domain import UserRole
from mss_training.models import User
from mss_training.services import users
from mss_training.services.users import (
    LOCK_AFTER,
    WRONG_CREDENTIALS,
    NewUser,
    SignInError,
    add_first_administrator,
    add_user,
    set_disabled,
    sign_in,
)

PASSWORD = "correct horse battery"
NOW = dt.datetime(2026, 11, 27, 8, 0, tzinfo=dt.UTC)
GUESSERS = 12


@pytest.fixture
def accounts(database_url: str) -> Iterator[Database]:
    """An administrator, a training officer to guess at, and a disabled commander."""
    database = open_database(database_url)
    with database.transaction() as session:
        admin = add_first_administrator(
            session, NewUser("admin", "Admin", UserRole.ADMINISTRATOR, PASSWORD)
        ).actor
        add_user(session, admin, NewUser("trainer", "T", UserRole.TRAINING_OFFICER, PASSWORD))
        add_user(session, admin, NewUser("gone", "G", UserRole.COMMANDER, PASSWORD))
        set_disabled(session, admin, "gone", True)
    yield database
    database.close()


def refusal(database: Database, username: str, password: str, **kwargs: dt.datetime) -> str:
    with pytest.raises(SignInError) as raised:
        sign_in(database, username, password, **kwargs)
    return str(raised.value)


@pytest.fixture
def checked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The stored hashes sign-in checks a password against, in order."""
    hashes: list[str] = []
    real_verify = users._verify

    def recording(stored_hash: str, password: str) -> bool:
        hashes.append(stored_hash)
        return real_verify(stored_hash, password)

    monkeypatch.setattr(users, "_verify", recording)
    return hashes


def failures(database: Database, username: str) -> int:
    with database.reading() as session:
        return session.scalar(select(User.failed_attempts).where(User.username == username)) or 0


def test_unknown_wrong_locked_and_disabled_get_one_answer(accounts: Database) -> None:
    database = accounts
    answers = {
        refusal(database, "nobody", PASSWORD, now=NOW),
        refusal(database, "trainer", "wrong password", now=NOW),
        refusal(database, "trainer", "", now=NOW),
        refusal(database, "gone", "wrong password", now=NOW),
    }
    for _ in range(LOCK_AFTER):
        answers.add(refusal(database, "trainer", "guess", now=NOW))
    # Locked now: even the right password gets the same answer, and is not checked.
    answers.add(refusal(database, "trainer", PASSWORD, now=NOW + dt.timedelta(seconds=5)))
    assert answers == {WRONG_CREDENTIALS}
    assert WRONG_CREDENTIALS.startswith("Wrong username or password")
    # The disabled state is told only to the right password.
    assert refusal(database, "gone", PASSWORD, now=NOW) == (
        "The account gone is disabled; ask an administrator if you still need it."
    )
    # Once the wait is over, the right password signs in and starts the count again.
    assert sign_in(database, "trainer", PASSWORD, now=NOW + dt.timedelta(seconds=31)).username
    assert failures(database, "trainer") == 0


def test_a_locked_account_checks_no_password(accounts: Database, checked: list[str]) -> None:
    for _ in range(LOCK_AFTER):
        refusal(accounts, "trainer", "guess", now=NOW)
    checked.clear()  # the guesses that locked the account checked the real hash
    refusal(accounts, "trainer", PASSWORD, now=NOW + dt.timedelta(seconds=10))
    # Only the dummy hash is checked, so that the answer takes as long as a real check.
    assert checked == [users._dummy_hash()]
    assert failures(accounts, "trainer") == LOCK_AFTER


def test_an_unknown_name_takes_as_long_as_a_wrong_password(
    accounts: Database, checked: list[str]
) -> None:
    # Timing the two answers cannot tell at the tests' cheap hash settings (a millisecond
    # each, within the noise of a busy machine); what makes them equal is that each checks
    # one hash of the same cost: the dummy's argon2 parameters are the stored hash's.
    refusal(accounts, "trainer", "some guess", now=NOW)
    refusal(accounts, "nobody", "some guess", now=NOW)
    stored, dummy = checked
    assert dummy == users._dummy_hash() != stored

    def cost(argon2_hash: str) -> str:
        return "$".join(argon2_hash.split("$")[:4])  # $argon2id$v=19$m=...,t=...,p=...

    assert cost(dummy) == cost(stored)


def _guess(url: str, barrier: Barrier, results: "multiprocessing.Queue[tuple[int, str]]") -> None:
    """One guessing program: its own connection, waiting for the others, then one try."""
    checks = 0
    real_verify = users._verify

    def counting(stored_hash: str, password: str) -> bool:
        nonlocal checks
        checks += stored_hash != users._dummy_hash()
        return real_verify(stored_hash, password)

    setattr(users, "_verify", counting)  # noqa: B010 - counts this process's real checks
    database = open_database(url)
    barrier.wait()
    try:
        sign_in(database, "trainer", "a wrong guess")
        answer = "signed in"
    except SignInError as error:
        answer = str(error)
    finally:
        database.close()
    results.put((checks, answer))


def test_many_programs_guessing_at_once_get_five_checks_in_all(
    accounts: Database, database_url: str
) -> None:
    already = 3
    for _ in range(already):
        refusal(accounts, "trainer", "guess")
    context = multiprocessing.get_context("fork")
    barrier = context.Barrier(GUESSERS)
    results: multiprocessing.Queue[tuple[int, str]] = context.Queue()
    guessers = [
        context.Process(target=_guess, args=(database_url, barrier, results))
        for _ in range(GUESSERS)
    ]
    for process in guessers:
        process.start()
    answers = [results.get(timeout=120) for _ in guessers]
    for process in guessers:
        process.join(timeout=60)
        assert process.exitcode == 0
    checks = sum(count for count, _ in answers)
    assert {answer for _, answer in answers} == {WRONG_CREDENTIALS}
    assert checks == LOCK_AFTER - already
    assert failures(accounts, "trainer") == LOCK_AFTER
