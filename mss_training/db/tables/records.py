"""The mission's records: sites, contingents, officers, the curriculum, sessions, results,
exemptions, holds and certificates."""

import uuid

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Column,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
    UniqueConstraint,
    Uuid,
    false,
    text,
)

from mss_training.dates import utc_now
from mss_training.db.tables.columns import UTCDateTime, metadata, stored, travelling
from mss_training.domain import (
    Assessment,
    CurriculumStatus,
    ExemptionKind,
    HoldKind,
    OfficerStatus,
    Outcome,
    Phase,
    ResultKind,
    SiteRole,
    VettingStatus,
    check_values,
)

# An installation of MSS Training: mission HQ or a training site. (models.Site)
sites = Table(
    "sites",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("uid", Uuid, nullable=False, unique=True, default=uuid.uuid4),
    Column("name", String(200), nullable=False),
    Column("role", String(10), nullable=False, default=SiteRole.SITE.value),
    Column("created_at", UTCDateTime, nullable=False, default=utc_now),
    # The site's Ed25519 public key (32 bytes), which verifies what it signs.
    Column("public_key", LargeBinary),
    # When this installation enrolled the site (exchanged keys with it) and so trusts
    # its bundles; a site HQ has enrolled is trusted through HQ (``vouched_by``).
    Column("enrolled_at", UTCDateTime),
    Column("vouched_by_id", Integer, ForeignKey("sites.id")),
    # The contingent codes HQ enrolled the site for; None: every contingent. A bundle from
    # the site holding records of other contingents is refused (sync/rules.py).
    Column("contingents", JSON),
    CheckConstraint(f"role IN ({check_values(SiteRole)})", name="role"),
)


# The one row that says which site this database is. (models.Installation)
installation = Table(
    "installation",
    metadata,
    Column("id", Integer, primary_key=True, default=1),
    Column("site_id", Integer, ForeignKey("sites.id"), nullable=False),
    # The Ed25519 private key is not here: it is in this computer's key store
    # (mss_training/keystore.py), so that a copy of the file cannot sign.
    # The audit trail's head: how many entries it has and the last one's hash, signed, so
    # that deleting the newest entries is found (mss_training/audit_chain.py).
    Column("audit_entries", Integer, nullable=False, default=0),
    Column("audit_head", String(64), nullable=False),
    Column("audit_head_signature", LargeBinary, nullable=False),
    CheckConstraint("id = 1", name="single_row"),
)


contingents = Table(
    "contingents",
    metadata,
    Column("code", String(3), nullable=False, unique=True),
    Column("name", String(200), nullable=False),
    Column("name_fr", String(200)),
    Column("name_es", String(200)),
    Column("home_agency", String(300)),
    Column("language", String(10), nullable=False, default="en"),
    Column("updated_at", UTCDateTime, nullable=False, default=utc_now),
    *travelling(),
)


units = Table(
    "units",
    metadata,
    Column("contingent_id", Integer, ForeignKey("contingents.id"), nullable=False),
    Column("name", String(200), nullable=False),
    Column("updated_at", UTCDateTime, nullable=False, default=utc_now),
    *travelling(),
    UniqueConstraint("contingent_id", "name"),
)


# A role an officer holds (individual police officer, FPU member, commander, ...). (models.Role)
roles = Table(
    "roles",
    metadata,
    Column("code", String(20), nullable=False, unique=True),
    Column("name", String(200), nullable=False),
    *travelling(),
)


officer_roles = Table(
    "officer_roles",
    metadata,
    Column("officer_id", Integer, ForeignKey("officers.id", ondelete="CASCADE"), primary_key=True),
    Column("role_id", Integer, ForeignKey("roles.id"), primary_key=True),
    Index("ix_officer_roles_role", "role_id", "officer_id"),
)


