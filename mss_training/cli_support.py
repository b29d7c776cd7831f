"""What the commands share: the database named by --db, signing in, passwords, tables."""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import functools
import getpass
import importlib
import os
import sys
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any, TextIO

from mss_training.config import database_url
from mss_training.dates import parse_date
from mss_training.errors import InputError, MssError

if TYPE_CHECKING:
    from mss_training.db import Database
    from mss_training.services.permissions import Actor

PROGRAM = "mss-training"


class LazyChoices(Sequence[str]):
    """An option's choices held by a module the command may not need, e.g. the certificate's
    languages in ReportLab's document module: imported only when the option is checked or
    its command's help is shown, so that every other command starts without that import."""

    def __init__(self, module: str, name: str) -> None:
        self._module = module
        self._name = name

    @functools.cached_property
    def _values(self) -> tuple[str, ...]:
        return tuple(
            str(value) for value in getattr(importlib.import_module(self._module), self._name)
        )

    def __getitem__(self, index: int) -> str:  # type: ignore[override]
        return self._values[index]

    def __len__(self) -> int:
        return len(self._values)

    def __contains__(self, value: object) -> bool:
        return value in self._values


USER_ENV = "MSS_TRAINING_USER"
PASSWORD_ENV = "MSS_TRAINING_PASSWORD"
TOKEN_ENV = "MSS_TRAINING_TOKEN"
NO_ACCOUNTS = (
    "This database has no user accounts yet; create the first administrator with "
    f"`{PROGRAM} users add NAME --role administrator` (or `{PROGRAM} init --admin-user NAME`)."
)


def date_argument(text: str) -> dt.date:
    """A YYYY-MM-DD option, refused by argparse in a plain sentence."""
    try:
        return parse_date(text)
    except MssError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


# `--through DATE` wherever readiness is asked: the tour's last day (docs/readiness.md).
THROUGH_ARGUMENT: dict[str, Any] = {
    "type": date_argument,
    "metavar": "YYYY-MM-DD",
    "help": "the tour's last day: requirements that lapse by then are 'lapses'",
}


def interactive() -> bool:
    return sys.stdin.isatty()


def ask_passphrases_on_the_terminal() -> None:
    """A signing key protected by a passphrase asks for it here, when $MSS_TRAINING_KEY_PASSPHRASE
    is not set (mss_training/keystore.py)."""
    if interactive():
        from mss_training.keystore import set_passphrase_prompt

        set_passphrase_prompt(getpass.getpass)


def authenticate(database: Database) -> Actor:
    """Sign in with $MSS_TRAINING_TOKEN when it is set (services/token_sign_in.py: one read,
    no argon2, no ORM); else with $MSS_TRAINING_USER and $MSS_TRAINING_PASSWORD, or by
    asking on a terminal."""
    token = os.environ.get(TOKEN_ENV, "").strip()
    if token:
        from mss_training.services.token_sign_in import sign_in_with_token

        with database.reading_connection() as connection:
            return sign_in_with_token(connection, token)
    from mss_training.services.permissions import PermissionDeniedError
    from mss_training.services.users import has_accounts, sign_in

    with database.reading() as session:
        if not has_accounts(session):
            raise PermissionDeniedError(NO_ACCOUNTS)
    username = os.environ.get(USER_ENV, "").strip()
    password = os.environ.get(PASSWORD_ENV)
    if (not username or password is None) and not interactive():
        raise InputError(
            f"Sign in first: set {USER_ENV} and {PASSWORD_ENV}, or run the command in a "
            "terminal to be asked."
        )
    if not username:
        # The prompt goes to stderr, so that it never lands in a redirected output file.
        print("Username: ", end="", file=sys.stderr, flush=True)
        username = sys.stdin.readline().strip()
    if password is None:
        password = getpass.getpass(f"Password for {username}: ")
    return sign_in(database, username, password)


@contextlib.contextmanager
def signed_in(args: argparse.Namespace) -> Iterator[tuple[Database, Actor]]:
    """The database named by --db and the account signed in to it."""
    with open_from(args) as database:
        yield database, authenticate(database)


def new_password(given: str | None, whose: str, option: str = "--password") -> str:
    """A password given on the command line, or asked for twice on a terminal."""
    if given is not None:
        return given
    if not interactive():
        raise InputError(f"Give the password with {option}, or run the command in a terminal.")
    first = getpass.getpass(f"New password for {whose}: ")
    if getpass.getpass("The same password again: ") != first:
        raise InputError("The two passwords differ; nothing was changed.")
    return first


def new_site_name(given: str | None) -> str | None:
    """This installation's name for a new database: given, or asked for on a terminal
    (it prints on every certificate as "Issued at ..."; never the computer's host name)."""
    if given is not None or not interactive():
        return given
    answer = input("This installation's name, as its certificates print it (e.g. Kiganjo): ")
    return answer.strip() or None


def open_from(
    args: argparse.Namespace, *, create: bool = False, site_name: str | None = None
) -> Database:
    """The database named by --db; only ``init`` and ``demo`` may make a new one."""
    from mss_training.db import open_database

    return open_database(database_url(args.db), create=create, site_name=site_name)


def on_terminal(text: str) -> str:
    """Text as a terminal should show it: a control character in a name ("\\x1b[2J") is
    written as an escape, not sent to the terminal to act on; line breaks stay."""
    return "\n".join(
        "".join(char if char.isprintable() else ascii(char)[1:-1] for char in line)
        for line in text.split("\n")
    )


def print_table(headers: Sequence[str], rows: Sequence[Sequence[str]], out: TextIO) -> None:
    rows = [[on_terminal(cell) for cell in row] for row in rows]
    widths = [len(header) for header in headers]
    for row in rows:
        widths = [max(width, len(cell)) for width, cell in zip(widths, row, strict=True)]
    line = "  ".join(f"{{:{width}}}" for width in widths)
    print(line.format(*headers).rstrip(), file=out)
    print("  ".join("-" * width for width in widths), file=out)
    for row in rows:
        print(line.format(*row).rstrip(), file=out)


def non_negative_argument(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number.") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"{value} is negative; give 0 or more.")
    return value


def positive_argument(text: str) -> int:
    value = non_negative_argument(text)
    if value == 0:
        raise argparse.ArgumentTypeError("give 1 or more.")
    return value
