"""A session may be held outside the mission: a qualification recognised from an outside body.

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0020"
down_revision: str | None = "0019"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("training_sessions", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("recognised_by", sa.String(300), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("recognised_reference", sa.String(100), nullable=False, server_default="")
        )


def downgrade() -> None:
    with op.batch_alter_table("training_sessions", schema=None) as batch_op:
        batch_op.drop_column("recognised_reference")
        batch_op.drop_column("recognised_by")
