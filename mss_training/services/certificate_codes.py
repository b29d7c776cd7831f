"""The signed verification code a certificate carries, in its QR code and as a printed line.

A code is ``M4.`` and the URL-safe base64 of everything the certificate prints, followed by
the issuing installation's Ed25519 signature of it, so that anyone holding the program can
tell offline whether a certificate is genuine and redraw the page it belongs to. It is
printed small on the page, for the program; the QR code and the large print carry only the
short code (serial and check), which names nobody (see docs/certificates.md).

Older formats still verify. ``M3.`` codes sign, and their pages print after "Valid until",
the pass's ``expires_on``: the first day it is no longer valid, one day late; ``M4.`` signs
and prints the last valid day. ``M2.`` codes also lack the second language's country, title
and the second signatory; codes of the first format (``M1.``) carry only the name, numbers,
module code and dates. In memory, ``CertifiedFacts.expires_on`` is always the first day no
longer valid, as readiness counts it, whatever the format signed.
"""

import base64
import binascii
import datetime as dt
import math
import re
from dataclasses import dataclass

from mss_training.dates import last_valid_day
from mss_training.documents.certificate import (
    FIRST_INVALID_DAY_CODES,
    LANGUAGES,
    CertificateContent,
)
from mss_training.messages import _
from mss_training.signing import SIGNATURE_BYTES, sign

PREFIX = "M4."
THIRD_PREFIX = "M3."
SECOND_PREFIX = "M2."
FIRST_PREFIX = "M1."
# How many printed fields follow the nine facts in each format.
PRINTED_FIELDS = {FIRST_PREFIX: 0, SECOND_PREFIX: 9, THIRD_PREFIX: 13, PREFIX: 13}
assert set(FIRST_INVALID_DAY_CODES) == set(PRINTED_FIELDS) - {PREFIX}
ONE_DAY = dt.timedelta(days=1)
SEPARATOR = "\x1f"  # the ASCII unit separator: it never occurs in a name
# As printed: between square brackets, which base64 never uses, so the code can be found
# in a PDF's text however its lines were broken.
PRINTED = re.compile(r"\[(M[1-4]\.[A-Za-z0-9_\-\s]+)\]")


@dataclass(frozen=True)
class PrintedFacts:
    """What a certificate prints beyond the facts of the first code format."""

    rank: str
    contingent_name: str
    module_title: str
    hours: float
    issuing_site: str
    issuing_authority: str
    signatory_name: str
    signatory_title: str
    language: str
    # Signed from the third format (M3.) on; empty in an M2. code.
    contingent_translated: str = ""
    module_title_translated: str = ""
    second_signatory_name: str = ""
    second_signatory_title: str = ""


@dataclass(frozen=True)
class CertifiedFacts:
    serial: str
    issuer: str  # the first 8 hex digits of the issuing site's UUID
    contingent: str
    service_number: str
    family_name: str
    given_names: str
    module: str
    completed_on: dt.date
    expires_on: dt.date | None  # the first day no longer valid, whatever the format signs
    printed: PrintedFacts | None = None  # None in a code of the first format
    prefix: str = PREFIX  # the code's format

    @property
    def last_valid_day(self) -> dt.date | None:
        return last_valid_day(self.expires_on)

    @property
    def printed_until(self) -> dt.date | None:
        """The day the page prints after "Valid until", as the code signs it."""
        if self.prefix in FIRST_INVALID_DAY_CODES:
            return self.expires_on
        return self.last_valid_day

    def payload(self) -> bytes:
        until = self.printed_until
        fields = [
            self.serial,
            self.issuer,
            self.contingent,
            self.service_number,
            self.family_name,
            self.given_names,
            self.module,
            self.completed_on.isoformat(),
            until.isoformat() if until else "",
        ]
        if self.printed is not None:
            p = self.printed
            fields += [
                p.rank, p.contingent_name, p.module_title, f"{p.hours:g}", p.issuing_site,
                p.issuing_authority, p.signatory_name, p.signatory_title, p.language,
            ]  # fmt: skip
            if PRINTED_FIELDS[self.prefix] == PRINTED_FIELDS[PREFIX]:
                fields += [
                    p.contingent_translated, p.module_title_translated,
                    p.second_signatory_name, p.second_signatory_title,
                ]  # fmt: skip
        return SEPARATOR.join(fields).encode("utf-8")


