"""Is a certificate genuine? Its code, its serial or its PDF checked offline, fact by fact.

A PDF page is checked by drawing the certificate again from what its code signs and
requiring the page to draw exactly that: the same lines of text, in the same fonts, sizes,
colours and places, the same QR code, and nothing else. Every answer says what the genuine
certificate says and how fresh this installation's news of revocations is.
"""

import datetime as dt
import hmac
import io
import re
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from mss_training.documents.certificate import (
    CertificateContent,
    certificates_pdf,
    long_date,
    short_check,
)
from mss_training.documents.page_drawing import PageDrawing, TextLine, page_drawing
from mss_training.domain import SiteRole
from mss_training.errors import InputError, NotFoundError
from mss_training.messages import _, message_language
from mss_training.models import Certificate, Installation, Officer, ReceivedBundle, Site
from mss_training.services.certificate_codes import (
    FIRST_PREFIX,
    SECOND_PREFIX,
    CertifiedFacts,
    UnreadableCode,
    content_of,
    decode_code,
    printed_codes,
)
from mss_training.services.permissions import Actor, Permission, require
from mss_training.signing import is_signed_by

SERIAL = re.compile(r"MSS-\d{4}-[0-9A-F]{4}-\d{6}", re.IGNORECASE)
# The short code as a person reads or types it: the serial, then the twelve-character check
# in any grouping; Crockford's look-alikes (I and L for 1, O for 0) are read as meant.
SHORT_CODE = re.compile(
    r"(MSS-\d{4}-[0-9A-F]{4}-\d{6})[\s\-]*((?:[0-9A-Z][\s\-]*){12})", re.IGNORECASE
)
LOOK_ALIKES = str.maketrans({"I": "1", "L": "1", "O": "0"})


class Verdict(StrEnum):
    VALID = "valid"
    EXPIRED = "expired"
    TAMPERED = "tampered"
    UNKNOWN_ISSUER = "unknown issuer"
    REVOKED = "revoked"


# The command line's exit status for each verdict; for several certificates, the highest.
EXIT_STATUS = {
    Verdict.VALID: 0,
    Verdict.EXPIRED: 4,
    Verdict.REVOKED: 5,
    Verdict.UNKNOWN_ISSUER: 6,
    Verdict.TAMPERED: 7,
}


@dataclass(frozen=True)
class Verification:
    verdict: Verdict
    explanation: str
    facts: CertifiedFacts | None = None
    issuer: str | None = None
    says: str = ""  # what the genuine certificate says, as its code says it
    revocation_news: str = ""  # how fresh this installation's knowledge of revocations is


def exit_status(verifications: list[Verification]) -> int:
    return max((EXIT_STATUS[v.verdict] for v in verifications), default=0)


def stored_content(certificate: Certificate) -> CertificateContent:
    """What a certificate record says was printed on it."""
    printed = dict(certificate.printed)
    printed["completed_on"] = dt.date.fromisoformat(printed["completed_on"])
    expires = printed.get("expires_on")
    printed["expires_on"] = dt.date.fromisoformat(expires) if expires else None
    printed.pop("template", None)
    return CertificateContent(**printed)


def revocation_news(session: Session) -> str:
    """How recent this installation's news of revocations made elsewhere is."""
    installation = session.get(Installation, 1)
    if installation is not None and installation.site.role == SiteRole.HQ.value:
        return _(
            "This is mission HQ: revocations made here are known as of now, and those made "
            "at a site from that site's latest bundle."
        )
    latest = session.scalar(
        select(ReceivedBundle.created_at)
        .join(Site, Site.id == ReceivedBundle.from_site_id)
        .where(Site.role == SiteRole.HQ.value)
        .order_by(ReceivedBundle.created_at.desc())
        .limit(1)
    )
    if latest is None:
        return _(
            "This installation has never imported a bundle from HQ: it knows only of "
            "revocations made here."
        )
    return _("Revocations are known up to the bundle from HQ of {day}.").format(
        day=long_date(latest.date(), message_language())
    )


