"""The ORM: a class mapped onto each table of mss_training/db/tables/.

The tables, their columns and constraints are defined once, there, in SQLAlchemy Core; the
annotations here give each mapped attribute its type, and the relationships are the ORM's
own. What only reads (a script's `readiness --brief`) uses the tables alone, without
importing this module.
"""

import datetime as dt
import uuid
from typing import Any

from sqlalchemy.orm import DeclarativeBase, Mapped, relationship

from mss_training.db import tables
from mss_training.db.tables import UTCDateTime

# Still importable from here, where migration 0006 (older than db/tables/) imports it.
__all__ = ["UTCDateTime"]


class Base(DeclarativeBase):
    metadata = tables.metadata


class Travelling:
    """The columns of every record that may travel between installations."""

    id: Mapped[int]
    uid: Mapped[uuid.UUID]
    created_at: Mapped[dt.datetime]
    site_id: Mapped[int]


class Stored:
    """When a record was last written here (tables._stored says why it is apart)."""

    stored_at: Mapped[dt.datetime]


class Site(Base):
    """An installation of MSS Training: mission HQ or a training site."""

    __table__ = tables.sites

    id: Mapped[int]
    uid: Mapped[uuid.UUID]
    name: Mapped[str]
    role: Mapped[str]
    created_at: Mapped[dt.datetime]
    public_key: Mapped[bytes | None]
    enrolled_at: Mapped[dt.datetime | None]
    vouched_by_id: Mapped[int | None]
    contingents: Mapped[list[str] | None]


class Installation(Base):
    """The one row that says which site this database is."""

    __table__ = tables.installation

    id: Mapped[int]
    site_id: Mapped[int]
    audit_entries: Mapped[int]
    audit_head: Mapped[str]
    audit_head_signature: Mapped[bytes]

    site: Mapped[Site] = relationship()


class Contingent(Travelling, Base):
    __table__ = tables.contingents

    code: Mapped[str]
    name: Mapped[str]
    name_fr: Mapped[str | None]
    name_es: Mapped[str | None]
    home_agency: Mapped[str | None]
    language: Mapped[str]
    updated_at: Mapped[dt.datetime]


class Unit(Travelling, Base):
    __table__ = tables.units

    contingent_id: Mapped[int]
    name: Mapped[str]
    updated_at: Mapped[dt.datetime]

    contingent: Mapped[Contingent] = relationship()


class Role(Travelling, Base):
    """A role an officer holds (individual police officer, FPU member, commander, ...)."""

    __table__ = tables.roles

    code: Mapped[str]
    name: Mapped[str]


class OfficerRole(Base):
    __table__ = tables.officer_roles

    officer_id: Mapped[int]
    role_id: Mapped[int]


class Officer(Travelling, Stored, Base):
    """A member of a contingent, police or military.

    Officers are the one record edited at several sites; ``updated_at`` and
    ``updated_site_id`` let a merge tell which edit came last.
    """

    __table__ = tables.officers

    contingent_id: Mapped[int]
    service_number: Mapped[str]
    family_name: Mapped[str]
    given_names: Mapped[str]
    rank: Mapped[str | None]
    unit_id: Mapped[int | None]
    gender: Mapped[str | None]
    status: Mapped[str]
    deployment_start: Mapped[dt.date | None]
    deployment_end: Mapped[dt.date | None]
    search_text: Mapped[str]
    updated_at: Mapped[dt.datetime]
    updated_site_id: Mapped[int]
    field_versions: Mapped[dict[str, Any]]

    contingent: Mapped[Contingent] = relationship()

    unit: Mapped[Unit | None] = relationship()

    roles: Mapped[list[Role]] = relationship(secondary="officer_roles", order_by=Role.code)


class CurriculumVersion(Travelling, Base):
    """One edition of the shared curriculum; exactly one is published (active) at a time."""

    __table__ = tables.curriculum_versions

    label: Mapped[str]
    title: Mapped[str]
    status: Mapped[str]
    published_at: Mapped[dt.datetime | None]
    source_sha256: Mapped[str | None]
    requires_vetting: Mapped[bool]


class Module(Travelling, Base):
    """A module's lasting identity; what it says in each curriculum version is a revision.

    Sessions and results point here, so a pass recorded under one curriculum version
    still counts under the next.
    """

    __table__ = tables.modules

    code: Mapped[str]


