"""Planned sessions: a session may be planned ahead with its seats and expected attendees.

Revision ID: 0013
Revises: 0017
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ADD COLUMN, not a batch copy: results point at the sessions, so SQLite could
    # not drop the old table to put a copy in its place.
    op.add_column(
        "training_sessions",
        sa.Column("planned", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    op.add_column("training_sessions", sa.Column("seats", sa.Integer(), nullable=True))
    op.create_table(
        "session_attendees",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("officer_id", sa.Integer(), nullable=False),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["officer_id"], ["officers.id"], name=op.f("fk_session_attendees_officer_id_officers")
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["training_sessions.id"],
            name=op.f("fk_session_attendees_session_id_training_sessions"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_session_attendees")),
        sa.UniqueConstraint(
            "session_id", "officer_id", name=op.f("uq_session_attendees_session_id")
        ),
    )
    with op.batch_alter_table("session_attendees", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_session_attendees_officer_id"), ["officer_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("session_attendees", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_session_attendees_officer_id"))
    op.drop_table("session_attendees")
    with op.batch_alter_table("training_sessions", schema=None) as batch_op:
        batch_op.drop_column("seats")
        batch_op.drop_column("planned")