def _says(facts: CertifiedFacts) -> str:
    """The certificate as its code describes it, in one sentence."""
    p = facts.printed
    language = message_language()
    until = _until(facts, language)
    done = long_date(facts.completed_on, language)
    if p is None:
        return _(
            "{given_names} {family_name}, {contingent} {service_number}, completed {module} "
            "on {done}, {until}; serial {serial}."
        ).format(
            given_names=facts.given_names,
            family_name=facts.family_name,
            contingent=facts.contingent,
            service_number=facts.service_number,
            module=facts.module,
            done=done,
            until=until,
            serial=facts.serial,
        )
    rank = f"{p.rank} " if p.rank else ""
    return _(
        "{rank}{given_names} {family_name}, service number {service_number}, "
        "{contingent_name} ({contingent}), completed {module} {module_title} ({hours} hours) "
        "on {done}, {until}; serial {serial}, issued at {issuing_site}."
    ).format(
        rank=rank,
        given_names=facts.given_names,
        family_name=facts.family_name,
        service_number=facts.service_number,
        contingent_name=p.contingent_name,
        contingent=facts.contingent,
        module=facts.module,
        module_title=p.module_title,
        hours=f"{p.hours:g}",
        done=done,
        until=until,
        serial=facts.serial,
        issuing_site=p.issuing_site,
    )


def _until(facts: CertifiedFacts, language: str) -> str:
    """How long the certificate holds, by its last valid day; for a code before M4, whose
    page printed the first day no longer valid, the printed day too, to read the paper by."""
    last, printed = facts.last_valid_day, facts.printed_until
    if last is None or printed is None:
        return _("no expiry")
    if printed == last:
        return _("valid until {day}").format(day=long_date(last, language))
    return _(
        "valid until {printed} as printed, the first day it is no longer valid (as "
        "certificates with a code older than M4. print it): its last valid day is {day}"
    ).format(printed=long_date(printed, language), day=long_date(last, language))


def verify_code(session: Session, text: str, today: dt.date | None = None) -> Verification:
    """Whether a verification code is genuine, with no network: its signature, its issuer,
    whether this database knows it was revoked, and whether it has expired."""
    news = revocation_news(session)
    try:
        decoded = decode_code(text)
    except UnreadableCode as error:
        return Verification(
            Verdict.TAMPERED,
            _("This is not an intact verification code: {error}.").format(error=error),
            revocation_news=news,
        )
    facts = decoded.facts
    candidates = [
        site
        for site in session.scalars(select(Site).where(Site.public_key.is_not(None)))
        if site.uid.hex.startswith(facts.issuer)
    ]
    if not candidates:
        return Verification(
            Verdict.UNKNOWN_ISSUER,
            _(
                "Certificate {serial} was issued by an installation this database does "
                "not trust; exchange keys with it to check its certificates."
            ).format(serial=facts.serial),
            facts,
            says=_("Its code claims, unchecked: {says}").format(says=_says(facts)),
            revocation_news=news,
        )
    issuer = next(
        (
            site
            for site in candidates
            if site.public_key and is_signed_by(site.public_key, decoded.payload, decoded.signature)
        ),
        None,
    )
    if issuer is None:
        return Verification(
            Verdict.TAMPERED,
            _("The code does not match its signature: the certificate has been altered."),
            facts,
            revocation_news=news,
        )
    says = _("The genuine certificate says: {says}").format(says=_says(facts))
    certificate = session.scalar(select(Certificate).where(Certificate.serial == facts.serial))
    if certificate is not None and certificate.revoked_at is not None:
        return Verification(
            Verdict.REVOKED,
            _("Certificate {serial} is genuine but was revoked on {revoked_at:%Y-%m-%d}: {reason}")
            .format(serial=facts.serial, revoked_at=certificate.revoked_at,
                    reason=certificate.revoked_reason),
            facts, issuer.name, says, news,
        )  # fmt: skip
    # As for readiness, a qualification is valid before its expires_on, exclusive.
    if facts.last_valid_day is not None and (today or dt.date.today()) > facts.last_valid_day:
        return Verification(
            Verdict.EXPIRED,
            _("Certificate {serial} is genuine but expired: its last valid day was {day}.")
            .format(serial=facts.serial, day=long_date(facts.last_valid_day, message_language())),
            facts, issuer.name, says, news,
        )  # fmt: skip
    return Verification(
        Verdict.VALID,
        _("Certificate {serial} is genuine and valid, issued by {name}.")
        .format(serial=facts.serial, name=issuer.name),
        facts, issuer.name, says, news,
    )  # fmt: skip


