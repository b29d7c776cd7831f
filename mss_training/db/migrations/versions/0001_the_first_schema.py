"""the first schema

Revision ID: 0001
Revises:
Create Date: 2026-11-27 05:30:53.057639
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    op.create_table(
        "sites",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=10), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("role IN ('hq', 'site')", name=op.f("ck_sites_role")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sites")),
        sa.UniqueConstraint("uid", name=op.f("uq_sites_uid")),
    )
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.Uuid(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_uid", sa.Uuid(), nullable=True),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("before", sa.JSON(), nullable=True),
        sa.Column("after", sa.JSON(), nullable=True),
        sa.ForeignKeyConstraint(["site_id"], ["sites.id"], name=op.f("fk_audit_log_site_id_sites")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
        sa.UniqueConstraint("uid", name=op.f("uq_audit_log_uid")),
    )
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.create_index("ix_audit_log_entity", ["entity", "entity_uid"], unique=False)

    op.create_table(
        "contingents",
        sa.Column("code", sa.String(length=3), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("name_fr", sa.String(length=200), nullable=True),
        sa.Column("name_es", sa.String(length=200), nullable=True),
        sa.Column("home_agency", sa.String(length=300), nullable=True),
        sa.Column("language", sa.String(length=10), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["site_id"], ["sites.id"], name=op.f("fk_contingents_site_id_sites")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contingents")),
        sa.UniqueConstraint("code", name=op.f("uq_contingents_code")),
        sa.UniqueConstraint("uid", name=op.f("uq_contingents_uid")),
    )
    op.create_table(
        "curriculum_versions",
        sa.Column("label", sa.String(length=50), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("published_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("source_sha256", sa.String(length=64), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "status IN ('draft', 'published', 'retired')",
            name=op.f("ck_curriculum_versions_status"),
        ),
        sa.ForeignKeyConstraint(
            ["site_id"], ["sites.id"], name=op.f("fk_curriculum_versions_site_id_sites")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_curriculum_versions")),
        sa.UniqueConstraint("label", name=op.f("uq_curriculum_versions_label")),
        sa.UniqueConstraint("uid", name=op.f("uq_curriculum_versions_uid")),
    )
    op.create_table(
        "installation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_installation_single_row")),
        sa.ForeignKeyConstraint(
            ["site_id"], ["sites.id"], name=op.f("fk_installation_site_id_sites")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_installation")),
    )
    op.create_table(
        "modules",
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["site_id"], ["sites.id"], name=op.f("fk_modules_site_id_sites")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_modules")),
        sa.UniqueConstraint("code", name=op.f("uq_modules_code")),
        sa.UniqueConstraint("uid", name=op.f("uq_modules_uid")),
    )
    op.create_table(
        "roles",
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["site_id"], ["sites.id"], name=op.f("fk_roles_site_id_sites")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_roles")),
        sa.UniqueConstraint("code", name=op.f("uq_roles_code")),
        sa.UniqueConstraint("uid", name=op.f("uq_roles_uid")),
    )
    op.create_table(
        "module_revisions",
        sa.Column("curriculum_version_id", sa.Integer(), nullable=False),
        sa.Column("module_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("category", sa.String(length=100), nullable=False),
        sa.Column("hours", sa.Float(), nullable=False),
        sa.Column("delivery_mode", sa.String(length=30), nullable=False),
        sa.Column("assessment", sa.String(length=20), nullable=False),
        sa.Column("pass_mark", sa.Float(), nullable=True),
        sa.Column("validity_months", sa.Integer(), nullable=True),
        sa.Column("prerequisites", sa.JSON(), nullable=False),
        sa.Column("objectives", sa.JSON(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "assessment IN ('attendance', 'pass_fail', 'scored')",
            name=op.f("ck_module_revisions_assessment"),
        ),
        sa.CheckConstraint(
            "validity_months IS NULL OR validity_months > 0",
            name=op.f("ck_module_revisions_validity"),
        ),
        sa.ForeignKeyConstraint(
            ["curriculum_version_id"],
            ["curriculum_versions.id"],
            name=op.f("fk_module_revisions_curriculum_version_id_curriculum_versions"),
        ),
        sa.ForeignKeyConstraint(
            ["module_id"], ["modules.id"], name=op.f("fk_module_revisions_module_id_modules")
        ),
        sa.ForeignKeyConstraint(
            ["site_id"], ["sites.id"], name=op.f("fk_module_revisions_site_id_sites")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_module_revisions")),
        sa.UniqueConstraint(
            "curriculum_version_id",
            "module_id",
            name=op.f("uq_module_revisions_curriculum_version_id"),
        ),
        sa.UniqueConstraint("uid", name=op.f("uq_module_revisions_uid")),
    )
    op.create_table(
        "requirements",
        sa.Column("curriculum_version_id", sa.Integer(), nullable=False),
        sa.Column("module_id", sa.Integer(), nullable=False),
        sa.Column("role_id", sa.Integer(), nullable=True),
        sa.Column("contingent_id", sa.Integer(), nullable=True),
        sa.Column("phase", sa.String(length=20), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "phase IN ('pre-deployment', 'induction', 'refresher')",
            name=op.f("ck_requirements_phase"),
        ),
        sa.ForeignKeyConstraint(
            ["contingent_id"],
            ["contingents.id"],
            name=op.f("fk_requirements_contingent_id_contingents"),
        ),
        sa.ForeignKeyConstraint(
            ["curriculum_version_id"],
            ["curriculum_versions.id"],
            name=op.f("fk_requirements_curriculum_version_id_curriculum_versions"),
        ),
        sa.ForeignKeyConstraint(
            ["module_id"], ["modules.id"], name=op.f("fk_requirements_module_id_modules")
        ),
        sa.ForeignKeyConstraint(
            ["role_id"], ["roles.id"], name=op.f("fk_requirements_role_id_roles")
        ),
        sa.ForeignKeyConstraint(
            ["site_id"], ["sites.id"], name=op.f("fk_requirements_site_id_sites")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_requirements")),
        sa.UniqueConstraint("uid", name=op.f("uq_requirements_uid")),
    )
    with op.batch_alter_table("requirements", schema=None) as batch_op:
        batch_op.create_index(
            "ix_requirements_version", ["curriculum_version_id", "module_id"], unique=False
        )

    op.create_table(
        "training_sessions",
        sa.Column("module_id", sa.Integer(), nullable=False),
        sa.Column("curriculum_version_id", sa.Integer(), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=False),
        sa.Column("location", sa.String(length=300), nullable=False),
        sa.Column("instructors", sa.String(length=500), nullable=False),
        sa.Column("language", sa.String(length=10), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("recorded_by", sa.String(length=100), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.CheckConstraint("ends_on >= starts_on", name=op.f("ck_training_sessions_dates")),
        sa.ForeignKeyConstraint(
            ["curriculum_version_id"],
            ["curriculum_versions.id"],
            name=op.f("fk_training_sessions_curriculum_version_id_curriculum_versions"),
        ),
        sa.ForeignKeyConstraint(
            ["module_id"], ["modules.id"], name=op.f("fk_training_sessions_module_id_modules")
        ),
        sa.ForeignKeyConstraint(
            ["site_id"], ["sites.id"], name=op.f("fk_training_sessions_site_id_sites")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_training_sessions")),
        sa.UniqueConstraint("uid", name=op.f("uq_training_sessions_uid")),
    )
    with op.batch_alter_table("training_sessions", schema=None) as batch_op:
        batch_op.create_index("ix_training_sessions_module", ["module_id", "ends_on"], unique=False)

    op.create_table(
        "units",
        sa.Column("contingent_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contingent_id"], ["contingents.id"], name=op.f("fk_units_contingent_id_contingents")
        ),
        sa.ForeignKeyConstraint(["site_id"], ["sites.id"], name=op.f("fk_units_site_id_sites")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_units")),
        sa.UniqueConstraint("contingent_id", "name", name=op.f("uq_units_contingent_id")),
        sa.UniqueConstraint("uid", name=op.f("uq_units_uid")),
    )
    op.create_table(
        "officers",
        sa.Column("contingent_id", sa.Integer(), nullable=False),
        sa.Column("service_number", sa.String(length=40), nullable=False),
        sa.Column("family_name", sa.String(length=200), nullable=False),
        sa.Column("given_names", sa.String(length=200), nullable=False),
        sa.Column("rank", sa.String(length=100), nullable=True),
        sa.Column("unit_id", sa.Integer(), nullable=True),
        sa.Column("gender", sa.String(length=20), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("deployment_start", sa.Date(), nullable=True),
        sa.Column("deployment_end", sa.Date(), nullable=True),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_site_id", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "status IN ('active', 'rotated_out', 'withdrawn')", name=op.f("ck_officers_status")
        ),
        sa.ForeignKeyConstraint(
            ["contingent_id"],
            ["contingents.id"],
            name=op.f("fk_officers_contingent_id_contingents"),
        ),
        sa.ForeignKeyConstraint(["site_id"], ["sites.id"], name=op.f("fk_officers_site_id_sites")),
        sa.ForeignKeyConstraint(["unit_id"], ["units.id"], name=op.f("fk_officers_unit_id_units")),
        sa.ForeignKeyConstraint(
            ["updated_site_id"], ["sites.id"], name=op.f("fk_officers_updated_site_id_sites")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_officers")),
        sa.UniqueConstraint(
            "contingent_id", "service_number", name=op.f("uq_officers_contingent_id")
        ),
        sa.UniqueConstraint("uid", name=op.f("uq_officers_uid")),
    )
    with op.batch_alter_table("officers", schema=None) as batch_op:
        batch_op.create_index(
            "ix_officers_contingent_status", ["contingent_id", "status"], unique=False
        )
        batch_op.create_index("ix_officers_unit", ["unit_id"], unique=False)

    op.create_table(
        "exemptions",
        sa.Column("officer_id", sa.Integer(), nullable=False),
        sa.Column("module_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("approved_by", sa.String(length=200), nullable=False),
        sa.Column("granted_on", sa.Date(), nullable=False),
        sa.Column("valid_until", sa.Date(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.CheckConstraint("kind IN ('exemption', 'equivalence')", name=op.f("ck_exemptions_kind")),
        sa.CheckConstraint(
            "valid_until IS NULL OR valid_until >= granted_on", name=op.f("ck_exemptions_dates")
        ),
        sa.ForeignKeyConstraint(
            ["module_id"], ["modules.id"], name=op.f("fk_exemptions_module_id_modules")
        ),
        sa.ForeignKeyConstraint(
            ["officer_id"], ["officers.id"], name=op.f("fk_exemptions_officer_id_officers")
        ),
        sa.ForeignKeyConstraint(
            ["site_id"], ["sites.id"], name=op.f("fk_exemptions_site_id_sites")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exemptions")),
        sa.UniqueConstraint("uid", name=op.f("uq_exemptions_uid")),
    )
    with op.batch_alter_table("exemptions", schema=None) as batch_op:
        batch_op.create_index("ix_exemptions_officer", ["officer_id", "module_id"], unique=False)

    op.create_table(
        "officer_roles",
        sa.Column("officer_id", sa.Integer(), nullable=False),
        sa.Column("role_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["officer_id"],
            ["officers.id"],
            name=op.f("fk_officer_roles_officer_id_officers"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["role_id"], ["roles.id"], name=op.f("fk_officer_roles_role_id_roles")
        ),
        sa.PrimaryKeyConstraint("officer_id", "role_id", name=op.f("pk_officer_roles")),
    )
    with op.batch_alter_table("officer_roles", schema=None) as batch_op:
        batch_op.create_index("ix_officer_roles_role", ["role_id", "officer_id"], unique=False)

    op.create_table(
        "results",
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("officer_id", sa.Integer(), nullable=False),
        sa.Column("module_id", sa.Integer(), nullable=False),
        sa.Column("completed_on", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("supersedes_id", sa.Integer(), nullable=True),
        sa.Column("attended", sa.Boolean(), nullable=False),
        sa.Column("score", sa.Float(), nullable=True),
        sa.Column("outcome", sa.String(length=10), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("recorded_by", sa.String(length=100), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "(kind = 'original') = (supersedes_id IS NULL)", name=op.f("ck_results_supersedes")
        ),
        sa.CheckConstraint(
            "kind IN ('original', 'amendment', 'void')", name=op.f("ck_results_kind")
        ),
        sa.CheckConstraint(
            "outcome IN ('pass', 'fail', 'attended', 'absent')", name=op.f("ck_results_outcome")
        ),
        sa.ForeignKeyConstraint(
            ["module_id"], ["modules.id"], name=op.f("fk_results_module_id_modules")
        ),
        sa.ForeignKeyConstraint(
            ["officer_id"], ["officers.id"], name=op.f("fk_results_officer_id_officers")
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["training_sessions.id"],
            name=op.f("fk_results_session_id_training_sessions"),
        ),
        sa.ForeignKeyConstraint(["site_id"], ["sites.id"], name=op.f("fk_results_site_id_sites")),
        sa.ForeignKeyConstraint(
            ["supersedes_id"], ["results.id"], name=op.f("fk_results_supersedes_id_results")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_results")),
        sa.UniqueConstraint("uid", name=op.f("uq_results_uid")),
    )
    with op.batch_alter_table("results", schema=None) as batch_op:
        batch_op.create_index(
            "ix_results_readiness",
            ["officer_id", "module_id", "completed_on", "kind", "outcome", "attended", "score"],
            unique=False,
        )
        batch_op.create_index("ix_results_session", ["session_id"], unique=False)
        batch_op.create_index(
            "ix_results_supersedes",
            ["supersedes_id"],
            unique=False,
            sqlite_where=sa.text("supersedes_id IS NOT NULL"),
            postgresql_where=sa.text("supersedes_id IS NOT NULL"),
        )

    op.create_table(
        "certificates",
        sa.Column("serial", sa.String(length=40), nullable=False),
        sa.Column("officer_id", sa.Integer(), nullable=False),
        sa.Column("module_id", sa.Integer(), nullable=False),
        sa.Column("result_id", sa.Integer(), nullable=True),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("expires_on", sa.Date(), nullable=True),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("revoked_reason", sa.Text(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["module_id"], ["modules.id"], name=op.f("fk_certificates_module_id_modules")
        ),
        sa.ForeignKeyConstraint(
            ["officer_id"], ["officers.id"], name=op.f("fk_certificates_officer_id_officers")
        ),
        sa.ForeignKeyConstraint(
            ["result_id"], ["results.id"], name=op.f("fk_certificates_result_id_results")
        ),
        sa.ForeignKeyConstraint(
            ["site_id"], ["sites.id"], name=op.f("fk_certificates_site_id_sites")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_certificates")),
        sa.UniqueConstraint("serial", name=op.f("uq_certificates_serial")),
        sa.UniqueConstraint("uid", name=op.f("uq_certificates_uid")),
    )


def downgrade() -> None:

    op.drop_table("certificates")
    with op.batch_alter_table("results", schema=None) as batch_op:
        batch_op.drop_index(
            "ix_results_supersedes",
            sqlite_where=sa.text("supersedes_id IS NOT NULL"),
            postgresql_where=sa.text("supersedes_id IS NOT NULL"),
        )
        batch_op.drop_index("ix_results_session")
        batch_op.drop_index("ix_results_readiness")

    op.drop_table("results")
    with op.batch_alter_table("officer_roles", schema=None) as batch_op:
        batch_op.drop_index("ix_officer_roles_role")

    op.drop_table("officer_roles")
    with op.batch_alter_table("exemptions", schema=None) as batch_op:
        batch_op.drop_index("ix_exemptions_officer")

    op.drop_table("exemptions")
    with op.batch_alter_table("officers", schema=None) as batch_op:
        batch_op.drop_index("ix_officers_unit")
        batch_op.drop_index("ix_officers_contingent_status")

    op.drop_table("officers")
    op.drop_table("units")
    with op.batch_alter_table("training_sessions", schema=None) as batch_op:
        batch_op.drop_index("ix_training_sessions_module")

    op.drop_table("training_sessions")
    with op.batch_alter_table("requirements", schema=None) as batch_op:
        batch_op.drop_index("ix_requirements_version")

    op.drop_table("requirements")
    op.drop_table("module_revisions")
    op.drop_table("roles")
    op.drop_table("modules")
    op.drop_table("installation")
    op.drop_table("curriculum_versions")
    op.drop_table("contingents")
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_log_entity")

    op.drop_table("audit_log")
    op.drop_table("sites")
