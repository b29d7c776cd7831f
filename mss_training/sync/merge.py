"""Merging a bundle into this database, in one transaction.

Sessions, results, exemptions and certificates are facts: a fact is added if it is not
here yet, so merging is a union and the order bundles arrive in does not matter. Officers
merge field by field (sync/versions.py), and edits made at two sites without knowing of
each other are kept in the conflict list. Only HQ's curriculum is taken. See docs/sync.md.
"""

import datetime as dt
import uuid
from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy import String, Text, any_, bindparam, insert, select, text, type_coerce
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.dialects.postgresql import UUID as PG_UUID
from sqlalchemy.exc import DataError, IntegrityError
from sqlalchemy.orm import Session

from mss_training.dates import utc_now
from mss_training.db import tables
from mss_training.db.bulk import TextKind, check_uid, insert_rows, refresh_statistics
from mss_training.db.ledger import execute_tracked, has_touched
from mss_training.domain import CurriculumStatus, SiteRole
from mss_training.errors import BundleError
from mss_training.messages import _
from mss_training.models import (
    Certificate,
    Contingent,
    CurriculumVersion,
    EligibilityHold,
    Exemption,
    Module,
    ModuleRevision,
    Officer,
    OfficerAlias,
    ReceivedBundle,
    Requirement,
    Result,
    Role,
    SessionAttendee,
    Site,
    SyncPeer,
    TrainingSession,
    Unit,
)
from mss_training.progress import NO_PROGRESS, Progress
from mss_training.services.audit import record_change
from mss_training.services.permissions import Actor, Permission, require_whole_mission
from mss_training.sync.acknowledgements import check_addressee, note_received, unknown_sender
from mss_training.sync.bundle import BundleReader
from mss_training.sync.corrections import settle_corrections
from mss_training.sync.duplicates import duplicates_of
from mss_training.sync.identity import is_trusted, own_site
from mss_training.sync.merge_report import MergeReport
from mss_training.sync.officers import OFFICERS, OfficerMerge
from mss_training.sync.rules import BundleRules
from mss_training.sync.versions import (
    parse_stamp_time,
)
from mss_training.sync.witness import check_trail, record_trail

_BATCH = 5_000
# Core inserts of plain rows: the ORM's bulk path costs more than the database does here.
RESULTS = tables.results
SESSIONS = tables.training_sessions
ATTENDEES = tables.session_attendees
RESULT_TEXT: dict[str, TextKind] = {"uid": "uid", "created_at": "stamp", "completed_on": "date"}
SESSION_TEXT: dict[str, TextKind] = {
    "uid": "uid", "created_at": "stamp", "starts_on": "date", "ends_on": "date",
}  # fmt: skip
_MERGE_LOCK = 0x4D5353594E43  # 'MSSYNC'


def _chunks(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


_UID_PREFIX = b'{"uid":"'


def _leading_uid(line: bytes) -> str | None:
    """The uid a record line starts with, as MSS Training writes them; None if it does not."""
    if line.startswith(_UID_PREFIX) and line[44:45] == b'"':
        return line[8:44].decode("ascii", "replace")
    return None


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _time(text: str | None) -> dt.datetime | None:
    return parse_stamp_time(text) if text else None


def import_bundle(
    session: Session, path: Path, actor: Actor, progress: Progress = NO_PROGRESS
) -> MergeReport:
    """Check the bundle's sender, signature and hashes, then merge it all or nothing.

    Call it in a rehearsal (a transaction that is rolled back) for a preview.
    """
    require_whole_mission(actor, Permission.SYNC)
    with BundleReader(path) as reader:
        manifest = reader.manifest
        if session.get_bind().dialect.name == "postgresql":
            # Coordinators at HQ may import at the same moment: one merge at a time, so
            # that two never add the same record.
            session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _MERGE_LOCK})
        sender = _trusted_sender(session, reader)
        trail = check_trail(session, reader, sender)
        report = MergeReport(manifest, sender.name, trail_notes=trail.notes)
        report.imported_before = session.scalar(
            select(ReceivedBundle.imported_at)
            .where(ReceivedBundle.bundle_uid == manifest.bundle_uid)
            .order_by(ReceivedBundle.imported_at)
            .limit(1)
        )
        try:
            Merge(session, reader, sender, report, progress).run()
        except (
            KeyError,
            TypeError,
            ValueError,
            AttributeError,
            DataError,
            IntegrityError,
        ) as error:
            raise BundleError(
                _("{where} holds a record this program cannot read ({name}).").format(
                    where=reader.where, name=type(error).__name__
                )
            ) from None
    record_trail(session, trail)
    _bookkeeping(session, sender, report, actor.username)
    return report