def facts_of(content: CertificateContent, issuer: str) -> CertifiedFacts:
    """The facts a certificate's code signs: everything the page prints."""
    return CertifiedFacts(
        serial=content.serial,
        issuer=issuer,
        contingent=content.contingent_code,
        service_number=content.service_number,
        family_name=content.family_name,
        given_names=content.given_names,
        module=content.module_code,
        completed_on=content.completed_on,
        expires_on=content.expires_on,
        printed=PrintedFacts(
            rank=content.rank,
            contingent_name=content.contingent,
            module_title=content.module_title,
            hours=content.hours,
            issuing_site=content.issuing_site,
            issuing_authority=content.issuing_authority,
            signatory_name=content.signatory_name,
            signatory_title=content.signatory_title,
            language=content.language,
            contingent_translated=content.contingent_translated,
            module_title_translated=content.module_title_translated,
            second_signatory_name=content.second_signatory_name,
            second_signatory_title=content.second_signatory_title,
        ),
    )


def content_of(facts: CertifiedFacts, code: str) -> CertificateContent | None:
    """The certificate a code of the current format describes, to draw it again."""
    p = facts.printed
    if p is None:
        return None
    return CertificateContent(
        serial=facts.serial,
        family_name=facts.family_name,
        given_names=facts.given_names,
        service_number=facts.service_number,
        rank=p.rank,
        contingent=p.contingent_name,
        contingent_code=facts.contingent,
        module_code=facts.module,
        module_title=p.module_title,
        hours=p.hours,
        completed_on=facts.completed_on,
        expires_on=facts.expires_on,
        issuing_authority=p.issuing_authority,
        issuing_site=p.issuing_site,
        signatory_name=p.signatory_name,
        signatory_title=p.signatory_title,
        language=p.language,
        code=code,
        contingent_translated=p.contingent_translated,
        module_title_translated=p.module_title_translated,
        second_signatory_name=p.second_signatory_name,
        second_signatory_title=p.second_signatory_title,
    )


def make_code(facts: CertifiedFacts, private_key: bytes) -> str:
    payload = facts.payload()
    signature = sign(private_key, payload)
    return facts.prefix + base64.urlsafe_b64encode(payload + signature).decode("ascii").rstrip("=")


@dataclass(frozen=True)
class DecodedCode:
    facts: CertifiedFacts
    payload: bytes
    signature: bytes


class UnreadableCode(ValueError):  # noqa: N818 - reads as what it is
    """Not a verification code at all (as opposed to a code whose signature fails)."""


def decode_code(text: str) -> DecodedCode:
    compact = "".join(text.split()).strip("[]")
    prefix = compact[: len(PREFIX)]
    if prefix not in PRINTED_FIELDS:
        raise UnreadableCode(_("a verification code starts with M4. (or M3., M2., M1.)"))
    body = compact[len(PREFIX) :]
    try:
        raw = base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))
    except (binascii.Error, ValueError):
        raise UnreadableCode(_("the code has characters a verification code never has")) from None
    if len(raw) <= SIGNATURE_BYTES:
        raise UnreadableCode(_("the code is too short"))
    payload, signature = raw[:-SIGNATURE_BYTES], raw[-SIGNATURE_BYTES:]
    try:
        fields = payload.decode("utf-8").split(SEPARATOR)
        facts = _facts(fields, prefix)
    except (UnicodeDecodeError, ValueError, OverflowError):  # OverflowError: a day after 9999
        raise UnreadableCode(_("the code is damaged")) from None
    return DecodedCode(facts, payload, signature)


def _facts(fields: list[str], prefix: str) -> CertifiedFacts:
    """The facts of a decoded payload; ValueError when its fields are not those of its format."""
    core, rest = fields[:9], fields[9:]
    printed_fields = PRINTED_FIELDS[prefix]
    if len(core) != 9 or len(rest) != printed_fields:
        raise ValueError(_("wrong number of fields"))
    serial, issuer, contingent, number, family, given, module, done, expires = core
    printed = None
    if printed_fields:
        rank, country, title, hours, site, authority, signatory, signatory_title, lang = rest[:9]
        if lang not in LANGUAGES or not math.isfinite(float(hours)):
            raise ValueError(_("not a certificate's language or hours"))
        translated = rest[9:] or ["", "", "", ""]
        printed = PrintedFacts(
            rank, country, title, float(hours), site, authority, signatory, signatory_title, lang,
            contingent_translated=translated[0], module_title_translated=translated[1],
            second_signatory_name=translated[2], second_signatory_title=translated[3],
        )  # fmt: skip
    until = dt.date.fromisoformat(expires) if expires else None
    if until is not None and prefix not in FIRST_INVALID_DAY_CODES:
        until += ONE_DAY  # M4 signs the last valid day; the facts hold the day after
    return CertifiedFacts(
        serial,
        issuer,
        contingent,
        number,
        family,
        given,
        module,
        dt.date.fromisoformat(done),
        until,
        printed,
        prefix,
    )


def printed_codes(text: str) -> list[str]:
    """Every verification code printed in a text (a PDF page, an e-mail)."""
    return ["".join(match.split()) for match in PRINTED.findall(text)]
