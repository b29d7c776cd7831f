"""Who a bundle is for, and exactly what its recipient already holds.

A bundle made for one installation is refused by any other. Each installation's bundles
confirm, for every peer, the newest of that peer's bundles imported here. The peer
remembers, for each bundle it made for us, when its snapshot was read and the uids of
the facts it carried from the hour before (a transaction still open then may commit
later with an earlier stored time). Its next bundle for us starts an hour before that
snapshot and leaves out exactly those uids: nothing is sent twice, nothing is missed.
"""

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from mss_training.errors import BundleError
from mss_training.messages import _
from mss_training.models import Certificate, Exemption, Result, SentBundle, Site, SyncPeer
from mss_training.sync.bundle import Manifest

# A transaction that began before a bundle was made may commit after it, with rows
# stamped earlier than the bundle: those of the last hour are told apart by uid.
OVERLAP = dt.timedelta(hours=1)
FACTS = (Result, Exemption, Certificate)
MAX_TAIL = 200_000


def check_addressee(session: Session, manifest: Manifest, where: str, own: Site) -> None:
    """Refuse a bundle made for another installation (one made for everyone is fine)."""
    if manifest.recipient is None or manifest.recipient == own.uid:
        return
    name = session.scalar(select(Site.name).where(Site.uid == manifest.recipient))
    if name is None:
        raise BundleError(
            _(
                "{where} is addressed to another installation, not to this one; import it there."
            ).format(where=where)
        )
    raise BundleError(
        _("{where} is addressed to {name}, not to this one; import it there.").format(
            where=where, name=name
        )
    )


def unknown_sender(manifest: Manifest, where: str) -> BundleError:
    """The refusal of a sender never enrolled, named by its key: its name proves nothing."""
    return BundleError(
        _(
            "{where} comes from an installation this one has not enrolled (key {key}); "
            "enrol it first if you trust it."
        ).format(where=where, key=manifest.sender.fingerprint)
    )


@dataclass(frozen=True)
class Window:
    """What a bundle for a peer carries: facts stored since ``since``, less ``known``."""

    since: dt.datetime | None
    known: frozenset[str] = frozenset()


def window_for(session: Session, peer_site: Site) -> Window:
    peer = session.get(SyncPeer, peer_site.id)
    if peer is None:
        return Window(None)
    if peer.acknowledged_bundle is not None:
        sent = session.scalar(
            select(SentBundle).where(SentBundle.bundle_uid == peer.acknowledged_bundle)
        )
        if sent is not None:
            return Window(sent.created_at - OVERLAP, frozenset(sent.tail))
    if peer.acknowledged_at is not None:
        return Window(peer.acknowledged_at - OVERLAP)
    return Window(None)


def tail_uids(session: Session, created_at: dt.datetime, since: dt.datetime | None) -> list[str]:
    """The uids of facts stored in the hour before ``created_at`` (and since ``since``).

    Read before the parts are, so that every one of them is in the bundle too.
    """
    start = created_at - OVERLAP
    if since is not None and since > start:
        start = since
    uids: list[str] = []
    for model in FACTS:
        statement = select(model.uid).where(model.stored_at >= start)
        uids.extend(str(uid) for uid in session.scalars(statement))
    if len(uids) > MAX_TAIL:
        # After a huge import: remembering none only makes the next bundle resend them.
        return []
    return sorted(uids)


def remember_sent(
    session: Session, manifest: Manifest, recipient: Site, tail: list[str] | None
) -> None:
    """Keep what a bundle for ``recipient`` carried, for when it confirms importing it."""
    if tail is None:
        return
    session.add(
        SentBundle(
            bundle_uid=manifest.bundle_uid,
            site_id=recipient.id,
            created_at=manifest.created_at,
            tail=tail,
        )
    )


def note_received(session: Session, peer: SyncPeer, manifest: Manifest, own: Site) -> None:
    """After importing ``manifest``'s bundle: what to confirm, and what the peer confirmed."""
    if peer.last_received_at is None or peer.last_received_at <= manifest.created_at:
        peer.last_received_bundle = manifest.bundle_uid
    confirmed = manifest.acknowledges_bundles.get(own.uid)
    if confirmed is None:
        return
    sent = session.scalar(select(SentBundle).where(SentBundle.bundle_uid == confirmed))
    if sent is None or sent.site_id != peer.site_id:
        return
    current = None
    if peer.acknowledged_bundle is not None:
        current = session.scalar(
            select(SentBundle.created_at).where(SentBundle.bundle_uid == peer.acknowledged_bundle)
        )
    if current is None or current < sent.created_at:
        peer.acknowledged_bundle = confirmed


def confirmations(session: Session) -> dict[uuid.UUID, uuid.UUID]:
    """For each peer, the newest of its bundles imported here, as a bundle confirms them."""
    rows = session.execute(
        select(Site.uid, SyncPeer.last_received_bundle)
        .join(SyncPeer, SyncPeer.site_id == Site.id)
        .where(SyncPeer.last_received_bundle.is_not(None))
    )
    return {site_uid: bundle_uid for site_uid, bundle_uid in rows if bundle_uid is not None}