def _trusted_sender(session: Session, reader: BundleReader) -> Site:
    manifest = reader.manifest
    own = own_site(session)
    if manifest.sender.uid == own.uid:
        raise BundleError(
            _("{where} was made by this installation; import it at the other one.").format(
                where=reader.where
            )
        )
    check_addressee(session, manifest, reader.where, own)
    site = session.scalar(select(Site).where(Site.uid == manifest.sender.uid))
    if site is None or not is_trusted(session, site):
        raise unknown_sender(manifest, reader.where)
    assert site.public_key is not None
    if site.public_key != manifest.sender.public_key:
        raise BundleError(
            _(
                "{where} claims to come from {site} but carries another key; it was forged, "
                "or that site was reinstalled and must enrol again."
            ).format(where=reader.where, site=site.name)
        )
    reader.verify_signature(site.public_key)
    return site


def _bookkeeping(session: Session, sender: Site, report: MergeReport, actor: str) -> None:
    manifest = report.manifest
    peer = session.get(SyncPeer, sender.id)
    if peer is None:
        peer = SyncPeer(site_id=sender.id)
        session.add(peer)
    own = own_site(session)
    note_received(session, peer, manifest, own)
    acknowledged = manifest.acknowledges.get(own.uid)
    if peer.last_received_at is None or peer.last_received_at < manifest.created_at:
        peer.last_received_at = manifest.created_at
    if acknowledged and (peer.acknowledged_at is None or peer.acknowledged_at < acknowledged):
        peer.acknowledged_at = acknowledged
    if report.imported_before is not None and not report.changes_anything:
        session.flush()
        if has_touched(session):  # the peer's stamps or the trail's witness moved
            record_change(
                session, actor=actor, action="import", entity="sync bundle",
                entity_uid=manifest.bundle_uid,
                summary=f"Imported sync bundle from {sender.name} again: nothing new",
            )  # fmt: skip
        return
    counts = {f"added {k}": v for k, v in report.added.items() if v} | {
        f"changed {k}": v for k, v in report.changed.items() if v
    }
    counts["conflicts"] = len(report.conflicts)
    session.add(
        ReceivedBundle(
            bundle_uid=manifest.bundle_uid,
            from_site_id=sender.id,
            created_at=manifest.created_at,
            imported_by=actor,
            counts=counts,
        )
    )
    described = ", ".join(f"{v} {k}" for k, v in counts.items() if v) or "nothing new"
    record_change(
        session,
        actor=actor,
        action="import",
        entity="sync bundle",
        entity_uid=manifest.bundle_uid,
        summary=f"Imported sync bundle from {sender.name}: {described}",
        after=counts,
    )


