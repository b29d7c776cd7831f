"""Issuing, reprinting, revoking and verifying certificates of completion.

A certificate is a record: what was printed on it, its signed code and the hash of its
PDF are kept, so printing it again gives the same certificate even after the officer's
name or the curriculum changed.
"""

import datetime as dt
import hashlib
from dataclasses import asdict, dataclass, replace

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from mss_training.dates import add_months, utc_now
from mss_training.db.ledger import bring_passes_up_to_date
from mss_training.documents.certificate import (
    LANGUAGES,
    TEMPLATE,
    WORDS,
    CertificateContent,
    certificates_pdf,
)
from mss_training.errors import InputError, NotFoundError
from mss_training.keystore import installation_private_key
from mss_training.messages import _
from mss_training.models import (
    Certificate,
    Contingent,
    EffectivePass,
    Installation,
    Module,
    ModuleRevision,
    Officer,
    Result,
    Site,
    TrainingSession,
    Unit,
)
from mss_training.progress import NO_PROGRESS, Progress
from mss_training.services.audit import record_change
from mss_training.services.certificate_codes import facts_of, make_code
from mss_training.services.certificate_verification import (  # re-exported for callers
    EXIT_STATUS,
    Verdict,
    Verification,
    exit_status,
    revocation_news,
    stored_content,
    verify_code,
    verify_pdf,
    verify_serial,
    verify_text,
)
from mss_training.services.curriculum import active_version
from mss_training.services.lookups import contingent_by_code
from mss_training.services.permissions import (
    Actor,
    Permission,
    require,
    require_contingents,
)
from mss_training.services.personnel import OfficerRef, find_officer
from mss_training.services.scope import officer_clause
from mss_training.services.uid_lookup import find_by_uid

__all__ = [
    "DEFAULT_AUTHORITY",
    "EXIT_STATUS",
    "IssueOptions",
    "Verdict",
    "Verification",
    "certificate_for_officer",
    "certificates_for_session",
    "certificates_for_unit",
    "exit_status",
    "reprint_notes",
    "revocation_news",
    "revoke_certificate",
    "verify_code",
    "verify_pdf",
    "verify_serial",
    "verify_text",
]

# The mission's name heads the page already; the authority is the cell within it.
DEFAULT_AUTHORITY = WORDS["en"]["authority"]


@dataclass(frozen=True)
class IssueOptions:
    language: str = "en"
    signatory_name: str = ""
    signatory_title: str = WORDS["en"]["training_officer"]
    second_signatory_name: str = ""
    second_signatory_title: str = ""
    issuing_authority: str = DEFAULT_AUTHORITY
    # Why a new certificate (a new serial) replaces the one issued or revoked before;
    # empty: print the issued certificate again, and refuse where it was revoked.
    reissue_reason: str = ""

    def __post_init__(self) -> None:
        if self.language not in LANGUAGES:
            raise InputError(
                _("Certificates are printed in {languages}, not {language!r}.").format(
                    languages=", ".join(LANGUAGES), language=self.language
                )
            )


@dataclass(frozen=True)
class _Pass:
    result_id: int
    officer_id: int
    module_id: int
    completed_on: dt.date


def _counting_passes(session: Session) -> list[ColumnElement[bool]]:
    """Conditions for a result that counts, by the one rule readiness reads too: among the
    effective passes (not voided, not corrected since, passing under the published
    curriculum's pass mark; db/effective_passes.py), including those this transaction
    has just recorded."""
    bring_passes_up_to_date(session)
    return [exists().where(EffectivePass.result_id == Result.id)]


def _latest_pass(session: Session, officer: Officer, module_id: int, code: str) -> _Pass:
    row = session.execute(
        select(Result.id, Result.completed_on)
        .where(
            Result.officer_id == officer.id,
            Result.module_id == module_id,
            *_counting_passes(session),
        )
        .order_by(Result.completed_on.desc(), Result.id.desc())
        .limit(1)
    ).first()
    if row is None:
        raise InputError(
            _(
                "{given_names} {family_name} ({service_number}) has no passing result in "
                "{code}, so no certificate can be issued."
            ).format(
                given_names=officer.given_names,
                family_name=officer.family_name,
                service_number=officer.service_number,
                code=code,
            )
        )
    return _Pass(row[0], officer.id, module_id, row[1])


