"""Witnessing the sender's audit trail when a bundle is imported.

This installation keeps every entry of the sender's trail that its bundles showed
(``TrailWitness``). A new bundle's trail part must extend them: its entries recomputed with
``audit_chain.stored_entry_hash`` must link up, end at the sender's signed head, and agree
with every entry witnessed before. Otherwise the bundle is refused in one sentence, with
nothing changed, because the sender's trail was rewritten, even with its real key.

One disagreement is not a rewrite: a sender put back from an older copy of its database
has a shorter trail, perhaps followed by entries written since. When the entries it has
after the last one both agree on are all newer than the head witnessed here, the bundle
is taken, the import says what was lost there, and the next bundle for the sender carries
back every record this installation holds (its acknowledgements are forgotten).
"""

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from mss_training.audit_chain import GENESIS, head_message, stored_entry_hash
from mss_training.dates import utc_now
from mss_training.db.ledger import execute_tracked
from mss_training.domain import SiteRole
from mss_training.errors import BundleError
from mss_training.messages import _, ngettext
from mss_training.models import (
    AuditEntry,
    Certificate,
    EligibilityHold,
    Exemption,
    Officer,
    Result,
    Site,
    SyncPeer,
    TrailWitness,
    TrainingSession,
)
from mss_training.signing import is_signed_by
from mss_training.sync.bundle import BundleReader
from mss_training.sync.identity import own_site
from mss_training.sync.trail import (
    TRAIL_PART,
    Cosignature,
    day,
    is_hash,
    keep_cosignature,
    parse_cosignature,
    witness_message,
)
from mss_training.words import counted_records

_LOST_RECORDS = (
    ("officers", Officer),
    ("sessions", TrainingSession),
    ("results", Result),
    ("exemptions", Exemption),
    ("certificates", Certificate),
    ("holds", EligibilityHold),
)


@dataclass(frozen=True)
class _Entry:
    number: int
    entry_hash: str
    at: dt.datetime
    previous_hash: str = GENESIS


@dataclass
class TrailCheck:
    """What the sender's trail showed, and what importing the bundle will record."""

    sender: Site
    new_entries: list[_Entry] = field(default_factory=list)
    lost_after: int | None = None  # set when the sender was rolled back: the last entry kept
    cosignature: Cosignature | None = None
    keep_cosignature: bool = True
    notes: list[str] = field(default_factory=list)


def _named(site: Site) -> str:
    return f"site {site.name}" if site.role == SiteRole.SITE.value else site.name


def check_trail(session: Session, reader: BundleReader, sender: Site) -> TrailCheck:
    """Check that the sender's trail extends what was witnessed here; refuse it if not.

    Reads only: ``record_trail`` writes what the check found, once the merge is done.
    """
    manifest = reader.manifest
    where = reader.where
    head = manifest.trail
    if head is None:
        raise BundleError(
            _(
                "{where} does not carry {name}'s audit trail head: it was made by an "
                "older MSS Training; update it there and export again."
            ).format(where=where, name=sender.name)
        )
    own_uid = own_site(session).uid
    try:
        after, entries = int(head["after"]), int(head["entries"])
        head_hash, signature = str(head["hash"]), bytes.fromhex(str(head["signature"]))
        cosignature = parse_cosignature(manifest.witnessed, own_uid)
    except (KeyError, TypeError, ValueError, AttributeError):
        raise BundleError(_("{where} has a damaged manifest.").format(where=where)) from None
    key = sender.public_key or b""
    if not (0 <= after <= entries and is_hash(head_hash)) or not is_signed_by(
        key, head_message(entries, head_hash), signature
    ):
        raise BundleError(
            _("{where} carries a trail head {name} did not sign; it was altered.").format(
                where=where, name=sender.name
            )
        )
    if cosignature is not None and not is_signed_by(
        key, witness_message(own_uid, cosignature.number, cosignature.entry_hash),
        cosignature.signature,
    ):  # fmt: skip
        raise BundleError(
            _("{where} carries a co-signature {name} did not sign; it was altered.").format(
                where=where, name=sender.name
            )
        )
    segment = list(_segment(reader, after, entries, head_hash, sender.name))
    check = TrailCheck(sender, cosignature=cosignature)
    _compare(session, reader, check, segment, (after, entries, head_hash))
    _check_cosignature(session, check)
    return check


