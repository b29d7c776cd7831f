"""Signed readiness snapshots: a briefing's figure, kept so that it can be re-checked later.

A snapshot is one JSON file: readiness as of a date (the document of `readiness --format
json`), the curriculum version and the audit trail's head the figures came from, who took
it and when, and the commander's assessment (Yes, Qualified yes, No, with remarks), signed
with the installation's Ed25519 key. The database keeps each one (``ReadinessSnapshot``);
services/snapshot_check.py tells whether a file is genuine and what changed since.
"""

import datetime as dt
import enum
import hashlib
import io
import json
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mss_training.dates import utc_now
from mss_training.documents.wording import long_date, words
from mss_training.errors import InputError
from mss_training.io.readiness_export import write_readiness_json
from mss_training.keystore import installation_private_key, own_identity_of
from mss_training.messages import _
from mss_training.models import Installation, ReadinessSnapshot, Site
from mss_training.services.audit import record_change
from mss_training.services.curriculum import active_version
from mss_training.services.permissions import Actor, Permission, require
from mss_training.services.readiness import (
    DEFAULT_WARN_DAYS,
    ReadinessQuery,
    for_actor,
    readiness_by_officer,
)
from mss_training.signing import sign

FORMAT = "mss-training readiness snapshot"
# What the signature covers: this line, then the snapshot's canonical JSON, so that a
# signature made for anything else (a certificate, a bundle) never passes for a snapshot.
_SIGNED_PREFIX = (FORMAT + "\n").encode("ascii")


class CommanderAssessment(enum.StrEnum):
    """The commander's own word on readiness, as in US readiness reporting."""

    YES = "yes"
    QUALIFIED = "qualified"
    NO = "no"


ASSESSMENT_NAMES = {
    CommanderAssessment.YES: "Yes",
    CommanderAssessment.QUALIFIED: "Qualified yes",
    CommanderAssessment.NO: "No",
}


@dataclass(frozen=True)
class SnapshotRequest:
    as_of: dt.date
    assessment: CommanderAssessment
    remarks: str = ""
    contingent: str | None = None
    through: dt.date | None = None
    warn_days: int = DEFAULT_WARN_DAYS
    language: str = "en"  # the PDF's; the signed file is the same in every language


@dataclass(frozen=True)
class TakenSnapshot:
    uid: uuid.UUID
    fingerprint: str
    document: str  # the signed file's text
    pdf: bytes
    officers: int
    ready: int


@dataclass(frozen=True)
class SnapshotLine:
    """A kept snapshot as the window lists it."""

    uid: uuid.UUID
    taken_at: dt.datetime
    taken_by: str
    as_of: dt.date
    scope: str
    assessment: str
    remarks: str
    officers: int
    ready: int


def canonical(value: Any) -> bytes:
    """The one byte string a JSON value signs as: sorted keys, no spaces, UTF-8."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def signed_message(body: dict[str, Any]) -> bytes:
    return _SIGNED_PREFIX + canonical(body)


def fingerprint_of(body: dict[str, Any]) -> str:
    """The snapshot's identifier on paper: the first 16 hex digits of what was signed."""
    return hashlib.sha256(signed_message(body)).hexdigest()[:16]


def snapshot_query(
    as_of: dt.date,
    warn_days: int,
    contingent: str | None,
    through: dt.date | None,
    contingents: frozenset[str] | None,
) -> ReadinessQuery:
    """The readiness question a snapshot answers, the same when taken and when re-checked."""
    return ReadinessQuery(
        as_of=as_of,
        warn_days=warn_days,
        contingent=contingent,
        contingents=contingents,
        through=through,
    )


