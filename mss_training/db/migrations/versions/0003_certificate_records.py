"""Issued certificates keep what was printed, their signed code and the PDF's hash.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("certificates") as batch:
        batch.add_column(sa.Column("language", sa.String(10), nullable=False, server_default="en"))
        batch.add_column(sa.Column("printed", sa.JSON(), nullable=False, server_default="{}"))
        batch.add_column(sa.Column("code", sa.Text(), nullable=False, server_default=""))
        batch.add_column(sa.Column("pdf_sha256", sa.String(64), nullable=False, server_default=""))
        batch.add_column(sa.Column("issued_by", sa.String(100), nullable=False, server_default=""))
    # The defaults only filled rows that existed; new rows always say what they are.
    with op.batch_alter_table("certificates") as batch:
        for column, kind in (
            ("language", sa.String(10)),
            ("printed", sa.JSON()),
            ("code", sa.Text()),
            ("pdf_sha256", sa.String(64)),
            ("issued_by", sa.String(100)),
        ):
            batch.alter_column(column, existing_type=kind, server_default=None)


def downgrade() -> None:
    with op.batch_alter_table("certificates") as batch:
        for column in ("issued_by", "pdf_sha256", "code", "printed", "language"):
            batch.drop_column(column)