# A member of a contingent, police or military. (models.Officer)
officers = Table(
    "officers",
    metadata,
    Column("contingent_id", Integer, ForeignKey("contingents.id"), nullable=False),
    Column("service_number", String(40), nullable=False),
    Column("family_name", String(200), nullable=False),
    Column("given_names", String(200), nullable=False),
    Column("rank", String(100)),
    Column("unit_id", Integer, ForeignKey("units.id")),
    Column("gender", String(20)),
    Column("status", String(20), nullable=False, default=OfficerStatus.ACTIVE.value),
    Column("deployment_start", Date),
    Column("deployment_end", Date),
    Column("search_text", Text, nullable=False, default=""),
    Column("updated_at", UTCDateTime, nullable=False, default=utc_now),
    Column("updated_site_id", Integer, ForeignKey("sites.id"), nullable=False),
    # Per field: the stamp and version vector of its last change (see sync/versions.py),
    # so that merging tells a later edit from a concurrent one. Empty until first edited.
    Column("field_versions", JSON, nullable=False, default=dict),
    *travelling(),
    *stored(),
    UniqueConstraint("contingent_id", "service_number"),
    CheckConstraint(f"status IN ({check_values(OfficerStatus)})", name="status"),
    Index("ix_officers_contingent_status", "contingent_id", "status"),
    Index("ix_officers_unit", "unit_id"),
)


# One edition of the shared curriculum; exactly one is published (active) at a time.
# (models.CurriculumVersion)
curriculum_versions = Table(
    "curriculum_versions",
    metadata,
    Column("label", String(50), nullable=False, unique=True),
    Column("title", String(300), nullable=False),
    Column("status", String(20), nullable=False, default=CurriculumStatus.DRAFT.value),
    Column("published_at", UTCDateTime),
    Column("source_sha256", String(64)),
    # Whether an officer must be cleared by human-rights vetting on a day to deploy on it.
    Column("requires_vetting", Boolean, nullable=False, default=False),
    *travelling(),
    CheckConstraint(f"status IN ({check_values(CurriculumStatus)})", name="status"),
)


# A module's lasting identity; what it says in each curriculum version is a revision.
# (models.Module)
modules = Table(
    "modules",
    metadata,
    Column("code", String(20), nullable=False, unique=True),
    *travelling(),
)


module_revisions = Table(
    "module_revisions",
    metadata,
    Column("curriculum_version_id", Integer, ForeignKey("curriculum_versions.id"), nullable=False),
    Column("module_id", Integer, ForeignKey("modules.id"), nullable=False),
    Column("title", String(300), nullable=False),
    Column("description", Text, nullable=False, default=""),
    Column("category", String(100), nullable=False),
    Column("hours", Float, nullable=False),
    Column("delivery_mode", String(30), nullable=False),
    Column("assessment", String(20), nullable=False),
    Column("pass_mark", Float),
    Column("validity_months", Integer),
    Column("prerequisites", JSON, nullable=False, default=list),
    Column("objectives", JSON, nullable=False, default=list),
    # {"fr": {"title": ..., "description": ..., "objectives": [...]}, "es": ...}: what the
    # curriculum file gives in other languages than English (docs/curriculum.md).
    Column("translations", JSON, default=dict),
    # What a session's instructors must hold on its last day (docs/curriculum.md): a pass of
    # each module named, and with ``instructor_current`` a valid pass of this module too.
    Column("instructor_requires", JSON, nullable=False, default=list, server_default="[]"),
    Column("instructor_current", Boolean, nullable=False, default=False, server_default=false()),
    *travelling(),
    UniqueConstraint("curriculum_version_id", "module_id"),
    CheckConstraint(f"assessment IN ({check_values(Assessment)})", name="assessment"),
    CheckConstraint("validity_months IS NULL OR validity_months > 0", name="validity"),
)


# Officers holding ``role`` (every officer when empty) need ``module`` in ``phase``.
# (models.Requirement)
requirements = Table(
    "requirements",
    metadata,
    Column("curriculum_version_id", Integer, ForeignKey("curriculum_versions.id"), nullable=False),
    Column("module_id", Integer, ForeignKey("modules.id"), nullable=False),
    Column("role_id", Integer, ForeignKey("roles.id")),
    Column("contingent_id", Integer, ForeignKey("contingents.id")),
    Column("phase", String(20), nullable=False),
    *travelling(),
    CheckConstraint(f"phase IN ({check_values(Phase)})", name="phase"),
    Index("ix_requirements_version", "curriculum_version_id", "module_id"),
)


