"""Who this installation is, which others it trusts, and how two of them enrol each other.

Enrolling exchanges public keys: HQ enrols each site from the site's identity (a small
file or a code short enough to read over a radio), and the site enrols HQ. A site trusts
HQ and every site HQ has enrolled, so two sites can also exchange bundles directly.
"""

import base64
import binascii
import hashlib
import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from mss_training.dates import utc_now
from mss_training.domain import SiteRole
from mss_training.errors import InputError
from mss_training.messages import _
from mss_training.models import Contingent, Installation, Site, SyncPeer
from mss_training.services.audit import record_change
from mss_training.services.permissions import Actor, Permission, require

CODE_PREFIX = "MSS1"
IDENTITY_FORMAT = "mss-training-site"
_ROLE_BYTES = {SiteRole.HQ: b"H", SiteRole.SITE: b"S"}
_CHECK_BYTES = 3
_MAX_IDENTITY_FILE = 64 * 1024


@dataclass(frozen=True)
class SiteIdentity:
    uid: uuid.UUID
    name: str
    role: SiteRole
    public_key: bytes

    @property
    def fingerprint(self) -> str:
        """A short, readable digest of the key, to compare aloud."""
        digest = hashlib.sha256(self.public_key).hexdigest()[:16].upper()
        return " ".join(digest[i : i + 4] for i in range(0, 16, 4))

    @property
    def code(self) -> str:
        """The identity as a code that can be typed: role, uid, key and a checksum."""
        payload = _ROLE_BYTES[self.role] + self.uid.bytes + self.public_key
        payload += hashlib.sha256(payload).digest()[:_CHECK_BYTES]
        text = base64.b32encode(payload).decode("ascii").rstrip("=")
        return "-".join([CODE_PREFIX, *(text[i : i + 4] for i in range(0, len(text), 4))])

    def to_json(self) -> str:
        return json.dumps(
            {
                "format": IDENTITY_FORMAT,
                "version": 1,
                "uid": str(self.uid),
                "name": self.name,
                "role": self.role.value,
                "public_key": self.public_key.hex(),
            },
            indent=2,
        )


def site_identity(site: Site) -> SiteIdentity:
    if site.public_key is None:
        raise InputError(_("Site {name} has no key yet.").format(name=site.name))
    return SiteIdentity(site.uid, site.name, SiteRole(site.role), site.public_key)


def own_site(session: Session) -> Site:
    installation = session.get(Installation, 1)
    assert installation is not None, "open_database gives every database its identity"
    return installation.site


def own_identity(session: Session) -> SiteIdentity:
    return site_identity(own_site(session))


def identity_from_code(code: str, name: str | None = None) -> SiteIdentity:
    """Read a typed enrolment code; typing slips (case, spaces, dashes) do not matter."""
    text = "".join(code.split()).replace("-", "").upper()
    if not text.startswith(CODE_PREFIX):
        raise InputError(
            _("An enrolment code starts with {CODE_PREFIX}-; this one does not.").format(
                CODE_PREFIX=CODE_PREFIX
            )
        )
    text = text[len(CODE_PREFIX) :]
    try:
        payload = base64.b32decode(text + "=" * (-len(text) % 8))
    except (binascii.Error, ValueError):
        raise InputError(_("That enrolment code has a character that cannot be in one.")) from None
    if len(payload) != 1 + 16 + 32 + _CHECK_BYTES:
        raise InputError(_("That enrolment code is too short or too long; check every group."))
    body, check = payload[:-_CHECK_BYTES], payload[-_CHECK_BYTES:]
    if hashlib.sha256(body).digest()[:_CHECK_BYTES] != check:
        raise InputError(_("That enrolment code has a typing mistake; check every group."))
    roles = {value: role for role, value in _ROLE_BYTES.items()}
    role = roles.get(body[:1])
    if role is None:
        raise InputError(_("That enrolment code names no known kind of installation."))
    uid = uuid.UUID(bytes=body[1:17])
    return SiteIdentity(uid, (name or "").strip() or f"Site {str(uid)[:8]}", role, body[17:])


def identity_from_file(path: Path) -> SiteIdentity:
    try:
        with path.open("rb") as stream:
            raw = stream.read(_MAX_IDENTITY_FILE + 1)
    except OSError as error:
        raise InputError(
            _("Cannot read {path}: {strerror}.").format(path=path, strerror=error.strerror or error)
        ) from None
    try:
        if len(raw) > _MAX_IDENTITY_FILE:
            raise ValueError("too large")
        data = json.loads(raw.decode("utf-8"))
        if data.get("format") != IDENTITY_FORMAT:
            raise ValueError("not an identity")
        if data.get("version") != 1:
            raise InputError(
                _("{name} comes from a newer MSS Training; update this one to read it.").format(
                    name=path.name
                )
            )
        key = bytes.fromhex(data["public_key"])
        if len(key) != 32:
            raise ValueError("bad key")
        name = str(data["name"]).strip()
        if not name:
            raise ValueError("no name")
        return SiteIdentity(uuid.UUID(data["uid"]), name[:200], SiteRole(data["role"]), key)
    except InputError:
        raise
    except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError):
        raise InputError(
            _("{name} is not an MSS Training site identity file.").format(name=path.name)
        ) from None


def read_identity(text: str, name: str | None = None) -> SiteIdentity:
    """An identity from a file's path or a typed code, whichever ``text`` is."""
    if text.strip().upper().replace(" ", "").startswith(CODE_PREFIX + "-"):
        return identity_from_code(text, name)
    path = Path(text)
    if not path.exists():
        raise InputError(
            _("{text} is neither an enrolment code nor an identity file.").format(text=text)
        )
    identity = identity_from_file(path)
    if name and name.strip():
        identity = SiteIdentity(identity.uid, name.strip(), identity.role, identity.public_key)
    return identity


