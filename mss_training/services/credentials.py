"""Open Badges 3.0 credentials, signed as W3C Verifiable Credentials that anyone can check offline.

Each credential carries a Data Integrity proof of the ``eddsa-jcs-2022`` cryptosuite
(W3C "Data Integrity EdDSA Cryptosuites v1.0"): the credential and the proof's options are
canonicalised with the JSON Canonicalization Scheme (RFC 8785, the ``rfc8785`` package),
hashed with SHA-256 and signed with the installation's Ed25519 key. The issuer is the
installation as a ``did:key``, so the public key that checks the proof is in the
credential itself; whether that key is the installation it claims to be is checked
against the key the home police received from the mission (docs/records-pack.md).
"""

import datetime as dt
import hashlib
from dataclasses import dataclass
from typing import Any

import rfc8785

from mss_training.messages import _
from mss_training.signing import is_signed_by, sign

VC_CONTEXT = "https://www.w3.org/ns/credentials/v2"
OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
OB_SCHEMA = (
    "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json"
)
CRYPTOSUITE = "eddsa-jcs-2022"
# The multicodec prefix of an Ed25519 public key in a did:key (0xed, as a varint).
_ED25519_PUB = b"\xed\x01"
_BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def base58btc(data: bytes) -> str:
    """Bitcoin's base58 alphabet, as multibase "z" encodes (leading zero bytes as "1")."""
    number = int.from_bytes(data, "big")
    text = ""
    while number:
        number, digit = divmod(number, 58)
        text = _BASE58[digit] + text
    return "1" * (len(data) - len(data.lstrip(b"\0"))) + text


def from_base58btc(text: str) -> bytes:
    number = 0
    for char in text:
        number = number * 58 + _BASE58.index(char)  # ValueError on a character not in it
    body = number.to_bytes((number.bit_length() + 7) // 8, "big") if number else b""
    return b"\0" * (len(text) - len(text.lstrip("1"))) + body


def did_key(public_key: bytes) -> str:
    """The did:key of an Ed25519 public key: did:key:z6Mk…"""
    return "did:key:z" + base58btc(_ED25519_PUB + public_key)


def public_key_of_did(did: str) -> bytes:
    """The Ed25519 public key a did:key names; ValueError when it names none."""
    if not did.startswith("did:key:z"):
        raise ValueError("not a did:key")
    decoded = from_base58btc(did.removeprefix("did:key:z"))
    if not decoded.startswith(_ED25519_PUB) or len(decoded) != len(_ED25519_PUB) + 32:
        raise ValueError("not an Ed25519 did:key")
    return decoded[len(_ED25519_PUB) :]


def _hash_data(document: dict[str, Any], options: dict[str, Any]) -> bytes:
    """What eddsa-jcs-2022 signs: SHA-256 of the proof options, then of the document (JCS)."""
    return (
        hashlib.sha256(rfc8785.dumps(options)).digest()
        + hashlib.sha256(rfc8785.dumps(document)).digest()
    )


def sign_credential(
    credential: dict[str, Any], private_key: bytes, public_key: bytes, created: dt.datetime
) -> dict[str, Any]:
    """The credential with its Data Integrity proof (eddsa-jcs-2022) by the did:key's key."""
    did = did_key(public_key)
    options = {
        "@context": credential["@context"],
        "type": "DataIntegrityProof",
        "cryptosuite": CRYPTOSUITE,
        "created": created.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "verificationMethod": f"{did}#{did.removeprefix('did:key:')}",
        "proofPurpose": "assertionMethod",
    }
    signature = sign(private_key, _hash_data(credential, options))
    # A list: the Open Badges 3.0 schema holds ``proof`` to be one (VC allows a set).
    return {**credential, "proof": [{**options, "proofValue": "z" + base58btc(signature)}]}


@dataclass(frozen=True)
class CredentialCheck:
    """What checking a credential offline found."""

    genuine: bool
    problem: str  # why not genuine ("" when it is)
    issuer: str = ""  # the did:key that signed it
    issuer_name: str = ""
    achievement: str = ""
    subject: str = ""
    valid_from: str = ""
    valid_until: str | None = None

    def expired_on(self, day: dt.date) -> bool:
        return self.valid_until is not None and self.valid_until[:10] <= day.isoformat()

    @property
    def last_valid_day(self) -> str | None:
        """The last day the credential holds, as a certificate prints it: the day before a
        ``validUntil`` at midnight (the instant it ceases, the start of the next day)."""
        if self.valid_until is None:
            return None
        day = self.valid_until[:10]
        if self.valid_until[10:] not in ("T00:00:00Z", "T00:00:00+00:00"):
            return day
        try:
            return (dt.date.fromisoformat(day) - dt.timedelta(days=1)).isoformat()
        except ValueError:  # another issuer's odd date: shown as it wrote it
            return day


def check_credential(credential: Any) -> CredentialCheck:
    """Whether a credential's proof is the issuer's own and covers every character of it."""
    proofs = credential.get("proof") if isinstance(credential, dict) else None
    if isinstance(proofs, dict):
        proofs = [proofs]
    if not isinstance(proofs, list) or len(proofs) != 1 or not isinstance(proofs[0], dict):
        return CredentialCheck(False, _("It is not a signed credential (no single proof)."))
    proof = dict(proofs[0])
    document = {key: value for key, value in credential.items() if key != "proof"}
    if proof.get("type") != "DataIntegrityProof" or proof.get("cryptosuite") != CRYPTOSUITE:
        return CredentialCheck(
            False,
            _("Its proof is not a {CRYPTOSUITE} Data Integrity proof.").format(
                CRYPTOSUITE=CRYPTOSUITE
            ),
        )
    issuer = document.get("issuer")
    issuer_id = issuer.get("id") if isinstance(issuer, dict) else issuer
    method = str(proof.get("verificationMethod", ""))
    controller = method.split("#", 1)[0]
    if controller != issuer_id:
        return CredentialCheck(False, _("Its proof is not signed by its issuer's key."))
    try:
        public_key = public_key_of_did(controller)
        signature = from_base58btc(str(proof.pop("proofValue", "")).removeprefix("z"))
    except ValueError:
        return CredentialCheck(False, _("Its issuer or signature cannot be read."))
    if proof.get("@context") != document.get("@context"):
        return CredentialCheck(False, _("Its proof was made for another document."))
    try:
        signed = _hash_data(document, proof)
    except (TypeError, ValueError, rfc8785.CanonicalizationError):
        return CredentialCheck(False, _("It holds values a signed credential cannot hold."))
    if not is_signed_by(public_key, signed, signature):
        return CredentialCheck(
            False, _("Its signature does not match its content: it was changed.")
        )
    subject = document.get("credentialSubject") or {}
    achievement = subject.get("achievement") or {}
    identifiers = subject.get("identifier") or [{}]
    return CredentialCheck(
        True, "", controller, str(issuer.get("name", "")) if isinstance(issuer, dict) else "",
        str(achievement.get("name", "")), str(identifiers[0].get("identityHash", "")),
        str(document.get("validFrom", "")), document.get("validUntil"),
    )  # fmt: skip
