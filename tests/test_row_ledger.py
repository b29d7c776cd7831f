"""Every covered row is in the signed trail: a change behind the program's back is named.

The cases come from the covered-table list (every table minus the short exemption list),
so a table added later is tampered with here too, and a table the mission leaves empty
fails the test rather than skipping it.
"""

import contextlib
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select, text

from mss_training.db import Database, open_database, row_digests
from mss_training.domain import HoldKind, UserRole
from mss_training.io.curriculum_file import default_curriculum
from mss_training.models import AuditEntry, Base, Result
from mss_training.services.audit import verify_audit_trail
from mss_training.services.certificates import (
    IssueOptions,
    certificate_for_officer,
    revoke_certificate,
)
from mss_training.services.demo import add_demo_accounts, generate_demo
from mss_training.services.holds import HoldInput, lift_hold, place_hold
from mss_training.services.permissions import Actor
from mss_training.services.personnel import OfficerInput, OfficerRef, add_officers
from mss_training.services.settings import BackupSettings, save_backup_settings
from mss_training.services.setup import set_up_database
from mss_training.services.snapshots import CommanderAssessment, SnapshotRequest, take_snapshot
from mss_training.services.tokens import issue_token
from mss_training.services.training import (
    AttendeeResult,
    ExemptionInput,
    SessionInput,
    grant_exemption,
    record_session,
)
from mss_training.sync.duplicates import likely_duplicates, settle_duplicate
from tests.conftest import BACKENDS, postgres_schema
from tests.crash.missions import DATABASE, old_schema_mission
from tests.mission import ACTOR
from tests.sync.nodes import OPENED, Node, mission
from tests.tampering import COVERED, behind_the_back, change, delete, insert_copy, names, row_keys

ADMINISTRATOR = Actor("test.administrator", UserRole.ADMINISTRATOR)


def problems(database: Database) -> list[str]:
    with database.reading() as session:
        return verify_audit_trail(session).problems


def build_full_mission(tmp_path: Path, hq_url: str) -> Database:
    """HQ with rows in every covered table, all written through the program."""
    hq, kenya, jamaica = mission(tmp_path, hq_url=hq_url, sites=2)
    kenya.add_officer("K9", family="Wanjiru")
    kenya.train(["K9"])
    kenya.plan(["K9"], days_ahead=7)  # expected attendees, merged into HQ by a bundle
    kenya.send(hq)
    hq.send(jamaica)
    # The same officer added at two sites before they sync: HQ keeps an alias.
    kenya.add_officer("A1", family="Mwangi")
    jamaica.add_officer("A1", family="Mwangi")
    # The same field edited at two sites, each unaware of the other: a conflict at HQ.
    kenya.edit_officer("K9", rank="Sergeant")
    jamaica.edit_officer("K9", rank="Inspector")
    kenya.send(hq)
    jamaica.send(hq)
    with hq.database.transaction() as session:
        add_officers(
            session,
            [OfficerInput("JAM", "J1", "Brown", "Ann", roles=("IPO",), unit="Kingston Unit")],
            ACTOR,
        )
        grant_exemption(
            session,
            ExemptionInput(
                officer=OfficerRef("KEN", "K9"), module="HR-101", reason="Qualified elsewhere",
                approved_by="Coordinator", granted_on=dt.date(2026, 2, 1), valid_until=None,
            ),
            ACTOR,
        )  # fmt: skip
        save_backup_settings(session, BackupSettings(keep_daily=9), ADMINISTRATOR)
        add_demo_accounts(session)
        issue_token(session, Actor("trainer", UserRole.TRAINING_OFFICER), hours=1, label="run")
        held = place_hold(
            session,
            HoldInput(
                OfficerRef("KEN", "K9"), HoldKind.MEDICAL, "Fitness board", dt.date(2026, 2, 1)
            ),
            ACTOR,
        )
        lift_hold(session, held.hex, "Found fit", ACTOR, on=dt.date(2026, 2, 9))
    with hq.database.transaction() as session:
        content = certificate_for_officer(
            session, OfficerRef("KEN", "K9"), "HR-101", ACTOR, IssueOptions()
        )
        revoke_certificate(session, content.serial, "Printed with a typing error", ACTOR)
        briefing = SnapshotRequest(as_of=dt.date(2026, 2, 10), assessment=CommanderAssessment.YES)
        take_snapshot(session, ACTOR, briefing)
    with hq.database.transaction() as session:
        certificate_for_officer(
            session, OfficerRef("KEN", "K9"), "HR-101", ACTOR,
            IssueOptions(reissue_reason="The first was revoked"),
        )  # fmt: skip
    _a_session_typed_up_at_two_sites(hq, kenya, jamaica)
    return hq.database


