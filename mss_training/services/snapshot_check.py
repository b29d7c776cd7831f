"""Re-checking a signed readiness snapshot: is the file genuine, and what changed since?

The signature is checked with the key this database trusts for the installation that
signed it (its own pinned key, or an enrolled site's). Readiness is then recomputed from
today's records as of the snapshot's date, for the same contingents: either the figures
are unchanged, or the officers whose status or requirements differ are named, with the
audit entries about their records written since the snapshot was taken.
"""

import datetime as dt
import io
import json
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mss_training.domain import ReadinessStatus
from mss_training.errors import InputError
from mss_training.io.readiness_export import write_readiness_json
from mss_training.keystore import own_identity_of, trusted_public_key
from mss_training.messages import _, ngettext
from mss_training.models import AuditEntry, Contingent, Officer, Site
from mss_training.services.audit_history import AuditLine, officer_history
from mss_training.services.permissions import Actor, Permission, PermissionDeniedError, require
from mss_training.services.readiness import readiness_by_officer
from mss_training.services.snapshots import (
    FORMAT,
    fingerprint_of,
    signed_message,
    snapshot_query,
    taken_at_text,
)
from mss_training.signing import is_signed_by
from mss_training.words import word_for

OfficerKey = tuple[str, str]  # (contingent, service number)


@dataclass(frozen=True)
class OfficerDifference:
    contingent: str
    service_number: str
    name: str
    then: str | None  # the status in the snapshot; None: not in it
    now: str | None  # the status recomputed today; None: no longer counted
    modules: tuple[str, ...]  # the requirements whose status or dates differ
    entries: tuple[AuditLine, ...]  # audit entries about their records since the snapshot

    def sentence(self) -> str:
        who = f"{self.service_number} ({self.contingent}) {self.name}"
        if self.then is None:
            return _("{who}: not in the snapshot; {status} now.").format(
                who=who, status=_status(self.now)
            )
        if self.now is None:
            return _("{who}: {status} then; no longer counted.").format(
                who=who, status=_status(self.then)
            )
        if self.then != self.now:
            return _("{who}: {status} then, {status2} now.").format(
                who=who, status=_status(self.then), status2=_status(self.now)
            )
        return _("{who}: still {status}, but {join} changed.").format(
            who=who, status=_status(self.now), join=", ".join(self.modules)
        )


@dataclass(frozen=True)
class SnapshotCheck:
    genuine: bool
    problem: str  # why it is not genuine ("" when it is)
    fingerprint: str = ""
    body: dict[str, Any] = field(default_factory=dict)
    differences: tuple[OfficerDifference, ...] = ()
    trail_problem: str = ""  # the trail entry the figures came from is not this trail's

    @property
    def unchanged(self) -> bool:
        return self.genuine and not self.differences


def _status(value: str | None) -> str:
    return word_for(ReadinessStatus, value)


def read_snapshot_file(path: Path) -> dict[str, Any]:
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(_("There is no file {path}.").format(path=path)) from None
    except (OSError, UnicodeDecodeError, ValueError):
        raise InputError(_("{path} is not a readiness snapshot.").format(path=path)) from None
    if not isinstance(document, dict) or not isinstance(document.get("snapshot"), dict):
        raise InputError(_("{path} is not a readiness snapshot.").format(path=path))
    if document["snapshot"].get("format") != FORMAT:
        raise InputError(_("{path} is not a readiness snapshot.").format(path=path))
    return document


def _signer_key(session: Session, installation: str) -> bytes | None:
    own = own_identity_of(session)
    if own is not None and str(own.uid) == installation:
        return trusted_public_key(session)
    try:
        uid = uuid.UUID(installation)
    except ValueError:
        return None
    return session.scalar(select(Site.public_key).where(Site.uid == uid))


def _is_genuine(session: Session, document: dict[str, Any]) -> str:
    """ "" when the signature is the installation's; else why not, in one sentence."""
    body, signature = document["snapshot"], document.get("signature")
    installation = str((body.get("installation") or {}).get("uid", ""))
    key = _signer_key(session, installation)
    if not key:
        return _(
            "It is signed in the name of an installation this database does not know; "
            "check it at mission HQ or at the installation that took it."
        )
    try:
        value = bytes.fromhex(str(signature["value"]))  # type: ignore[index]
    except (TypeError, KeyError, ValueError):
        return _("It carries no readable signature.")
    if not is_signed_by(key, signed_message(body), value):
        return _("Its signature does not match its content: the file was changed after signing.")
    return ""