def _serial(session: Session, site: Site, year: int) -> str:
    prefix = f"MSS-{year}-{site.uid.hex[:4].upper()}-"
    count = session.scalar(
        select(func.count()).select_from(Certificate).where(Certificate.serial.like(prefix + "%"))
    )
    return f"{prefix}{(count or 0) + 1:06d}"


def _content_record(content: CertificateContent) -> dict[str, object]:
    record = asdict(content)
    record["completed_on"] = content.completed_on.isoformat()
    record["expires_on"] = content.expires_on.isoformat() if content.expires_on else None
    record["template"] = TEMPLATE
    return record


def _issue_for_pass(
    session: Session, found: _Pass, options: IssueOptions, actor: Actor
) -> CertificateContent:
    officer = session.get(Officer, found.officer_id)
    assert officer is not None
    contingent = session.get(Contingent, officer.contingent_id)
    assert contingent is not None
    require_contingents(session, actor, Permission.ISSUE_CERTIFICATES, [contingent.code])
    latest = session.scalars(
        select(Certificate)
        .where(Certificate.result_id == found.result_id)
        .order_by(Certificate.revoked_at.is_(None).desc(), Certificate.id.desc())
    ).first()
    existing = latest if latest is not None and latest.revoked_at is None else None
    reason = options.reissue_reason.strip()
    if existing is not None and not reason:
        return stored_content(existing)
    if latest is not None and existing is None and not reason:
        # A revoked certificate is not replaced behind anyone's back by printing again.
        assert latest.revoked_at is not None
        raise InputError(
            _(
                "The certificate of {given_names} {family_name} ({code} "
                "{service_number}) for this result, {serial}, was revoked on "
                "{revoked_at:%Y-%m-%d} ({revoked_reason}); a new one is issued only on "
                "purpose, with --reissue --reason TEXT (in the window: Reissue, "
                "because…)."
            ).format(
                given_names=officer.given_names,
                family_name=officer.family_name,
                code=contingent.code,
                service_number=officer.service_number,
                serial=latest.serial,
                revoked_at=latest.revoked_at,
                revoked_reason=latest.revoked_reason,
            )
        )
    installation = session.get(Installation, 1)
    assert installation is not None
    site = session.get(Site, installation.site_id)
    assert site is not None
    module_code = session.scalar(select(Module.code).where(Module.id == found.module_id)) or ""
    revision = session.scalar(
        select(ModuleRevision).where(
            ModuleRevision.module_id == found.module_id,
            ModuleRevision.curriculum_version_id == active_version(session).id,
        )
    )
    if revision is None:
        raise InputError(
            _("{module_code} is not in the active curriculum.").format(module_code=module_code)
        )
    expires = (
        add_months(found.completed_on, revision.validity_months)
        if revision.validity_months
        else None
    )
    today = dt.date.today()
    serial = _serial(session, site, today.year)
    unsigned = CertificateContent(
        serial=serial,
        family_name=officer.family_name,
        given_names=officer.given_names,
        service_number=officer.service_number,
        rank=officer.rank or "",
        contingent=contingent.name,
        contingent_code=contingent.code,
        module_code=module_code,
        module_title=revision.title,
        hours=revision.hours,
        completed_on=found.completed_on,
        expires_on=expires,
        issuing_authority=options.issuing_authority,
        issuing_site=site.name,
        signatory_name=options.signatory_name,
        signatory_title=options.signatory_title,
        language=options.language,
        code="",
        contingent_translated=_country_in(contingent, options.language),
        second_signatory_name=options.second_signatory_name.strip(),
        second_signatory_title=options.second_signatory_title.strip(),
    )
    # The code signs everything the page prints, so that a verifier can draw it again.
    code = make_code(facts_of(unsigned, site.uid.hex[:8]), installation_private_key(session))
    content = replace(unsigned, code=code)
    certificate = Certificate(
        serial=serial,
        officer_id=officer.id,
        module_id=found.module_id,
        result_id=found.result_id,
        issued_on=today,
        expires_on=expires,
        language=options.language,
        printed=_content_record(content),
        code=content.code,
        pdf_sha256=hashlib.sha256(certificates_pdf([content], serial)).hexdigest(),
        issued_by=actor.username,
        site_id=site.id,
    )
    session.add(certificate)
    if existing is not None:
        existing.revoked_at = utc_now()
        existing.revoked_reason = f"Replaced by {serial}: {reason}"
    session.flush()
    after = {"serial": serial, "module": module_code, "language": options.language}
    replacing = f", replacing {latest.serial}" if latest is not None else ""
    record_change(
        session,
        actor=actor.username,
        action="reissue" if latest is not None else "issue",
        entity="certificate",
        entity_uid=certificate.uid,
        summary=(
            f"Issued certificate {serial} for {module_code} to {contingent.code} "
            f"{officer.service_number}{replacing}" + (f": {reason}" if latest else "")
        ),
        after={**after, "reason": reason} if latest is not None else after,
    )
    return content


