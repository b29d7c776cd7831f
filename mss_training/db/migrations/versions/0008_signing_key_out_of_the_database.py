"""Move the installation's signing key out of the database, into this computer's key store.

The SQLite file was copied beside itself before this runs (db/database.py), so the copy
still holds the key until whoever upgraded deletes it (docs/audit-and-backups.md).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01
"""

import uuid
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from mss_training.keystore import key_path, load_key_file, public_key_of, save_key

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    connection = op.get_bind()
    row = connection.execute(
        sa.text(
            "SELECT installation.private_key, sites.uid, sites.public_key FROM installation "
            "JOIN sites ON sites.id = installation.site_id WHERE installation.id = 1"
        )
    ).first()
    if row is not None and row.private_key is not None:
        uid = uuid.UUID(str(row.uid))
        key = bytes(row.private_key)
        if public_key_of(key) == bytes(row.public_key or b""):
            save_key(uid, key)
        # else: a key that does not match the site's public key signs nothing that
        # verifies; it is dropped, and signing asks for the real one.
    with op.batch_alter_table("installation") as batch:
        batch.drop_column("private_key")


def downgrade() -> None:
    with op.batch_alter_table("installation") as batch:
        batch.add_column(sa.Column("private_key", sa.LargeBinary(), nullable=True))
    connection = op.get_bind()
    row = connection.execute(
        sa.text(
            "SELECT sites.uid FROM installation JOIN sites ON sites.id = installation.site_id "
            "WHERE installation.id = 1"
        )
    ).first()
    key = None if row is None else load_key_file(key_path(uuid.UUID(str(row.uid))))
    if key is not None:
        connection.execute(
            sa.text("UPDATE installation SET private_key = :key WHERE id = 1"), {"key": key}
        )