class ModuleRevision(Travelling, Base):
    __table__ = tables.module_revisions

    curriculum_version_id: Mapped[int]
    module_id: Mapped[int]
    title: Mapped[str]
    description: Mapped[str]
    category: Mapped[str]
    hours: Mapped[float]
    delivery_mode: Mapped[str]
    assessment: Mapped[str]
    pass_mark: Mapped[float | None]
    validity_months: Mapped[int | None]
    prerequisites: Mapped[list[str]]
    objectives: Mapped[list[str]]
    translations: Mapped[dict[str, dict[str, Any]] | None]
    instructor_requires: Mapped[list[str]]
    instructor_current: Mapped[bool]

    module: Mapped[Module] = relationship()


class Requirement(Travelling, Base):
    """Officers holding ``role`` (every officer when empty) need ``module`` in ``phase``."""

    __table__ = tables.requirements

    curriculum_version_id: Mapped[int]
    module_id: Mapped[int]
    role_id: Mapped[int | None]
    contingent_id: Mapped[int | None]
    phase: Mapped[str]


class TrainingSession(Travelling, Stored, Base):
    __table__ = tables.training_sessions

    module_id: Mapped[int]
    curriculum_version_id: Mapped[int]
    starts_on: Mapped[dt.date]
    ends_on: Mapped[dt.date]
    location: Mapped[str]
    instructors: Mapped[str]
    language: Mapped[str]
    notes: Mapped[str]
    recorded_by: Mapped[str]
    planned: Mapped[bool]
    seats: Mapped[int | None]
    recognised_by: Mapped[str]
    recognised_reference: Mapped[str]

    module: Mapped[Module] = relationship()


class SessionAttendee(Base):
    """An officer expected at a planned session; those added on the day are more of these.

    Facts added, never removed: an expected attendee who does not come is recorded absent;
    one reported absent on the day is marked so beforehand. They travel inside their
    session's sync record and merge by union (a mark made at one site reaches every other).
    """

    __table__ = tables.session_attendees

    id: Mapped[int]
    session_id: Mapped[int]
    officer_id: Mapped[int]
    added_at: Mapped[dt.datetime]
    absent_marked_at: Mapped[dt.datetime | None]


class Result(Travelling, Stored, Base):
    """One officer's result in one session: a fact, corrected only by newer facts.

    ``module_id`` and ``completed_on`` repeat the session's module and last day, which
    never change, so that readiness reads one table and one index.
    """

    __table__ = tables.results

    session_id: Mapped[int]
    officer_id: Mapped[int]
    module_id: Mapped[int]
    completed_on: Mapped[dt.date]
    kind: Mapped[str]
    supersedes_id: Mapped[int | None]
    attended: Mapped[bool]
    score: Mapped[float | None]
    outcome: Mapped[str]
    reason: Mapped[str]
    recorded_by: Mapped[str]

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

    __table__ = tables.effective_passes

    result_id: Mapped[int]
    officer_id: Mapped[int]
    module_id: Mapped[int]
    completed_on: Mapped[dt.date]


class Exemption(Travelling, Stored, Base):
    """A module waived for one officer (exemption), or prior training recognised (equivalence)."""

    __table__ = tables.exemptions

    officer_id: Mapped[int]
    module_id: Mapped[int]
    kind: Mapped[str]
    reason: Mapped[str]
    approved_by: Mapped[str]
    granted_on: Mapped[dt.date]
    valid_until: Mapped[dt.date | None]


class EligibilityHold(Travelling, Stored, Base):
    """Something other than training that keeps an officer from deploying, or their vetting.

    In force from ``since`` through ``until`` (open-ended when None) and up to the day
    before ``lifted_on``. A hold is never deleted: lifting it records who, when and why,
    and, like a certificate's revocation, a lift made anywhere holds everywhere. A vetting
    record that is ``cleared`` is no hold but the clearance the curriculum may ask for.
    """

    __table__ = tables.eligibility_holds

    officer_id: Mapped[int]
    kind: Mapped[str]
    vetting_status: Mapped[str | None]
    reason: Mapped[str]
    reference: Mapped[str]
    placed_by: Mapped[str]
    since: Mapped[dt.date]
    until: Mapped[dt.date | None]
    lifted_at: Mapped[dt.datetime | None]
    lifted_on: Mapped[dt.date | None]
    lifted_by: Mapped[str | None]
    lift_reason: Mapped[str | None]


