"""The audit trail is tamper-evident: any change made behind the app's back is found.

Tampering is done the way someone would do it by hand: plain SQL on the file (the sqlite3
module) or on the PostgreSQL server, never through the program.
"""

import contextlib
import datetime as dt
import io
import sqlite3
import threading
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import create_engine, select, text

from mss_training.audit_chain import FIELDS, entry_hash, entry_hash_v2
from mss_training.cli import main
from mss_training.db import Database, open_database
from mss_training.db.database import migrations_config
from mss_training.domain import Outcome
from mss_training.models import AuditEntry, Result, TrainingSession
from mss_training.services.audit import record_change, verify_audit_trail
from mss_training.services.audit_history import AuditSubject, history_of
from mss_training.services.personnel import find_officer, officer_details, update_officer
from mss_training.services.training import amend_result, void_result
from mss_training.signing import new_key_pair
from tests.mission import ACTOR, Mission, set_up_for_the_command_line

# What the `trail` fixture writes: the identity, 12 contingents, the curriculum, records.
ENTRIES = 21
# Most tests here edit the trail behind the program's back; each checks verify itself.
pytestmark = pytest.mark.tampers


@dataclass
class RawSql:
    """Plain SQL on the database, outside the program, with ``?`` placeholders."""

    execute: Callable[[str, tuple[object, ...]], Any]
    sqlite: bool

    def __call__(self, sql: str, parameters: tuple[object, ...] = ()) -> list[Any]:
        cursor = self.execute(sql if self.sqlite else sql.replace("?", "%s"), parameters)
        return list(cursor.fetchall()) if cursor.description else []

    def uid(self) -> str:
        """A new UUID as this backend keeps it (SQLite: 32 hex digits)."""
        value = uuid.uuid4()
        return value.hex if self.sqlite else str(value)


@contextlib.contextmanager
def raw_sql(url: str) -> Iterator[RawSql]:
    """The sqlite3 module on a file, or a plain connection to the PostgreSQL server."""
    if url.startswith("sqlite:///"):
        connection = sqlite3.connect(url.removeprefix("sqlite:///"))
        try:
            yield RawSql(connection.execute, sqlite=True)
            connection.commit()
        finally:
            connection.close()
        return
    engine = create_engine(url)
    server = engine.raw_connection()
    try:
        yield RawSql(server.cursor().execute, sqlite=False)
        server.commit()
    finally:
        server.close()
        engine.dispose()


@pytest.fixture
def trail(database_url: str) -> Iterator[Database]:
    """A mission with a handful of audited changes: curriculum, officers, results."""
    database = open_database(database_url)
    mission = Mission.set_up(database)
    officer = mission.officer("001", "POL")
    mission.officer("002", "POL")
    result = mission.result(officer, "PF", dt.date(2026, 3, 1), outcome=Outcome.PASS)
    with database.transaction() as session:
        amended = amend_result(
            session, result, attended=True, score=None, outcome=Outcome.FAIL,
            reason="sheet misread", actor=ACTOR,
        )  # fmt: skip
        void_result(session, amended, reason="wrong officer", actor=ACTOR)
        officer_id = find_officer(session, officer).id
        details = replace(officer_details(session, officer_id), rank="Sergeant")
        update_officer(session, officer_id, details, ACTOR)
    with database.reading() as session:
        assert verify_audit_trail(session).entries == ENTRIES
    yield database
    database.close()


def verify(database: Database) -> tuple[int, str | None, int | None]:
    with database.reading() as session:
        outcome = verify_audit_trail(session)
    return outcome.entries, outcome.problem, outcome.broken_entry


def test_an_untouched_trail_verifies(trail: Database) -> None:
    assert verify(trail) == (ENTRIES, None, None)


def test_a_changed_entry_is_found(trail: Database) -> None:
    with raw_sql(trail.url) as sql:
        sql("UPDATE audit_log SET actor = 'someone else' WHERE number = 3")
    _, problem, broken = verify(trail)
    assert broken == 3
    assert problem is not None and problem.startswith("Entry 3 (")
    assert problem.endswith("was changed after it was written.")


def test_a_deleted_entry_is_found(trail: Database) -> None:
    with raw_sql(trail.url) as sql:
        sql("DELETE FROM audit_log WHERE number = 4")
    entries, problem, broken = verify(trail)
    assert (entries, broken) == (ENTRIES - 1, 5)
    assert problem is not None and problem.startswith("An entry before entry 5 (")
    assert problem.endswith("was deleted.")


