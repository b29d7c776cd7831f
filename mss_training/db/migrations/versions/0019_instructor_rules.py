"""A module revision says what its sessions' instructors must hold.

Revision ID: 0018
Revises: 0012
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0019"
down_revision: str | None = "0018"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("module_revisions", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("instructor_requires", sa.JSON(), nullable=False, server_default="[]")
        )
        batch_op.add_column(
            sa.Column("instructor_current", sa.Boolean(), nullable=False, server_default=sa.false())
        )


def downgrade() -> None:
    with op.batch_alter_table("module_revisions", schema=None) as batch_op:
        batch_op.drop_column("instructor_current")
        batch_op.drop_column("instructor_requires")
