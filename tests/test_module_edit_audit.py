"""The audit entry of a module edit lists what changed, never "pass_mark 80 -> 80"."""

from sqlalchemy import select

from mss_training.db import open_database
from mss_training.models import AuditEntry
from mss_training.services.curriculum_editing import save_module, start_draft
from tests.mission import ACTOR, Mission


def test_a_module_edit_audits_only_the_fields_that_changed(database_url: str) -> None:
    with open_database(database_url) as database:
        Mission.set_up(database)
        with database.transaction() as session:
            start_draft(session, "edit-1", ACTOR)
        table = {
            "code": "NEW-1", "title": "New", "category": "Test", "hours": 4,
            "delivery": "classroom", "assessment": "scored", "pass_mark": 80,
        }  # fmt: skip
        with database.transaction() as session:
            save_module(session, "edit-1", table, ACTOR)
        with database.transaction() as session:
            save_module(session, "edit-1", {**table, "hours": 6}, ACTOR)
        with database.reading() as session:
            created, edited = session.execute(
                select(AuditEntry.before, AuditEntry.after)
                .where(AuditEntry.entity == "module")
                .order_by(AuditEntry.id)
            ).all()[-2:]
    assert created.before is None and created.after["pass_mark"] == 80
    assert (edited.before, edited.after) == ({"hours": 4}, {"hours": 6})
