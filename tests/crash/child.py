"""The process a crash test kills: it runs a scenario of writes and says how far it got.

Run as ``python -m tests.crash.child SCENARIO DATABASE_URL WORKDIR [--pause-at N]``. It prints
one line per event to stdout, flushed at once, so that the parent knows what was committed
before it sent SIGKILL:

- ``write N``: the N-th write event is about to run (a statement that changes the database,
  or a COMMIT); with ``--pause-at N`` the child stops right there, inside the transaction,
  and waits to be killed;
- ``committed K``: the K-th transaction of the scenario is committed;
- ``state K {...}``: what the database holds after K transactions (see ``state.py``);
- ``done N``: the scenario finished after N write events.

A scenario is a function registered with ``@scenario("name")``: it gets the database URL
and a folder of input files (made by the parent), and does its transactions one by one,
calling ``committed(url)`` after each. To add one (a sync import, say), write the function
here and a ``Scenario`` for it in the tests.
"""

import argparse
import datetime as dt
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event, make_url

from mss_training.db import open_database
from mss_training.domain import Outcome, UserRole
from mss_training.progress import Progress
from mss_training.services.permissions import Actor
from mss_training.services.personnel import OfficerRef, search_officer_ids
from mss_training.services.restoring import restore
from mss_training.services.results_import import import_results
from mss_training.services.roster_import import import_roster
from mss_training.services.training import AttendeeResult, SessionInput, record_session
from mss_training.sync.merge import import_bundle
from tests.crash.state import database_state

ACTOR = Actor("crash.test", UserRole.COORDINATOR)
ADMIN = Actor("crash.admin", UserRole.ADMINISTRATOR)
WRITES = ("INSERT", "UPDATE", "DELETE", "CREATE", "ALTER", "DROP", "REPLACE")
ScenarioFunction = Callable[[str, Path], None]
SCENARIOS: dict[str, ScenarioFunction] = {}
TODAY = dt.date(2026, 11, 27)


def scenario(name: str) -> Callable[[ScenarioFunction], ScenarioFunction]:
    def register(function: ScenarioFunction) -> ScenarioFunction:
        SCENARIOS[name] = function
        return function

    return register


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


class WriteCounter:
    """Counts every write statement and COMMIT on any engine, and pauses at one of them."""

    def __init__(self, pause_at: int | None) -> None:
        self.count = 0
        self.committed = 0
        self.pause_at = pause_at

    def event(self) -> None:
        self.count += 1
        say(f"write {self.count}")
        if self.count == self.pause_at:
            say(f"paused {self.count}")
            while True:  # inside the transaction, until the parent kills us
                time.sleep(60)

    def install(self) -> None:
        def before_execute(
            _connection: Any, _cursor: Any, statement: str, *_args: Any, **_kwargs: Any
        ) -> None:
            if statement.lstrip().upper().startswith(WRITES):
                self.event()

        def before_commit(_connection: Any) -> None:
            self.event()

        event.listen(Engine, "before_cursor_execute", before_execute)
        event.listen(Engine, "commit", before_commit)


COUNTER = WriteCounter(None)


def say_state(url: str) -> None:
    """The database as this transaction left it, for the parent to compare with a killed run."""
    path = make_url(url).database
    assert path
    say(f"state {COUNTER.committed} {json.dumps(database_state(Path(path)), sort_keys=True)}")


def committed(url: str) -> None:
    COUNTER.committed += 1
    say(f"committed {COUNTER.committed}")
    say_state(url)


@scenario("record-sessions")
def record_sessions(url: str, workdir: Path) -> None:
    """Three sessions of many attendees, each recorded in its own transaction."""
    numbers = (workdir / "attendees.txt").read_text(encoding="utf-8").split()
    with open_database(url, create=False) as database:
        for index in range(3):
            with database.transaction() as session:
                record_session(
                    session,
                    SessionInput(
                        module="PF",
                        starts_on=TODAY - dt.timedelta(days=10 - index),
                        ends_on=TODAY - dt.timedelta(days=10 - index),
                        location=f"Range {index}",
                        results=tuple(
                            AttendeeResult(
                                OfficerRef("KEN", number),
                                outcome=Outcome.PASS if position % 5 else Outcome.FAIL,
                            )
                            for position, number in enumerate(numbers)
                        ),
                    ),
                    ACTOR,
                )
            committed(url)


