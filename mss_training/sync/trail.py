"""What a bundle says about its sender's audit trail, and about the trails it witnessed.

Each bundle carries the sender's signed trail head and its audit entries after the head
the recipient last witnessed (the ``trail.jsonl`` part), so the recipient can check that
the trail it sees now extends the one it saw before (sync/witness.py). It also carries the
sender's co-signature of the recipient's head as the sender last witnessed it; the
recipient keeps those co-signatures, and ``audit verify`` checks the local trail against
them (``check_cosignatures``): a trail rewritten even with the real key contradicts them.
"""

import datetime as dt
import uuid
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mss_training.audit_chain import FIELDS, GENESIS, rows_sha256
from mss_training.dates import parse_stamp_time, stamp_time
from mss_training.messages import _
from mss_training.models import AuditEntry, Installation, Site, TrailCosignature, TrailWitness
from mss_training.signing import is_signed_by, sign

TRAIL_PART = "trail.jsonl"
# The audit columns each entry of the trail part carries: what recomputing its hash needs
# (``audit_chain.stored_entry_hash``), its number, and its stored hash.
TRAIL_COLUMNS = ("number", *FIELDS, "previous_hash", "entry_hash")


def witness_message(site_uid: uuid.UUID, number: int, entry_hash: str) -> bytes:
    """What a witness signs to say it saw ``site_uid``'s trail up to entry ``number``."""
    return f"mss-training witness {site_uid} {number} {entry_hash}".encode("ascii")


def is_hash(text: str) -> bool:
    """Whether ``text`` is a SHA-256 as the trail writes it: 64 lower-case hex digits."""
    return len(text) == 64 and all(char in "0123456789abcdef" for char in text)


def day(moment: dt.datetime) -> str:
    """A date as people say it: 3 March 2026."""
    return f"{moment.day} {moment:%B %Y}"


def iso_time(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).isoformat(timespec="microseconds")


# --- the sender ---------------------------------------------------------------------------


@dataclass(frozen=True)
class OutgoingTrail:
    """The part of this trail a bundle carries: entries after ``after``, up to the head."""

    after: int
    entries: int
    head_hash: str
    head_signature: bytes

    def manifest_field(self) -> dict[str, Any]:
        return {
            "after": self.after,
            "entries": self.entries,
            "hash": self.head_hash,
            "signature": self.head_signature.hex(),
        }


def outgoing_trail(session: Session, recipient: uuid.UUID | None) -> OutgoingTrail:
    """From the head the recipient last said it witnessed (if it still holds here), or whole.

    The head is read before the entries, so entries appended meanwhile are left out and
    the part always ends at the signed head, on PostgreSQL as on SQLite.
    """
    installation = session.get(Installation, 1)
    assert installation is not None
    after = 0
    if recipient is not None:
        latest = session.execute(
            select(TrailCosignature.number, TrailCosignature.entry_hash)
            .join(Site, Site.id == TrailCosignature.witness_site_id)
            .where(Site.uid == recipient)
            .order_by(TrailCosignature.id.desc())
            .limit(1)
        ).one_or_none()
        if latest is not None and 0 < latest.number <= installation.audit_entries:
            stored = session.scalar(
                select(AuditEntry.entry_hash).where(AuditEntry.number == latest.number)
            )
            # A co-signature this trail no longer matches: the recipient compares it all.
            after = latest.number if stored == latest.entry_hash else 0
    return OutgoingTrail(
        after,
        installation.audit_entries,
        installation.audit_head,
        installation.audit_head_signature,
    )


def trail_records(session: Session, trail: OutgoingTrail) -> Iterator[dict[str, Any]]:
    """The entries of ``trail`` as the trail part's records."""
    columns = [getattr(AuditEntry, name) for name in TRAIL_COLUMNS]
    statement = (
        select(*columns, AuditEntry.rows)
        .where(AuditEntry.number > trail.after, AuditEntry.number <= trail.entries)
        .order_by(AuditEntry.number)
        .execution_options(yield_per=5000)
    )
    for *row, rows in session.execute(statement):
        record = dict(zip(TRAIL_COLUMNS, row, strict=True))
        # The row ledger's hash, which the entry's hash covers, not the ledger itself.
        record["rows_sha256"] = rows_sha256(bytes(rows)) if rows is not None else None
        record["uid"] = str(record["uid"])
        record["at"] = iso_time(record["at"])
        if record["entity_uid"] is not None:
            record["entity_uid"] = str(record["entity_uid"])
        yield record