def _country_in(contingent: Contingent, language: str) -> str:
    """The country's name in a certificate's second language (Creole: as in French, the
    written language of Haiti's administration, until the reference data has Creole names)."""
    names = {"fr": contingent.name_fr, "es": contingent.name_es, "ht": contingent.name_fr}
    return (names.get(language) or "") if language != "en" else ""


def reprint_notes(contents: list[CertificateContent], options: IssueOptions) -> list[str]:
    """What a reprint prints otherwise than asked: a certificate already issued is printed
    as issued, so a different language or signatory asked for now is said, not ignored."""
    notes = []
    for content in contents:
        differs = []
        if content.language != options.language:
            issued, asked = _language_name(content.language), _language_name(options.language)
            differs.append(_("in {issued}, not {asked}").format(issued=issued, asked=asked))
        asked_signatory = options.signatory_name.strip()
        if asked_signatory and content.signatory_name != asked_signatory:
            differs.append(
                _("signed by {signatory_name}, not {asked_signatory}").format(
                    signatory_name=content.signatory_name or "nobody named",
                    asked_signatory=asked_signatory,
                )
            )
        if differs:
            notes.append(
                _(
                    "{serial} was issued before and is printed as issued: {join}. A new "
                    "certificate is issued only on purpose, with --reissue --reason TEXT (in "
                    "the window: Reissue, because…)."
                ).format(serial=content.serial, join="; ".join(differs))
            )
    return notes


def _language_name(code: str) -> str:
    return {"en": "English", "fr": "English and French", "es": "English and Spanish",
            "ht": "English and Haitian Creole"}[code]  # fmt: skip


def certificate_for_officer(
    session: Session,
    officer_ref: OfficerRef,
    module: str,
    actor: Actor,
    options: IssueOptions,
) -> CertificateContent:
    """The certificate of an officer's latest pass of a module: issued once, then reprinted
    (a new one, with a new serial, only when ``options.reissue_reason`` says why)."""
    # Refused on the contingent asked for, before looking: whether another contingent has
    # that officer is not the account's to learn.
    require_contingents(session, actor, Permission.ISSUE_CERTIFICATES, [officer_ref.contingent])
    officer = find_officer(session, officer_ref)
    module_id = session.scalar(select(Module.id).where(Module.code == module.strip().upper()))
    if module_id is None:
        raise NotFoundError(_("There is no module {module!r}.").format(module=module))
    found = _latest_pass(session, officer, module_id, module.strip().upper())
    return _issue_for_pass(session, found, options, actor)


def find_session(session: Session, reference: str) -> TrainingSession:
    """A training session by its id, or the first characters of it (as `sessions list` shows)."""
    return find_by_uid(session, TrainingSession, reference, _("training session"))


