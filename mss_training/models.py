"""The ORM: every table of an MSS Training database.

Local integer keys make joins over millions of results cheap; every record that travels
between installations also carries a ``uid`` (UUID) that is the same everywhere, the UTC
time it was made and the site that made it. Results are facts: a correction is a new
row that ``supersedes`` the one it corrects, so nothing is overwritten or deleted.
"""

import datetime as dt
import uuid
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
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
    Text,
    TypeDecorator,
    UniqueConstraint,
    Uuid,
    false,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

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


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {dt.datetime: UTCDateTime, uuid.UUID: Uuid}


class Travelling:
    """Columns of every record that may travel between installations."""

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[uuid.UUID] = mapped_column(unique=True, default=uuid.uuid4)
    created_at: Mapped[dt.datetime] = mapped_column(default=utc_now)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"))


class Stored:
    """When a record was last written here, which is what a sync bundle ``--since`` selects.

    ``created_at`` is when the record was made at its own site, perhaps weeks before it
    arrived here; a bundle for another site must carry what arrived since, too.
    """

    # Not indexed: only a bundle reads it, and scanning costs less than indexing every insert.
    stored_at: Mapped[dt.datetime] = mapped_column(default=utc_now, onupdate=utc_now)


class Site(Base):
    """An installation of MSS Training: mission HQ or a training site."""

    __tablename__ = "sites"
    __table_args__ = (CheckConstraint(f"role IN ({check_values(SiteRole)})", name="role"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[uuid.UUID] = mapped_column(unique=True, default=uuid.uuid4)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(10), default=SiteRole.SITE.value)
    created_at: Mapped[dt.datetime] = mapped_column(default=utc_now)
    # The site's Ed25519 public key (32 bytes), which verifies what it signs.
    public_key: Mapped[bytes | None] = mapped_column(LargeBinary)
    # When this installation enrolled the site (exchanged keys with it) and so trusts
    # its bundles; a site HQ has enrolled is trusted through HQ (``vouched_by``).
    enrolled_at: Mapped[dt.datetime | None]
    vouched_by_id: Mapped[int | None] = mapped_column(ForeignKey("sites.id"))
    # The contingent codes HQ enrolled the site for; None: every contingent. A bundle from
    # the site holding records of other contingents is refused (sync/rules.py).
    contingents: Mapped[list[str] | None] = mapped_column(JSON, nullable=True)


class Installation(Base):
    """The one row that says which site this database is."""

    __tablename__ = "installation"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(primary_key=True, default=1)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"))
    # The Ed25519 private key is not here: it is in this computer's key store
    # (mss_training/keystore.py), so that a copy of the file cannot sign.
    # The audit trail's head: how many entries it has and the last one's hash, signed, so
    # that deleting the newest entries is found (mss_training/audit_chain.py).
    audit_entries: Mapped[int] = mapped_column(Integer, default=0)
    audit_head: Mapped[str] = mapped_column(String(64))
    audit_head_signature: Mapped[bytes] = mapped_column(LargeBinary)

    site: Mapped[Site] = relationship()


class Contingent(Travelling, Base):
    __tablename__ = "contingents"

    code: Mapped[str] = mapped_column(String(3), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    name_fr: Mapped[str | None] = mapped_column(String(200))
    name_es: Mapped[str | None] = mapped_column(String(200))
    home_agency: Mapped[str | None] = mapped_column(String(300))
    language: Mapped[str] = mapped_column(String(10), default="en")
    updated_at: Mapped[dt.datetime] = mapped_column(default=utc_now)


class Unit(Travelling, Base):
    __tablename__ = "units"
    __table_args__ = (UniqueConstraint("contingent_id", "name"),)

    contingent_id: Mapped[int] = mapped_column(ForeignKey("contingents.id"))
    name: Mapped[str] = mapped_column(String(200))
    updated_at: Mapped[dt.datetime] = mapped_column(default=utc_now)

    contingent: Mapped[Contingent] = relationship()


class Role(Travelling, Base):
    """A role an officer holds (individual police officer, FPU member, commander, ...)."""

    __tablename__ = "roles"

    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(200))


class OfficerRole(Base):
    __tablename__ = "officer_roles"
    __table_args__ = (Index("ix_officer_roles_role", "role_id", "officer_id"),)

    officer_id: Mapped[int] = mapped_column(
        ForeignKey("officers.id", ondelete="CASCADE"), primary_key=True
    )
    role_id: Mapped[int] = mapped_column(ForeignKey("roles.id"), primary_key=True)


class Officer(Travelling, Stored, Base):
    """A member of a contingent, police or military.

    Officers are the one record edited at several sites; ``updated_at`` and
    ``updated_site_id`` let a merge tell which edit came last.
    """

    __tablename__ = "officers"
    __table_args__ = (
        UniqueConstraint("contingent_id", "service_number"),
        CheckConstraint(f"status IN ({check_values(OfficerStatus)})", name="status"),
        Index("ix_officers_contingent_status", "contingent_id", "status"),
        Index("ix_officers_unit", "unit_id"),
    )

    contingent_id: Mapped[int] = mapped_column(ForeignKey("contingents.id"))
    service_number: Mapped[str] = mapped_column(String(40))
    family_name: Mapped[str] = mapped_column(String(200))
    given_names: Mapped[str] = mapped_column(String(200))
    rank: Mapped[str | None] = mapped_column(String(100))
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"))
    gender: Mapped[str | None] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(20), default=OfficerStatus.ACTIVE.value)
    deployment_start: Mapped[dt.date | None] = mapped_column(Date)
    deployment_end: Mapped[dt.date | None] = mapped_column(Date)
    search_text: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[dt.datetime] = mapped_column(default=utc_now)
    updated_site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"))
    # Per field: the stamp and version vector of its last change (see sync/versions.py),
    # so that merging tells a later edit from a concurrent one. Empty until first edited.
    field_versions: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)

    contingent: Mapped[Contingent] = relationship()
    unit: Mapped[Unit | None] = relationship()
    roles: Mapped[list[Role]] = relationship(secondary="officer_roles", order_by=Role.code)


