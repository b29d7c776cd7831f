"""The signed verification code a certificate carries, in its QR code and as a printed line.

A code is ``M1.`` and the URL-safe base64 of the certified facts followed by the issuing
installation's Ed25519 signature of them, so that anyone holding the program can tell
offline whether a certificate is genuine.
"""

import base64
import binascii
import datetime as dt
import re
from dataclasses import dataclass

from mss_training.signing import SIGNATURE_BYTES, sign

PREFIX = "M1."
SEPARATOR = "\x1f"  # the ASCII unit separator: it never occurs in a name
# As printed: between square brackets, which base64 never uses, so the code can be found
# in a PDF's text however its lines were broken.
PRINTED = re.compile(r"\[M1\.([A-Za-z0-9_\-\s]+)\]")


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
    expires_on: dt.date | None

    def payload(self) -> bytes:
        fields = (
            self.serial,
            self.issuer,
            self.contingent,
            self.service_number,
            self.family_name,
            self.given_names,
            self.module,
            self.completed_on.isoformat(),
            self.expires_on.isoformat() if self.expires_on else "",
        )
        return SEPARATOR.join(fields).encode("utf-8")


def make_code(facts: CertifiedFacts, private_key: bytes) -> str:
    payload = facts.payload()
    signature = sign(private_key, payload)
    return PREFIX + base64.urlsafe_b64encode(payload + signature).decode("ascii").rstrip("=")


@dataclass(frozen=True)
class DecodedCode:
    facts: CertifiedFacts
    payload: bytes
    signature: bytes


class UnreadableCode(ValueError):  # noqa: N818 - reads as what it is
    """Not a verification code at all (as opposed to a code whose signature fails)."""


def decode_code(text: str) -> DecodedCode:
    compact = "".join(text.split()).strip("[]")
    if not compact.startswith(PREFIX):
        raise UnreadableCode("a verification code starts with M1.")
    body = compact[len(PREFIX) :]
    try:
        raw = base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))
    except (binascii.Error, ValueError):
        raise UnreadableCode("the code has characters a verification code never has") from None
    if len(raw) <= SIGNATURE_BYTES:
        raise UnreadableCode("the code is too short")
    payload, signature = raw[:-SIGNATURE_BYTES], raw[-SIGNATURE_BYTES:]
    try:
        fields = payload.decode("utf-8").split(SEPARATOR)
        serial, issuer, contingent, number, family, given, module, done, expires = fields
        facts = CertifiedFacts(
            serial,
            issuer,
            contingent,
            number,
            family,
            given,
            module,
            dt.date.fromisoformat(done),
            dt.date.fromisoformat(expires) if expires else None,
        )
    except (UnicodeDecodeError, ValueError):
        raise UnreadableCode("the code is damaged") from None
    return DecodedCode(facts, payload, signature)


def printed_codes(text: str) -> list[str]:
    """Every verification code printed in a text (a PDF page, an e-mail)."""
    return [PREFIX + "".join(match.split()) for match in PRINTED.findall(text)]
