"""Chain and sign the audit trail; a table of installation settings (backups).

Entries written before this revision are numbered in the order they were written and
chained, so an upgraded database verifies like a new one.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-27
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from mss_training.audit_chain import FIELDS, GENESIS, entry_hash, sign_entry, sign_head
from mss_training.models import UTCDateTime

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The audit log as this revision knows it, whatever the models say later.
audit_log = sa.table(
    "audit_log",
    sa.column("id", sa.Integer),
    sa.column("number", sa.Integer),
    sa.column("uid", sa.Uuid),
    sa.column("at", UTCDateTime),
    sa.column("actor", sa.String),
    sa.column("site_id", sa.Integer),
    sa.column("action", sa.String),
    sa.column("entity", sa.String),
    sa.column("entity_uid", sa.Uuid),
    sa.column("summary", sa.Text),
    sa.column("before", sa.JSON),
    sa.column("after", sa.JSON),
    sa.column("previous_hash", sa.String),
    sa.column("entry_hash", sa.String),
    sa.column("signature", sa.LargeBinary),
)


def _chain_existing_entries(connection: sa.Connection) -> None:
    key = connection.execute(sa.text("SELECT private_key FROM installation WHERE id = 1")).scalar()
    if key is None:
        return  # a database still being created has no entries yet
    previous, number, sealed = GENESIS, 0, []
    rows = connection.execute(
        sa.select(audit_log.c.id, *(audit_log.c[name] for name in FIELDS)).order_by(audit_log.c.id)
    )
    for row in rows.mappings():
        number += 1
        digest = entry_hash([row[name] for name in FIELDS], previous)
        sealed.append(
            {
                "row_id": row["id"],
                "number": number,
                "previous_hash": previous,
                "entry_hash": digest,
                "signature": sign_entry(key, digest),
            }
        )
        previous = digest
    if sealed:
        connection.execute(
            audit_log.update()
            .where(audit_log.c.id == sa.bindparam("row_id"))
            .values(
                number=sa.bindparam("number"),
                previous_hash=sa.bindparam("previous_hash"),
                entry_hash=sa.bindparam("entry_hash"),
                signature=sa.bindparam("signature"),
            ),
            sealed,
        )
    connection.execute(
        sa.text(
            "UPDATE installation SET audit_entries = :entries, audit_head = :head, "
            "audit_head_signature = :signature WHERE id = 1"
        ),
        {"entries": number, "head": previous, "signature": sign_head(key, number, previous)},
    )


def upgrade() -> None:
    with op.batch_alter_table("audit_log") as batch:
        batch.add_column(sa.Column("number", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("previous_hash", sa.String(64), nullable=True))
        batch.add_column(sa.Column("entry_hash", sa.String(64), nullable=True))
        batch.add_column(sa.Column("signature", sa.LargeBinary(), nullable=True))
    with op.batch_alter_table("installation") as batch:
        batch.add_column(
            sa.Column("audit_entries", sa.Integer(), nullable=False, server_default="0")
        )
        batch.add_column(sa.Column("audit_head", sa.String(64), nullable=True))
        batch.add_column(sa.Column("audit_head_signature", sa.LargeBinary(), nullable=True))
    _chain_existing_entries(op.get_bind())
    with op.batch_alter_table("audit_log") as batch:
        for column, kind in (
            ("number", sa.Integer()),
            ("previous_hash", sa.String(64)),
            ("entry_hash", sa.String(64)),
            ("signature", sa.LargeBinary()),
        ):
            batch.alter_column(column, existing_type=kind, nullable=False)
        batch.create_unique_constraint("uq_audit_log_number", ["number"])
    with op.batch_alter_table("installation") as batch:
        batch.alter_column("audit_entries", existing_type=sa.Integer(), server_default=None)
        batch.alter_column("audit_head", existing_type=sa.String(64), nullable=False)
        batch.alter_column("audit_head_signature", existing_type=sa.LargeBinary(), nullable=False)
    op.create_table(
        "settings",
        sa.Column("key", sa.String(100), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("updated_by", sa.String(100), nullable=False),
        sa.PrimaryKeyConstraint("key", name="pk_settings"),
    )


def downgrade() -> None:
    op.drop_table("settings")
    with op.batch_alter_table("installation") as batch:
        for column in ("audit_head_signature", "audit_head", "audit_entries"):
            batch.drop_column(column)
    with op.batch_alter_table("audit_log") as batch:
        batch.drop_constraint("uq_audit_log_number", type_="unique")
        for column in ("signature", "entry_hash", "previous_hash", "number"):
            batch.drop_column(column)