training_sessions = Table(
    "training_sessions",
    metadata,
    Column("module_id", Integer, ForeignKey("modules.id"), nullable=False),
    Column("curriculum_version_id", Integer, ForeignKey("curriculum_versions.id"), nullable=False),
    Column("starts_on", Date, nullable=False),
    Column("ends_on", Date, nullable=False),
    Column("location", String(300), nullable=False),
    Column("instructors", String(500), nullable=False, default=""),
    Column("language", String(10), nullable=False, default="en"),
    Column("notes", Text, nullable=False, default=""),
    Column("recorded_by", String(100), nullable=False),
    # Planned ahead: it may lie in the future and waits for its results; it is held once
    # results are recorded into it. A session recorded after the fact is never planned.
    Column("planned", Boolean, nullable=False, default=False, server_default=false()),
    Column("seats", Integer),
    # Held outside the mission: a pass recognised from the body that gave it (a national
    # academy, the UN's Integrated Training Service), with its certificate's reference.
    # Empty for the mission's own sessions (services/recognition.py).
    Column("recognised_by", String(300), nullable=False, default="", server_default=""),
    Column("recognised_reference", String(100), nullable=False, default="", server_default=""),
    *travelling(),
    *stored(),
    CheckConstraint("ends_on >= starts_on", name="dates"),
    Index("ix_training_sessions_module", "module_id", "ends_on"),
)


# An officer expected at a planned session; those added on the day are more of these.
# (models.SessionAttendee)
session_attendees = Table(
    "session_attendees",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("session_id", Integer, ForeignKey("training_sessions.id"), nullable=False),
    Column("officer_id", Integer, ForeignKey("officers.id"), nullable=False, index=True),
    Column("added_at", UTCDateTime, nullable=False, default=utc_now),
    # Reported absent on the day, before the results are recorded (they then say so).
    Column("absent_marked_at", UTCDateTime),
    UniqueConstraint("session_id", "officer_id"),
)


# One officer's result in one session: a fact, corrected only by newer facts. (models.Result)
results = Table(
    "results",
    metadata,
    Column("session_id", Integer, ForeignKey("training_sessions.id"), nullable=False),
    Column("officer_id", Integer, ForeignKey("officers.id"), nullable=False),
    Column("module_id", Integer, ForeignKey("modules.id"), nullable=False),
    Column("completed_on", Date, nullable=False),
    Column("kind", String(10), nullable=False, default=ResultKind.ORIGINAL.value),
    Column("supersedes_id", Integer, ForeignKey("results.id")),
    Column("attended", Boolean, nullable=False),
    Column("score", Float),
    Column("outcome", String(10), nullable=False),
    Column("reason", Text, nullable=False, default=""),
    Column("recorded_by", String(100), nullable=False),
    *travelling(),
    *stored(),
    CheckConstraint(f"kind IN ({check_values(ResultKind)})", name="kind"),
    CheckConstraint(f"outcome IN ({check_values(Outcome)})", name="outcome"),
    CheckConstraint("(kind = 'original') = (supersedes_id IS NULL)", name="supersedes"),
    # Covering: readiness finds an officer's latest pass of a module in the index alone,
    # without reading the table row of each result.
    Index(
        "ix_results_readiness",
        "officer_id",
        "module_id",
        "completed_on",
        "kind",
        "outcome",
        "attended",
        "score",
    ),
    Index("ix_results_session", "session_id"),
    # Partial on PostgreSQL too: migration 0001 creates it with postgresql_where. Not
    # said here, because a postgresql_* argument makes SQLAlchemy import the PostgreSQL
    # dialect and its four drivers' modules (20 ms) in every command on SQLite; the schema
    # comparison (tests/test_storage.py) does not compare an index's WHERE.
    Index(
        "ix_results_supersedes",
        "supersedes_id",
        sqlite_where=text("supersedes_id IS NOT NULL"),
    ),
)