def verify_serial(
    session: Session, serial: str, actor: Actor, today: dt.date | None = None
) -> Verification:
    """A certificate this database holds, by the serial printed on it."""
    require(actor, Permission.READ)
    wanted = serial.strip().upper()
    certificate = session.scalar(select(Certificate).where(Certificate.serial == wanted))
    officer = session.get(Officer, certificate.officer_id) if certificate else None
    if (
        certificate is None
        or officer is None
        or (actor.contingents is not None and officer.contingent.code not in actor.contingents)
    ):
        # The same answer for a serial outside the account's contingents: no hint it exists.
        raise NotFoundError(
            _(
                "This database has no certificate {wanted} that you may see; verify the "
                "code printed on it, or its PDF, instead."
            ).format(wanted=wanted)
        )
    verification = verify_code(session, certificate.code, today)
    if verification.facts is not None and verification.facts.serial != wanted:
        return Verification(
            Verdict.TAMPERED,
            _("The code recorded for {wanted} is the code of another certificate.").format(
                wanted=wanted
            ),
            revocation_news=verification.revocation_news,
        )
    return verification


def verify_short_code(
    session: Session, text: str, actor: Actor, today: dt.date | None = None
) -> Verification:
    """The short code printed large and in the QR code (serial and check), against this
    installation's record of that certificate."""
    match = SHORT_CODE.fullmatch(text.strip())
    if match is None:
        raise InputError(
            _(
                "A short code is the serial and twelve letters or digits, e.g. "
                "MSS-2026-4F2A-000017 W8P7-D8HP-D0N5."
            )
        )
    serial = match.group(1).upper()
    typed = re.sub(r"[\s\-]", "", match.group(2)).upper().translate(LOOK_ALIKES)
    verification = verify_serial(session, serial, actor, today)
    recorded = session.scalar(select(Certificate.code).where(Certificate.serial == serial)) or ""
    if not hmac.compare_digest(short_check(recorded).replace("-", ""), typed):
        return Verification(
            Verdict.TAMPERED,
            _(
                "The check {check} is not that of certificate {serial}: read it again (a "
                "letter taken for another?); if it is as printed, the certificate is not "
                "genuine."
            ).format(check=match.group(2).strip(), serial=serial),
            revocation_news=verification.revocation_news,
        )
    return verification


def verify_text(
    session: Session, text: str, actor: Actor, today: dt.date | None = None
) -> Verification:
    """A pasted serial, short code or verification code."""
    if SHORT_CODE.fullmatch(text.strip()):
        return verify_short_code(session, text, actor, today)
    if SERIAL.fullmatch(text.strip()):
        return verify_serial(session, text, actor, today)
    return verify_code(session, text, today)