class CurriculumVersion(Travelling, Base):
    """One edition of the shared curriculum; exactly one is published (active) at a time."""

    __tablename__ = "curriculum_versions"
    __table_args__ = (
        CheckConstraint(f"status IN ({check_values(CurriculumStatus)})", name="status"),
    )

    label: Mapped[str] = mapped_column(String(50), unique=True)
    title: Mapped[str] = mapped_column(String(300))
    status: Mapped[str] = mapped_column(String(20), default=CurriculumStatus.DRAFT.value)
    published_at: Mapped[dt.datetime | None]
    source_sha256: Mapped[str | None] = mapped_column(String(64))
    # Whether an officer must be cleared by human-rights vetting on a day to deploy on it.
    requires_vetting: Mapped[bool] = mapped_column(Boolean, default=False)


class Module(Travelling, Base):
    """A module's lasting identity; what it says in each curriculum version is a revision.

    Sessions and results point here, so a pass recorded under one curriculum version
    still counts under the next.
    """

    __tablename__ = "modules"

    code: Mapped[str] = mapped_column(String(20), unique=True)


class ModuleRevision(Travelling, Base):
    __tablename__ = "module_revisions"
    __table_args__ = (
        UniqueConstraint("curriculum_version_id", "module_id"),
        CheckConstraint(f"assessment IN ({check_values(Assessment)})", name="assessment"),
        CheckConstraint("validity_months IS NULL OR validity_months > 0", name="validity"),
    )

    curriculum_version_id: Mapped[int] = mapped_column(ForeignKey("curriculum_versions.id"))
    module_id: Mapped[int] = mapped_column(ForeignKey("modules.id"))
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    category: Mapped[str] = mapped_column(String(100))
    hours: Mapped[float] = mapped_column(Float)
    delivery_mode: Mapped[str] = mapped_column(String(30))
    assessment: Mapped[str] = mapped_column(String(20))
    pass_mark: Mapped[float | None] = mapped_column(Float)
    validity_months: Mapped[int | None]
    prerequisites: Mapped[list[str]] = mapped_column(JSON, default=list)
    objectives: Mapped[list[str]] = mapped_column(JSON, default=list)
    # {"fr": {"title": ..., "description": ..., "objectives": [...]}, "es": ...}: what the
    # curriculum file gives in other languages than English (docs/curriculum.md).
    translations: Mapped[dict[str, dict[str, Any]] | None] = mapped_column(JSON, default=dict)
    # What a session's instructors must hold on its last day (docs/curriculum.md): a pass of
    # each module named, and with ``instructor_current`` a valid pass of this module too.
    instructor_requires: Mapped[list[str]] = mapped_column(JSON, default=list, server_default="[]")
    instructor_current: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())

    module: Mapped[Module] = relationship()


