"""Opening, creating, upgrading and refusing databases; records as facts; SQL date arithmetic."""

import datetime as dt
import os
import sqlite3
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import Date, Engine, Integer, bindparam, create_engine, func, select, text

from mss_training.config import database_url
from mss_training.dates import add_months
from mss_training.db import open_database
from mss_training.db.database import head_revision, installation_site_id, migrations_config
from mss_training.db.sql import add_months as sql_add_months
from mss_training.domain import Outcome, ResultKind
from mss_training.errors import DatabaseAccessError, InputError, NotFoundError
from mss_training.keystore import installation_private_key
from mss_training.models import AuditEntry, Base, Installation, Officer, Result, Site
from mss_training.services.personnel import OfficerInput, add_officers, fold_for_search
from tests.conftest import BACKENDS, POSTGRES_ENV
from tests.mission import ACTOR, Mission


def test_new_database_has_the_latest_schema_and_a_site_identity(database_url: str) -> None:
    database = open_database(database_url, site_name="Kiganjo range")
    with database.engine.connect() as connection:
        assert MigrationContext.configure(connection).get_current_revision() == head_revision()
        # The migrations build exactly what the models describe.
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
        assert diff == []
    with database.reading() as session:
        site = session.get(Site, installation_site_id(session))
        assert site is not None and site.name == "Kiganjo range"
    database.close()


def test_every_mapped_class_is_mapped_onto_a_table_of_db_tables() -> None:
    """The schema has one definition, db/tables/: what reads without the ORM (a token's
    `readiness --brief`) and the row ledger see every table without importing the models."""
    probe = (
        "from mss_training.db import tables\n"
        "alone = set(tables.metadata.tables)\n"
        "from mss_training.models import Base\n"
        "assert Base.metadata is tables.metadata\n"
        "assert set(tables.metadata.tables) == alone, set(tables.metadata.tables) - alone\n"
        "assert all(m.local_table is tables.metadata.tables[m.local_table.name]\n"
        "           for m in Base.registry.mappers)"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_reopening_keeps_the_same_identity_and_data(database_url: str) -> None:
    first = open_database(database_url)
    Mission.set_up(first).officer("00123")
    with first.reading() as session:
        site_uid = session.scalars(select(Site.uid)).one()
    first.close()
    second = open_database(database_url, site_name="ignored on reopening")
    with second.reading() as session:
        assert session.scalars(select(Site.uid)).one() == site_uid
        assert session.scalars(select(Officer.service_number)).all() == ["00123"]
    second.close()


def test_sqlite_database_uses_wal_and_foreign_keys(sqlite_url: str) -> None:
    database = open_database(sqlite_url)
    with database.reading() as session:
        assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert (session.execute(text("PRAGMA busy_timeout")).scalar() or 0) > 0
    database.close()


def test_a_newer_database_is_refused(sqlite_url: str) -> None:
    open_database(sqlite_url).close()
    path = sqlite_url.removeprefix("sqlite:///")
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    with pytest.raises(DatabaseAccessError, match="newer version of MSS Training"):
        open_database(sqlite_url)


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_bytes(b"These are not the records you are looking for.\n" * 100)
    with pytest.raises(DatabaseAccessError, match="damaged or is not an MSS Training database"):
        open_database(f"sqlite:///{path}")
    assert path.read_bytes().startswith(b"These are not")


def test_another_programs_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE recipes (name TEXT)")
    with pytest.raises(DatabaseAccessError, match="not an MSS Training database"):
        open_database(f"sqlite:///{path}")
    with sqlite3.connect(path) as connection:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    assert tables == {"recipes"}


def test_opening_a_missing_file_without_create_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DatabaseAccessError, match="There is no database"):
        open_database(f"sqlite:///{tmp_path / 'absent.sqlite'}", create=False)


def test_unsupported_url_is_refused() -> None:
    with pytest.raises(DatabaseAccessError, match="not supported"):
        open_database("mysql://localhost/test")


def test_database_url_from_path_environment_or_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert database_url(str(tmp_path / "a.sqlite")) == f"sqlite:///{tmp_path / 'a.sqlite'}"
    monkeypatch.setenv("MSS_TRAINING_DB", "postgresql+psycopg://hq/mss")
    assert database_url(None) == "postgresql+psycopg://hq/mss"
    monkeypatch.delenv("MSS_TRAINING_DB")
    assert database_url(None).endswith("mss-training.sqlite")


