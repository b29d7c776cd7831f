"""A planned session's expected attendee may be reported absent on the day.

Revision ID: 0018
Revises: 0012
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0018"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("session_attendees", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("absent_marked_at", sa.DateTime(timezone=True), nullable=True)
        )


def downgrade() -> None:
    with op.batch_alter_table("session_attendees", schema=None) as batch_op:
        batch_op.drop_column("absent_marked_at")