def verify_pdf(session: Session, path: Path, today: dt.date | None = None) -> list[Verification]:
    """Verify every page of a PDF: each must be a certificate drawn exactly as its code says."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError, PdfStreamError

    try:
        drawings = [page_drawing(page) for page in PdfReader(path).pages]
    except FileNotFoundError:
        raise InputError(_("There is no file {path}.").format(path=path)) from None
    except (PdfReadError, PdfStreamError, OSError, ValueError, KeyError, TypeError) as error:
        raise InputError(
            _("{name} is not a readable PDF ({error}).").format(name=path.name, error=error)
        ) from None
    if not drawings:
        raise InputError(_("{name} has no pages.").format(name=path.name))
    return [
        _verify_page(session, number, drawing, today)
        for number, drawing in enumerate(drawings, start=1)
    ]


def _verify_page(
    session: Session, number: int, drawing: PageDrawing, today: dt.date | None
) -> Verification:
    codes = sorted(set(printed_codes(drawing.text)))
    if len(codes) != 1:
        how_many = "no verification code" if not codes else _("more than one verification code")
        return Verification(
            Verdict.TAMPERED,
            _(
                "Page {number} carries {how_many}: it is not an MSS Training certificate as issued."
            ).format(number=number, how_many=how_many),
            revocation_news=revocation_news(session),
        )
    verification = verify_code(session, codes[0], today)
    facts = verification.facts
    if facts is None or verification.verdict is Verdict.TAMPERED:
        return verification
    content = content_of(facts, codes[0]) or _recorded_content(session, codes[0])
    problem: str | None
    if content is None:
        problem = _(
            "its code is of the first format, which does not carry everything the page "
            "prints, and this database has no record of it to compare the page with."
        )
    else:
        problem = _differences(drawing, _drawing_of(content))
        if problem is not None and codes[0].startswith(OLDER_LAYOUT_CODES):
            # Printed by the layout before the rework: checked by the facts it shows.
            problem = _older_layout_problem(drawing, content)
            if problem is None:
                return replace(
                    verification,
                    explanation=f"{verification.explanation} {OLDER_LAYOUT_NOTE}",
                )
    if problem is None:
        return verification
    return Verification(
        Verdict.TAMPERED,
        _("Page {number} is not the certificate its code signs: {problem}")
        .format(number=number, problem=problem),
        facts, verification.issuer, verification.says, verification.revocation_news,
    )  # fmt: skip


# Codes of the first two formats were printed only by the certificate layout before the
# rework of December 2026, which a verifier no longer draws; those pages are checked by the
# facts they show instead of mark by mark.
OLDER_LAYOUT_CODES = (FIRST_PREFIX, SECOND_PREFIX)
OLDER_LAYOUT_NOTE = (
    "The page is of the layout printed before December 2026: it was checked for the facts "
    "its code signs (every word it shows is one of them or the wording of that layout, "
    "nothing is hidden), not mark by mark; a reprint gives the current layout."
)
# Every word the older layout printed besides the certificate's own facts, in its three
# languages.
OLDER_LAYOUT_WORDING = """
MULTINATIONAL SECURITY SUPPORT MISSION IN HAITI GANG SUPPRESSION FORCE
Certificate of Completion This is to certify that has successfully completed Service number
hours Completed on Valid until Does not expire Verify offline with MSS Training Issued at
Certificat de réussite Nous certifions que a suivi avec succès Matricule heures Terminé le
Valable jusqu'au Sans date d'expiration Vérification hors ligne avec MSS Training
Certificado de finalización Se certifica que ha completado satisfactoriamente
Número de placa horas Completado el Válido hasta No caduca
Verificación sin conexión con MSS Training
"""
_WORD = re.compile(r"[^\s·/():,\[\]]+")


def _words(text: str) -> set[str]:
    return {word.casefold() for word in _WORD.findall(text)}


def _older_layout_problem(page: PageDrawing, content: CertificateContent) -> str | None:
    """What on a page of the older layout is not the certificate ``content`` describes:
    a fact it does not show, hidden text, or a word that is neither a signed fact nor that
    layout's wording (None: nothing)."""
    if page.annotations:
        return "it has annotations or form fields laid over it. The PDF has been altered."
    days = [day for day in (content.completed_on, content.expires_on) if day is not None]
    dates = [
        *(long_date(day, language) for day in days for language in ("en", "fr", "es")),
        *(day.isoformat() for day in days),
    ]
    facts = [
        content.full_name, content.family_name, content.given_names, content.service_number,
        content.rank, content.contingent, content.contingent_code, content.module_code,
        content.module_title, f"{content.hours:g}", content.issuing_site,
        content.issuing_authority, content.signatory_name, content.signatory_title,
        content.serial, *dates,
    ]  # fmt: skip
    allowed = _words(OLDER_LAYOUT_WORDING).union(*(_words(fact) for fact in facts))
    code = re.sub(r"\s", "", content.code)
    shown = " ".join(line.text for line in page.lines if not line.is_hidden())
    problems = [
        f"it hides the text “{_short(line.text)}” ({_how_hidden(line)})"
        for line in page.lines
        if line.is_hidden()
    ]
    problems += [
        _("it lacks “{fact}”").format(fact=_short(fact))
        for fact in (content.service_number, content.module_code, content.serial)
        if fact not in shown
    ]
    if not _words(content.full_name) <= _words(shown):
        problems.append(_("it lacks “{fact}”").format(fact=_short(content.full_name)))
    for line in page.lines:
        flat = re.sub(r"[\s\[\]]", "", line.text)
        if line.is_hidden() or not flat or flat in f"[{code}]":
            continue
        if not _words(line.text) <= allowed:
            problems.append(
                _("it shows “{text}”, which the certificate does not").format(
                    text=_short(line.text)
                )
            )
    if not problems:
        return None
    more = [_("and {count} more").format(count=len(problems) - 4)] if len(problems) > 4 else []
    return "; ".join(problems[:4] + more) + ". " + _("The PDF has been altered.")