class Certificate(Travelling, Stored, Base):
    """An issued certificate: what was printed on it is kept, so a reprint is the same."""

    __table__ = tables.certificates

    serial: Mapped[str]
    officer_id: Mapped[int]
    module_id: Mapped[int]
    result_id: Mapped[int | None]
    issued_on: Mapped[dt.date]
    expires_on: Mapped[dt.date | None]
    revoked_at: Mapped[dt.datetime | None]
    revoked_reason: Mapped[str | None]
    language: Mapped[str]
    printed: Mapped[dict[str, Any]]
    code: Mapped[str]
    pdf_sha256: Mapped[str]
    issued_by: Mapped[str]


class AuditEntry(Base):
    """One change, as it happened: never updated, never deleted.

    Entries are numbered 1, 2, 3... on each installation and chained: each holds the hash
    of the one before and is signed with the installation's key (mss_training/audit_chain.py).
    """

    __table__ = tables.audit_log

    id: Mapped[int]
    number: Mapped[int]
    uid: Mapped[uuid.UUID]
    at: Mapped[dt.datetime]
    actor: Mapped[str]
    site_id: Mapped[int]
    action: Mapped[str]
    entity: Mapped[str]
    entity_uid: Mapped[uuid.UUID | None]
    summary: Mapped[str]
    before: Mapped[dict[str, Any] | None]
    after: Mapped[dict[str, Any] | None]
    previous_hash: Mapped[str]
    entry_hash: Mapped[str]
    signature: Mapped[bytes]
    rows: Mapped[bytes | None]


class OfficerAlias(Base):
    """Another uid under which the same officer was added at another site.

    Two sites may each add an officer (same contingent and service number) before they
    sync; the records merge into one and the other uid keeps pointing at it.
    """

    __table__ = tables.officer_aliases

    uid: Mapped[uuid.UUID]
    officer_id: Mapped[int]


class SyncPeer(Base):
    """What this installation has exchanged with another one."""

    __table__ = tables.sync_peers

    site_id: Mapped[int]
    last_sent_at: Mapped[dt.datetime | None]
    acknowledged_at: Mapped[dt.datetime | None]
    last_received_at: Mapped[dt.datetime | None]
    acknowledged_bundle: Mapped[uuid.UUID | None]
    last_received_bundle: Mapped[uuid.UUID | None]


class SentBundle(Base):
    """A bundle made for a peer: when its snapshot was read, and the uids of the facts it
    carried from the last hour before that, which a transaction still open then could
    have been stored among."""

    __table__ = tables.sync_sent

    id: Mapped[int]
    bundle_uid: Mapped[uuid.UUID]
    site_id: Mapped[int]
    created_at: Mapped[dt.datetime]
    tail: Mapped[list[str]]


class ReceivedBundle(Base):
    """A bundle imported here: which, from whom, when, and what it changed."""

    __table__ = tables.sync_received

    id: Mapped[int]
    bundle_uid: Mapped[uuid.UUID]
    from_site_id: Mapped[int]
    created_at: Mapped[dt.datetime]
    imported_at: Mapped[dt.datetime]
    imported_by: Mapped[str]
    counts: Mapped[dict[str, Any]]


class SyncConflict(Base):
    """Two sites changed the same field of the same officer without seeing each other's edit.

    The merge keeps the later edit (so that every installation agrees) and this row keeps
    the other, until a coordinator confirms or swaps them.
    """

    __table__ = tables.sync_conflicts

    id: Mapped[int]
    uid: Mapped[uuid.UUID]
    officer_id: Mapped[int]
    field: Mapped[str]
    candidates: Mapped[list[dict[str, Any]]]
    found_site_id: Mapped[int | None]
    kept_value: Mapped[Any]
    kept_stamp: Mapped[dict[str, Any]]
    other_value: Mapped[Any]
    other_stamp: Mapped[dict[str, Any]]
    found_at: Mapped[dt.datetime]
    found_in_bundle: Mapped[uuid.UUID | None]
    resolved_at: Mapped[dt.datetime | None]
    resolved_by: Mapped[str | None]
    resolution: Mapped[str | None]
    resolved_site_id: Mapped[int | None]

    officer: Mapped[Officer] = relationship()


