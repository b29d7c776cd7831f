"""Shared fixtures: real databases in temporary places, on SQLite and (when set) PostgreSQL."""

import contextlib
import os
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import UnboundExecutionError
from sqlalchemy.orm import Session

if TYPE_CHECKING:
    from tests.mission import Mission

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# One key store for the whole run (children of crash tests inherit it): databases made once
# per session and copied into tests keep finding their signing keys.
os.environ.setdefault("MSS_TRAINING_KEYS", tempfile.mkdtemp(prefix="mss-test-keys-"))

POSTGRES_ENV = "MSS_TEST_POSTGRES_URL"
BACKENDS = ["sqlite", "postgresql"] if os.environ.get(POSTGRES_ENV) else ["sqlite"]


@pytest.fixture(autouse=True)
def _isolated_user_folders(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No test may read or write the real user's data folder or database."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.delenv("MSS_TRAINING_DB", raising=False)
    # Commands sign in from the environment, as scripts do: as the demo coordinator, whom
    # demo databases and tests.mission.set_up_for_the_command_line provide.
    monkeypatch.setenv("MSS_TRAINING_USER", "coordinator")
    monkeypatch.setenv("MSS_TRAINING_PASSWORD", "mss-demo")


# SQLite files the program committed to during the current test.
_WRITTEN: set[str] = set()


@event.listens_for(Session, "after_commit")
def _note_written(session: Session) -> None:
    try:
        url = session.get_bind().engine.url
    except UnboundExecutionError:
        return
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        _WRITTEN.add(url.database)


@pytest.fixture(autouse=True)
def _every_written_database_verifies(request: pytest.FixtureRequest) -> Iterator[None]:
    """After a test, every SQLite file the program wrote must verify clean: a write that
    leaves a row outside the signed trail (a Core statement not registered with the row
    ledger, db/ledger.py) fails the test that made it. Tests that tamper are marked."""
    _WRITTEN.clear()
    yield
    written, tampers = sorted(_WRITTEN), request.node.get_closest_marker("tampers")
    _WRITTEN.clear()
    if tampers:
        return
    from mss_training.services.audit import verify_audit_trail

    for path in written:
        if not Path(path).exists():
            continue
        engine = create_engine(f"sqlite:///{path}")
        try:
            with Session(engine) as session:
                problems = verify_audit_trail(session).problems
        finally:
            engine.dispose()
        assert problems == [], f"{path} no longer verifies after this test: {problems}"


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'mission.sqlite'}"


def postgres_schema_url(base_url: str, schema: str) -> str:
    url = make_url(base_url).update_query_dict({"options": f"-csearch_path={schema}"})
    return url.render_as_string(hide_password=False)


@contextlib.contextmanager
def postgres_schema() -> Iterator[str]:
    """A PostgreSQL URL whose tables live in a schema of their own, dropped afterwards."""
    base = os.environ[POSTGRES_ENV]
    schema = f"mss_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield postgres_schema_url(base, schema)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A PostgreSQL database of the test's own; skipped where there is no PostgreSQL."""
    if not os.environ.get(POSTGRES_ENV):
        pytest.skip(f"PostgreSQL tests run only when {POSTGRES_ENV} is set")
    with postgres_schema() as url:
        yield url


@pytest.fixture(params=BACKENDS)
def database_url(request: pytest.FixtureRequest) -> str:
    """A fresh, empty database on each backend under test."""
    fixture = "sqlite_url" if request.param == "sqlite" else "postgres_url"
    url: str = request.getfixturevalue(fixture)
    return url


@pytest.fixture
def mission(database_url: str) -> "Iterator[Mission]":
    """The rules' curriculum (tests/mission.py) on an empty database of each backend; a
    file whose tests need more defines its own ``mission``."""
    from mss_training.db import open_database
    from tests.mission import Mission

    database = open_database(database_url)
    yield Mission.set_up(database)
    database.close()