def test_deleting_the_newest_entries_is_found(trail: Database) -> None:
    with raw_sql(trail.url) as sql:
        sql(f"DELETE FROM audit_log WHERE number > {ENTRIES - 2}")
    _, problem, _ = verify(trail)
    assert problem is not None
    assert problem.startswith(f"The last 2 entries after entry {ENTRIES - 2} (")


def test_deleting_the_whole_trail_is_found(trail: Database) -> None:
    with raw_sql(trail.url) as sql:
        sql("DELETE FROM audit_log")
    assert verify(trail)[1] == f"The last {ENTRIES} entries were deleted."


def _copy_entry_as(sql: RawSql, source: int, number: int) -> None:
    """Insert a copy of entry ``source`` (new uid) as entry ``number``."""
    columns = "at, actor, site_id, action, entity, entity_uid, summary, before, after, "
    columns += "previous_hash, entry_hash, signature"
    sql(
        f"INSERT INTO audit_log (number, uid, {columns}) "
        f"SELECT ?, ?, {columns} FROM audit_log WHERE number = ?",
        (number, sql.uid(), source),
    )


def _make_room_at(sql: RawSql, number: int) -> None:
    """Renumber entries from ``number`` on one up (in two steps: numbers are unique)."""
    sql("UPDATE audit_log SET number = -number - 1 WHERE number >= ?", (number,))
    sql("UPDATE audit_log SET number = -number WHERE number < 0")


def test_an_inserted_entry_is_found(trail: Database) -> None:
    with raw_sql(trail.url) as sql:
        _make_room_at(sql, 4)
        _copy_entry_as(sql, 2, 4)
    _, problem, broken = verify(trail)
    assert broken == 4
    assert problem is not None and problem.endswith("was inserted behind the app's back.")


def test_an_entry_added_after_the_last_is_found(trail: Database) -> None:
    with raw_sql(trail.url) as sql:
        _copy_entry_as(sql, ENTRIES, ENTRIES + 1)
    _, problem, broken = verify(trail)
    assert broken == ENTRIES + 1
    assert problem is not None and problem.endswith("was inserted behind the app's back.")


def test_entries_moved_out_of_order_are_found(trail: Database) -> None:
    with raw_sql(trail.url) as sql:
        sql("UPDATE audit_log SET number = -1 WHERE number = 5")
        sql("UPDATE audit_log SET number = 5 WHERE number = 6")
        sql("UPDATE audit_log SET number = 6 WHERE number = -1")
    _, problem, broken = verify(trail)
    assert broken == 5
    assert problem is not None and problem.endswith("is out of order: entries were moved.")


def test_renumbered_entries_are_found(trail: Database) -> None:
    with raw_sql(trail.url) as sql:
        sql(f"UPDATE audit_log SET number = number + 100 WHERE number >= {ENTRIES - 2}")
    _, problem, broken = verify(trail)
    assert broken == ENTRIES + 98
    assert problem is not None and problem.endswith(f"was renumbered: it is entry {ENTRIES - 2}.")


def test_an_entry_rewritten_with_fresh_hashes_but_no_key_is_found(trail: Database) -> None:
    """Someone who knows the hashing but signs nothing: rehash entry 3 onwards and the head."""
    with trail.reading() as session:
        rows = session.execute(select(AuditEntry).order_by(AuditEntry.number)).scalars().all()
        fields = [{name: getattr(row, name) for name in FIELDS} for row in rows]
    fields[2]["summary"] = "Nothing happened here"
    previous = rows[1].entry_hash
    with raw_sql(trail.url) as sql:
        for number, values in enumerate(fields[2:], start=3):
            content, ledger = [values[name] for name in FIELDS], rows[number - 1].rows
            if ledger is None:
                digest = entry_hash(content, previous)
            else:
                digest = entry_hash_v2(content, previous, ledger)
            sql(
                "UPDATE audit_log SET summary = ?, previous_hash = ?, entry_hash = ? "
                "WHERE number = ?",
                (values["summary"], previous, digest, number),
            )
            previous = digest
        sql("UPDATE installation SET audit_head = ?", (previous,))
    _, problem, broken = verify(trail)
    assert broken == 3
    assert problem == "Entry 3 has a bad signature: it was rewritten behind the app's back."


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    number=st.integers(1, ENTRIES),
    column=st.sampled_from(["actor", "action", "entity", "summary"]),
    value=st.text(min_size=1, max_size=20),
)
def test_any_change_to_any_entry_is_found(
    sqlite_url: str, number: int, column: str, value: str
) -> None:
    database = open_database(sqlite_url)
    try:
        with database.transaction() as session:
            for step in range(ENTRIES - verify(database)[0]):
                record_change(
                    session, actor=ACTOR.username, action="note", entity="test", summary=str(step)
                )
        with raw_sql(sqlite_url) as sql:
            original = sql(f"SELECT {column} FROM audit_log WHERE number = ?", (number,))[0][0]
            sql(f"UPDATE audit_log SET {column} = ? WHERE number = ?", (value, number))
        _, problem, broken = verify(database)
        if value == original:
            assert problem is None
        else:
            assert broken == number and problem is not None and "changed" in problem
        with raw_sql(sqlite_url) as sql:
            sql(f"UPDATE audit_log SET {column} = ? WHERE number = ?", (original, number))
    finally:
        database.close()


