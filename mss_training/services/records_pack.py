"""Records to take home: each officer's transcript and portable credentials, in one ZIP.

For each officer: a transcript PDF (every result with its corrections and voids, the
sessions and their instructors, certificates and their status, exemptions, as of the
day) and one Open Badges 3.0 credential per qualification current that day, signed by
the installation (services/credentials.py). A README, in the pack's language, says how to
check them without MSS Training; the credentials stay English (a standard's fields).
Only training records go in: nothing else kept about an officer does.
"""

import datetime as dt
import io
import json
import uuid
import zipfile
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from mss_training.dates import add_months, utc_now
from mss_training.documents.transcript import (
    CertificateEntry,
    ExemptionEntry,
    OfficerTranscript,
    Qualification,
    ResultEntry,
    transcript_pdf,
)
from mss_training.errors import InputError
from mss_training.keystore import installation_private_key, own_identity_of
from mss_training.messages import N_, _, said_in
from mss_training.models import (
    Certificate,
    Exemption,
    Installation,
    Module,
    ModuleRevision,
    Officer,
    Result,
    Site,
    TrainingSession,
    Unit,
)
from mss_training.services.audit import record_change
from mss_training.services.credentials import (
    OB_CONTEXT,
    OB_SCHEMA,
    VC_CONTEXT,
    did_key,
    sign_credential,
)
from mss_training.services.curriculum import active_version, module_titles
from mss_training.services.lookups import contingent_by_code
from mss_training.services.permissions import Actor, Permission, require_contingents
from mss_training.services.personnel import OfficerRef, find_officer, officer_rows
from mss_training.services.recognition import place_shown

# Results that count towards a qualification: a pass or attendance, neither corrected
# nor voided since (the same rule as readiness and certificates).
_COUNTING = ("pass", "attended")


@dataclass(frozen=True)
class PackRequest:
    contingent: str
    officer: str | None = None  # a service number; None: every officer of the contingent/unit
    unit: str | None = None
    language: str = "en"
    as_of: dt.date | None = None  # None: today


@dataclass(frozen=True)
class RecordsPack:
    data: bytes  # the ZIP
    officers: int
    credentials: int


def _officer_ids(session: Session, actor: Actor, request: PackRequest) -> list[int]:
    contingent = contingent_by_code(session, request.contingent)
    require_contingents(session, actor, Permission.ISSUE_CERTIFICATES, [contingent.code])
    if request.officer:
        return [find_officer(session, OfficerRef(contingent.code, request.officer)).id]
    query = select(Officer.id).where(Officer.contingent_id == contingent.id)
    if request.unit:
        query = query.join(Unit, Unit.id == Officer.unit_id).where(Unit.name == request.unit)
    ids = list(session.scalars(query.order_by(Officer.family_name, Officer.given_names)))
    if not ids:
        where = f"in unit {request.unit!r}" if request.unit else "yet"
        raise InputError(
            _("Contingent {code} has no officers {where}.").format(
                code=contingent.code, where=where
            )
        )
    return ids
    ids = list(session.scalars(query.order_by(Officer.family_name, Officer.given_names)))
    if not ids:
        raise InputError(_("Contingent {code} has no officers.").format(code=contingent.code))
    return ids


def _revisions(session: Session) -> dict[int, ModuleRevision]:
    version = active_version(session)
    return {
        revision.module_id: revision
        for revision in session.scalars(
            select(ModuleRevision).where(ModuleRevision.curriculum_version_id == version.id)
        )
    }


def criteria_text(revision: ModuleRevision) -> str:
    """What an officer must have done to hold the module, in words."""
    how = {
        "attendance": "Attended the whole module",
        "pass_fail": "Passed the module's assessment",
        "scored": f"Scored at least {revision.pass_mark:g} in the module's assessment"
        if revision.pass_mark is not None
        else "Passed the module's scored assessment",
    }.get(revision.assessment, "Completed the module")
    parts = [f"{how} ({revision.hours:g} hours, {revision.delivery_mode})."]
    if revision.objectives:
        parts.append("Objectives: " + "; ".join(revision.objectives) + ".")
    if revision.validity_months:
        parts.append(f"Valid for {revision.validity_months} months.")
    return " ".join(parts)