def check_snapshot(session: Session, actor: Actor, document: dict[str, Any]) -> SnapshotCheck:
    """Whether a snapshot is genuine, and how readiness as of its date differs today."""
    require(actor, Permission.READ)
    problem = _is_genuine(session, document)
    if problem:
        return SnapshotCheck(False, problem)
    body = document["snapshot"]
    covered = [body["contingent"]] if body["contingent"] else body["contingents"]
    if actor.contingents is not None and (covered is None or not set(covered) <= actor.contingents):
        raise PermissionDeniedError(
            _(
                "This snapshot covers {covered}; your account is limited to {scope_text}, "
                "so it cannot recompute it."
            ).format(
                covered=", ".join(covered or [_("every contingent")]), scope_text=actor.scope_text
            )
        )
    query = snapshot_query(
        dt.date.fromisoformat(body["as_of"]),
        int(body["warn_days"]),
        body["contingent"],
        dt.date.fromisoformat(body["through"]) if body["through"] else None,
        frozenset(body["contingents"]) if body["contingents"] is not None else None,
    )
    written = io.StringIO()
    write_readiness_json(query, readiness_by_officer(session, query), written)
    today = _by_officer(json.loads(written.getvalue()))
    then = _by_officer(body["readiness"])
    differences = [
        _difference(session, actor, body, key, then.get(key), today.get(key))
        for key in sorted(then.keys() | today.keys())
        if then.get(key) != today.get(key)
    ]
    return SnapshotCheck(
        True, "", fingerprint_of(body), body, tuple(differences), _trail_problem(session, body)
    )


def _by_officer(readiness: dict[str, Any]) -> dict[OfficerKey, dict[str, Any]]:
    return {
        (officer["contingent"], officer["service_number"]): officer
        for officer in readiness["officers"]
    }


def _difference(
    session: Session,
    actor: Actor,
    body: dict[str, Any],
    key: OfficerKey,
    then: dict[str, Any] | None,
    now: dict[str, Any] | None,
) -> OfficerDifference:
    either = now or then
    assert either is not None
    before = {row["module"]: row for row in (then or {}).get("requirements", [])}
    after = {row["module"]: row for row in (now or {}).get("requirements", [])}
    modules = tuple(
        module
        for module in sorted(before.keys() | after.keys())
        if before.get(module) != after.get(module)
    )
    return OfficerDifference(
        contingent=key[0],
        service_number=key[1],
        name=f"{either['family_name'].upper()}, {either['given_names']}",
        then=then["status"] if then else None,
        now=now["status"] if now else None,
        modules=modules,
        entries=tuple(_entries_since(session, actor, body, key)),
    )


def _entries_since(
    session: Session, actor: Actor, body: dict[str, Any], key: OfficerKey
) -> list[AuditLine]:
    """The audit entries about an officer's records written after the snapshot was taken.

    On the installation that took it, "after" is past the trail entry it recorded; on
    another (entries do not travel), after the time it was taken.
    """
    officer_id = session.scalar(
        select(Officer.id)
        .join(Contingent, Contingent.id == Officer.contingent_id)
        .where(Contingent.code == key[0], Officer.service_number == key[1])
    )
    if officer_id is None:
        return []
    lines = officer_history(session, officer_id, actor.contingents)
    own = own_identity_of(session)
    if own is not None and str(own.uid) == body["installation"]["uid"]:
        since = int(body["audit_trail"]["entries"])
        return [line for line in lines if line.number > since]
    taken_at = dt.datetime.fromisoformat(body["taken_at"])
    return [line for line in lines if line.at > taken_at]


def _trail_problem(session: Session, body: dict[str, Any]) -> str:
    """On the installation that took it: is the entry its figures came from still the trail's?"""
    own = own_identity_of(session)
    if own is None or str(own.uid) != body["installation"]["uid"]:
        return ""
    number, head = int(body["audit_trail"]["entries"]), body["audit_trail"]["head"]
    if number == 0:
        return ""
    stored = session.scalar(select(AuditEntry.entry_hash).where(AuditEntry.number == number))
    if stored != head:
        return _(
            "This database's audit trail no longer holds entry {number} as the "
            "snapshot recorded it: the trail was rewritten or put back from an older "
            "copy since."
        ).format(number=number)
    return ""


def check_report(check: SnapshotCheck) -> list[str]:
    """What a check found, line by line, as the command line prints it and the window shows it."""
    if not check.genuine:
        return [f"NOT GENUINE: {check.problem}"]
    body = check.body
    lines = [
        _(
            "Genuine: snapshot {fingerprint}, readiness as of {as_of}, taken by "
            "{taken_by} on {taken_at} at {installation} (assessment: {assessment})."
        ).format(
            fingerprint=check.fingerprint,
            as_of=body["as_of"],
            taken_by=body["taken_by"]["name"],
            taken_at=taken_at_text(body),
            installation=body["installation"]["name"],
            assessment=body["assessment"]["name"],
        )
    ]
    if check.trail_problem:
        lines.append(check.trail_problem)
    if check.unchanged:
        return [*lines, _("Recomputed from today's records as of the same date: unchanged.")]
    count = len(check.differences)
    lines.append(
        ngettext(
            "Recomputed from today's records as of the same date: {count} officer differs.",
            "Recomputed from today's records as of the same date: {count} officers differ.",
            count,
        ).format(count=count)
    )
    for difference in check.differences:
        lines.append(f"  {difference.sentence()}")
        lines += [
            f"    audit entry {entry.number}, {entry.at:%Y-%m-%d %H:%M} UTC, {entry.actor}: "
            f"{entry.summary}"
            for entry in difference.entries
        ]
    return lines