def take_snapshot(session: Session, actor: Actor, request: SnapshotRequest) -> TakenSnapshot:
    """Sign readiness as of a date with the commander's assessment, keep it, and return it."""
    # The report's PDF layers (ReportLab) are imported when a snapshot is taken, not with
    # the window that lists snapshots.
    from mss_training.services.reports import DocumentOptions, readiness_report_pdf_for

    require(actor, Permission.TAKE_SNAPSHOTS)
    assessment = CommanderAssessment(request.assessment)
    query = for_actor(
        snapshot_query(request.as_of, request.warn_days, request.contingent, request.through, None),
        actor,
    )
    private_key = installation_private_key(session)
    own = own_identity_of(session)
    assert own is not None  # the key above proves it
    trail = session.execute(
        select(Installation.audit_entries, Installation.audit_head, Site.name)
        .join(Site, Site.id == Installation.site_id)
        .where(Installation.id == 1)
    ).one()
    officers = tuple(readiness_by_officer(session, query))
    written = io.StringIO()
    write_readiness_json(query, officers, written)
    readiness = json.loads(written.getvalue())
    uid, taken_at = uuid.uuid4(), utc_now()
    body: dict[str, Any] = {
        "format": FORMAT,
        "format_version": 1,
        "id": str(uid),
        "taken_at": taken_at.isoformat(),
        "taken_by": {
            "username": actor.username,
            "name": actor.display_name or actor.username,
            "role": actor.role_name,
        },
        "installation": {"uid": str(own.uid), "name": trail.name},
        "as_of": request.as_of.isoformat(),
        "contingent": query.contingent.upper() if query.contingent else None,
        "contingents": sorted(query.contingents) if query.contingents is not None else None,
        "through": request.through.isoformat() if request.through else None,
        "warn_days": request.warn_days,
        "curriculum_version": active_version(session).label,
        "audit_trail": {"entries": trail.audit_entries, "head": trail.audit_head},
        "assessment": {
            "rating": assessment.value,
            "name": ASSESSMENT_NAMES[assessment],
            "remarks": request.remarks.strip(),
        },
        "readiness": readiness,
    }
    signature = sign(private_key, signed_message(body))
    document = json.dumps(
        {
            "snapshot": body,
            "signature": {
                "algorithm": "Ed25519",
                "public_key": own.public_key.hex() if own.public_key else "",
                "value": signature.hex(),
            },
        },
        ensure_ascii=False,
        indent=1,
    )
    mission = readiness["summary"]["mission"]
    fingerprint = fingerprint_of(body)
    session.add(
        ReadinessSnapshot(
            uid=uid, taken_at=taken_at, taken_by=actor.username, as_of=request.as_of,
            contingent=body["contingent"], through=request.through,
            assessment=assessment.value, remarks=body["assessment"]["remarks"],
            contingents=body["contingents"], officers=mission["total"], ready=mission["ready"],
            curriculum_version=body["curriculum_version"],
            audit_entries=trail.audit_entries, audit_head=trail.audit_head, document=document,
        )
    )  # fmt: skip
    record_change(
        session, actor=actor.username, action="snapshot", entity="readiness snapshot",
        entity_uid=uid,
        summary=f"Took readiness snapshot {fingerprint} as of {request.as_of:%Y-%m-%d} "
        f"({ASSESSMENT_NAMES[assessment]}; {mission['ready']} of {mission['total']} ready)",
    )  # fmt: skip
    language = request.language
    pdf = readiness_report_pdf_for(
        session, query, DocumentOptions(language=language),
        briefing=briefing_lines(body, language), stamp=f"Snapshot {fingerprint}",
        officers=officers,
    )  # fmt: skip
    return TakenSnapshot(uid, fingerprint, document, pdf, mission["total"], mission["ready"])


def taken_at_text(body: dict[str, Any]) -> str:
    """When it was taken, as people read it: "2026-11-30 14:05 UTC"."""
    return dt.datetime.fromisoformat(body["taken_at"]).strftime("%Y-%m-%d %H:%M UTC")


def briefing_lines(body: dict[str, Any], language: str = "en") -> list[str]:
    """What the snapshot's PDF says above the figures: whose word, on what, from which
    records, in the PDF's ``language``."""
    table = words(language)
    assessment = body["assessment"]
    taken_by = body["taken_by"]
    name = table.get(f"assessment.{assessment['rating']}", assessment["name"])
    lines = [
        table["snapshot.assessment"].format(name=name)
        + (
            " " + table["snapshot.remarks"].format(remarks=assessment["remarks"])
            if assessment["remarks"]
            else ""
        ),
        table["snapshot.taken"].format(
            name=taken_by["name"], role=taken_by["role"], when=taken_at_text(body),
            site=body["installation"]["name"],
        ),
        table["snapshot.curriculum"].format(
            version=body["curriculum_version"], entries=body["audit_trail"]["entries"],
            head=body["audit_trail"]["head"][:16],
        ),
        table["snapshot.check"].format(id=body["id"], fingerprint=fingerprint_of(body)),
    ]  # fmt: skip
    if body["through"]:
        through = dt.date.fromisoformat(body["through"])
        lines.insert(1, table["snapshot.through"].format(date=long_date(through, language)))
    return lines


def scope_text(contingent: str | None, contingents: list[str] | None) -> str:
    if contingent:
        return contingent
    return "whole mission" if contingents is None else ", ".join(contingents)


def list_snapshots(session: Session, actor: Actor) -> list[SnapshotLine]:
    """The kept snapshots the actor may read (of their contingents only), newest first."""
    require(actor, Permission.READ)
    rows = session.scalars(select(ReadinessSnapshot).order_by(ReadinessSnapshot.taken_at.desc()))
    lines = []
    for row in rows:
        covered = {row.contingent} if row.contingent else row.contingents
        if actor.contingents is not None and (
            covered is None or not set(covered) <= actor.contingents
        ):
            continue
        lines.append(
            SnapshotLine(
                row.uid, row.taken_at, row.taken_by, row.as_of,
                scope_text(row.contingent, row.contingents),
                ASSESSMENT_NAMES[CommanderAssessment(row.assessment)], row.remarks,
                row.officers, row.ready,
            )
        )  # fmt: skip
    return lines


def kept_snapshot(session: Session, actor: Actor, uid: uuid.UUID) -> str:
    """The signed file's text of a kept snapshot the actor may read."""
    if uid not in {line.uid for line in list_snapshots(session, actor)}:
        raise InputError(_("There is no such snapshot for your account."))
    return session.scalars(
        select(ReadinessSnapshot.document).where(ReadinessSnapshot.uid == uid)
    ).one()
