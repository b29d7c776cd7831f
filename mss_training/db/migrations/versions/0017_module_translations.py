"""Module titles, descriptions and objectives may carry translations (fr, es, ht).

Revision ID: 0017
Revises: 0014
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0017"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("module_revisions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("translations", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("module_revisions", schema=None) as batch_op:
        batch_op.drop_column("translations")
