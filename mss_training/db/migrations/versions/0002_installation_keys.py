"""Each installation gets an Ed25519 key pair; sites keep their public keys.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("sites") as batch:
        batch.add_column(sa.Column("public_key", sa.LargeBinary(), nullable=True))
    with op.batch_alter_table("installation") as batch:
        batch.add_column(sa.Column("private_key", sa.LargeBinary(), nullable=True))
    # A database made before this revision already has its identity: give it keys.
    connection = op.get_bind()
    row = connection.execute(sa.text("SELECT site_id FROM installation WHERE id = 1")).first()
    if row is not None:
        private = Ed25519PrivateKey.generate()
        public = private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
        connection.execute(
            sa.text("UPDATE installation SET private_key = :key WHERE id = 1"),
            {"key": private.private_bytes_raw()},
        )
        connection.execute(
            sa.text("UPDATE sites SET public_key = :key WHERE id = :site"),
            {"key": public, "site": row.site_id},
        )
    with op.batch_alter_table("installation") as batch:
        batch.alter_column("private_key", existing_type=sa.LargeBinary(), nullable=False)


def downgrade() -> None:
    with op.batch_alter_table("installation") as batch:
        batch.drop_column("private_key")
    with op.batch_alter_table("sites") as batch:
        batch.drop_column("public_key")