def test_a_failed_unit_of_work_leaves_nothing_behind(database_url: str) -> None:
    database = open_database(database_url)
    mission = Mission.set_up(database)
    mission.officer("001")
    with pytest.raises(InputError), database.transaction() as session:
        add_officers(
            session,
            [
                OfficerInput("KEN", "002", "Wanjiru", "Grace"),
                OfficerInput("KEN", "001", "Duplicate", "Number"),
            ],
            ACTOR,
        )
    with database.reading() as session:
        assert session.scalars(select(Officer.service_number)).all() == ["001"]
    database.close()


def test_service_numbers_keep_leading_zeros_and_names_keep_accents(database_url: str) -> None:
    database = open_database(database_url)
    mission = Mission.set_up(database)
    mission.officer("000042", family_name="Dorélien")
    with database.reading() as session:
        officer = session.scalars(select(Officer)).one()
        assert (officer.service_number, officer.family_name) == ("000042", "Dorélien")
        assert "dorelien" in officer.search_text
    assert fold_for_search("Núñez", "José") == "nunez jose"
    database.close()


def test_officer_for_unknown_contingent_or_role_is_refused(database_url: str) -> None:
    database = open_database(database_url)
    Mission.set_up(database)
    with pytest.raises(NotFoundError, match="no contingent 'QQQ'"), database.transaction() as s:
        add_officers(s, [OfficerInput("QQQ", "1", "A", "B")], ACTOR)
    with pytest.raises(NotFoundError, match="unknown role 'PILOT'"), database.transaction() as s:
        add_officers(s, [OfficerInput("KEN", "1", "A", "B", roles=("PILOT",))], ACTOR)
    database.close()


def test_corrections_are_new_facts_and_history_stays(database_url: str) -> None:
    database = open_database(database_url)
    mission = Mission.set_up(database)
    officer = mission.officer("001", "POL")
    original = mission.result(officer, "SC", dt.date(2024, 1, 10), score=70)
    amended = mission.amend(original, score=88)
    mission.void(amended)
    with database.reading() as session:
        rows = session.execute(
            select(Result.kind, Result.score, Result.outcome).order_by(Result.id)
        ).all()
        assert [tuple(row) for row in rows] == [
            (ResultKind.ORIGINAL.value, 70.0, Outcome.FAIL.value),
            (ResultKind.AMENDMENT.value, 88.0, Outcome.PASS.value),
            (ResultKind.VOID.value, None, Outcome.ABSENT.value),
        ]
        actions = session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)).all()
        assert actions[-3:] == ["create", "amend", "void"]
        assert (session.scalar(select(func.count()).select_from(AuditEntry)) or 0) >= 5
    database.close()


def test_result_that_contradicts_the_module_is_refused(database_url: str) -> None:
    database = open_database(database_url)
    mission = Mission.set_up(database)
    officer = mission.officer("001", "POL")
    with pytest.raises(InputError, match="is a fail in SC"):
        mission.result(officer, "SC", dt.date(2024, 1, 10), score=60, outcome=Outcome.PASS)
    with pytest.raises(InputError, match="from 0 to 100"):
        mission.result(officer, "SC", dt.date(2024, 1, 10), score=140)
    with pytest.raises(InputError, match="pass/fail"):
        mission.result(officer, "PF", dt.date(2024, 1, 10))
    with pytest.raises(NotFoundError, match="no module 'NOPE'"):
        mission.result(officer, "NOPE", dt.date(2024, 1, 10))
    with database.reading() as session:
        assert session.scalar(select(func.count()).select_from(Result)) == 0
    database.close()


@pytest.fixture(params=BACKENDS, scope="module")
def bare_engine(request: pytest.FixtureRequest) -> Iterator[Engine]:
    """An engine with no tables: enough to evaluate SQL expressions on each backend."""
    url = "sqlite://" if request.param == "sqlite" else os.environ[POSTGRES_ENV]
    engine = create_engine(url)
    yield engine
    engine.dispose()


@settings(max_examples=200, deadline=None)
@given(day=st.dates(dt.date(2000, 1, 1), dt.date(2060, 12, 31)), months=st.integers(-60, 60))
def test_sql_month_arithmetic_matches_python(
    bare_engine: Engine, day: dt.date, months: int
) -> None:
    statement = select(
        sql_add_months(bindparam("d", day, type_=Date), bindparam("m", months, type_=Integer))
    )
    with bare_engine.connect() as connection:
        assert connection.execute(statement).scalar() == add_months(day, months)