def _a_session_typed_up_at_two_sites(hq: Node, *sites: Node) -> None:
    """Two sites recording one paper sign-in sheet: HQ keeps both (sync_kept_duplicates)."""
    for number in ("D1", "D2", "D3"):
        hq.add_officer(number)
    for site in sites:
        hq.send(site)
        with site.database.transaction() as session:
            record_session(
                session,
                SessionInput(
                    module="HR-101", starts_on=dt.date(2026, 3, 2), ends_on=dt.date(2026, 3, 2),
                    location="Gressier classroom",
                    results=tuple(
                        AttendeeResult(OfficerRef("KEN", n), score=85.0) for n in ("D1", "D2", "D3")
                    ),
                ),
                ACTOR,
            )  # fmt: skip
        site.send(hq)
    with hq.database.transaction() as session:
        [pair] = likely_duplicates(session, ACTOR)
        settle_duplicate(session, pair, "keep both", ACTOR)


@pytest.fixture(scope="module", params=BACKENDS)
def full_mission(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Database]:
    folder = tmp_path_factory.mktemp("ledger")
    with contextlib.ExitStack() as stack:
        url = (
            f"sqlite:///{folder / 'hq.sqlite'}"
            if request.param == "sqlite"
            else stack.enter_context(postgres_schema())
        )
        stack.callback(_close_opened)
        yield build_full_mission(folder, url)


def _close_opened() -> None:
    for opened in OPENED:
        opened.close()
    OPENED.clear()


def test_the_exemptions_are_few_and_every_other_table_is_covered() -> None:
    assert set(row_digests.EXEMPT) == {
        "audit_log", "installation", "alembic_version", "effective_passes"
    }  # fmt: skip
    tables = set(Base.metadata.tables) - set(row_digests.EXEMPT) - set(row_digests.FOLDED)
    assert set(COVERED) == tables
    assert {"results", "officers", "certificates", "users", "settings", "sync_peers"} <= tables
    assert "script_tokens" in tables


def test_a_mission_written_by_the_program_verifies_clean(full_mission: Database) -> None:
    assert problems(full_mission) == []


@pytest.mark.tampers
@pytest.mark.parametrize("table_name", COVERED)
@pytest.mark.parametrize("edit", [change, insert_copy, delete])
def test_every_edit_of_every_covered_table_is_named(
    full_mission: Database, table_name: str, edit: object
) -> None:
    table = Base.metadata.tables[table_name]
    with behind_the_back(full_mission.url) as connection:
        keys = row_keys(connection, table)
    assert keys, f"the test mission has no {table_name} rows: give it some"
    with behind_the_back(full_mission.url) as connection:
        done = edit(connection, table, keys[-1])  # type: ignore[operator]
    try:
        found = problems(full_mission)
        assert names(done, found), (done, found)
    finally:
        with behind_the_back(full_mission.url) as connection:
            done.undo(connection)
    assert problems(full_mission) == []


@pytest.mark.tampers
@pytest.mark.parametrize("edit", [change, insert_copy, delete])
def test_every_edit_of_the_passes_readiness_reads_is_named(
    full_mission: Database, edit: object
) -> None:
    """The table is derived, not sealed: verify works it out again from the results, so a
    pass forged to make an officer ready, or one removed, is found all the same."""
    table = Base.metadata.tables["effective_passes"]
    with behind_the_back(full_mission.url) as connection:
        keys = row_keys(connection, table)
    assert keys, "the test mission has no passes: give it some"
    with behind_the_back(full_mission.url) as connection:
        done = edit(connection, table, keys[-1])  # type: ignore[operator]
    try:
        found = problems(full_mission)
        assert any(
            "(effective_passes)" in problem and "behind the program's back" in problem
            for problem in found
        ), found
    finally:
        with behind_the_back(full_mission.url) as connection:
            done.undo(connection)
    assert problems(full_mission) == []