def cosignatures_for(
    session: Session, recipient: uuid.UUID | None, private_key: bytes
) -> tuple[dict[str, Any], ...]:
    """This installation's co-signatures of the heads it witnessed: the recipient's, or all."""
    current = TrailWitness.lost_at.is_(None)
    heads = (
        select(TrailWitness.site_id, func.max(TrailWitness.number).label("number"))
        .where(current)
        .group_by(TrailWitness.site_id)
        .subquery()
    )
    query = (
        select(Site.uid, TrailWitness.number, TrailWitness.entry_hash, TrailWitness.at)
        .join(Site, Site.id == TrailWitness.site_id)
        .join(
            heads,
            (heads.c.site_id == TrailWitness.site_id) & (heads.c.number == TrailWitness.number),
        )
        .where(current)
    )
    if recipient is not None:
        query = query.where(Site.uid == recipient)
    heads_by_uid = {row.uid: row for row in session.execute(query)}
    return tuple(
        {
            "site": str(uid),
            "entries": row.number,
            "hash": row.entry_hash,
            "at": stamp_time(row.at),
            "signature": sign(private_key, witness_message(uid, row.number, row.entry_hash)).hex(),
        }
        for uid, row in heads_by_uid.items()
    )


# --- the co-signatures this installation keeps ----------------------------------------------


@dataclass(frozen=True)
class Cosignature:
    number: int
    entry_hash: str
    at: dt.datetime
    signature: bytes


def parse_cosignature(
    witnessed: Sequence[Mapping[str, Any]], own_uid: uuid.UUID
) -> Cosignature | None:
    """The co-signature of this installation's head among a manifest's, if there is one."""
    for item in witnessed:
        if str(item.get("site")) == str(own_uid):
            number = int(item["entries"])
            entry_hash = str(item["hash"])
            if number < 0 or not is_hash(entry_hash):
                raise ValueError("not a trail head")
            return Cosignature(
                number,
                entry_hash,
                parse_stamp_time(str(item["at"])),
                bytes.fromhex(str(item["signature"])),
            )
    return None


def keep_cosignature(session: Session, witness: Site, cosignature: Cosignature | None) -> None:
    """Keep what the witness's latest bundle said it witnessed (number 0: nothing yet)."""
    if cosignature is None:
        cosignature = Cosignature(0, GENESIS, dt.datetime.now(dt.UTC), b"")
    session.add(
        TrailCosignature(
            witness_site_id=witness.id,
            number=cosignature.number,
            entry_hash=cosignature.entry_hash,
            at=cosignature.at,
            signature=cosignature.signature,
        )
    )


@dataclass(frozen=True)
class WitnessCheck:
    """How the local trail stands against the co-signatures kept here."""

    line: str | None = None  # "witnessed by HQ up to entry 1,204 on 3 March 2026"
    problem: str | None = None
    broken_entry: int | None = None


def check_cosignatures(session: Session, own_uid: uuid.UUID, hashes: Sequence[str]) -> WitnessCheck:
    """Check the local trail (``hashes[i]`` is entry i + 1's) against every co-signature.

    Each co-signature must be the witness's, and the entry it names must have its hash:
    a trail rewritten or cut short, even with this installation's key, contradicts it.
    """
    rows = session.execute(
        select(TrailCosignature, Site.name, Site.public_key)
        .join(Site, Site.id == TrailCosignature.witness_site_id)
        .where(TrailCosignature.number > 0)
        .order_by(TrailCosignature.number)
    ).all()
    latest: dict[str, TrailCosignature] = {}
    for cosignature, name, public_key in rows:
        message = witness_message(own_uid, cosignature.number, cosignature.entry_hash)
        when = _("entry {number:,} of {day}").format(
            number=cosignature.number, day=day(cosignature.at)
        )
        if not is_signed_by(public_key or b"", message, cosignature.signature):
            return WitnessCheck(
                problem=_("{name}'s co-signature of {when} has a bad signature.").format(
                    name=name, when=when
                )
            )
        if cosignature.number > len(hashes):
            return WitnessCheck(
                problem=(
                    _(
                        "{name} witnessed this trail up to {when}, but it now ends at entry "
                        "{count:,}: its last entries were deleted, or an older copy was put back "
                        "without its co-signatures."
                    ).format(name=name, when=when, count=len(hashes))
                )
            )
        if hashes[cosignature.number - 1] != cosignature.entry_hash:
            return WitnessCheck(
                problem=(
                    _(
                        "{name} witnessed this trail up to {when}, and this trail's entry "
                        "{number:,} is not the one it witnessed: the trail was rewritten, even "
                        "if its signatures hold."
                    ).format(name=name, when=when, number=cosignature.number)
                ),
                broken_entry=cosignature.number,
            )
        latest[name] = cosignature
    if not latest:
        return WitnessCheck()
    line = " and ".join(
        f"by {name} up to entry {cosignature.number:,} on {day(cosignature.at)}"
        for name, cosignature in sorted(latest.items(), key=lambda item: -item[1].number)
    )
    return WitnessCheck(line=f"witnessed {line}")
