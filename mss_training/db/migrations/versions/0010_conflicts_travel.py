"""Conflicts that travel in bundles; exact acknowledgements of bundles.

Each conflict gets a uid and the list of every value still standing (with who wrote it
and when), so that it can be carried to the other installations. Peers remember which of
our bundles they confirmed, and each bundle made for a peer is remembered with the uids
of its last hour of facts, so the next one leaves out exactly what the peer holds. Two
sessions a coordinator kept although they looked like one recorded twice are remembered.

Revision ID: 0010
Revises: 0006
Create Date: 2026-12-01
"""

import json
import uuid
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _load(value: object) -> object:
    return json.loads(value) if isinstance(value, str) else value


def upgrade() -> None:
    # Nothing refers to these two tables, so SQLite may rebuild them (batch mode).
    with op.batch_alter_table("sync_conflicts") as batch:
        batch.add_column(sa.Column("uid", sa.Uuid(), nullable=True))
        batch.add_column(sa.Column("candidates", sa.JSON(), nullable=True))
        batch.add_column(sa.Column("found_site_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("resolved_site_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(
            "fk_sync_conflicts_found_site_id_sites", "sites", ["found_site_id"], ["id"]
        )
        batch.create_foreign_key(
            "fk_sync_conflicts_resolved_site_id_sites", "sites", ["resolved_site_id"], ["id"]
        )
    conflicts = sa.table(
        "sync_conflicts",
        sa.column("id", sa.Integer),
        sa.column("uid", sa.Uuid),
        sa.column("candidates", sa.JSON),
        sa.column("kept_value", sa.JSON),
        sa.column("kept_stamp", sa.JSON),
        sa.column("other_value", sa.JSON),
        sa.column("other_stamp", sa.JSON),
    )
    connection = op.get_bind()
    for row in connection.execute(sa.select(conflicts)).all():
        kept, other = _load(row.kept_stamp), _load(row.other_stamp)
        assert isinstance(kept, dict) and isinstance(other, dict)
        candidates = [
            {"value": _load(row.kept_value), **kept},
            {"value": _load(row.other_value), **other},
        ]
        connection.execute(
            conflicts.update()
            .where(conflicts.c.id == row.id)
            .values(uid=uuid.uuid4(), candidates=candidates)
        )
    with op.batch_alter_table("sync_conflicts") as batch:
        batch.alter_column("uid", existing_type=sa.Uuid(), nullable=False)
        batch.alter_column("candidates", existing_type=sa.JSON(), nullable=False)
        batch.create_index("ix_sync_conflicts_uid", ["uid"])
    with op.batch_alter_table("sync_peers") as batch:
        batch.add_column(sa.Column("acknowledged_bundle", sa.Uuid(), nullable=True))
        batch.add_column(sa.Column("last_received_bundle", sa.Uuid(), nullable=True))
    op.create_table(
        "sync_sent",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("bundle_uid", sa.Uuid(), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("tail", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["site_id"], ["sites.id"], name="fk_sync_sent_site_id_sites"),
        sa.PrimaryKeyConstraint("id", name="pk_sync_sent"),
        sa.UniqueConstraint("bundle_uid", name="uq_sync_sent_bundle_uid"),
    )
    op.create_table(
        "sync_kept_duplicates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("first_session_id", sa.Integer(), nullable=False),
        sa.Column("second_session_id", sa.Integer(), nullable=False),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("decided_by", sa.String(100), nullable=False),
        sa.ForeignKeyConstraint(
            ["first_session_id"],
            ["training_sessions.id"],
            name="fk_sync_kept_duplicates_first_session_id_training_sessions",
        ),
        sa.ForeignKeyConstraint(
            ["second_session_id"],
            ["training_sessions.id"],
            name="fk_sync_kept_duplicates_second_session_id_training_sessions",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_sync_kept_duplicates"),
    )


def downgrade() -> None:
    op.drop_table("sync_kept_duplicates")
    op.drop_table("sync_sent")
    with op.batch_alter_table("sync_peers") as batch:
        batch.drop_column("last_received_bundle")
        batch.drop_column("acknowledged_bundle")
    with op.batch_alter_table("sync_conflicts") as batch:
        batch.drop_index("ix_sync_conflicts_uid")
        batch.drop_constraint("fk_sync_conflicts_resolved_site_id_sites", type_="foreignkey")
        batch.drop_constraint("fk_sync_conflicts_found_site_id_sites", type_="foreignkey")
        batch.drop_column("resolved_site_id")
        batch.drop_column("found_site_id")
        batch.drop_column("candidates")
        batch.drop_column("uid")
