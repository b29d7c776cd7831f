"""Writing a bundle: what this installation knows, for another one to merge.

Officers, reference data and the curriculum are small and always travel whole, so any
bundle can be merged on its own. Results, exemptions and certificates, which are the bulk,
can be limited to those stored here since a moment, plus the older results that the
included corrections and certificates point at. HQ's bundles carry every site's records; a
site's carry only its own facts (and what they point at), since a receiver takes other
sites' records from HQ alone (sync/rules.py).
"""

import datetime as dt
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session, aliased

from mss_training.dates import stamp_time, utc_now
from mss_training.db.text_columns import TextColumns
from mss_training.domain import CurriculumStatus, SiteRole
from mss_training.errors import InputError
from mss_training.keystore import installation_private_key
from mss_training.messages import _
from mss_training.models import (
    Certificate,
    Contingent,
    CurriculumVersion,
    EligibilityHold,
    Exemption,
    Installation,
    Module,
    ModuleRevision,
    Officer,
    OfficerAlias,
    OfficerRole,
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
from mss_training.sync.acknowledgements import (
    confirmations,
    remember_sent,
    tail_uids,
    window_for,
)
from mss_training.sync.bundle import BundleWriter, Manifest
from mss_training.sync.conflict_records import PART as CONFLICTS_PART
from mss_training.sync.conflict_records import conflict_records
from mss_training.sync.identity import find_site, own_site, site_identity
from mss_training.sync.trail import TRAIL_PART, cosignatures_for, outgoing_trail, trail_records

_BATCH = 20_000


@dataclass(frozen=True)
class ExportPlan:
    path: Path
    recipient: uuid.UUID | None = None
    recipient_name: str | None = None
    since: dt.datetime | None = None
    # Facts the recipient confirmed holding, left out although stored since ``since``.
    known: frozenset[str] = frozenset()
    # Whether the window is the recipient's own (from what it confirmed), so that the
    # next bundle can start from this one once it is confirmed.
    tracked: bool = False


@dataclass(frozen=True)
class ExportSummary:
    path: Path
    manifest: Manifest
    recipient_name: str | None
    counts: dict[str, int] = field(default_factory=dict)
    # The uids of its facts from the hour before it was made (see acknowledgements.py).
    tail: list[str] | None = None


def plan_export(
    session: Session,
    path: Path,
    actor: Actor,
    *,
    for_site: str | None = None,
    since: dt.datetime | None = None,
) -> ExportPlan:
    """Decide what a bundle covers: by default, what ``for_site`` has not confirmed."""
    require_whole_mission(actor, Permission.SYNC)
    if path.is_dir():
        raise InputError(_("{path} is a folder; give the bundle's file name.").format(path=path))
    if not path.parent.exists():
        raise InputError(_("There is no folder {parent}.").format(parent=path.parent))
    if for_site is None:
        return ExportPlan(path, since=since)
    site = find_site(session, for_site)
    if site.id == own_site(session).id:
        raise InputError(_("That is this installation; name the site the bundle is for."))
    if since is not None:
        return ExportPlan(path, site.uid, site.name, since)
    window = window_for(session, site)
    return ExportPlan(path, site.uid, site.name, window.since, window.known, tracked=True)


def write_bundle(
    session: Session, plan: ExportPlan, progress: Progress = NO_PROGRESS
) -> ExportSummary:
    """Write the bundle file; reads only, so other people can go on working meanwhile."""
    own = own_site(session)
    installation = session.get(Installation, 1)
    assert installation is not None
    sites = {site.id: site for site in session.scalars(select(Site))}
    site_uids = {site_id: str(site.uid) for site_id, site in sites.items()}
    created_at = utc_now()
    tail = tail_uids(session, created_at, plan.since) if plan.tracked else None
    writer = BundleWriter(plan.path)
    try:
        writer.write_part("sites.jsonl", _sites(session, sites))
        writer.write_document("reference.json", *_reference(session, site_uids))
        if own.role == SiteRole.HQ.value:
            writer.write_document("curriculum.json", *_curriculum(session, site_uids))
        progress.step(0, 5, _("Writing officers"))
        officer_uids = _uids(session, Officer)
        writer.write_part("officers.jsonl", _officers(session, site_uids))
        # HQ passes on every site's records; a site sends only its own (and the records
        # its corrections and certificates point at), which is all a receiver takes from it.
        window = _Window(plan.since, None if own.role == SiteRole.HQ.value else own.id)
        extra = _extra_results(session, window)
        progress.step(1, 5, _("Writing sessions"))
        session_uids = _uids(session, TrainingSession)
        writer.write_part(
            "sessions.jsonl", _sessions(session, site_uids, window, extra, officer_uids)
        )
        progress.step(2, 5, _("Writing results"))
        ids = _Ids(officer_uids, session_uids, site_uids)
        writer.write_part("results.jsonl", _unknown(_results(session, ids, window, extra), plan))
        progress.step(3, 5, _("Writing exemptions and certificates"))
        writer.write_part("exemptions.jsonl", _unknown(_exemptions(session, ids, window), plan))
        writer.write_part("certificates.jsonl", _unknown(_certificates(session, ids, window), plan))
        # Holds are few and a lift changes one already sent: all in the window, known or not.
        writer.write_part("holds.jsonl", _holds(session, ids, window))
        # Conflicts are few, and each installation must hear of every one: always all.
        writer.write_part(CONFLICTS_PART, conflict_records(session, site_uids))
        trail = outgoing_trail(session, plan.recipient)
        writer.write_part(TRAIL_PART, trail_records(session, trail))
        progress.step(4, 5, _("Signing"))
        private_key = installation_private_key(session)
        acknowledges = {
            sites[peer.site_id].uid: peer.last_received_at
            for peer in session.scalars(select(SyncPeer))
            if peer.last_received_at is not None
        }
        manifest = writer.finish(
            bundle_uid=uuid.uuid4(),
            created_at=created_at,
            sender=site_identity(own),
            private_key=private_key,
            recipient=plan.recipient,
            since=plan.since,
            acknowledges=acknowledges,
            trail=trail.manifest_field(),
            witnessed=cosignatures_for(session, plan.recipient, private_key),
            acknowledges_bundles=confirmations(session),
        )
    except BaseException:
        writer.abandon()
        raise
    progress.step(5, 5, _("Done"))
    counts = {name.split(".")[0]: info.records for name, info in manifest.parts.items()}
    return ExportSummary(plan.path, manifest, plan.recipient_name, counts, tail)


def record_export(session: Session, summary: ExportSummary, actor: Actor) -> None:
    """Remember the bundle in the peer's record and the audit log."""
    manifest = summary.manifest
    if manifest.recipient is not None:
        site = session.scalar(select(Site).where(Site.uid == manifest.recipient))
        if site is not None:
            peer = session.get(SyncPeer, site.id) or SyncPeer(site_id=site.id)
            peer.last_sent_at = manifest.created_at
            session.add(peer)
            remember_sent(session, manifest, site, summary.tail)
    counted = ", ".join(f"{count} {name}" for name, count in summary.counts.items() if count)
    record_change(
        session,
        actor=actor.username,
        action="export",
        entity="sync bundle",
        entity_uid=manifest.bundle_uid,
        summary=(
            f"Exported sync bundle {summary.path.name}"
            + (f" for {summary.recipient_name}" if summary.recipient_name else "")
            + (f" since {manifest.since:%Y-%m-%d %H:%M}" if manifest.since else "")
            + f": {counted or 'nothing'}"
        ),
    )


def _unknown(records: Iterator[dict[str, Any]], plan: ExportPlan) -> Iterator[dict[str, Any]]:
    """The records the recipient has not confirmed holding."""
    if not plan.known:
        yield from records
        return
    for record in records:
        if record["uid"] not in plan.known:
            yield record


def _uids(session: Session, model: Any) -> dict[int, str]:
    read = TextColumns(session)
    uid = read.converters["uid"]
    return {
        row_id: uid(value)
        for row_id, value in session.execute(select(model.id, read.column(model.uid)))
    }


def _sites(session: Session, sites: dict[int, Site]) -> Iterator[dict[str, Any]]:
    for site in sites.values():
        if site.public_key is None:
            continue
        yield {
            "uid": str(site.uid),
            "name": site.name,
            "role": site.role,
            "public_key": site.public_key.hex(),
            "enrolled": site.enrolled_at is not None,
        }


def _travel(row: Any, site_uids: dict[int, str]) -> dict[str, Any]:
    return {
        "uid": str(row.uid),
        "created_at": stamp_time(row.created_at),
        "site": site_uids[row.site_id],
    }


def _reference(session: Session, site_uids: dict[int, str]) -> tuple[dict[str, Any], int]:
    contingents = list(session.scalars(select(Contingent).order_by(Contingent.code)))
    codes = {contingent.id: contingent.code for contingent in contingents}
    document = {
        "contingents": [
            _travel(c, site_uids)
            | {
                "code": c.code,
                "name": c.name,
                "name_fr": c.name_fr,
                "name_es": c.name_es,
                "home_agency": c.home_agency,
                "language": c.language,
            }
            for c in contingents
        ],
        "units": [
            _travel(unit, site_uids) | {"contingent": codes[unit.contingent_id], "name": unit.name}
            for unit in session.scalars(select(Unit).order_by(Unit.id))
        ],
        "roles": [
            _travel(role, site_uids) | {"code": role.code, "name": role.name}
            for role in session.scalars(select(Role).order_by(Role.code))
        ],
    }
    return document, sum(len(rows) for rows in document.values())


def _curriculum(session: Session, site_uids: dict[int, str]) -> tuple[dict[str, Any], int]:
    modules = {module.id: module for module in session.scalars(select(Module))}
    roles = dict(session.execute(select(Role.id, Role.code)).all())
    contingents = dict(session.execute(select(Contingent.id, Contingent.code)).all())
    versions = list(
        session.scalars(
            select(CurriculumVersion)
            .where(CurriculumVersion.status != CurriculumStatus.DRAFT.value)
            .order_by(CurriculumVersion.id)
        )
    )
    revision_columns = [
        column.key
        for column in ModuleRevision.__table__.columns
        if column.key
        not in {"id", "uid", "created_at", "site_id", "curriculum_version_id", "module_id"}
    ]
    rows = []
    for version in versions:
        revisions = session.scalars(
            select(ModuleRevision).where(ModuleRevision.curriculum_version_id == version.id)
        )
        requirements = session.scalars(
            select(Requirement).where(Requirement.curriculum_version_id == version.id)
        )
        rows.append(
            _travel(version, site_uids)
            | {
                "label": version.label,
                "title": version.title,
                "status": version.status,
                "published_at": stamp_time(version.published_at) if version.published_at else None,
                "source_sha256": version.source_sha256,
                "requires_vetting": version.requires_vetting,
                "revisions": [
                    _travel(revision, site_uids)
                    | {"module": modules[revision.module_id].code}
                    | {key: getattr(revision, key) for key in revision_columns}
                    for revision in revisions
                ],
                "requirements": [
                    _travel(requirement, site_uids)
                    | {
                        "module": modules[requirement.module_id].code,
                        "role": roles.get(requirement.role_id) if requirement.role_id else None,
                        "contingent": (
                            contingents.get(requirement.contingent_id)
                            if requirement.contingent_id
                            else None
                        ),
                        "phase": requirement.phase,
                    }
                    for requirement in requirements
                ],
            }
        )
    document = {
        "modules": [
            _travel(module, site_uids) | {"code": module.code} for module in modules.values()
        ],
        "versions": rows,
    }
    return document, len(rows)


def _date(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _officers(session: Session, site_uids: dict[int, str]) -> Iterator[dict[str, Any]]:
    codes = dict(session.execute(select(Contingent.id, Contingent.code)).all())
    units = dict(session.execute(select(Unit.id, Unit.name)).all())
    roles: dict[int, list[str]] = {}
    for officer_id, code in session.execute(
        select(OfficerRole.officer_id, Role.code).join(Role).order_by(Role.code)
    ):
        roles.setdefault(officer_id, []).append(code)
    aliases: dict[int, list[str]] = {}
    for uid, officer_id in session.execute(select(OfficerAlias.uid, OfficerAlias.officer_id)):
        aliases.setdefault(officer_id, []).append(str(uid))
    statement = select(Officer.__table__).order_by(Officer.id).execution_options(yield_per=_BATCH)
    for row in session.execute(statement):
        yield _travel(row, site_uids) | {
            "contingent": codes[row.contingent_id],
            "service_number": row.service_number,
            "family_name": row.family_name,
            "given_names": row.given_names,
            "rank": row.rank,
            "unit": units[row.unit_id] if row.unit_id else None,
            "roles": roles.get(row.id, []),
            "gender": row.gender,
            "status": row.status,
            "deployment_start": _date(row.deployment_start),
            "deployment_end": _date(row.deployment_end),
            "versions": row.field_versions or {},
            "aliases": sorted(aliases.get(row.id, [])),
        }


def _expected(
    session: Session, officer_uids: dict[int, str]
) -> tuple[dict[int, list[str]], dict[int, list[str]]]:
    """Each planned session's expected attendees, and those reported absent, as officer uids."""
    expected: dict[int, list[str]] = {}
    absent: dict[int, list[str]] = {}
    for session_id, officer_id, marked in session.execute(
        select(
            SessionAttendee.session_id, SessionAttendee.officer_id, SessionAttendee.absent_marked_at
        ).order_by(SessionAttendee.id)
    ):
        expected.setdefault(session_id, []).append(officer_uids[officer_id])
        if marked is not None:
            absent.setdefault(session_id, []).append(officer_uids[officer_id])
    return expected, absent


def _sessions(
    session: Session,
    site_uids: dict[int, str],
    window: "_Window",
    extra: set[int],
    officer_uids: dict[int, str],
) -> Iterator[dict[str, Any]]:
    modules = dict(session.execute(select(Module.id, Module.code)).all())
    expected, absent = _expected(session, officer_uids)
    labels = dict(session.execute(select(CurriculumVersion.id, CurriculumVersion.label)).all())
    statement = (
        select(TrainingSession.__table__)
        .order_by(TrainingSession.id)
        .execution_options(yield_per=_BATCH)
    )
    if window.site_id is not None:
        # Its own sessions, and those its own results or the results they need are in.
        needed = [
            id_
            for (id_,) in _in_chunks(
                session,
                lambda chunk: select(Result.session_id).where(Result.id.in_(chunk)).distinct(),
                sorted(extra),
            )
        ]
        statement = statement.where(
            or_(
                TrainingSession.site_id == window.site_id,
                TrainingSession.id.in_(
                    select(Result.session_id).where(Result.site_id == window.site_id)
                ),
                TrainingSession.id.in_(needed),
            )
        )
    for row in session.execute(statement):
        yield _travel(row, site_uids) | {
            "module": modules[row.module_id],
            "curriculum": labels[row.curriculum_version_id],
            "starts_on": row.starts_on.isoformat(),
            "ends_on": row.ends_on.isoformat(),
            "location": row.location,
            "instructors": row.instructors,
            "language": row.language,
            "notes": row.notes,
            "recorded_by": row.recorded_by,
            # Planned sessions' own: a bundle without them is of sessions recorded when held.
            "planned": row.planned,
            "seats": row.seats,
            "attendees": expected.get(row.id, []),
            # Of those, the ones reported absent on the day (a bundle without it: none).
            "absent": absent.get(row.id, []),
            # Held outside the mission: a recognised pass (a bundle without them: none).
            "recognised_by": row.recognised_by,
            "recognised_reference": row.recognised_reference,
        }


@dataclass(frozen=True)
class _Ids:
    """Each local id's uid, as text."""

    officers: dict[int, str]
    sessions: dict[int, str]
    sites: dict[int, str]


@dataclass(frozen=True)
class _Window:
    """Which facts a bundle carries: stored since a moment, made at one site (None: all)."""

    since: dt.datetime | None
    site_id: int | None

    def where(self, model: Any) -> list[Any]:
        conditions = []
        if self.since is not None:
            conditions.append(model.stored_at >= self.since)
        if self.site_id is not None:
            conditions.append(model.site_id == self.site_id)
        return conditions

    def holds(self, stored_at: dt.datetime, site_id: int) -> bool:
        return (self.since is None or stored_at >= self.since) and (
            self.site_id is None or site_id == self.site_id
        )


def _extra_results(session: Session, window: _Window) -> set[int]:
    """The results outside the window that the corrections and certificates in it point at."""
    extra: set[int] = set()
    if not window.where(Result):
        return extra
    corrected = session.scalars(select(Result.supersedes_id).where(*window.where(Result)))
    certified = session.scalars(select(Certificate.result_id).where(*window.where(Certificate)))
    wanted = {result_id for result_id in [*corrected, *certified] if result_id is not None}
    while wanted:
        rows = _in_chunks(
            session,
            lambda chunk: select(
                Result.id, Result.stored_at, Result.site_id, Result.supersedes_id
            ).where(Result.id.in_(chunk)),
            sorted(wanted),
        )
        wanted = set()
        for result_id, stored_at, site_id, supersedes_id in rows:
            if not window.holds(stored_at, site_id) and result_id not in extra:
                extra.add(result_id)
                if supersedes_id is not None:
                    wanted.add(supersedes_id)
    return extra


def _results(
    session: Session, ids: _Ids, window: _Window, extra: set[int]
) -> Iterator[dict[str, Any]]:
    superseded = aliased(Result)
    read = TextColumns(session)
    uid, stamp, day = read.text("uid"), read.text("stamp"), read.text("date")
    columns = select(
        read.column(Result.uid),
        read.column(Result.created_at),
        Result.site_id,
        Result.session_id,
        Result.officer_id,
        read.column(Result.completed_on),
        Result.kind,
        read.column(superseded.uid, "supersedes_uid"),
        Result.attended,
        Result.score,
        Result.outcome,
        Result.reason,
        Result.recorded_by,
    ).outerjoin(superseded, superseded.id == Result.supersedes_id)
    statements = [columns.where(*window.where(Result)).order_by(Result.id)]
    if extra:
        statements += [
            columns.where(Result.id.in_(chunk)).order_by(Result.id)
            for chunk in _chunks(sorted(extra))
        ]
    for statement in statements:
        for row in session.execute(statement.execution_options(yield_per=_BATCH)):
            yield {
                "uid": uid(row.uid),
                "created_at": stamp(row.created_at),
                "site": ids.sites[row.site_id],
                "session": ids.sessions[row.session_id],
                "officer": ids.officers[row.officer_id],
                "completed_on": day(row.completed_on),
                "kind": row.kind,
                "supersedes": uid(row.supersedes_uid),
                "attended": bool(row.attended),
                "score": row.score,
                "outcome": row.outcome,
                "reason": row.reason,
                "recorded_by": row.recorded_by,
            }


def _chunks(values: list[int], size: int = 500) -> Iterator[list[int]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


def _in_chunks(session: Session, statement: Any, values: list[int]) -> list[Any]:
    rows: list[Any] = []
    for chunk in _chunks(values):
        rows.extend(session.execute(statement(chunk)).all())
    return rows


def _exemptions(session: Session, ids: _Ids, window: _Window) -> Iterator[dict[str, Any]]:
    modules = dict(session.execute(select(Module.id, Module.code)).all())
    statement = select(Exemption.__table__).where(*window.where(Exemption)).order_by(Exemption.id)
    for row in session.execute(statement):
        yield _travel(row, ids.sites) | {
            "officer": ids.officers[row.officer_id],
            "module": modules[row.module_id],
            "kind": row.kind,
            "reason": row.reason,
            "approved_by": row.approved_by,
            "granted_on": row.granted_on.isoformat(),
            "valid_until": _date(row.valid_until),
        }


def _with_changes(statement: Any, window: _Window, model: Any, changed_at: Any) -> Any:
    """The window's records, and (from a site) others' records it changed (``changed_at``)."""
    if window.site_id is None:
        return statement.where(*window.where(model))
    mine = window.where(model)
    changed = [changed_at.is_not(None), *mine[:-1]]
    return statement.where(or_(and_(*mine), and_(*changed)))


def _holds(session: Session, ids: _Ids, window: _Window) -> Iterator[dict[str, Any]]:
    # HQ may lift a hold a site placed, and a site one HQ placed: the lift travels too.
    statement = select(EligibilityHold.__table__).order_by(EligibilityHold.id)
    statement = _with_changes(statement, window, EligibilityHold, EligibilityHold.lifted_at)
    for row in session.execute(statement):
        yield _travel(row, ids.sites) | {
            "officer": ids.officers[row.officer_id],
            "kind": row.kind,
            "vetting_status": row.vetting_status,
            "reason": row.reason,
            "reference": row.reference,
            "placed_by": row.placed_by,
            "since": row.since.isoformat(),
            "until": _date(row.until),
            "lifted_at": stamp_time(row.lifted_at) if row.lifted_at else None,
            "lifted_on": _date(row.lifted_on),
            "lifted_by": row.lifted_by,
            "lift_reason": row.lift_reason,
        }


def _certificates(session: Session, ids: _Ids, window: _Window) -> Iterator[dict[str, Any]]:
    modules = dict(session.execute(select(Module.id, Module.code)).all())
    result = aliased(Result)
    statement = (
        select(Certificate.__table__, result.uid.label("result_uid"))
        .outerjoin(result, result.id == Certificate.result_id)
        .order_by(Certificate.id)
    )
    # A site may revoke a certificate issued elsewhere: the revocation travels too.
    statement = _with_changes(statement, window, Certificate, Certificate.revoked_at)
    for row in session.execute(statement):
        yield _travel(row, ids.sites) | {
            "serial": row.serial,
            "officer": ids.officers[row.officer_id],
            "module": modules[row.module_id],
            "result": str(row.result_uid) if row.result_uid else None,
            "issued_on": row.issued_on.isoformat(),
            "expires_on": _date(row.expires_on),
            "revoked_at": stamp_time(row.revoked_at) if row.revoked_at else None,
            "revoked_reason": row.revoked_reason,
            "language": row.language,
            "printed": row.printed,
            "code": row.code,
            "pdf_sha256": row.pdf_sha256,
            "issued_by": row.issued_by,
        }
