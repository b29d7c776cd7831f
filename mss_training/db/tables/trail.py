"""The trail and the exchange: the audit log, sync with other installations, accounts,
settings, witnesses and signed snapshots."""

import uuid

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Column,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
    Uuid,
)

from mss_training.dates import utc_now
from mss_training.db.tables.columns import UTCDateTime, metadata
from mss_training.domain import (
    UserRole,
    check_values,
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
