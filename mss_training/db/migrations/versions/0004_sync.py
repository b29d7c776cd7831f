"""Sync between installations: trusted sites, officer field versions, peers, conflicts.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

STORED_TABLES = ("officers", "training_sessions", "results", "exemptions", "certificates")


def upgrade() -> None:
    # Only columns are added to existing tables: SQLite does that in place, where
    # rebuilding a table the others refer to would break their foreign keys.
    op.add_column("sites", sa.Column("enrolled_at", sa.DateTime(timezone=True), nullable=True))
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            "ALTER TABLE sites ADD COLUMN vouched_by_id INTEGER "
            "CONSTRAINT fk_sites_vouched_by_id_sites REFERENCES sites (id)"
        )
    else:
        op.add_column("sites", sa.Column("vouched_by_id", sa.Integer(), nullable=True))
        op.create_foreign_key(
            "fk_sites_vouched_by_id_sites", "sites", "sites", ["vouched_by_id"], ["id"]
        )
    op.add_column(
        "officers", sa.Column("field_versions", sa.JSON(), nullable=False, server_default="{}")
    )
    for table in STORED_TABLES:
        op.add_column(
            table,
            sa.Column(
                "stored_at",
                sa.DateTime(timezone=True),
                nullable=False,
                server_default="1970-01-01 00:00:00",
            ),
        )
        op.execute(sa.text(f"UPDATE {table} SET stored_at = created_at"))
    if op.get_bind().dialect.name != "sqlite":
        # The defaults only filled the rows that existed; new rows always say theirs.
        for table in STORED_TABLES:
            op.alter_column(table, "stored_at", server_default=None)
        op.alter_column("officers", "field_versions", server_default=None)

    op.create_table(
        "officer_aliases",
        sa.Column("uid", sa.Uuid(), nullable=False),
        sa.Column("officer_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["officer_id"], ["officers.id"], name="fk_officer_aliases_officer_id_officers"
        ),
        sa.PrimaryKeyConstraint("uid", name="pk_officer_aliases"),
    )
    op.create_index("ix_officer_aliases_officer_id", "officer_aliases", ["officer_id"])
    op.create_table(
        "sync_peers",
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("last_sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("acknowledged_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_received_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["site_id"], ["sites.id"], name="fk_sync_peers_site_id_sites"),
        sa.PrimaryKeyConstraint("site_id", name="pk_sync_peers"),
    )
    op.create_table(
        "sync_received",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("bundle_uid", sa.Uuid(), nullable=False),
        sa.Column("from_site_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("imported_by", sa.String(100), nullable=False),
        sa.Column("counts", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["from_site_id"], ["sites.id"], name="fk_sync_received_from_site_id_sites"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_sync_received"),
    )
    op.create_index("ix_sync_received_bundle_uid", "sync_received", ["bundle_uid"])
    op.create_table(
        "sync_conflicts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("officer_id", sa.Integer(), nullable=False),
        sa.Column("field", sa.String(40), nullable=False),
        sa.Column("kept_value", sa.JSON(), nullable=True),
        sa.Column("kept_stamp", sa.JSON(), nullable=False),
        sa.Column("other_value", sa.JSON(), nullable=True),
        sa.Column("other_stamp", sa.JSON(), nullable=False),
        sa.Column("found_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("found_in_bundle", sa.Uuid(), nullable=True),
        sa.Column("resolved_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("resolved_by", sa.String(100), nullable=True),
        sa.Column("resolution", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["officer_id"], ["officers.id"], name="fk_sync_conflicts_officer_id_officers"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_sync_conflicts"),
    )
    op.create_index("ix_sync_conflicts_open", "sync_conflicts", ["resolved_at", "officer_id"])


def downgrade() -> None:
    op.drop_table("sync_conflicts")
    op.drop_table("sync_received")
    op.drop_table("sync_peers")
    op.drop_table("officer_aliases")
    for table in STORED_TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("stored_at")
    with op.batch_alter_table("officers") as batch:
        batch.drop_column("field_versions")
    with op.batch_alter_table("sites") as batch:
        batch.drop_constraint("fk_sites_vouched_by_id_sites", type_="foreignkey")
        batch.drop_column("vouched_by_id")
        batch.drop_column("enrolled_at")