@scenario("sync-import")
def sync_imports(url: str, workdir: Path) -> None:
    """Two sync bundles from an enrolled site, each merged in its own transaction."""
    with open_database(url, create=False) as database:
        for name in ("bundle-1.mssync", "bundle-2.mssync"):
            with database.transaction() as session:
                import_bundle(session, workdir / name, ACTOR)
            committed(url)


@scenario("roster-import")
def roster_imports(url: str, workdir: Path) -> None:
    """Two large roster files, each imported in its own transaction."""
    with open_database(url, create=False) as database:
        for name in ("roster-1.csv", "roster-2.xlsx"):
            with database.transaction() as session:
                import_roster(session, workdir / name, ACTOR)
            committed(url)


@scenario("results-import")
def results_imports(url: str, workdir: Path) -> None:
    """Two large results sheets, each imported in its own transaction."""
    with open_database(url, create=False) as database:
        for name in ("results-1.csv", "results-2.csv"):
            with database.transaction() as session:
                import_results(session, workdir / name, ACTOR, today=TODAY)
            committed(url)


@scenario("restore")
def restore_copy(url: str, workdir: Path) -> None:
    """An administrator restores ``copy.sqlite`` over the database; each step is an event."""
    path = Path(make_url(url).database or "")
    progress = Progress(lambda _done, _total, _what: COUNTER.event())
    restore(path, workdir / "copy.sqlite", dt.datetime(2026, 11, 27, 9, 30), ADMIN,
            progress=progress)  # fmt: skip
    committed(url)


@scenario("upgrade")
def upgrade(url: str, _workdir: Path) -> None:
    """Open a database of an older schema, which upgrades it to the newest in one transaction."""
    open_database(url, create=False).close()
    committed(url)


@scenario("opener")
def opener(url: str, workdir: Path) -> None:
    """One of several processes opening (creating or upgrading) the same database at once."""
    say("ready")
    while not (workdir.parent / "go").exists():
        time.sleep(0.001)
    open_database(url).close()


@scenario("writer")
def writer(url: str, workdir: Path) -> None:
    """One of several processes writing to the same file at once: in each round, import a
    roster of new officers, record a session of them, and search for them."""
    prefix = workdir.name.upper()
    rounds = int((workdir / "rounds.txt").read_text(encoding="utf-8"))
    with open_database(url, create=False) as database:
        say("ready")
        while not (workdir.parent / "go").exists():
            time.sleep(0.01)
        for round_ in range(rounds):
            numbers = [f"{prefix}{round_:03d}{index:03d}" for index in range(20)]
            roster = workdir / f"roster-{round_}.csv"
            lines = ["service number,family name,given names,contingent"]
            lines += [f"{number},O'Brien; --,Round {round_},KEN" for number in numbers]
            roster.write_text("\n".join(lines), encoding="utf-8")
            with database.transaction() as session:
                import_roster(session, roster, ACTOR)
            with database.transaction() as session:
                record_session(
                    session,
                    SessionInput(
                        module="PF",
                        starts_on=TODAY,
                        ends_on=TODAY,
                        location=f"Range {prefix}",
                        results=tuple(
                            AttendeeResult(OfficerRef("KEN", number), outcome=Outcome.PASS)
                            for number in numbers
                        ),
                    ),
                    ACTOR,
                )
            with database.reading() as session:
                found = search_officer_ids(session, f"round {round_}")
                assert len(found) >= len(numbers), "an officer just written is missing"
            say(f"round {round_}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("scenario", choices=sorted(SCENARIOS))
    parser.add_argument("url")
    parser.add_argument("workdir", type=Path)
    parser.add_argument("--pause-at", type=int)
    args = parser.parse_args()
    COUNTER.pause_at = args.pause_at
    if Path(make_url(args.url).database or "").exists():
        say_state(args.url)
    COUNTER.install()
    SCENARIOS[args.scenario](args.url, args.workdir)
    say(f"done {COUNTER.count}")


if __name__ == "__main__":
    main()
