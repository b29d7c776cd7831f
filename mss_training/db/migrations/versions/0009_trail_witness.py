"""Witnessing other installations' audit trails, and keeping their co-signatures of ours.

Revision ID: 0009
Revises: 0006
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "trail_witness",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("entry_hash", sa.String(64), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("witnessed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("lost_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["site_id"], ["sites.id"], name="fk_trail_witness_site_id_sites"),
        sa.PrimaryKeyConstraint("id", name="pk_trail_witness"),
    )
    op.create_index("ix_trail_witness_site_number", "trail_witness", ["site_id", "number"])
    op.create_table(
        "trail_cosignatures",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("witness_site_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("entry_hash", sa.String(64), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("signature", sa.LargeBinary(), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["witness_site_id"], ["sites.id"], name="fk_trail_cosignatures_witness_site_id_sites"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_trail_cosignatures"),
    )


def downgrade() -> None:
    op.drop_table("trail_cosignatures")
    op.drop_index("ix_trail_witness_site_number", table_name="trail_witness")
    op.drop_table("trail_witness")