def _database_at_first_schema(url: str) -> None:
    """A database as the first released schema made it, with a site and an officer in it."""
    engine = create_engine(url)
    with engine.begin() as connection:
        command.upgrade(migrations_config(connection), "0001")
        now = dt.datetime(2026, 1, 5, 8, 30, tzinfo=dt.UTC)
        connection.execute(
            text(
                "INSERT INTO sites (id, uid, name, role, created_at) "
                "VALUES (1, :uid, 'Old site', 'site', :now)"
            ),
            {"uid": uuid.uuid4().hex, "now": now},
        )
        connection.execute(text("INSERT INTO installation (id, site_id) VALUES (1, 1)"))
        connection.execute(
            text(
                "INSERT INTO contingents (id, uid, code, name, language, updated_at, site_id, "
                "created_at) VALUES (1, :uid, 'KEN', 'Kenya', 'en', :now, 1, :now)"
            ),
            {"uid": uuid.uuid4().hex, "now": now},
        )
        connection.execute(
            text(
                "INSERT INTO officers (id, uid, contingent_id, service_number, family_name, "
                "given_names, status, search_text, updated_at, site_id, updated_site_id, "
                "created_at) VALUES (1, :uid, 1, '0042', 'Wanjiru', 'Grace', 'active', "
                "'wanjiru grace 0042', :now, 1, 1, :now)"
            ),
            {"uid": uuid.uuid4().hex, "now": now},
        )
        # That program audited every change (a trail emptied while records stay is refused).
        connection.execute(
            text(
                "INSERT INTO audit_log (uid, at, actor, site_id, action, entity, summary) "
                "VALUES (:uid, :now, 'old', 1, 'create', 'officer', 'Added officer 0042')"
            ),
            {"uid": uuid.uuid4().hex, "now": now},
        )
    engine.dispose()


def test_a_database_of_the_first_schema_is_upgraded_with_its_data(database_url: str) -> None:
    _database_at_first_schema(database_url)
    database = open_database(database_url)
    with database.engine.connect() as connection:
        assert MigrationContext.configure(connection).get_current_revision() == head_revision()
        assert compare_metadata(MigrationContext.configure(connection), Base.metadata) == []
    with database.reading() as session:
        officer = session.scalars(select(Officer)).one()
        assert (officer.service_number, officer.family_name) == ("0042", "Wanjiru")
        installation = session.get(Installation, 1)
        assert installation is not None
        site = session.get(Site, installation.site_id)
        assert len(installation_private_key(session)) == 32
        assert site is not None and site.name == "Old site"
        assert site.public_key is not None and len(site.public_key) == 32
    database.close()


def test_a_sqlite_file_is_copied_aside_before_it_is_upgraded(sqlite_url: str) -> None:
    _database_at_first_schema(sqlite_url)
    path = Path(sqlite_url.removeprefix("sqlite:///"))
    open_database(sqlite_url).close()
    (backup,) = path.parent.glob("mission.before-upgrade-0001-*.sqlite")
    with sqlite3.connect(backup) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert connection.execute("SELECT family_name FROM officers").fetchone() == ("Wanjiru",)
    # Opening the upgraded file again makes no second copy.
    open_database(sqlite_url).close()
    assert len(list(path.parent.glob("mission.before-upgrade-*"))) == 1


def test_a_locked_database_is_a_plain_message_and_nothing_is_lost(
    sqlite_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = open_database(sqlite_url)
    Mission.set_up(database).officer("001")
    database.close()
    monkeypatch.setattr("mss_training.db.database.BUSY_TIMEOUT_MS", 200)
    other_program = sqlite3.connect(sqlite_url.removeprefix("sqlite:///"))
    other_program.execute("BEGIN IMMEDIATE")
    try:
        database = open_database(sqlite_url)
        with (
            pytest.raises(DatabaseAccessError, match="busy with another program"),
            database.transaction() as session,
        ):
            add_officers(session, [OfficerInput("KEN", "002", "Kamau", "John")], ACTOR)
    finally:
        other_program.rollback()
        other_program.close()
    with database.reading() as session:
        assert session.scalars(select(Officer.service_number)).all() == ["001"]
    database.close()