def _recorded_content(session: Session, code: str) -> CertificateContent | None:
    certificate = session.scalar(select(Certificate).where(Certificate.code == code))
    return stored_content(certificate) if certificate is not None else None


def _drawing_of(content: CertificateContent) -> PageDrawing:
    from pypdf import PdfReader

    pdf = certificates_pdf([content], content.serial)
    return page_drawing(PdfReader(io.BytesIO(pdf)).pages[0])


def _differences(page: PageDrawing, genuine: PageDrawing) -> str | None:
    """What on ``page`` is not as on the genuine certificate, in words (None: nothing)."""
    if page.marks == genuine.marks and page.box == genuine.box and not page.annotations:
        return None
    problems: list[str] = []
    if page.annotations:
        problems.append(_("it has annotations or form fields laid over it"))
    if page.box != genuine.box:
        problems.append(_("its visible area is not the certificate's"))
    shown = [line for line in page.lines if line not in genuine.lines]
    lacking = [line for line in genuine.lines if line not in page.lines]
    for line in shown:
        if line.is_hidden():
            problems.append(
                _("it hides the text “{short}” ({how_hidden})").format(
                    short=_short(line.text), how_hidden=_how_hidden(line)
                )
            )
        else:
            problems.append(
                _("it shows “{short}”, which the certificate does not").format(
                    short=_short(line.text)
                )
            )
    problems += [f"it lacks “{_short(line.text)}”" for line in lacking]
    if not problems:
        problems.append(
            _(
                "its drawing (the QR code, the frame, a colour or the order of things drawn) "
                "is not the certificate's"
            )
        )
    listed = problems[:4] + ([f"and {len(problems) - 4} more"] if len(problems) > 4 else [])
    return "; ".join(listed) + _(". The PDF has been altered.")


def _how_hidden(line: TextLine) -> str:
    if line.mode in (3, 7):
        return "invisible text"
    if line.size < 4:
        return f"{line.size:g}-point type"
    return "white on white"


def _short(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= 70 else flat[:67] + "…"