class Merge:
    def __init__(
        self,
        session: Session,
        reader: BundleReader,
        sender: Site,
        report: MergeReport,
        progress: Progress,
    ) -> None:
        self.session = session
        self.reader = reader
        self.sender = sender
        self.report = report
        self.progress = progress
        self.own = own_site(session)
        self.now = utc_now()
        self.sites: dict[str, int] = {}
        self.contingents: dict[str, int] = {}
        self.units: dict[tuple[int, str], int] = {}
        self.roles: dict[str, int] = {}
        self.modules: dict[str, int] = {}
        self.labels: dict[str, int] = {}
        self.officers: dict[str, int] = {}
        self.sessions: dict[str, tuple[int, int]] = {}
        # The rules of a local write, held against every record (sync/rules.py).
        self.rules = BundleRules(self)
        self.added_sessions: set[str] = set()

    def fail(self, problem: str) -> BundleError:
        return BundleError(f"{self.reader.where} {problem}")

    def run(self) -> None:
        self.progress.step(0, 100, _("Checking sites"))
        self.rules.check_manifest()
        self.merge_sites()
        self.merge_reference()
        self.merge_curriculum()
        self.progress.step(5, 100, _("Merging officers"))
        self.merge_officers()
        self.progress.step(15, 100, _("Merging sessions"))
        self.merge_sessions()
        self.merge_results()
        # The checks and the seal below look these rows up again.
        added = self.report.added
        grown = {OFFICERS: "officers", SESSIONS: "sessions", RESULTS: "results"}
        refresh_statistics(self.session, {t: added.get(k, 0) for t, k in grown.items()})
        self.progress.step(95, 100, _("Merging exemptions and certificates"))
        self.merge_exemptions()
        self.merge_certificates()
        self.merge_holds()
        self.rules.finish()
        settle_corrections(self)
        self.report.likely_duplicates = duplicates_of(self.session, self.added_sessions)
        self.progress.step(100, 100, _("Done"))

    # -- who and what: sites, reference data, curriculum -------------------------------

    def merge_sites(self) -> None:
        vouching = self.sender.role == SiteRole.HQ.value and self.sender.enrolled_at is not None
        known = {site.uid: site for site in self.session.scalars(select(Site))}
        for record in self.reader.records("sites.jsonl"):
            uid = uuid.UUID(record["uid"])
            key = bytes.fromhex(record["public_key"])
            site = known.get(uid)
            if site is None:
                site = Site(
                    uid=uid,
                    name=str(record["name"])[:200],
                    role=SiteRole(record["role"]).value,
                    public_key=key,
                )
                self.session.add(site)
                known[uid] = site
                self.report.count(self.report.added, "sites")
            elif site.public_key is None:
                site.public_key = key
            if (
                vouching
                and record.get("enrolled")
                and site.public_key == key
                and site.enrolled_at is None
                and site.vouched_by_id is None
                and site.id != self.own.id
            ):
                site.vouched_by_id = self.sender.id
        self.session.flush()
        self.sites = {str(uid): site.id for uid, site in known.items()}

    def site(self, uid: str) -> int:
        try:
            return self.sites[uid]
        except KeyError:
            raise self.fail(_("refers to an installation it does not describe.")) from None

    def travel(self, record: dict[str, Any]) -> dict[str, Any]:
        return {
            "uid": uuid.UUID(record["uid"]),
            "created_at": parse_stamp_time(record["created_at"]),
            "site_id": self.site(record["site"]),
        }

    def stored(self, record: dict[str, Any]) -> dict[str, Any]:
        """A record that is stored now, the moment the whole merge shares."""
        return self.travel(record) | {"stored_at": self.now}

    def merge_reference(self) -> None:
        document = self.reader.document("reference.json") or {}
        session = self.session
        self.contingents = dict(session.execute(select(Contingent.code, Contingent.id)).all())
        for record in document.get("contingents", []):
            if record["code"] not in self.contingents:
                contingent = Contingent(
                    **self.travel(record),
                    code=str(record["code"])[:3],
                    name=record["name"],
                    name_fr=record.get("name_fr"),
                    name_es=record.get("name_es"),
                    home_agency=record.get("home_agency"),
                    language=record.get("language") or "en",
                )
                session.add(contingent)
                session.flush()
                self.contingents[contingent.code] = contingent.id
                self.report.count(self.report.added, "contingents")
        self.units = {
            (contingent_id, name): unit_id
            for unit_id, contingent_id, name in session.execute(
                select(Unit.id, Unit.contingent_id, Unit.name)
            )
        }
        for record in document.get("units", []):
            key = (self.contingent(record["contingent"]), record["name"])
            if key not in self.units:
                self.units[key] = self.add_unit(key, self.travel(record))
        self.roles = dict(session.execute(select(Role.code, Role.id)).all())
        for record in document.get("roles", []):
            if record["code"] not in self.roles:
                role = Role(**self.travel(record), code=record["code"], name=record["name"])
                session.add(role)
                session.flush()
                self.roles[role.code] = role.id
                self.report.count(self.report.added, "roles")

    def contingent(self, code: str) -> int:
        try:
            return self.contingents[code]
        except KeyError:
            raise self.fail(
                _("refers to contingent {code}, which it does not describe.").format(code=code)
            ) from None

    def add_unit(self, key: tuple[int, str], travel: dict[str, Any]) -> int:
        unit = Unit(**travel, contingent_id=key[0], name=key[1])
        self.session.add(unit)
        self.session.flush()
        self.report.count(self.report.added, "units")
        return unit.id

    def merge_curriculum(self) -> None:
        session = self.session
        document = self.reader.document("curriculum.json")
        self.modules = dict(session.execute(select(Module.code, Module.id)).all())
        self.labels = dict(
            session.execute(select(CurriculumVersion.label, CurriculumVersion.id)).all()
        )
        # Only HQ publishes; HQ itself takes no curriculum from anyone.
        if (
            document is None
            or self.sender.role != SiteRole.HQ.value
            or self.own.role == SiteRole.HQ.value
        ):
            return
        for record in document.get("modules", []):
            if record["code"] not in self.modules:
                module = Module(**self.travel(record), code=record["code"])
                session.add(module)
                session.flush()
                self.modules[module.code] = module.id
        published: dict[str, Any] | None = None
        for record in document.get("versions", []):
            if record["status"] == CurriculumStatus.PUBLISHED.value:
                published = record
            if record["label"] not in self.labels:
                self.add_version(record)
        if published is None:
            return
        current = session.scalar(
            select(CurriculumVersion).where(
                CurriculumVersion.status == CurriculumStatus.PUBLISHED.value
            )
        )
        if current is not None and current.label == published["label"]:
            return
        if current is not None:
            current.status = CurriculumStatus.RETIRED.value
            session.flush()
        version = session.get(CurriculumVersion, self.labels[published["label"]])
        assert version is not None
        version.status = CurriculumStatus.PUBLISHED.value
        version.published_at = _time(published.get("published_at"))
        self.report.count(self.report.changed, "published curriculum")

    def add_version(self, record: dict[str, Any]) -> None:
        version = CurriculumVersion(
            **self.travel(record),
            label=record["label"],
            title=record["title"],
            status=CurriculumStatus.RETIRED.value,
            published_at=_time(record.get("published_at")),
            source_sha256=record.get("source_sha256"),
            requires_vetting=bool(record.get("requires_vetting", False)),
        )
        self.session.add(version)
        self.session.flush()
        self.labels[version.label] = version.id
        skip = {"uid", "created_at", "site", "module"}
        for revision in record.get("revisions", []):
            self.session.add(
                ModuleRevision(
                    **self.travel(revision),
                    curriculum_version_id=version.id,
                    module_id=self.module(revision["module"]),
                    **{key: value for key, value in revision.items() if key not in skip},
                )
            )
        for requirement in record.get("requirements", []):
            self.session.add(
                Requirement(
                    **self.travel(requirement),
                    curriculum_version_id=version.id,
                    module_id=self.module(requirement["module"]),
                    role_id=self.roles[requirement["role"]] if requirement["role"] else None,
                    contingent_id=(
                        self.contingent(requirement["contingent"])
                        if requirement["contingent"]
                        else None
                    ),
                    phase=requirement["phase"],
                )
            )
        self.session.flush()
        self.report.count(self.report.added, "curriculum versions")

    def module(self, code: str) -> int:
        try:
            return self.modules[code]
        except KeyError:
            raise self.fail(
                _(
                    "refers to module {code}, which this installation does not have yet; "
                    "import HQ's latest bundle first."
                ).format(code=code)
            ) from None

    # -- officers ------------------------------------------------------------------------

    def merge_officers(self) -> None:
        merge = OfficerMerge(self)
        for chunk in self.reader.batches("officers.jsonl", _BATCH):
            self.rules.check_officers(chunk)
            merge.merge_chunk(chunk)
        self.officers = merge.finish()

    def officer(self, uid: str) -> int:
        officer_id = self.officers.get(uid)
        if officer_id is None:
            officer_id = self.session.scalar(
                select(Officer.id).where(Officer.uid == uuid.UUID(uid))
            ) or self.session.scalar(
                select(OfficerAlias.officer_id).where(OfficerAlias.uid == uuid.UUID(uid))
            )
            if officer_id is None:
                raise self.fail(_("refers to an officer it does not describe."))
            self.officers[uid] = officer_id
        return officer_id

    # -- facts -----------------------------------------------------------------------------

    def existing(self, model: Any, uids: list[str]) -> set[str]:
        """Which of ``uids`` are here already."""
        return set(self.ids_by_uid(model, uids))

    def ids_by_uid(self, model: Any, uids: list[str]) -> dict[str, int]:
        """The local ids of those of ``uids`` that are here."""
        dialect = self.session.get_bind().dialect.name
        if dialect == "sqlite":
            # SQLite keeps a uid as 32 hex digits: compare those, with no UUID made per row.
            hexes = {uid.replace("-", ""): uid for uid in uids}
            stored = type_coerce(model.uid, String)
            rows = self.session.execute(select(stored, model.id).where(stored.in_(list(hexes))))
            return {hexes[value]: row_id for value, row_id in rows}
        # PostgreSQL: one parameter, since a list of thousands of parameters costs more to
        # send and to plan than the lookup itself; one text the server splits, since the
        # driver builds an array parameter element by element (a checked uid has no comma).
        wanted = bindparam("uids", ",".join(check_uid(uid) for uid in uids), type_=Text)
        as_uids = sa.cast(sa.func.string_to_array(wanted, ","), ARRAY(PG_UUID))
        as_text = sa.cast(model.uid, Text)
        rows = self.session.execute(select(as_text, model.id).where(model.uid == any_(as_uids)))
        return dict(rows.all())

    def local_sessions(self) -> dict[str, tuple[int, int]]:
        return {
            str(uid): (session_id, module_id)
            for session_id, uid, module_id in self.session.execute(
                select(TrainingSession.id, TrainingSession.uid, TrainingSession.module_id)
            )
        }

    def merge_sessions(self) -> None:
        local = self.local_sessions()
        rows = []
        attendees: list[tuple[str, str]] = []  # (session uid, officer uid)
        absent: list[tuple[str, str]] = []
        for chunk in self.reader.batches("sessions.jsonl", _BATCH):
            for record in chunk:
                attendees += [(record["uid"], officer) for officer in record.get("attendees", [])]
                absent += [(record["uid"], officer) for officer in record.get("absent", [])]
                if record["uid"] in local:
                    continue
                self.rules.check_session(record)
                label = record["curriculum"]
                if label not in self.labels:
                    raise self.fail(
                        _(
                            "has sessions under curriculum {label}, which this installation "
                            "does not have yet; import HQ's latest bundle first."
                        ).format(label=label)
                    )
                rows.append(
                    {
                        "uid": record["uid"],
                        "created_at": record["created_at"],
                        "site_id": self.site(record["site"]),
                        "stored_at": self.now,
                        "module_id": self.module(record["module"]),
                        "curriculum_version_id": self.labels[label],
                        "starts_on": record["starts_on"],
                        "ends_on": record["ends_on"],
                        "location": record["location"],
                        "instructors": record["instructors"],
                        "language": record["language"],
                        "notes": record["notes"],
                        "recorded_by": record["recorded_by"],
                        "planned": bool(record.get("planned", False)),
                        "seats": record.get("seats"),
                        "recognised_by": record.get("recognised_by", ""),
                        "recognised_reference": record.get("recognised_reference", ""),
                    }
                )
        for chunk in _chunks(rows, _BATCH):
            insert_rows(self.session, SESSIONS, chunk, SESSION_TEXT)
            ids = self.ids_by_uid(TrainingSession, [row["uid"] for row in chunk])
            local.update((row["uid"], (ids[row["uid"]], row["module_id"])) for row in chunk)
        self.report.count(self.report.added, "sessions", len(rows))
        self.sessions = local
        self.added_sessions = {str(row["uid"]) for row in rows}
        self.merge_attendees(attendees)
        self.merge_absences(absent)

    def merge_absences(self, absent: list[tuple[str, str]]) -> None:
        """Attendees reported absent at another site, by union: a mark made anywhere holds."""
        marked = 0
        for session_uid, officer_uid in absent:
            row = self.session.scalar(
                select(SessionAttendee).where(
                    SessionAttendee.session_id == self.training_session(session_uid)[0],
                    SessionAttendee.officer_id == self.officer(officer_uid),
                )
            )
            if row is None:
                raise self.fail(f"marks absent someone not expected at session {session_uid}.")
            if row.absent_marked_at is None:
                row.absent_marked_at = self.now
                marked += 1
        self.session.flush()
        self.report.count(self.report.added, "attendees marked absent", marked)

    def merge_attendees(self, attendees: list[tuple[str, str]]) -> None:
        """The expected attendees of planned sessions, by union: those not here are added."""
        if not attendees:
            return
        here: set[tuple[int, int]] = {
            (session_id, officer_id)
            for session_id, officer_id in self.session.execute(
                select(SessionAttendee.session_id, SessionAttendee.officer_id)
            )
        }
        rows = []
        for session_uid, officer_uid in attendees:
            session_id = self.training_session(session_uid)[0]
            officer_id = self.officer(officer_uid)
            if (session_id, officer_id) in here:
                continue
            self.rules.of_officer(
                _("an attendee of session {session_uid}").format(session_uid=session_uid),
                officer_uid,
            )
            here.add((session_id, officer_id))
            rows.append({"session_id": session_id, "officer_id": officer_id, "added_at": self.now})
        insert_rows(self.session, ATTENDEES, rows)
        self.report.count(self.report.added, "expected attendees", len(rows))

    def training_session(self, uid: str) -> tuple[int, int]:
        try:
            return self.sessions[uid]
        except KeyError:
            raise self.fail(_("has a result of a session it does not describe.")) from None

    def merge_results(self) -> None:
        total = max(self.report.manifest.records("results.jsonl"), 1)
        done = 0
        waiting: list[dict[str, Any]] = []
        for lines in _chunks(self.reader.lines("results.jsonl"), _BATCH):
            self.progress.step(
                15 + 80 * done // total, 100, _("Merging results ({done})").format(done=f"{done:,}")
            )
            done += len(lines)
            # Most results of a bundle are often here already: read the uid alone first.
            records: dict[int, dict[str, Any]] = {}
            uids: list[str] = []
            for index, line in enumerate(lines):
                uid = _leading_uid(line)
                if uid is None:
                    records[index] = self.reader.record("results.jsonl", line)
                    uid = str(records[index].get("uid"))
                uids.append(uid)
            known = self.existing(Result, uids)
            wanted = [i for i, uid in enumerate(uids) if uid not in known and i not in records]
            batch = self.reader.batch("results.jsonl", [lines[i] for i in wanted])
            records.update(zip(wanted, batch, strict=True))
            fresh = []
            for index, uid in enumerate(uids):
                if uid in known:
                    continue
                if records[index].get("uid") != uid:
                    raise self.fail(_("holds a result record that contradicts itself."))
                fresh.append(records[index])
            self.rules.check_results(fresh)
            waiting = self.insert_results(fresh + waiting)
        while waiting:
            still = self.insert_results(waiting)
            if len(still) == len(waiting):
                raise self.fail(
                    _(
                        "has a correction of a result that is neither in it nor here; "
                        "ask for a complete bundle (without --since)."
                    )
                )
            waiting = still

    def insert_results(self, records: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Insert what can be; return corrections whose corrected result is not here yet."""
        pending = records
        while pending:
            targets = {r["supersedes"] for r in pending if r["supersedes"]}
            ids: dict[str, int] = {}
            for chunk in _chunks(sorted(targets), 900):
                ids.update(
                    (str(uid), result_id)
                    for result_id, uid in self.session.execute(
                        select(Result.id, Result.uid).where(
                            Result.uid.in_([uuid.UUID(u) for u in chunk])
                        )
                    )
                )
            ready = [r for r in pending if not r["supersedes"] or r["supersedes"] in ids]
            pending = [r for r in pending if r["supersedes"] and r["supersedes"] not in ids]
            if not ready:
                break
            rows = []
            for record in ready:
                session_id, module_id = self.training_session(record["session"])
                supersedes = record["supersedes"]
                rows.append(
                    {
                        "uid": record["uid"],
                        "created_at": record["created_at"],
                        "site_id": self.site(record["site"]),
                        "stored_at": self.now,
                        "session_id": session_id,
                        "officer_id": self.officer(record["officer"]),
                        "module_id": module_id,
                        "completed_on": record["completed_on"],
                        "kind": record["kind"],
                        "supersedes_id": ids[supersedes] if supersedes else None,
                        "attended": bool(record["attended"]),
                        "score": record["score"],
                        "outcome": record["outcome"],
                        "reason": record["reason"],
                        "recorded_by": record["recorded_by"],
                    }
                )
            insert_rows(self.session, RESULTS, rows, RESULT_TEXT)
            self.report.count(self.report.added, "results", len(rows))
        return pending

    def merge_exemptions(self) -> None:
        rows: list[dict[str, Any]] = []
        for chunk in self.reader.batches("exemptions.jsonl", _BATCH):
            known = self.existing(Exemption, [record["uid"] for record in chunk])
            for record in chunk:
                if record["uid"] not in known:
                    self.rules.check_exemption(record)
            rows.extend(
                self.stored(record)
                | {
                    "officer_id": self.officer(record["officer"]),
                    "module_id": self.module(record["module"]),
                    "kind": record["kind"],
                    "reason": record["reason"],
                    "approved_by": record["approved_by"],
                    "granted_on": _date(record["granted_on"]),
                    "valid_until": _date(record["valid_until"]),
                }
                for record in chunk
                if record["uid"] not in known
            )
        if rows:
            execute_tracked(self.session, insert(Exemption), rows)
        self.report.count(self.report.added, "exemptions", len(rows))

    def local(self, model: Any, chunk: list[dict[str, Any]]) -> dict[str, Any]:
        """The rows here of the chunk's records, by uid text: what a later fact changes."""
        uids = [uuid.UUID(record["uid"]) for record in chunk]
        return {
            str(row.uid): row
            for row in self.session.scalars(select(model).where(model.uid.in_(uids)))
        }

    def merge_certificates(self) -> None:
        for chunk in self.reader.batches("certificates.jsonl", _BATCH):
            local = self.local(Certificate, chunk)
            for record in chunk:
                certificate = local.get(record["uid"])
                self.rules.check_certificate(record, new=certificate is None)
                if certificate is None:
                    self.add_certificate(record)
                    continue
                revoked = _time(record.get("revoked_at"))
                # A revocation is a fact too: once revoked anywhere, revoked everywhere.
                if revoked and (certificate.revoked_at is None or revoked < certificate.revoked_at):
                    certificate.revoked_at = revoked
                    certificate.revoked_reason = record.get("revoked_reason")
                    self.report.count(self.report.changed, "certificates revoked")
        self.session.flush()

    def merge_holds(self) -> None:
        """Holds are facts; a lift is one too: once lifted anywhere, lifted everywhere.

        When two installations lifted the same hold, the earlier lift stands at both, so
        that the order in which bundles arrive changes nothing.
        """
        for chunk in self.reader.batches("holds.jsonl", _BATCH):
            local = self.local(EligibilityHold, chunk)
            for record in chunk:
                hold = local.get(record["uid"])
                self.rules.check_hold(record, new=hold is None)
                lifted = _time(record.get("lifted_at"))
                if hold is None:
                    hold = EligibilityHold(
                        **self.stored(record),
                        officer_id=self.officer(record["officer"]),
                        kind=record["kind"],
                        vetting_status=record["vetting_status"],
                        reason=record["reason"],
                        reference=record["reference"],
                        placed_by=record["placed_by"],
                        since=_date(record["since"]),
                        until=_date(record.get("until")),
                    )
                    self.session.add(hold)
                    self.report.count(self.report.added, "holds")
                if lifted and (hold.lifted_at is None or lifted < hold.lifted_at):
                    hold.lifted_at = lifted
                    hold.lifted_on = _date(record.get("lifted_on"))
                    hold.lifted_by = record.get("lifted_by")
                    hold.lift_reason = record.get("lift_reason")
                    self.report.count(self.report.changed, "holds lifted")
        self.session.flush()

    def add_certificate(self, record: dict[str, Any]) -> None:
        if self.session.scalar(
            select(Certificate.id).where(Certificate.serial == record["serial"])
        ):
            raise self.fail(
                _("has another certificate numbered {serial}; it was altered.").format(
                    serial=record["serial"]
                )
            )
        result_id = None
        if record.get("result"):
            result_id = self.session.scalar(
                select(Result.id).where(Result.uid == uuid.UUID(record["result"]))
            )
            if result_id is None:
                raise self.fail(_("has a certificate for a result it does not hold."))
        self.session.add(
            Certificate(
                **self.stored(record),
                serial=record["serial"],
                officer_id=self.officer(record["officer"]),
                module_id=self.module(record["module"]),
                result_id=result_id,
                issued_on=_date(record["issued_on"]),
                expires_on=_date(record.get("expires_on")),
                revoked_at=_time(record.get("revoked_at")),
                revoked_reason=record.get("revoked_reason"),
                language=record["language"],
                printed=record["printed"],
                code=record["code"],
                pdf_sha256=record["pdf_sha256"],
                issued_by=record["issued_by"],
            )
        )
        self.report.count(self.report.added, "certificates")