@pytest.mark.tampers
def test_an_officers_roles_are_part_of_the_officer(full_mission: Database) -> None:
    with behind_the_back(full_mission.url) as connection:
        officer_id, role_id = connection.execute(
            text("SELECT officer_id, role_id FROM officer_roles LIMIT 1")
        ).one()
        connection.execute(
            text("DELETE FROM officer_roles WHERE officer_id = :o AND role_id = :r"),
            {"o": officer_id, "r": role_id},
        )
    try:
        assert any(
            s.startswith(f"Officers row {officer_id} ") and "was changed" in s
            for s in problems(full_mission)
        )
    finally:
        with behind_the_back(full_mission.url) as connection:
            connection.execute(
                text("INSERT INTO officer_roles (officer_id, role_id) VALUES (:o, :r)"),
                {"o": officer_id, "r": role_id},
            )
    assert problems(full_mission) == []


EDITS = {"change": change, "insert": insert_copy, "delete": delete}


@pytest.mark.tampers
def test_two_contingent_codes_changed_alike_are_both_found(full_mission: Database) -> None:
    """KEN and BEN: the same edit of each (first letter to Z) would write ZEN twice, which
    the database refuses; each is changed to a code no row holds, and both are found."""
    table = Base.metadata.tables["contingents"]
    done = []
    try:
        with behind_the_back(full_mission.url) as connection:
            ids: dict[str, int] = dict(
                connection.execute(text("SELECT code, id FROM contingents")).all()
            )
            done = [change(connection, table, ids[code]) for code in ("KEN", "BEN")]
        found = problems(full_mission)
        assert [edit for edit in done if not names(edit, found)] == []
    finally:
        with behind_the_back(full_mission.url) as connection:
            for edit in reversed(done):
                edit.undo(connection)
    assert problems(full_mission) == []


@pytest.mark.tampers
@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    picks=st.lists(
        st.tuples(st.sampled_from(COVERED), st.sampled_from(sorted(EDITS)), st.integers(0, 10**6)),
        min_size=1,
        max_size=4,
        unique_by=lambda pick: (pick[0], pick[2]),
    )
)
def test_random_edits_behind_the_back_are_all_found(
    full_mission: Database, picks: list[tuple[str, str, int]]
) -> None:
    done = []
    seen: set[tuple[str, object]] = set()
    try:
        with behind_the_back(full_mission.url) as connection:
            # Rows as the program left them: an edit never picks a row another one made.
            original = {name: row_keys(connection, Base.metadata.tables[name]) for name in COVERED}
            for table_name, kind, choice in picks:
                table = Base.metadata.tables[table_name]
                keys = original[table_name]
                key = keys[choice % len(keys)]
                if (table_name, key) in seen:
                    continue  # two edits of one row are one edit
                seen.add((table_name, key))
                done.append(EDITS[kind](connection, table, key))
        found = problems(full_mission)
        missed = [edit for edit in done if not names(edit, found)]
        assert missed == [], (missed, found)
    finally:
        with behind_the_back(full_mission.url) as connection:
            for edit in reversed(done):
                edit.undo(connection)
    assert problems(full_mission) == []


@pytest.mark.tampers
def test_an_upgraded_database_is_sealed_whole_then_guarded(tmp_path: Path) -> None:
    """Rows written before the ledger existed are sealed by one entry at the first open."""
    old_schema_mission(tmp_path)
    url = f"sqlite:///{tmp_path / DATABASE}"
    with open_database(url) as database:
        assert problems(database) == []
        with database.reading() as session:
            baseline = session.scalars(
                select(AuditEntry.summary).where(AuditEntry.action == "ledger.baseline")
            ).all()
        assert len(baseline) == 1 and "after the upgrade" in baseline[0]
    with open_database(url) as database:  # opening again seals nothing more
        with database.reading() as session:
            assert (
                session.scalar(select(func.count()).where(AuditEntry.action == "ledger.baseline"))
                == 1
            )
        with behind_the_back(url) as connection:
            connection.execute(text("UPDATE results SET score = 99 WHERE id = 5"))
        assert any(p.startswith("Results row 5 (") for p in problems(database))


def test_a_demo_mission_verifies_clean(database_url: str) -> None:
    """The demo generator's bulk writes (COPY on PostgreSQL) are all sealed."""
    with open_database(database_url) as database:
        with database.transaction() as session:
            set_up_database(session, default_curriculum(), ACTOR)
            generate_demo(session, officers=120, seed=7, today=dt.date(2026, 11, 27), years=2)
        assert problems(database) == []
        with database.reading() as session:
            assert (session.scalar(select(func.count()).select_from(Result)) or 0) > 1000
