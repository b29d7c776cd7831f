"""The table of effective passes that readiness reads (db/effective_passes.py).

It is filled when the upgraded database is opened: opening after any upgrade seals every
row (db/database.py), and sealing every result works the whole table out.

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0022"
down_revision: str | None = "0021"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "effective_passes",
        sa.Column("result_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("officer_id", sa.Integer(), nullable=False),
        sa.Column("module_id", sa.Integer(), nullable=False),
        sa.Column("completed_on", sa.Date(), nullable=False),
        sa.PrimaryKeyConstraint("result_id", name="pk_effective_passes"),
    )
    op.create_index(
        "ix_effective_passes_readiness",
        "effective_passes",
        ["officer_id", "module_id", "completed_on"],
    )


def downgrade() -> None:
    op.drop_index("ix_effective_passes_readiness", table_name="effective_passes")
    op.drop_table("effective_passes")