class KeptDuplicate(Base):
    """Two sessions that look like one recorded twice, which a coordinator kept both of."""

    __table__ = tables.sync_kept_duplicates

    id: Mapped[int]
    first_session_id: Mapped[int]
    second_session_id: Mapped[int]
    decided_at: Mapped[dt.datetime]
    decided_by: Mapped[str]


class Setting(Base):
    """One installation setting (backups for now), as a JSON value under a dotted key."""

    __table__ = tables.settings

    key: Mapped[str]
    value: Mapped[Any]
    updated_at: Mapped[dt.datetime]
    updated_by: Mapped[str]


class User(Base):
    """An account of this installation: who signs in, and what their role lets them do.

    Accounts stay with their database and do not travel to other sites; the records they
    make carry the username. Only an argon2id hash of the password is kept.
    """

    __table__ = tables.users

    id: Mapped[int]
    username: Mapped[str]
    display_name: Mapped[str]
    role: Mapped[str]
    contingents: Mapped[list[str]]
    disabled: Mapped[bool]
    password_hash: Mapped[str]
    failed_attempts: Mapped[int]
    locked_until: Mapped[dt.datetime | None]
    created_at: Mapped[dt.datetime]
    last_login_at: Mapped[dt.datetime | None]


class ScriptToken(Base):
    """A token a site's script signs in with instead of the password (services/tokens.py).

    Only the token's SHA-256 is kept: a secret of 32 random bytes needs no slow hash, and a
    copy of the file gives nobody a token. ``password_digest`` ties the token to the
    password it was issued under, so that it dies with it.
    """

    __table__ = tables.script_tokens

    id: Mapped[int]
    user_id: Mapped[int]
    token_hash: Mapped[str]
    label: Mapped[str]
    created_at: Mapped[dt.datetime]
    expires_at: Mapped[dt.datetime]
    revoked_at: Mapped[dt.datetime | None]
    password_digest: Mapped[str]


class TrailWitness(Base):
    """An entry of another installation's audit trail that its bundles showed here.

    Each bundle carries the sender's entries since the head this installation last
    witnessed (sync/witness.py), so a trail rewritten later, even with the sender's key,
    contradicts these rows. Entries the sender lost when it was put back from an older
    copy keep their rows, marked ``lost_at``, to say what was lost.
    """

    __table__ = tables.trail_witness

    id: Mapped[int]
    site_id: Mapped[int]
    number: Mapped[int]
    entry_hash: Mapped[str]
    at: Mapped[dt.datetime]
    witnessed_at: Mapped[dt.datetime]
    lost_at: Mapped[dt.datetime | None]


class TrailCosignature(Base):
    """Another installation's signed statement that it witnessed this trail up to an entry."""

    __table__ = tables.trail_cosignatures

    id: Mapped[int]
    witness_site_id: Mapped[int]
    number: Mapped[int]
    entry_hash: Mapped[str]
    at: Mapped[dt.datetime]
    signature: Mapped[bytes]
    received_at: Mapped[dt.datetime]


class ReadinessSnapshot(Base):
    """A commander's signed statement of readiness as of a date, kept as it was signed.

    ``document`` is the signed file's text (services/snapshots.py): the figures, every
    officer's status and requirements, the curriculum version and the audit trail's head
    they came from, so that the briefing can be re-checked against today's records later.
    """

    __table__ = tables.readiness_snapshots

    id: Mapped[int]
    uid: Mapped[uuid.UUID]
    taken_at: Mapped[dt.datetime]
    taken_by: Mapped[str]
    as_of: Mapped[dt.date]
    contingent: Mapped[str | None]
    through: Mapped[dt.date | None]
    assessment: Mapped[str]
    remarks: Mapped[str]
    contingents: Mapped[list[str] | None]
    officers: Mapped[int]
    ready: Mapped[int]
    curriculum_version: Mapped[str]
    audit_entries: Mapped[int]
    audit_head: Mapped[str]
    document: Mapped[str]