@settings(max_examples=25, deadline=None)
@given(
    tampering=st.sampled_from(["delete", "swap", "duplicate", "before"]),
    number=st.integers(1, ENTRIES - 1),
)
def test_any_deletion_move_or_insertion_is_found(
    tmp_path_factory: pytest.TempPathFactory, tampering: str, number: int
) -> None:
    """Whatever one raw-SQL tampering does to whichever entry, verify names an entry there."""
    url = f"sqlite:///{tmp_path_factory.mktemp('tamper') / 'mission.sqlite'}"
    database = open_database(url)
    try:
        with database.transaction() as session:
            for step in range(ENTRIES):
                record_change(
                    session, actor=ACTOR.username, action="note", entity="test", summary=str(step),
                    before={"step": step - 1}, after={"step": step},
                )  # fmt: skip
        with raw_sql(url) as sql:
            if tampering == "delete":
                sql("DELETE FROM audit_log WHERE number = ?", (number,))
            elif tampering == "swap":
                sql("UPDATE audit_log SET number = -1 WHERE number = ?", (number,))
                sql("UPDATE audit_log SET number = ? WHERE number = ?", (number, number + 1))
                sql("UPDATE audit_log SET number = ? WHERE number = -1", (number + 1,))
            elif tampering == "duplicate":
                _make_room_at(sql, number + 1)
                _copy_entry_as(sql, number, number + 1)
            else:
                sql(
                    "UPDATE audit_log SET before = ? WHERE number = ?",
                    ('{"step": "forged"}', number),
                )
        _, problem, broken = verify(database)
        assert problem is not None
        expected = {"delete": number + 1, "swap": number, "duplicate": number + 1}
        assert broken == expected.get(tampering, number)
        word = {"delete": "deleted", "swap": "out of order", "duplicate": "inserted"}
        assert word.get(tampering, "changed") in problem
    finally:
        database.close()