# A result that counts as a pass today: not voided, not corrected since, and passing under
# the published curriculum; derived from ``results``, never written by hand, and checked by
# audit verify against them (db/effective_passes.py). (models.EffectivePass)
effective_passes = Table(
    "effective_passes",
    metadata,
    # No foreign key: a result the program deletes loses its row here only at the
    # transaction's end, when the table is brought up to date.
    Column("result_id", Integer, primary_key=True, autoincrement=False),
    Column("officer_id", Integer, nullable=False),
    Column("module_id", Integer, nullable=False),
    Column("completed_on", Date, nullable=False),
    # Covering: the latest pass on or before a day is one step into this index.
    Index("ix_effective_passes_readiness", "officer_id", "module_id", "completed_on"),
)


# A module waived for one officer (exemption), or prior training recognised (equivalence).
# (models.Exemption)
exemptions = Table(
    "exemptions",
    metadata,
    Column("officer_id", Integer, ForeignKey("officers.id"), nullable=False),
    Column("module_id", Integer, ForeignKey("modules.id"), nullable=False),
    Column("kind", String(20), nullable=False, default=ExemptionKind.EXEMPTION.value),
    Column("reason", Text, nullable=False),
    Column("approved_by", String(200), nullable=False),
    Column("granted_on", Date, nullable=False),
    Column("valid_until", Date),
    *travelling(),
    *stored(),
    CheckConstraint(f"kind IN ({check_values(ExemptionKind)})", name="kind"),
    CheckConstraint("valid_until IS NULL OR valid_until >= granted_on", name="dates"),
    Index("ix_exemptions_officer", "officer_id", "module_id"),
)


# Something other than training that keeps an officer from deploying, or their vetting.
# (models.EligibilityHold)
eligibility_holds = Table(
    "eligibility_holds",
    metadata,
    Column("officer_id", Integer, ForeignKey("officers.id"), nullable=False),
    Column("kind", String(20), nullable=False),
    Column("vetting_status", String(10)),
    Column("reason", Text, nullable=False),
    Column("reference", String(100), nullable=False, default=""),
    Column("placed_by", String(100), nullable=False),
    Column("since", Date, nullable=False),
    Column("until", Date),
    Column("lifted_at", UTCDateTime),
    Column("lifted_on", Date),
    Column("lifted_by", String(100)),
    Column("lift_reason", Text),
    *travelling(),
    *stored(),
    CheckConstraint(f"kind IN ({check_values(HoldKind)})", name="kind"),
    CheckConstraint(
        f"vetting_status IS NULL OR vetting_status IN ({check_values(VettingStatus)})",
        name="vetting_status",
    ),
    CheckConstraint("until IS NULL OR until >= since", name="dates"),
    Index("ix_eligibility_holds_officer", "officer_id", "since"),
)


# An issued certificate: what was printed on it is kept, so a reprint is the same.
# (models.Certificate)
certificates = Table(
    "certificates",
    metadata,
    Column("serial", String(40), nullable=False, unique=True),
    Column("officer_id", Integer, ForeignKey("officers.id"), nullable=False),
    Column("module_id", Integer, ForeignKey("modules.id"), nullable=False),
    Column("result_id", Integer, ForeignKey("results.id")),
    Column("issued_on", Date, nullable=False),
    Column("expires_on", Date),
    Column("revoked_at", UTCDateTime),
    Column("revoked_reason", Text),
    Column("language", String(10), nullable=False, default="en"),
    Column("printed", JSON, nullable=False, default=dict),
    Column("code", Text, nullable=False, default=""),
    Column("pdf_sha256", String(64), nullable=False, default=""),
    Column("issued_by", String(100), nullable=False, default=""),
    *travelling(),
    *stored(),
)