def officer_transcript(
    session: Session, officer_id: int, as_of: dt.date, revisions: dict[int, ModuleRevision]
) -> OfficerTranscript:
    (row,) = officer_rows(session, [officer_id])
    newer = aliased(Result)
    superseded = select(newer.id).where(newer.supersedes_id == Result.id).exists()
    results = session.execute(
        select(
            Result.uid, Result.module_id, Result.completed_on, Module.code, Result.outcome,
            Result.score, Result.kind, Result.reason, TrainingSession.location,
            TrainingSession.instructors, TrainingSession.starts_on, TrainingSession.ends_on,
            TrainingSession.recognised_by, TrainingSession.recognised_reference,
            superseded.label("superseded"),
        )
        .join(Module, Module.id == Result.module_id)
        .join(TrainingSession, TrainingSession.id == Result.session_id)
        .where(Result.officer_id == officer_id, Result.completed_on <= as_of)
        .order_by(Result.completed_on, Result.id)
    ).all()  # fmt: skip
    entries = tuple(
        ResultEntry(
            r.completed_on, r.code, _title(revisions, r.module_id, r.code), r.outcome, r.score,
            r.kind, r.reason, place_shown(r.location, r.recognised_by, r.recognised_reference),
            r.instructors,
            _dates(r.starts_on, r.ends_on),
            bool(r.superseded),
        )
        for r in results
    )  # fmt: skip
    latest: dict[int, Qualification] = {}
    for r in results:
        revision = revisions.get(r.module_id)
        if r.superseded or r.kind == "void" or r.outcome not in _COUNTING or revision is None:
            continue
        expires = (
            add_months(r.completed_on, revision.validity_months)
            if revision.validity_months
            else None
        )
        if expires is not None and expires <= as_of:
            continue
        latest[r.module_id] = Qualification(
            r.code, revision.title, revision.description, criteria_text(revision),
            r.completed_on, expires, r.uid,
        )  # fmt: skip
    return OfficerTranscript(
        row.service_number, row.contingent, row.unit, row.rank, row.family_name,
        row.given_names, row.status, entries, _certificates(session, officer_id, as_of),
        _exemptions(session, officer_id, as_of, revisions),
        tuple(sorted(latest.values(), key=lambda q: q.module)),
    )  # fmt: skip


def _dates(starts_on: dt.date, ends_on: dt.date) -> str:
    # A span of days as every language reads it (the transcript is printed in four).
    return f"{starts_on:%Y-%m-%d}" + (f" – {ends_on:%Y-%m-%d}" if ends_on != starts_on else "")


def _title(revisions: dict[int, ModuleRevision], module_id: int, code: str) -> str:
    revision = revisions.get(module_id)
    return revision.title if revision else code


def _certificates(
    session: Session, officer_id: int, as_of: dt.date
) -> tuple[CertificateEntry, ...]:
    rows = session.execute(
        select(
            Certificate.serial, Module.code, Certificate.issued_on, Certificate.expires_on,
            Certificate.revoked_at,
        )
        .join(Module, Module.id == Certificate.module_id)
        .where(Certificate.officer_id == officer_id, Certificate.issued_on <= as_of)
        .order_by(Certificate.issued_on, Certificate.serial)
    ).all()  # fmt: skip
    return tuple(
        CertificateEntry(
            serial, code, issued, expires,
            "revoked" if revoked is not None and revoked.date() <= as_of
            else "expired" if expires is not None and expires <= as_of else "valid",
        )
        for serial, code, issued, expires, revoked in rows
    )  # fmt: skip


def _exemptions(
    session: Session, officer_id: int, as_of: dt.date, revisions: dict[int, ModuleRevision]
) -> tuple[ExemptionEntry, ...]:
    rows = session.execute(
        select(
            Exemption.module_id, Module.code, Exemption.kind, Exemption.granted_on,
            Exemption.valid_until, Exemption.approved_by,
        )
        .join(Module, Module.id == Exemption.module_id)
        .where(Exemption.officer_id == officer_id, Exemption.granted_on <= as_of)
        .order_by(Exemption.granted_on)
    ).all()  # fmt: skip
    return tuple(
        ExemptionEntry(code, kind, granted, until, approved)
        for _module_id, code, kind, granted, until, approved in rows
    )


def _credential(
    officer: OfficerTranscript, qualification: Qualification, issuer: dict[str, object]
) -> dict[str, object]:
    """The unsigned Open Badges 3.0 credential of one current qualification."""
    issuer_id = issuer["id"]
    valid_until = (
        {"validUntil": f"{qualification.expires_on.isoformat()}T00:00:00Z"}
        if qualification.expires_on
        else {}
    )
    return {
        "@context": [VC_CONTEXT, OB_CONTEXT],
        # The same credential for the same pass, however often the pack is made.
        "id": f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, f'{issuer_id}/{qualification.result_uid}')}",  # noqa: E501
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "name": f"{qualification.module} {qualification.title}",
        "issuer": issuer,
        "validFrom": f"{qualification.completed_on.isoformat()}T00:00:00Z",
        **valid_until,
        "credentialSubject": {
            "type": ["AchievementSubject"],
            "identifier": [
                {
                    "type": "IdentityObject",
                    "hashed": False,
                    "identityHash": f"{officer.contingent}/{officer.service_number}",
                    "identityType": "identifier",
                },
                {
                    "type": "IdentityObject",
                    "hashed": False,
                    "identityHash": f"{officer.given_names} {officer.family_name}",
                    "identityType": "ext:name",
                },
            ],
            "achievement": {
                "id": f"urn:mss-training:module:{qualification.module}",
                "type": ["Achievement"],
                "achievementType": "Course",
                "humanCode": qualification.module,
                "name": qualification.title,
                "description": qualification.description or qualification.title,
                "criteria": {"narrative": qualification.criteria},
            },
        },
        "credentialSchema": [{"id": OB_SCHEMA, "type": "1EdTechJsonSchemaValidator2019"}],
    }