class Requirement(Travelling, Base):
    """Officers holding ``role`` (every officer when empty) need ``module`` in ``phase``."""

    __tablename__ = "requirements"
    __table_args__ = (
        CheckConstraint(f"phase IN ({check_values(Phase)})", name="phase"),
        Index("ix_requirements_version", "curriculum_version_id", "module_id"),
    )

    curriculum_version_id: Mapped[int] = mapped_column(ForeignKey("curriculum_versions.id"))
    module_id: Mapped[int] = mapped_column(ForeignKey("modules.id"))
    role_id: Mapped[int | None] = mapped_column(ForeignKey("roles.id"))
    contingent_id: Mapped[int | None] = mapped_column(ForeignKey("contingents.id"))
    phase: Mapped[str] = mapped_column(String(20))


class TrainingSession(Travelling, Stored, Base):
    __tablename__ = "training_sessions"
    __table_args__ = (
        CheckConstraint("ends_on >= starts_on", name="dates"),
        Index("ix_training_sessions_module", "module_id", "ends_on"),
    )

    module_id: Mapped[int] = mapped_column(ForeignKey("modules.id"))
    curriculum_version_id: Mapped[int] = mapped_column(ForeignKey("curriculum_versions.id"))
    starts_on: Mapped[dt.date] = mapped_column(Date)
    ends_on: Mapped[dt.date] = mapped_column(Date)
    location: Mapped[str] = mapped_column(String(300))
    instructors: Mapped[str] = mapped_column(String(500), default="")
    language: Mapped[str] = mapped_column(String(10), default="en")
    notes: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[str] = mapped_column(String(100))
    # Planned ahead: it may lie in the future and waits for its results; it is held once
    # results are recorded into it. A session recorded after the fact is never planned.
    planned: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    seats: Mapped[int | None] = mapped_column(Integer)
    # Held outside the mission: a pass recognised from the body that gave it (a national
    # academy, the UN's Integrated Training Service), with its certificate's reference.
    # Empty for the mission's own sessions (services/recognition.py).
    recognised_by: Mapped[str] = mapped_column(String(300), default="", server_default="")
    recognised_reference: Mapped[str] = mapped_column(String(100), default="", server_default="")

    module: Mapped[Module] = relationship()