def _segment(
    reader: BundleReader, after: int, entries: int, head_hash: str, name: str
) -> Iterator[_Entry]:
    """The trail part's entries, each recomputed and linked to the one before."""
    where = reader.where
    number, previous = after, None
    for record in reader.records(TRAIL_PART):
        try:
            entry = _Entry(
                int(record["number"]),
                str(record["entry_hash"]),
                dt.datetime.fromisoformat(str(record["at"])).astimezone(dt.UTC),
                str(record["previous_hash"]),
            )
            intact = stored_entry_hash(record) == entry.entry_hash
        except (KeyError, TypeError, ValueError, AttributeError):
            raise BundleError(
                _("{where} holds a trail entry this program cannot read.").format(where=where)
            ) from None
        linked = entry.previous_hash == previous if previous is not None else True
        if number == 0 and entry.previous_hash != GENESIS:
            linked = False
        if entry.number != number + 1 or not intact or not linked:
            raise BundleError(
                _(
                    "{where}: {name}'s trail is broken at entry {number:,}, which does not "
                    "match its hash or its place: its database was edited behind the app's "
                    "back."
                ).format(where=where, name=name, number=entry.number)
            )
        number, previous = entry.number, entry.entry_hash
        yield entry
    if number != entries or (previous is not None and previous != head_hash):
        raise BundleError(
            _("{where}: {name}'s trail does not end at its signed head; it was altered.").format(
                where=where, name=name
            )
        )


def _witnessed(session: Session, site_id: int, from_number: int) -> dict[int, _Entry]:
    """The entries of the site's trail witnessed here, from ``from_number`` on."""
    rows = session.execute(
        select(TrailWitness.number, TrailWitness.entry_hash, TrailWitness.at).where(
            TrailWitness.site_id == site_id,
            TrailWitness.lost_at.is_(None),
            TrailWitness.number >= from_number,
        )
    )
    return {number: _Entry(number, digest, at) for number, digest, at in rows}


def _compare(
    session: Session,
    reader: BundleReader,
    check: TrailCheck,
    segment: list[_Entry],
    head: tuple[int, int, str],
) -> None:
    after, entries, head_hash = head
    sender, where = check.sender, reader.where
    witnessed = _witnessed(session, sender.id, after)
    witnessed_head = max(witnessed, default=0)
    if after > witnessed_head:
        seen = (
            _("only up to entry {witnessed_head:,}").format(witnessed_head=witnessed_head)
            if witnessed_head
            else "never"
        )
        raise BundleError(
            _(
                "{where} carries {name}'s trail after entry {after:,}, but this "
                "installation witnessed it {seen}: send {name} a bundle from here first, "
                "then import its next one."
            ).format(where=where, name=sender.name, after=after, seen=seen)
        )
    differs_at = None  # the first entry that is not the one witnessed here
    if (
        after
        and (segment[0].previous_hash if segment else head_hash) != witnessed[after].entry_hash
    ):
        differs_at = after
    else:
        for entry in segment:
            seen_entry = witnessed.get(entry.number)
            if seen_entry is None:
                break
            if seen_entry.entry_hash != entry.entry_hash:
                differs_at = entry.number
                break
    peer = session.get(SyncPeer, sender.id)
    # A bundle made before the newest one imported from the sender, arriving late.
    stale = (
        peer is not None
        and peer.last_received_at is not None
        and reader.manifest.created_at < peer.last_received_at
    )
    if differs_at is None:
        if entries >= witnessed_head:
            check.new_entries = [entry for entry in segment if entry.number > witnessed_head]
        elif not stale:
            _rolled_back(session, check, witnessed, entries, witnessed_head)
        return
    head_at = witnessed[witnessed_head].at
    first_new = next((entry for entry in segment if entry.number == differs_at), None)
    if not stale and first_new is not None and first_new.at > head_at:
        # Entries written after the head witnessed here: a restore, not history rewritten.
        _rolled_back(session, check, witnessed, differs_at - 1, witnessed_head)
        check.new_entries = [entry for entry in segment if entry.number >= differs_at]
        return
    raise BundleError(
        _(
            "{where} is refused: {named}'s trail was rewritten or rolled back after "
            "entry {witnessed_head:,} of {day}, which this installation witnessed: "
            "its entry {differs_at:,} of {day2} is not the one witnessed here."
        ).format(
            where=where,
            named=_named(sender),
            witnessed_head=witnessed_head,
            day=day(head_at),
            differs_at=differs_at,
            day2=day(witnessed[differs_at].at),
        )
    )