def records_pack(session: Session, actor: Actor, request: PackRequest) -> RecordsPack:
    """Build the ZIP of transcripts and signed credentials, and audit that it was made."""
    ids = _officer_ids(session, actor, request)
    as_of = request.as_of or dt.date.today()
    private_key = installation_private_key(session)
    own = own_identity_of(session)
    assert own is not None and own.public_key is not None  # the key above proves it
    site_name = (
        session.scalar(select(Site.name).join(Installation, Installation.site_id == Site.id)) or ""
    )
    issuer: dict[str, object] = {
        "id": did_key(own.public_key), "type": ["Profile"],
        "name": f"MSS Training, {site_name}",
    }  # fmt: skip
    revisions = _revisions(session)
    # The modules' titles in the pack's language, where the curriculum has them.
    titles = module_titles(session, request.language)
    made_at = utc_now()
    buffer = io.BytesIO()
    credentials = 0
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("README.md", _readme(issuer, own.public_key, as_of, request.language))
        archive.writestr(
            "issuer.json",
            json.dumps({**issuer, "public_key_hex": own.public_key.hex()}, indent=2),
        )
        for officer_id in ids:
            officer = officer_transcript(session, officer_id, as_of, revisions)
            archive.writestr(
                f"{officer.folder}/transcript.pdf",
                transcript_pdf(
                    officer, as_of, str(issuer["name"]), request.language, site_name, titles
                ),
            )
            for qualification in officer.qualifications:
                signed = sign_credential(
                    _credential(officer, qualification, issuer), private_key, own.public_key,
                    made_at,
                )  # fmt: skip
                archive.writestr(
                    f"{officer.folder}/credentials/{qualification.module}.json",
                    json.dumps(signed, ensure_ascii=False, indent=2),
                )
                credentials += 1
    scope = request.officer or request.unit or "every officer"
    record_change(
        session, actor=actor.username, action="export", entity="records pack",
        summary=f"Made a records pack of {len(ids)} {request.contingent.upper()} officers "
        f"({scope}) as of {as_of:%Y-%m-%d}, with {credentials} signed credentials",
    )  # fmt: skip
    return RecordsPack(buffer.getvalue(), len(ids), credentials)


def _readme(issuer: dict[str, object], public_key: bytes, as_of: dt.date, language: str) -> str:
    # In the pack's language, not the program's: the command line speaks English, the
    # records are printed for the officer's police.
    return "\n\n".join(said_in(language, part) for part in README).format(
        issuer=issuer["name"], did=issuer["id"], public_key=public_key.hex(),
        as_of=as_of.isoformat(),
    ) + "\n"  # fmt: skip


README = (
    N_("# Training records from the MSS mission to Haiti\n\nMade by {issuer} as of {as_of}."),
    N_(
        "Each folder holds one officer's records:\n"
        "\n"
        "- `transcript.pdf`: every result (with its corrections and voids), the sessions and "
        "their\n"
        "  instructors, certificates and their status, and exemptions, as of {as_of};\n"
        "- `credentials/*.json`: one Open Badges 3.0 credential per qualification current "
        "that\n"
        "  day, a W3C Verifiable Credential with a Data Integrity proof (cryptosuite\n"
        "  `eddsa-jcs-2022`, Ed25519)."
    ),
    N_(
        "## Checking a credential\n"
        "\n"
        "The credentials need no network and no MSS Training to check:\n"
        "\n"
        "1. Any verifier of W3C Verifiable Credentials that supports `eddsa-jcs-2022` checks "
        "the\n"
        "   proof: the credential is canonicalised with JCS (RFC 8785), hashed with SHA-256 "
        "with\n"
        "   its proof options, and the Ed25519 signature is checked with the issuer's key, "
        "which\n"
        "   is in its `did:key`.\n"
        "2. Check that the issuer is the mission's installation: its `did:key` must be\n"
        "   `{did}`\n"
        "   (public key `{public_key}`, also in `issuer.json`), as the mission told your "
        "police\n"
        "   through its own channel. A credential signed by any other key is not the "
        "mission's.\n"
        "3. `validFrom` is when the qualification was gained and `validUntil`, where there is\n"
        "   one, the instant it lapses: midnight UTC at the start of the day it no longer holds,\n"
        "   so its last valid day, the one its certificate prints, is the day before.\n"
        "\n"
        "With MSS Training: `mss-training records verify FILE.json`.\n"
        "\n"
        "A changed character anywhere in a credential makes its proof fail."
    ),
)
