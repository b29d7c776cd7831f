"""Script tokens: a site's script signs in with a token instead of the password.

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0021"
down_revision: str | None = "0020"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "script_tokens",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("token_hash", sa.String(64), nullable=False),
        sa.Column("label", sa.String(100), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("password_digest", sa.String(64), nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name="fk_script_tokens_user_id_users"),
        sa.PrimaryKeyConstraint("id", name="pk_script_tokens"),
        sa.UniqueConstraint("token_hash", name="uq_script_tokens_token_hash"),
    )
    op.create_index("ix_script_tokens_user_id", "script_tokens", ["user_id"])


def downgrade() -> None:
    op.drop_index("ix_script_tokens_user_id", table_name="script_tokens")
    op.drop_table("script_tokens")