def test_two_writers_at_once_chain_one_after_the_other(database_url: str) -> None:
    """Several transactions appending at once, each on its own connection, never fork."""
    database = open_database(database_url)
    writers, each = 4, 10

    def write(name: str) -> None:
        for step in range(each):
            with database.transaction() as session:
                record_change(
                    session, actor=name, action="note", entity="test", summary=f"{name} {step}"
                )

    threads = [threading.Thread(target=write, args=(f"writer {i}",)) for i in range(writers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert verify(database) == (writers * each + 1, None, None)  # and the identity's entry
    database.close()


def test_on_postgresql_a_second_writer_waits_for_the_first(postgres_url: str) -> None:
    """Two real connections: the second append blocks on the first until it commits."""
    database = open_database(postgres_url)
    first = database.transaction()
    session = first.__enter__()
    record_change(session, actor="first", action="note", entity="test", summary="first")
    first_pid = session.execute(text("SELECT pg_backend_pid()")).scalar()
    second_done = threading.Event()

    def second() -> None:
        with database.transaction() as other:
            record_change(other, actor="second", action="note", entity="test", summary="second")
        second_done.set()

    thread = threading.Thread(target=second)
    thread.start()
    watcher = create_engine(postgres_url)
    with watcher.connect() as connection:
        waiting = text(
            "SELECT count(*) FROM pg_stat_activity WHERE :pid = ANY(pg_blocking_pids(pid))"
        )
        for _ in range(500):
            if connection.execute(waiting, {"pid": first_pid}).scalar():
                break
            second_done.wait(0.02)
        else:
            pytest.fail("the second writer never waited for the first")
    watcher.dispose()
    assert not second_done.is_set()
    first.__exit__(None, None, None)
    thread.join()
    with database.reading() as reading:
        actors = reading.scalars(select(AuditEntry.actor).order_by(AuditEntry.number)).all()
    assert actors == ["mss-training", "first", "second"]  # the identity's entry first
    assert verify(database) == (3, None, None)
    database.close()


def test_an_upgraded_database_has_its_old_entries_chained(database_url: str) -> None:
    """Entries written before the chain existed are chained, in order, by the upgrade."""
    engine = create_engine(database_url)
    with engine.begin() as connection:
        command.upgrade(migrations_config(connection), "0003")
    engine.dispose()
    # Let revision 0003's program write a few entries, as it did: no hashes.
    with engine.begin() as connection:
        key, public = new_key_pair()
        connection.execute(
            text(
                "INSERT INTO sites (id, uid, name, role, created_at, public_key) "
                "VALUES (1, :uid, 'Old site', 'site', :now, :public)"
            ),
            {
                "uid": uuid.uuid4().hex,
                "now": dt.datetime(2026, 1, 5, tzinfo=dt.UTC),
                "public": public,
            },
        )
        connection.execute(
            text("INSERT INTO installation (id, site_id, private_key) VALUES (1, 1, :key)"),
            {"key": key},
        )
        for step in range(3):
            connection.execute(
                text(
                    "INSERT INTO audit_log (uid, at, actor, site_id, action, entity, summary, "
                    "after) VALUES (:uid, :at, 'old', 1, 'note', 'test', :summary, :after)"
                ),
                {
                    "uid": uuid.uuid4().hex,
                    "at": dt.datetime(2026, 1, 5, 8, step, tzinfo=dt.UTC),
                    "summary": f"old entry {step}",
                    "after": f'{{"step": {step}}}',
                },
            )
    engine.dispose()
    database = open_database(database_url)
    with database.reading() as session:
        summaries = session.scalars(select(AuditEntry.summary).order_by(AuditEntry.number)).all()
    # Then the entry that seals every row the upgraded database holds (the row ledger).
    assert summaries[:3] == ["old entry 0", "old entry 1", "old entry 2"]
    assert summaries[3].startswith("Sealed every stored record in the audit trail")
    assert verify(database) == (4, None, None)
    with database.transaction() as session:
        record_change(session, actor="new", action="note", entity="test", summary="new entry")
    assert verify(database) == (5, None, None)
    database.close()


def test_history_of_an_officer_names_who_did_what(trail: Database) -> None:
    with trail.reading() as session:
        lines = history_of(session, AuditSubject.OFFICER, "001", "KEN")
    assert [(line.action, line.entity) for line in lines] == [
        ("create", "officer"),
        ("amend", "result"),
        ("void", "result"),
        ("update", "officer"),
    ]
    assert {line.actor for line in lines} == {ACTOR.username}
    assert lines[-1].after == {"rank": "Sergeant"}


def test_history_of_a_result_and_of_its_session(trail: Database) -> None:
    with trail.reading() as session:
        result_uid, session_ref = session.execute(
            select(Result.uid, TrainingSession.uid)
            .join(TrainingSession, TrainingSession.id == Result.session_id)
            .where(Result.kind == "original")
        ).one()
        of_result = history_of(session, AuditSubject.RESULT, str(result_uid))
        of_session = history_of(session, AuditSubject.SESSION, session_ref.hex[:8])
    assert [(line.action, line.entity) for line in of_result] == [
        ("create", "training_session"),
        ("amend", "result"),
        ("void", "result"),
    ]
    assert of_session == of_result  # one result in the session: the same story
    assert "sheet misread" in of_result[1].summary


def test_cli_audit_verify_and_show(tmp_path: Path) -> None:
    db = str(tmp_path / "site.sqlite")
    set_up_for_the_command_line(f"sqlite:///{db}")
    out = _sink()
    assert main(["--db", db, "audit", "verify"], out=out) == 0
    assert out.getvalue().startswith("Audit trail OK: ")
    with raw_sql(f"sqlite:///{db}") as sql:
        sql("UPDATE audit_log SET summary = 'edited by hand' WHERE number = 1")
    out = _sink()
    assert main(["--db", db, "audit", "verify"], out=out) == 1
    assert out.getvalue().startswith("Audit trail BROKEN: Entry 1 (")
    out = _sink()
    assert main(["--db", db, "audit", "show", "--limit", "1"], out=out) == 0
    assert "#" in out.getvalue() and "UTC" in out.getvalue()


def _sink() -> io.StringIO:
    return io.StringIO()


def test_verifying_while_others_append_sees_one_consistent_trail(database_url: str) -> None:
    """At HQ coordinators keep writing while someone verifies: never a false alarm."""
    database = open_database(database_url)
    stop = threading.Event()

    def keep_writing() -> None:
        step = 0
        while not stop.is_set():
            with database.transaction() as session:
                record_change(
                    session, actor="writer", action="note", entity="test", summary=str(step)
                )
            step += 1

    writer = threading.Thread(target=keep_writing)
    writer.start()
    try:
        for _ in range(15):
            problem = verify(database)[1]
            assert problem is None, problem
    finally:
        stop.set()
        writer.join()
    assert verify(database)[1] is None
    database.close()
