"""Every table of an MSS Training database, as SQLAlchemy Core tables on one MetaData.

The one definition of the schema: the ORM classes (mss_training/models.py) are mapped onto
these tables, the migrations are checked against them (tests/test_storage.py), and the row
ledger walks them (db/row_digests.py). Defined in Core so that what only reads, such as a
script's `readiness --brief`, does without the ORM and its mapping of thirty classes
(a third of that command's time; docs/benchmarks.md, start-up).

Local integer keys make joins over millions of results cheap; every record that travels
between installations also carries a ``uid`` (UUID) that is the same everywhere, the UTC
time it was made and the site that made it. Results are facts: a correction is a new
row that ``supersedes`` the one it corrects, so nothing is overwritten or deleted.
"""

import datetime as dt
import uuid

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    Dialect,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    TypeDecorator,
    UniqueConstraint,
    Uuid,
    false,
    text,
)

from mss_training.dates import utc_now
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
    UserRole,
    VettingStatus,
    check_values,
)


class UTCDateTime(TypeDecorator[dt.datetime]):
    """A timestamp stored in UTC and always returned timezone-aware.

    SQLite keeps no time zone, so a naive value read back is UTC by construction.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("timestamps must be timezone-aware")
        return value.astimezone(dt.UTC)

    def process_result_value(
        self, value: dt.datetime | None, dialect: Dialect
    ) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC)


NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING_CONVENTION)


# The shared columns come after a table's own, in this order: the row ledger's digest of a
# row is over its columns in table order (db/row_digests.py), so the order is part of the
# stored trail and must not change.
def _travelling() -> list[Column[object]]:
    """Columns of every record that may travel between installations."""
    return [
        Column("id", Integer, primary_key=True),
        Column("uid", Uuid, nullable=False, unique=True, default=uuid.uuid4),
        Column("created_at", UTCDateTime, nullable=False, default=utc_now),
        Column("site_id", Integer, ForeignKey("sites.id"), nullable=False),
    ]


def _stored() -> list[Column[object]]:
    """When a record was last written here, which is what a sync bundle ``--since`` selects.

    ``created_at`` is when the record was made at its own site, perhaps weeks before it
    arrived here; a bundle for another site must carry what arrived since, too.
    """
    # Not indexed: only a bundle reads it, and scanning costs less than indexing every insert.
    return [Column("stored_at", UTCDateTime, nullable=False, default=utc_now, onupdate=utc_now)]


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
    *_travelling(),
)


units = Table(
    "units",
    metadata,
    Column("contingent_id", Integer, ForeignKey("contingents.id"), nullable=False),
    Column("name", String(200), nullable=False),
    Column("updated_at", UTCDateTime, nullable=False, default=utc_now),
    *_travelling(),
    UniqueConstraint("contingent_id", "name"),
)


# A role an officer holds (individual police officer, FPU member, commander, ...). (models.Role)
roles = Table(
    "roles",
    metadata,
    Column("code", String(20), nullable=False, unique=True),
    Column("name", String(200), nullable=False),
    *_travelling(),
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
    *_travelling(),
    *_stored(),
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
    *_travelling(),
    CheckConstraint(f"status IN ({check_values(CurriculumStatus)})", name="status"),
)


# A module's lasting identity; what it says in each curriculum version is a revision.
# (models.Module)
modules = Table(
    "modules",
    metadata,
    Column("code", String(20), nullable=False, unique=True),
    *_travelling(),
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
    *_travelling(),
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
    *_travelling(),
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
    *_travelling(),
    *_stored(),
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
    *_travelling(),
    *_stored(),
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
    *_travelling(),
    *_stored(),
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
    *_travelling(),
    *_stored(),
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
    *_travelling(),
    *_stored(),
)


# One change, as it happened: never updated, never deleted. (models.AuditEntry)
audit_log = Table(
    "audit_log",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("number", Integer, nullable=False, unique=True),
    Column("uid", Uuid, nullable=False, unique=True, default=uuid.uuid4),
    Column("at", UTCDateTime, nullable=False, default=utc_now),
    Column("actor", String(100), nullable=False),
    Column("site_id", Integer, ForeignKey("sites.id"), nullable=False),
    Column("action", String(40), nullable=False),
    Column("entity", String(40), nullable=False),
    Column("entity_uid", Uuid),
    Column("summary", Text, nullable=False),
    Column("before", JSON),
    Column("after", JSON),
    Column("previous_hash", String(64), nullable=False),
    Column("entry_hash", String(64), nullable=False),
    Column("signature", LargeBinary, nullable=False),
    # The digests of the rows this entry's transaction wrote (mss_training/db/row_digests.py),
    # in the last entry of that transaction; covered by ``entry_hash`` when present.
    Column("rows", LargeBinary),
    Index("ix_audit_log_entity", "entity", "entity_uid"),
)


# Another uid under which the same officer was added at another site. (models.OfficerAlias)
officer_aliases = Table(
    "officer_aliases",
    metadata,
    Column("uid", Uuid, primary_key=True),
    Column("officer_id", Integer, ForeignKey("officers.id"), nullable=False, index=True),
)


# What this installation has exchanged with another one. (models.SyncPeer)
sync_peers = Table(
    "sync_peers",
    metadata,
    Column("site_id", Integer, ForeignKey("sites.id"), primary_key=True),
    # Creation time of our last bundle for the peer, and of the newest of ours it has
    # confirmed importing; a bundle for it starts from the latter.
    Column("last_sent_at", UTCDateTime),
    Column("acknowledged_at", UTCDateTime),
    # Creation time of the newest bundle from the peer imported here.
    Column("last_received_at", UTCDateTime),
    # The newest of our bundles the peer has confirmed importing, so that the next one
    # leaves out exactly what that one carried (sync/acknowledgements.py).
    Column("acknowledged_bundle", Uuid),
    # The newest bundle from the peer imported here, which our bundles confirm.
    Column("last_received_bundle", Uuid),
)


# A bundle made for a peer: when its snapshot was read, and the uids of the facts it carried
# from the last hour before that, which a transaction still open then could have been stored
# among. (models.SentBundle)
sync_sent = Table(
    "sync_sent",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("bundle_uid", Uuid, nullable=False, unique=True),
    Column("site_id", Integer, ForeignKey("sites.id"), nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
    Column("tail", JSON, nullable=False, default=list),
)


# A bundle imported here: which, from whom, when, and what it changed. (models.ReceivedBundle)
sync_received = Table(
    "sync_received",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("bundle_uid", Uuid, nullable=False, index=True),
    Column("from_site_id", Integer, ForeignKey("sites.id"), nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
    Column("imported_at", UTCDateTime, nullable=False, default=utc_now),
    Column("imported_by", String(100), nullable=False),
    Column("counts", JSON, nullable=False, default=dict),
)


# Two sites changed the same field of the same officer without seeing each other's edit.
# (models.SyncConflict)
sync_conflicts = Table(
    "sync_conflicts",
    metadata,
    Column("id", Integer, primary_key=True),
    # Conflicts travel in bundles (sync/conflict_records.py): the uid names one everywhere.
    Column("uid", Uuid, nullable=False, index=True, default=uuid.uuid4),
    Column("officer_id", Integer, ForeignKey("officers.id"), nullable=False),
    Column("field", String(40), nullable=False),
    # Every value nobody has knowingly replaced, each with its version (at, site, clock),
    # the one shown first; kept after resolution as the record of what was chosen from.
    Column("candidates", JSON, nullable=False, default=list),
    Column("found_site_id", Integer, ForeignKey("sites.id")),
    Column("kept_value", JSON),
    Column("kept_stamp", JSON, nullable=False),
    Column("other_value", JSON),
    Column("other_stamp", JSON, nullable=False),
    Column("found_at", UTCDateTime, nullable=False, default=utc_now),
    Column("found_in_bundle", Uuid),
    Column("resolved_at", UTCDateTime),
    Column("resolved_by", String(100)),
    Column("resolution", Text),
    Column("resolved_site_id", Integer, ForeignKey("sites.id")),
    Index("ix_sync_conflicts_open", "resolved_at", "officer_id"),
)


# Two sessions that look like one recorded twice, which a coordinator kept both of.
# (models.KeptDuplicate)
sync_kept_duplicates = Table(
    "sync_kept_duplicates",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("first_session_id", Integer, ForeignKey("training_sessions.id"), nullable=False),
    Column("second_session_id", Integer, ForeignKey("training_sessions.id"), nullable=False),
    Column("decided_at", UTCDateTime, nullable=False, default=utc_now),
    Column("decided_by", String(100), nullable=False),
)


# One installation setting (backups for now), as a JSON value under a dotted key.
# (models.Setting)
settings = Table(
    "settings",
    metadata,
    Column("key", String(100), primary_key=True),
    Column("value", JSON, nullable=False),
    Column("updated_at", UTCDateTime, nullable=False, default=utc_now),
    Column("updated_by", String(100), nullable=False, default=""),
)


# An account of this installation: who signs in, and what their role lets them do. (models.User)
users = Table(
    "users",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("username", String(100), nullable=False, unique=True),
    Column("display_name", String(200), nullable=False),
    Column("role", String(20), nullable=False),
    # Contingent codes a training officer or commander is limited to; empty means all.
    Column("contingents", JSON, nullable=False, default=list),
    Column("disabled", Boolean, nullable=False, default=False),
    Column("password_hash", String(200), nullable=False),
    Column("failed_attempts", Integer, nullable=False, default=0),
    Column("locked_until", UTCDateTime),
    Column("created_at", UTCDateTime, nullable=False, default=utc_now),
    Column("last_login_at", UTCDateTime),
    CheckConstraint(f"role IN ({check_values(UserRole)})", name="role"),
)


# A token a site's script signs in with instead of the password (services/tokens.py).
# (models.ScriptToken)
script_tokens = Table(
    "script_tokens",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("user_id", Integer, ForeignKey("users.id"), nullable=False, index=True),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("label", String(100), nullable=False, default=""),
    Column("created_at", UTCDateTime, nullable=False),
    Column("expires_at", UTCDateTime, nullable=False),
    Column("revoked_at", UTCDateTime),
    Column("password_digest", String(64), nullable=False),
)


# An entry of another installation's audit trail that its bundles showed here.
# (models.TrailWitness)
trail_witness = Table(
    "trail_witness",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("site_id", Integer, ForeignKey("sites.id"), nullable=False),
    Column("number", Integer, nullable=False),
    Column("entry_hash", String(64), nullable=False),
    Column("at", UTCDateTime, nullable=False),
    Column("witnessed_at", UTCDateTime, nullable=False, default=utc_now),
    Column("lost_at", UTCDateTime),
    Index("ix_trail_witness_site_number", "site_id", "number"),
)


# Another installation's signed statement that it witnessed this trail up to an entry.
# (models.TrailCosignature)
trail_cosignatures = Table(
    "trail_cosignatures",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("witness_site_id", Integer, ForeignKey("sites.id"), nullable=False),
    Column("number", Integer, nullable=False),
    Column("entry_hash", String(64), nullable=False),
    Column("at", UTCDateTime, nullable=False),
    Column("signature", LargeBinary, nullable=False),
    Column("received_at", UTCDateTime, nullable=False, default=utc_now),
)


# A commander's signed statement of readiness as of a date, kept as it was signed.
# (models.ReadinessSnapshot)
readiness_snapshots = Table(
    "readiness_snapshots",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("uid", Uuid, nullable=False, unique=True),
    Column("taken_at", UTCDateTime, nullable=False),
    Column("taken_by", String(100), nullable=False),
    Column("as_of", Date, nullable=False),
    Column("contingent", String(10)),
    Column("through", Date),
    Column("assessment", String(20), nullable=False),
    Column("remarks", Text, nullable=False, default=""),
    # The contingents it covers (the taker's limits); None: every contingent.
    Column("contingents", JSON),
    Column("officers", Integer, nullable=False),
    Column("ready", Integer, nullable=False),
    Column("curriculum_version", String(50), nullable=False),
    Column("audit_entries", Integer, nullable=False),
    Column("audit_head", String(64), nullable=False),
    Column("document", Text, nullable=False),
)