class SessionAttendee(Base):
    """An officer expected at a planned session; those added on the day are more of these.

    Facts added, never removed: an expected attendee who does not come is recorded absent;
    one reported absent on the day is marked so beforehand. They travel inside their
    session's sync record and merge by union (a mark made at one site reaches every other).
    """

    __tablename__ = "session_attendees"
    __table_args__ = (UniqueConstraint("session_id", "officer_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("training_sessions.id"))
    officer_id: Mapped[int] = mapped_column(ForeignKey("officers.id"), index=True)
    added_at: Mapped[dt.datetime] = mapped_column(default=utc_now)
    # Reported absent on the day, before the results are recorded (they then say so).
    absent_marked_at: Mapped[dt.datetime | None] = mapped_column(default=None)


class Result(Travelling, Stored, Base):
    """One officer's result in one session: a fact, corrected only by newer facts.

    ``module_id`` and ``completed_on`` repeat the session's module and last day, which
    never change, so that readiness reads one table and one index.
    """

    __tablename__ = "results"
    __table_args__ = (
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

    session_id: Mapped[int] = mapped_column(ForeignKey("training_sessions.id"))
    officer_id: Mapped[int] = mapped_column(ForeignKey("officers.id"))
    module_id: Mapped[int] = mapped_column(ForeignKey("modules.id"))
    completed_on: Mapped[dt.date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(10), default=ResultKind.ORIGINAL.value)
    supersedes_id: Mapped[int | None] = mapped_column(ForeignKey("results.id"))
    attended: Mapped[bool] = mapped_column(Boolean)
    score: Mapped[float | None] = mapped_column(Float)
    outcome: Mapped[str] = mapped_column(String(10))
    reason: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[str] = mapped_column(String(100))

    session: Mapped[TrainingSession] = relationship()
    officer: Mapped[Officer] = relationship()


class EffectivePass(Base):
    """A result that counts as a pass today: not voided, not corrected since, and passing
    under the published curriculum. Derived from ``results``, never written by hand.

    It is kept in step with the results in the same transaction as every write
    (db/effective_passes.py, run when the row ledger seals a transaction), so readiness
    finds an officer's latest pass of a module in one look-up of a narrow index instead
    of walking every result and its corrections. ``audit verify`` works it out again from
    the sealed results and says where the two differ.
    """

    __tablename__ = "effective_passes"
    __table_args__ = (
        # Covering: the latest pass on or before a day is one step into this index.
        Index("ix_effective_passes_readiness", "officer_id", "module_id", "completed_on"),
    )

    # No foreign key: a result the program deletes loses its row here only at the
    # transaction's end, when the table is brought up to date.
    result_id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    officer_id: Mapped[int] = mapped_column(Integer)
    module_id: Mapped[int] = mapped_column(Integer)
    completed_on: Mapped[dt.date] = mapped_column(Date)


class Exemption(Travelling, Stored, Base):
    """A module waived for one officer (exemption), or prior training recognised (equivalence)."""

    __tablename__ = "exemptions"
    __table_args__ = (
        CheckConstraint(f"kind IN ({check_values(ExemptionKind)})", name="kind"),
        CheckConstraint("valid_until IS NULL OR valid_until >= granted_on", name="dates"),
        Index("ix_exemptions_officer", "officer_id", "module_id"),
    )

    officer_id: Mapped[int] = mapped_column(ForeignKey("officers.id"))
    module_id: Mapped[int] = mapped_column(ForeignKey("modules.id"))
    kind: Mapped[str] = mapped_column(String(20), default=ExemptionKind.EXEMPTION.value)
    reason: Mapped[str] = mapped_column(Text)
    approved_by: Mapped[str] = mapped_column(String(200))
    granted_on: Mapped[dt.date] = mapped_column(Date)
    valid_until: Mapped[dt.date | None] = mapped_column(Date)


class EligibilityHold(Travelling, Stored, Base):
    """Something other than training that keeps an officer from deploying, or their vetting.

    In force from ``since`` through ``until`` (open-ended when None) and up to the day
    before ``lifted_on``. A hold is never deleted: lifting it records who, when and why,
    and, like a certificate's revocation, a lift made anywhere holds everywhere. A vetting
    record that is ``cleared`` is no hold but the clearance the curriculum may ask for.
    """

    __tablename__ = "eligibility_holds"
    __table_args__ = (
        CheckConstraint(f"kind IN ({check_values(HoldKind)})", name="kind"),
        CheckConstraint(
            f"vetting_status IS NULL OR vetting_status IN ({check_values(VettingStatus)})",
            name="vetting_status",
        ),
        CheckConstraint("until IS NULL OR until >= since", name="dates"),
        Index("ix_eligibility_holds_officer", "officer_id", "since"),
    )

    officer_id: Mapped[int] = mapped_column(ForeignKey("officers.id"))
    kind: Mapped[str] = mapped_column(String(20))
    vetting_status: Mapped[str | None] = mapped_column(String(10))
    reason: Mapped[str] = mapped_column(Text)
    reference: Mapped[str] = mapped_column(String(100), default="")
    placed_by: Mapped[str] = mapped_column(String(100))
    since: Mapped[dt.date] = mapped_column(Date)
    until: Mapped[dt.date | None] = mapped_column(Date)
    lifted_at: Mapped[dt.datetime | None]
    lifted_on: Mapped[dt.date | None] = mapped_column(Date)
    lifted_by: Mapped[str | None] = mapped_column(String(100))
    lift_reason: Mapped[str | None] = mapped_column(Text)


class Certificate(Travelling, Stored, Base):
    """An issued certificate: what was printed on it is kept, so a reprint is the same."""

    __tablename__ = "certificates"

    serial: Mapped[str] = mapped_column(String(40), unique=True)
    officer_id: Mapped[int] = mapped_column(ForeignKey("officers.id"))
    module_id: Mapped[int] = mapped_column(ForeignKey("modules.id"))
    result_id: Mapped[int | None] = mapped_column(ForeignKey("results.id"))
    issued_on: Mapped[dt.date] = mapped_column(Date)
    expires_on: Mapped[dt.date | None] = mapped_column(Date)
    revoked_at: Mapped[dt.datetime | None]
    revoked_reason: Mapped[str | None] = mapped_column(Text)
    language: Mapped[str] = mapped_column(String(10), default="en")
    printed: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    code: Mapped[str] = mapped_column(Text, default="")
    pdf_sha256: Mapped[str] = mapped_column(String(64), default="")
    issued_by: Mapped[str] = mapped_column(String(100), default="")


class AuditEntry(Base):
    """One change, as it happened: never updated, never deleted.

    Entries are numbered 1, 2, 3... on each installation and chained: each holds the hash
    of the one before and is signed with the installation's key (mss_training/audit_chain.py).
    """

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_entity", "entity", "entity_uid"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[int] = mapped_column(Integer, unique=True)
    uid: Mapped[uuid.UUID] = mapped_column(unique=True, default=uuid.uuid4)
    at: Mapped[dt.datetime] = mapped_column(default=utc_now)
    actor: Mapped[str] = mapped_column(String(100))
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"))
    action: Mapped[str] = mapped_column(String(40))
    entity: Mapped[str] = mapped_column(String(40))
    entity_uid: Mapped[uuid.UUID | None]
    summary: Mapped[str] = mapped_column(Text)
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    previous_hash: Mapped[str] = mapped_column(String(64))
    entry_hash: Mapped[str] = mapped_column(String(64))
    signature: Mapped[bytes] = mapped_column(LargeBinary)
    # The digests of the rows this entry's transaction wrote (mss_training/db/row_digests.py),
    # in the last entry of that transaction; covered by ``entry_hash`` when present.
    rows: Mapped[bytes | None] = mapped_column(LargeBinary)


class OfficerAlias(Base):
    """Another uid under which the same officer was added at another site.

    Two sites may each add an officer (same contingent and service number) before they
    sync; the records merge into one and the other uid keeps pointing at it.
    """

    __tablename__ = "officer_aliases"

    uid: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    officer_id: Mapped[int] = mapped_column(ForeignKey("officers.id"), index=True)


class SyncPeer(Base):
    """What this installation has exchanged with another one."""

    __tablename__ = "sync_peers"

    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"), primary_key=True)
    # Creation time of our last bundle for the peer, and of the newest of ours it has
    # confirmed importing; a bundle for it starts from the latter.
    last_sent_at: Mapped[dt.datetime | None]
    acknowledged_at: Mapped[dt.datetime | None]
    # Creation time of the newest bundle from the peer imported here.
    last_received_at: Mapped[dt.datetime | None]
    # The newest of our bundles the peer has confirmed importing, so that the next one
    # leaves out exactly what that one carried (sync/acknowledgements.py).
    acknowledged_bundle: Mapped[uuid.UUID | None]
    # The newest bundle from the peer imported here, which our bundles confirm.
    last_received_bundle: Mapped[uuid.UUID | None]


class SentBundle(Base):
    """A bundle made for a peer: when its snapshot was read, and the uids of the facts it
    carried from the last hour before that, which a transaction still open then could
    have been stored among."""

    __tablename__ = "sync_sent"

    id: Mapped[int] = mapped_column(primary_key=True)
    bundle_uid: Mapped[uuid.UUID] = mapped_column(unique=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"))
    created_at: Mapped[dt.datetime]
    tail: Mapped[list[str]] = mapped_column(JSON, default=list)


class ReceivedBundle(Base):
    """A bundle imported here: which, from whom, when, and what it changed."""

    __tablename__ = "sync_received"

    id: Mapped[int] = mapped_column(primary_key=True)
    bundle_uid: Mapped[uuid.UUID] = mapped_column(index=True)
    from_site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"))
    created_at: Mapped[dt.datetime]
    imported_at: Mapped[dt.datetime] = mapped_column(default=utc_now)
    imported_by: Mapped[str] = mapped_column(String(100))
    counts: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class SyncConflict(Base):
    """Two sites changed the same field of the same officer without seeing each other's edit.

    The merge keeps the later edit (so that every installation agrees) and this row keeps
    the other, until a coordinator confirms or swaps them.
    """

    __tablename__ = "sync_conflicts"
    __table_args__ = (Index("ix_sync_conflicts_open", "resolved_at", "officer_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    # Conflicts travel in bundles (sync/conflict_records.py): the uid names one everywhere.
    uid: Mapped[uuid.UUID] = mapped_column(index=True, default=uuid.uuid4)
    officer_id: Mapped[int] = mapped_column(ForeignKey("officers.id"))
    field: Mapped[str] = mapped_column(String(40))
    # Every value nobody has knowingly replaced, each with its version (at, site, clock),
    # the one shown first; kept after resolution as the record of what was chosen from.
    candidates: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    found_site_id: Mapped[int | None] = mapped_column(ForeignKey("sites.id"))
    kept_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    kept_stamp: Mapped[dict[str, Any]] = mapped_column(JSON)
    other_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    other_stamp: Mapped[dict[str, Any]] = mapped_column(JSON)
    found_at: Mapped[dt.datetime] = mapped_column(default=utc_now)
    found_in_bundle: Mapped[uuid.UUID | None]
    resolved_at: Mapped[dt.datetime | None]
    resolved_by: Mapped[str | None] = mapped_column(String(100))
    resolution: Mapped[str | None] = mapped_column(Text)
    resolved_site_id: Mapped[int | None] = mapped_column(ForeignKey("sites.id"))

    officer: Mapped[Officer] = relationship()


class KeptDuplicate(Base):
    """Two sessions that look like one recorded twice, which a coordinator kept both of."""

    __tablename__ = "sync_kept_duplicates"

    id: Mapped[int] = mapped_column(primary_key=True)
    first_session_id: Mapped[int] = mapped_column(ForeignKey("training_sessions.id"))
    second_session_id: Mapped[int] = mapped_column(ForeignKey("training_sessions.id"))
    decided_at: Mapped[dt.datetime] = mapped_column(default=utc_now)
    decided_by: Mapped[str] = mapped_column(String(100))


class Setting(Base):
    """One installation setting (backups for now), as a JSON value under a dotted key."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utc_now)
    updated_by: Mapped[str] = mapped_column(String(100), default="")


class User(Base):
    """An account of this installation: who signs in, and what their role lets them do.

    Accounts stay with their database and do not travel to other sites; the records they
    make carry the username. Only an argon2id hash of the password is kept.
    """

    __tablename__ = "users"
    __table_args__ = (CheckConstraint(f"role IN ({check_values(UserRole)})", name="role"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(100), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20))
    # Contingent codes a training officer or commander is limited to; empty means all.
    contingents: Mapped[list[str]] = mapped_column(JSON, default=list)
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)
    password_hash: Mapped[str] = mapped_column(String(200))
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[dt.datetime | None]
    created_at: Mapped[dt.datetime] = mapped_column(default=utc_now)
    last_login_at: Mapped[dt.datetime | None]


class ScriptToken(Base):
    """A token a site's script signs in with instead of the password (services/tokens.py).

    Only the token's SHA-256 is kept: a secret of 32 random bytes needs no slow hash, and a
    copy of the file gives nobody a token. ``password_digest`` ties the token to the
    password it was issued under, so that it dies with it.
    """

    __tablename__ = "script_tokens"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    label: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[dt.datetime]
    expires_at: Mapped[dt.datetime]
    revoked_at: Mapped[dt.datetime | None]
    password_digest: Mapped[str] = mapped_column(String(64))


class TrailWitness(Base):
    """An entry of another installation's audit trail that its bundles showed here.

    Each bundle carries the sender's entries since the head this installation last
    witnessed (sync/witness.py), so a trail rewritten later, even with the sender's key,
    contradicts these rows. Entries the sender lost when it was put back from an older
    copy keep their rows, marked ``lost_at``, to say what was lost.
    """

    __tablename__ = "trail_witness"
    __table_args__ = (Index("ix_trail_witness_site_number", "site_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"))
    number: Mapped[int] = mapped_column(Integer)
    entry_hash: Mapped[str] = mapped_column(String(64))
    at: Mapped[dt.datetime]
    witnessed_at: Mapped[dt.datetime] = mapped_column(default=utc_now)
    lost_at: Mapped[dt.datetime | None]


class TrailCosignature(Base):
    """Another installation's signed statement that it witnessed this trail up to an entry."""

    __tablename__ = "trail_cosignatures"

    id: Mapped[int] = mapped_column(primary_key=True)
    witness_site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"))
    number: Mapped[int] = mapped_column(Integer)
    entry_hash: Mapped[str] = mapped_column(String(64))
    at: Mapped[dt.datetime]
    signature: Mapped[bytes] = mapped_column(LargeBinary)
    received_at: Mapped[dt.datetime] = mapped_column(default=utc_now)


class ReadinessSnapshot(Base):
    """A commander's signed statement of readiness as of a date, kept as it was signed.

    ``document`` is the signed file's text (services/snapshots.py): the figures, every
    officer's status and requirements, the curriculum version and the audit trail's head
    they came from, so that the briefing can be re-checked against today's records later.
    """

    __tablename__ = "readiness_snapshots"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[uuid.UUID] = mapped_column(unique=True)
    taken_at: Mapped[dt.datetime]
    taken_by: Mapped[str] = mapped_column(String(100))
    as_of: Mapped[dt.date] = mapped_column(Date)
    contingent: Mapped[str | None] = mapped_column(String(10))
    through: Mapped[dt.date | None] = mapped_column(Date)
    assessment: Mapped[str] = mapped_column(String(20))
    remarks: Mapped[str] = mapped_column(Text, default="")
    # The contingents it covers (the taker's limits); None: every contingent.
    contingents: Mapped[list[str] | None] = mapped_column(JSON, nullable=True)
    officers: Mapped[int] = mapped_column(Integer)
    ready: Mapped[int] = mapped_column(Integer)
    curriculum_version: Mapped[str] = mapped_column(String(50))
    audit_entries: Mapped[int] = mapped_column(Integer)
    audit_head: Mapped[str] = mapped_column(String(64))
    document: Mapped[str] = mapped_column(Text)
