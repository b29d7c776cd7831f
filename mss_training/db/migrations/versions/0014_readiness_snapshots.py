"""Signed readiness snapshots, kept as they were signed.

Revision ID: 0014
Revises: 0010
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "readiness_snapshots",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.Uuid(), nullable=False),
        sa.Column("taken_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("taken_by", sa.String(100), nullable=False),
        sa.Column("as_of", sa.Date(), nullable=False),
        sa.Column("contingent", sa.String(10), nullable=True),
        sa.Column("through", sa.Date(), nullable=True),
        sa.Column("assessment", sa.String(20), nullable=False),
        sa.Column("remarks", sa.Text(), nullable=False),
        sa.Column("contingents", sa.JSON(), nullable=True),
        sa.Column("officers", sa.Integer(), nullable=False),
        sa.Column("ready", sa.Integer(), nullable=False),
        sa.Column("curriculum_version", sa.String(50), nullable=False),
        sa.Column("audit_entries", sa.Integer(), nullable=False),
        sa.Column("audit_head", sa.String(64), nullable=False),
        sa.Column("document", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_readiness_snapshots"),
        sa.UniqueConstraint("uid", name="uq_readiness_snapshots_uid"),
    )


def downgrade() -> None:
    op.drop_table("readiness_snapshots")