@dataclass(frozen=True)
class Enrolment:
    identity: SiteIdentity
    already: bool


def enrol_site(
    session: Session,
    identity: SiteIdentity,
    actor: Actor,
    contingents: Sequence[str] | None = None,
) -> Enrolment:
    """Trust another installation's bundles; one HQ enrols sites, a site enrols its HQ.

    ``contingents``: HQ takes the site's records of these contingents only (None: all).
    """
    require(actor, Permission.SET_UP)
    own = own_site(session)
    limit = _contingent_codes(session, contingents, identity)
    if identity.uid == own.uid:
        raise InputError(_("That is this installation's own identity; enrol the other one's."))
    if identity.role is SiteRole.HQ and own.role == SiteRole.HQ.value:
        raise InputError(_("Both installations are HQ; a mission has one HQ, which enrols sites."))
    site = session.scalar(select(Site).where(Site.uid == identity.uid))
    if site is not None and site.public_key not in (None, identity.public_key):
        raise InputError(
            _(
                "{name} is known here with another key; if it was reinstalled, it must "
                "enrol again as a new site."
            ).format(name=site.name)
        )
    if site is not None and site.enrolled_at is not None:
        if contingents is not None and site.contingents != limit:
            site.contingents = limit
            _record_enrolment(session, actor, identity, limit, "Limited")
        return Enrolment(site_identity(site), already=True)
    if site is None:
        site = Site(uid=identity.uid)
        session.add(site)
    site.name = identity.name
    site.role = identity.role.value
    site.public_key = identity.public_key
    site.enrolled_at = utc_now()
    site.contingents = limit
    session.flush()
    _record_enrolment(session, actor, identity, limit, "Enrolled")
    return Enrolment(identity, already=False)


def _contingent_codes(
    session: Session, contingents: Sequence[str] | None, identity: SiteIdentity
) -> list[str] | None:
    """The contingent codes to store for a site, checked; None for every contingent."""
    if contingents is None:
        return None
    if identity.role is SiteRole.HQ:
        raise InputError(_("HQ takes records of every contingent; only a site can be limited."))
    codes = sorted({code.strip().upper() for code in contingents if code.strip()})
    if not codes:
        raise InputError(_("Name at least one contingent, e.g. --contingents KEN,JAM."))
    known = set(session.scalars(select(Contingent.code)))
    unknown = [code for code in codes if code not in known]
    if unknown:
        raise InputError(_("There is no contingent {unknown} here.").format(unknown=unknown[0]))
    return codes


def _record_enrolment(
    session: Session, actor: Actor, identity: SiteIdentity, limit: list[str] | None, what: str
) -> None:
    scope = f", for {', '.join(limit)} only" if limit else ""
    record_change(
        session,
        actor=actor.username,
        action="enrol",
        entity="site",
        entity_uid=identity.uid,
        summary=(
            f"{what} {identity.role.value} {identity.name} (key {identity.fingerprint}){scope}"
        ),
        after={"name": identity.name, "role": identity.role.value, "contingents": limit},
    )


def is_trusted(session: Session, site: Site) -> bool:
    """Whether bundles signed by ``site`` are accepted here."""
    if site.public_key is None:
        return False
    if site.id == own_site(session).id or site.enrolled_at is not None:
        return True
    voucher = session.get(Site, site.vouched_by_id) if site.vouched_by_id else None
    return (
        voucher is not None
        and voucher.role == SiteRole.HQ.value
        and voucher.enrolled_at is not None
    )


@dataclass(frozen=True)
class KnownSite:
    uid: uuid.UUID
    name: str
    role: SiteRole
    fingerprint: str
    trust: str
    last_received: str
    last_sent: str


def known_sites(session: Session) -> list[KnownSite]:
    own = own_site(session)
    peers = {peer.site_id: peer for peer in session.scalars(select(SyncPeer))}
    rows: list[KnownSite] = []
    for site in session.scalars(select(Site).order_by(Site.role, Site.name)):
        if site.id == own.id:
            trust = "this installation"
        elif site.enrolled_at is not None:
            trust = f"enrolled {site.enrolled_at:%Y-%m-%d}"
            if site.contingents is not None:
                trust += f" for {','.join(site.contingents)}"
        elif is_trusted(session, site):
            trust = "trusted through HQ"
        else:
            trust = "not trusted"
        peer = peers.get(site.id)
        rows.append(
            KnownSite(
                uid=site.uid,
                name=site.name,
                role=SiteRole(site.role),
                fingerprint=site_identity(site).fingerprint if site.public_key else "",
                trust=trust,
                last_received=(
                    f"{peer.last_received_at:%Y-%m-%d %H:%M}"
                    if peer and peer.last_received_at
                    else ""
                ),
                last_sent=(
                    f"{peer.last_sent_at:%Y-%m-%d %H:%M}" if peer and peer.last_sent_at else ""
                ),
            )
        )
    return rows


def find_site(session: Session, text: str) -> Site:
    """A known site by name, uid or the start of its uid."""
    wanted = text.strip()
    sites = list(session.scalars(select(Site)))
    matches = [site for site in sites if site.name.casefold() == wanted.casefold()] or [
        site for site in sites if str(site.uid).startswith(wanted.lower()) and len(wanted) >= 4
    ]
    if not matches:
        raise InputError(
            _("No known site is called {wanted!r}; `sync sites` lists them.").format(wanted=wanted)
        )
    if len(matches) > 1:
        raise InputError(
            _("Several sites match {wanted!r}; give more of the uid.").format(wanted=wanted)
        )
    return matches[0]
