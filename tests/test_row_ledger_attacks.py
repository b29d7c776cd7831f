"""The issue's attacker, with sqlite3 or psql on a mission: every edit is named by audit verify."""

import datetime as dt
import io
from collections.abc import Callable

import pytest
from sqlalchemy import Connection, select, text

from mss_training.cli import main
from mss_training.db import Database, open_database
from mss_training.models import Result
from mss_training.services.audit import verify_audit_trail
from mss_training.services.certificates import (
    IssueOptions,
    certificate_for_officer,
    revoke_certificate,
)
from mss_training.services.personnel import OfficerInput, OfficerRef, add_officers
from mss_training.services.training import AttendeeResult, SessionInput, record_session
from tests.mission import ACTOR, set_up_for_the_command_line
from tests.tampering import behind_the_back

pytestmark = pytest.mark.tampers
OFFICER = OfficerRef("KEN", "KEN-00017")


def _train(database: Database, module: str, day: dt.date, score: float) -> None:
    with database.transaction() as session:
        record_session(
            session,
            SessionInput(
                module=module, starts_on=day, ends_on=day, location="Range",
                results=(AttendeeResult(OFFICER, True, score),),
            ),
            ACTOR,
        )  # fmt: skip


def _mission(url: str) -> Database:
    """An officer with a failed firearms retake and a revoked use-of-force certificate."""
    set_up_for_the_command_line(url)
    database = open_database(url)
    with database.transaction() as session:
        add_officers(
            session, [OfficerInput("KEN", "KEN-00017", "Otieno", "Ken", roles=("IPO",))], ACTOR
        )
    _train(database, "FRM-101", dt.date(2026, 3, 1), 85)
    _train(database, "FRM-101", dt.date(2026, 9, 1), 71)  # the retake, failed
    _train(database, "UOF-101", dt.date(2026, 3, 3), 90)
    with database.transaction() as session:
        content = certificate_for_officer(session, OFFICER, "UOF-101", ACTOR, IssueOptions())
        revoke_certificate(session, content.serial, "Issued in error", ACTOR)
    return database


def _failed_retake(connection: Connection) -> int:
    return int(
        connection.execute(text("SELECT max(id) FROM results WHERE outcome = 'fail'")).scalar_one()
    )


def _retake_passed(connection: Connection) -> str:
    row = _failed_retake(connection)
    connection.execute(text(f"UPDATE results SET outcome = 'pass' WHERE id = {row}"))
    return f"Results row {row} (officer KEN KEN-00017, FRM-101 of 1 September 2026) was changed"


def _score_raised(connection: Connection) -> str:
    row = _failed_retake(connection)
    connection.execute(text(f"UPDATE results SET score = 95, outcome = 'pass' WHERE id = {row}"))
    return f"Results row {row} (officer KEN KEN-00017, FRM-101 of 1 September 2026) was changed"


def _fail_deleted(connection: Connection) -> str:
    row = _failed_retake(connection)
    connection.execute(text(f"DELETE FROM results WHERE id = {row}"))
    return f"Results row {row} (written by audit entry"


def _fake_pass_inserted(connection: Connection) -> str:
    row = _failed_retake(connection)
    uid = "'0123456789abcdef0123456789abcdef'"
    if connection.dialect.name == "postgresql":
        uid += "::uuid"
    connection.execute(
        text(
            "INSERT INTO results (id, uid, created_at, site_id, stored_at, session_id, "
            "officer_id, module_id, completed_on, kind, supersedes_id, attended, score, "
            f"outcome, reason, recorded_by) SELECT {row + 100}, {uid}, created_at, site_id, "
            "stored_at, session_id, officer_id, module_id, completed_on, kind, NULL, "
            f"attended, 99, 'pass', reason, recorded_by FROM results WHERE id = {row}"
        )
    )
    return (
        f"Results row {row + 100} (officer KEN KEN-00017, FRM-101 of 1 September 2026) was inserted"
    )


def _renamed(connection: Connection) -> str:
    connection.execute(text("UPDATE officers SET family_name = 'Kamau'"))
    return "Officers row 1 (officer KEN KEN-00017, Kamau) was changed"


def _unrevoked(connection: Connection) -> str:
    connection.execute(text("UPDATE certificates SET revoked_at = NULL, revoked_reason = NULL"))
    return "Certificates row 1 (serial "


def _validity_removed(connection: Connection) -> str:
    connection.execute(
        text(
            "UPDATE module_revisions SET validity_months = NULL WHERE module_id = "
            "(SELECT id FROM modules WHERE code = 'FRM-101')"
        )
    )
    return "Module_revisions row"  # named by module and curriculum, checked below


def _pass_mark_lowered(connection: Connection) -> str:
    connection.execute(
        text(
            "UPDATE module_revisions SET pass_mark = 50 WHERE module_id = "
            "(SELECT id FROM modules WHERE code = 'FRM-101')"
        )
    )
    return "Module_revisions row"


def _commander_promoted(connection: Connection) -> str:
    connection.execute(text("UPDATE users SET role = 'administrator' WHERE username = 'commander'"))
    return "Users row"


ATTACKS: dict[str, Callable[[Connection], str]] = {
    "a failed firearms retake changed to pass": _retake_passed,
    "its score raised from 71 to 95": _score_raised,
    "a failed result deleted": _fail_deleted,
    "a fake passing result inserted": _fake_pass_inserted,
    "an officer renamed": _renamed,
    "a revoked certificate un-revoked": _unrevoked,
    "a module's validity removed": _validity_removed,
    "its pass mark lowered": _pass_mark_lowered,
    "a commander changed to administrator": _commander_promoted,
}


@pytest.mark.parametrize("attack", ATTACKS, ids=list(ATTACKS))
def test_each_attack_is_named_by_audit_verify(database_url: str, attack: str) -> None:
    database = _mission(database_url)
    out = io.StringIO()
    assert main(["--db", database_url, "audit", "verify"], out=out) == 0, out.getvalue()
    with behind_the_back(database_url) as connection:
        expected = ATTACKS[attack](connection)
    out = io.StringIO()
    assert main(["--db", database_url, "audit", "verify"], out=out) == 1
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("Audit trail intact (")
    assert any(line.startswith(expected) for line in lines[1:]), lines
    assert all("behind the program's back" in line for line in lines[1:])
    if "Module_revisions" in expected:
        assert any("FRM-101 in curriculum" in line for line in lines)
    if "Users row" in expected:
        assert any("username commander" in line for line in lines)
    with database.reading() as session:  # what the start-up check calls
        assert not verify_audit_trail(session).intact
    database.close()


def test_the_retake_changed_to_pass_would_have_made_the_officer_ready(
    database_url: str,
) -> None:
    """The attack matters: with the edit the officer's firearms pass is current."""
    database = _mission(database_url)
    with behind_the_back(database_url) as connection:
        _retake_passed(connection)
    with database.reading() as session:
        outcomes = session.scalars(select(Result.outcome).order_by(Result.id)).all()
    assert outcomes.count("fail") == 0
    database.close()