def certificates_for_session(
    session: Session,
    reference: str,
    actor: Actor,
    options: IssueOptions,
    progress: Progress = NO_PROGRESS,
) -> list[CertificateContent]:
    """Certificates for everyone who passed a session (and nobody who failed it)."""
    require(actor, Permission.ISSUE_CERTIFICATES)
    training = find_session(session, reference)
    # A limited account certifies its own contingents' attendees of a mixed session only.
    mine = officer_clause(actor.contingents, Result.officer_id)
    rows = session.execute(
        select(Result.id, Result.officer_id, Result.module_id, Result.completed_on)
        .join(Officer, Officer.id == Result.officer_id)
        .where(Result.session_id == training.id, mine, *_counting_passes(session))
        .order_by(Officer.family_name, Officer.given_names)
    ).all()
    if not rows:
        raise InputError(_("Nobody passed this session, so there are no certificates to issue."))
    return _issue_all(session, [_Pass(*row) for row in rows], options, actor, progress)


def certificates_for_unit(
    session: Session,
    contingent: str,
    unit: str | None,
    actor: Actor,
    options: IssueOptions,
    module: str | None = None,
    progress: Progress = NO_PROGRESS,
) -> list[CertificateContent]:
    """Certificates of every module each officer of a unit (or contingent) has passed."""
    found_contingent = contingent_by_code(session, contingent)
    require_contingents(session, actor, Permission.ISSUE_CERTIFICATES, [found_contingent.code])
    conditions = [Officer.contingent_id == found_contingent.id]
    if unit:
        unit_id = session.scalar(
            select(Unit.id).where(Unit.contingent_id == found_contingent.id, Unit.name == unit)
        )
        if unit_id is None:
            raise NotFoundError(
                _("Contingent {code} has no unit {unit!r}.").format(
                    code=found_contingent.code, unit=unit
                )
            )
        conditions.append(Officer.unit_id == unit_id)
    if module:
        conditions.append(Module.code == module.strip().upper())
    latest: dict[tuple[int, int], _Pass] = {}
    for row in session.execute(
        select(Result.id, Result.officer_id, Result.module_id, Result.completed_on)
        .join(Officer, Officer.id == Result.officer_id)
        .join(Module, Module.id == Result.module_id)
        .where(*conditions, *_counting_passes(session))
        .order_by(Officer.family_name, Officer.given_names, Module.code, Result.completed_on)
    ):
        latest[(row[1], row[2])] = _Pass(*row)  # ordered by date: the last one stays
    if not latest:
        raise InputError(
            _("No officer there has passed a module yet, so there are no certificates.")
        )
    return _issue_all(session, list(latest.values()), options, actor, progress)


def _issue_all(
    session: Session,
    passes: list[_Pass],
    options: IssueOptions,
    actor: Actor,
    progress: Progress,
) -> list[CertificateContent]:
    contents = []
    for done, found in enumerate(passes):
        progress.step(done, len(passes), _("Issuing certificates"))
        contents.append(_issue_for_pass(session, found, options, actor))
    return contents


def revoke_certificate(session: Session, serial: str, reason: str, actor: Actor) -> None:
    require(actor, Permission.REVOKE_CERTIFICATES)
    if not reason.strip():
        raise InputError(_("Say why the certificate is revoked."))
    # Another contingent's certificate is answered as one that does not exist (the scope
    # rule), so that serials cannot be probed.
    certificate = session.scalar(
        select(Certificate).where(
            Certificate.serial == serial.strip(),
            officer_clause(actor.contingents, Certificate.officer_id),
        )
    )
    if certificate is None:
        raise NotFoundError(
            _("There is no certificate {serial!r} in this database.").format(serial=serial)
        )
    if certificate.revoked_at is not None:
        raise InputError(
            _("Certificate {serial} was already revoked: {revoked_reason}").format(
                serial=serial, revoked_reason=certificate.revoked_reason
            )
        )
    certificate.revoked_at = utc_now()
    certificate.revoked_reason = reason.strip()
    record_change(
        session,
        actor=actor.username,
        action="revoke",
        entity="certificate",
        entity_uid=certificate.uid,
        summary=f"Revoked certificate {serial}: {reason.strip()}",
        after={"reason": reason.strip()},
    )
