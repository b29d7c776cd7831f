"""Eligibility holds on officers, and whether the curriculum asks for vetting.

Revision ID: 0012
Revises: 0013
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Not in batch mode: SQLite would rebuild the table, which other tables refer to; it
    # adds a column with a constant default in place.
    op.add_column(
        "curriculum_versions",
        sa.Column("requires_vetting", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    op.create_table(
        "eligibility_holds",
        sa.Column("officer_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("vetting_status", sa.String(length=10), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("reference", sa.String(length=100), nullable=False),
        sa.Column("placed_by", sa.String(length=100), nullable=False),
        sa.Column("since", sa.Date(), nullable=False),
        sa.Column("until", sa.Date(), nullable=True),
        sa.Column("lifted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("lifted_on", sa.Date(), nullable=True),
        sa.Column("lifted_by", sa.String(length=100), nullable=True),
        sa.Column("lift_reason", sa.Text(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("stored_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "kind IN ('vetting', 'conduct', 'medical', 'administrative')",
            name=op.f("ck_eligibility_holds_kind"),
        ),
        sa.CheckConstraint(
            "vetting_status IS NULL OR vetting_status IN ('pending', 'cleared', 'refused')",
            name=op.f("ck_eligibility_holds_vetting_status"),
        ),
        sa.CheckConstraint(
            "until IS NULL OR until >= since", name=op.f("ck_eligibility_holds_dates")
        ),
        sa.ForeignKeyConstraint(
            ["officer_id"], ["officers.id"], name=op.f("fk_eligibility_holds_officer_id_officers")
        ),
        sa.ForeignKeyConstraint(
            ["site_id"], ["sites.id"], name=op.f("fk_eligibility_holds_site_id_sites")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_eligibility_holds")),
        sa.UniqueConstraint("uid", name=op.f("uq_eligibility_holds_uid")),
    )
    op.create_index(
        "ix_eligibility_holds_officer", "eligibility_holds", ["officer_id", "since"], unique=False
    )


def downgrade() -> None:
    op.drop_index("ix_eligibility_holds_officer", table_name="eligibility_holds")
    op.drop_table("eligibility_holds")
    op.drop_column("curriculum_versions", "requires_vetting")