def _rolled_back(
    session: Session, check: TrailCheck, witnessed: dict[int, _Entry], kept: int, head: int
) -> None:
    """Say what the sender lost, and plan to send it back."""
    sender = check.sender
    check.lost_after = kept
    first, last = witnessed[kept + 1], witnessed[head]
    lost = head - kept
    dates = day(first.at) if day(first.at) == day(last.at) else f"{day(first.at)} to {day(last.at)}"
    check.notes.append(
        ngettext(
            "{name}'s trail was rolled back: this installation witnessed it up to "
            "entry {head:,} of {day}, and it now goes on from entry {kept:,}, so "
            "{lost:,} entry of {dates} ({first:,} to {head:,}) is no longer "
            "there: it was put back from an older copy.",
            "{name}'s trail was rolled back: this installation witnessed it up to "
            "entry {head:,} of {day}, and it now goes on from entry {kept:,}, so "
            "{lost:,} entries of {dates} ({first:,} to {head:,}) are no longer "
            "there: it was put back from an older copy.",
            lost,
        ).format(
            name=sender.name,
            head=head,
            day=day(last.at),
            kept=kept,
            lost=lost,
            dates=dates,
            first=kept + 1,
        )
    )
    # A record is stamped a moment before the entry that writes it: count from the last
    # entry the sender still has.
    since = witnessed[kept].at if kept else dt.datetime.min.replace(tzinfo=dt.UTC)
    held = []
    for what, model in _LOST_RECORDS:
        count = session.scalar(
            select(func.count())
            .select_from(model)
            .where(model.site_id == sender.id, model.created_at > since)
        )
        if count:
            held.append(counted_records(what, count))
    check.notes.append(
        _(
            "This installation holds {join} made at {name} since {day}; its next "
            "bundle for {name} carries them back, with every other record it holds."
        ).format(join=", ".join(held) or _("no records"), name=sender.name, day=day(first.at))
    )
    check.notes.append(
        _(
            "What {name} recorded after entry {head:,}, the last it sent here, never "
            "reached this installation and cannot be sent back."
        ).format(name=sender.name, head=head)
    )


def _check_cosignature(session: Session, check: TrailCheck) -> None:
    """Keep the sender's co-signature of this trail only if this trail still holds that head."""
    cosignature = check.cosignature
    if cosignature is None or cosignature.number == 0:
        return
    stored = session.scalar(
        select(AuditEntry.entry_hash).where(AuditEntry.number == cosignature.number)
    )
    if stored == cosignature.entry_hash:
        return
    name = check.sender.name
    check.keep_cosignature = False
    check.notes.append(
        _(
            "{name} witnessed this installation's trail up to entry {number:,} of "
            "{day}, which this database no longer has: it was put back from an older "
            "copy, or its trail was rewritten. The next bundle for {name} tells it "
            "so, and {name} then sends back the records it holds."
        ).format(name=name, number=cosignature.number, day=day(cosignature.at))
    )


def record_trail(session: Session, check: TrailCheck) -> None:
    """Remember the sender's trail as witnessed now, and its co-signature of this one."""
    sender, now = check.sender, utc_now()
    if check.lost_after is not None:
        execute_tracked(
            session,
            update(TrailWitness)
            .where(
                TrailWitness.site_id == sender.id,
                TrailWitness.lost_at.is_(None),
                TrailWitness.number > check.lost_after,
            )
            .values(lost_at=now),
        )
        # Everything held here goes back: what the sender had confirmed, it lost since.
        peer = session.get(SyncPeer, sender.id)
        if peer is not None:
            peer.acknowledged_at = None
            peer.acknowledged_bundle = None
    if check.new_entries:
        execute_tracked(
            session,
            insert(TrailWitness),
            [
                {
                    "site_id": sender.id,
                    "number": entry.number,
                    "entry_hash": entry.entry_hash,
                    "at": entry.at,
                    "witnessed_at": now,
                }
                for entry in check.new_entries
            ],
        )
    if check.keep_cosignature:
        keep_cosignature(session, sender, check.cosignature)
