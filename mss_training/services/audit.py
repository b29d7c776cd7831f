"""The audit log: who changed what, when, with the values before and after.

The log is a hash chain signed with the installation's key (mss_training/audit_chain.py),
so that a row changed, deleted, inserted or moved behind the app's back is found by
``verify_audit_trail``. Each installation keeps its own trail: entries never travel.
"""

import datetime as dt
import enum
import json
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Row, String, Text, bindparam, cast, select, type_coerce, update
from sqlalchemy.orm import Session

from mss_training.audit_chain import (
    FIELDS,
    GENESIS,
    entry_hash,
    entry_hash_v2,
    head_message,
    json_value,
    sign_entry,
    sign_head,
)
from mss_training.dates import utc_now
from mss_training.db.ledger import SEALER
from mss_training.errors import DatabaseAccessError
from mss_training.keystore import installation_private_key, pin_problem, trusted_public_key
from mss_training.messages import _
from mss_training.models import AuditEntry, Installation, Site
from mss_training.services.row_check import check_rows
from mss_training.signing import is_signed_by
from mss_training.sync.trail import check_cosignatures

# Built once: an audit entry is written by nearly every unit of work.
_LOCK_HEAD = (
    select(
        Installation.site_id,
        Installation.audit_entries,
        Installation.audit_head,
    )
    .where(Installation.id == 1)
    .with_for_update()
)
# Nothing reads the head through the ORM, so the session need not sync its copy.
_MOVE_HEAD = (
    update(Installation)
    .where(Installation.id == 1)
    .values(
        audit_entries=bindparam("entries"),
        audit_head=bindparam("head"),
        audit_head_signature=bindparam("signature"),
    )
    .execution_options(synchronize_session=False)
)


def record_change(
    session: Session,
    *,
    actor: str,
    action: str,
    entity: str,
    summary: str,
    entity_uid: uuid.UUID | None = None,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> None:
    """Append one entry to the audit log, in the caller's transaction.

    Bulk operations (a demo mission, an import) write one entry that counts what they
    did rather than one per row, so that the log stays readable and the write fast.

    The installation row is locked until the caller commits (SQLite writers are already
    serialised by BEGIN IMMEDIATE), so two transactions never chain onto the same entry.
    """
    head = session.execute(_LOCK_HEAD).one_or_none()
    if head is None:
        raise DatabaseAccessError(
            _("This database has no site identity; open it with MSS Training.")
        )
    private_key = installation_private_key(session)
    fields: dict[str, Any] = {
        "uid": uuid.uuid4(),
        "at": utc_now(),
        "actor": actor,
        "site_id": head.site_id,
        "action": action,
        "entity": entity,
        "entity_uid": entity_uid,
        "summary": summary,
        "before": json_value(before),
        "after": json_value(after),
    }
    number, digest = (
        head.audit_entries + 1,
        entry_hash([fields[name] for name in FIELDS], head.audit_head),
    )
    entry = AuditEntry(
        **fields,
        number=number,
        previous_hash=head.audit_head,
        entry_hash=digest,
        signature=sign_entry(private_key, digest),
    )
    session.add(entry)
    signature = sign_head(private_key, number, digest)
    session.execute(_MOVE_HEAD, {"entries": number, "head": digest, "signature": signature})
    content = [fields[name] for name in FIELDS]

    def seal_rows(rows: bytes) -> None:
        # At commit (db/ledger.py): this entry is the transaction's last, so nothing is
        # chained to it yet and it can take the digests of the rows the transaction wrote.
        sealed = entry_hash_v2(content, head.audit_head, rows)
        entry.rows, entry.entry_hash = rows, sealed
        entry.signature = sign_entry(private_key, sealed)
        signature = sign_head(private_key, number, sealed)
        session.execute(_MOVE_HEAD, {"entries": number, "head": sealed, "signature": signature})

    session.info[SEALER] = seal_rows


def plain(value: Any) -> Any:
    """A value as the audit log's JSON keeps it: dates as ISO text, tuples as lists."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple):
        return list(value)
    if isinstance(value, enum.Enum):
        return value.value
    return value


# --- verification ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Link:
    """What verification keeps of each entry: enough to place it, not its content."""

    number: int
    at: dt.datetime | str  # as read: SQLite's text is parsed only for a message
    previous_hash: str
    stored_hash: str
    content_intact: bool


@dataclass(frozen=True)
class AuditVerification:
    """The outcome of checking the whole trail: ``problem`` is one sentence, or None."""

    entries: int
    problem: str | None = None
    broken_entry: int | None = None  # the number of the first entry found wrong
    # "witnessed by HQ up to entry 1,204 on 3 March 2026", when others co-signed the trail
    witnessed: str | None = None
    # One sentence per stored row not as the trail sealed it (services/row_check.py).
    rows_problems: tuple[str, ...] = ()

    @property
    def intact(self) -> bool:
        return self.problem is None and not self.rows_problems

    @property
    def problems(self) -> list[str]:
        """Every problem found, the trail's first, one sentence each."""
        return ([self.problem] if self.problem else []) + list(self.rows_problems)


def _named(link: _Link) -> str:
    return f"entry {link.number} ({_when(link.at):%Y-%m-%d %H:%M} UTC)"


def _parsed(text: str | None) -> Any:
    if text is None:
        return None
    try:
        return json.loads(text)
    except ValueError:
        return text  # not JSON: hashed as it is, so the entry shows as changed


def _read_links(session: Session, ledgers: list[tuple[int, bytes]]) -> list[_Link]:
    """Every entry's place in the chain and whether its content still matches its hash.

    Columns are read without SQLAlchemy's conversions (UUIDs and times as SQLite stores
    them, JSON as text), which makes reading 100,000 entries several times faster.
    """
    rows = session.execute(
        select(
            AuditEntry.number, AuditEntry.previous_hash, AuditEntry.entry_hash,
            type_coerce(AuditEntry.uid, String), type_coerce(AuditEntry.at, String),
            AuditEntry.actor, AuditEntry.site_id, AuditEntry.action, AuditEntry.entity,
            type_coerce(AuditEntry.entity_uid, String), AuditEntry.summary,
            cast(AuditEntry.before, Text), cast(AuditEntry.after, Text), AuditEntry.rows,
        )
        .order_by(AuditEntry.number, AuditEntry.id)
        .execution_options(yield_per=5000)
    )  # fmt: skip
    links = []
    for number, previous, stored, *content, ledger in rows:
        content[-2], content[-1] = _parsed(content[-2]), _parsed(content[-1])
        if ledger is None:
            intact = entry_hash(content, previous) == stored
        else:
            intact = entry_hash_v2(content, previous, bytes(ledger)) == stored
            if intact:  # an entry found changed vouches for nothing
                ledgers.append((number, bytes(ledger)))
        links.append(_Link(number, content[1], previous, stored, intact))
    return links


def _when(value: dt.datetime | str) -> dt.datetime:
    """An entry's time as a datetime, for messages (SQLite's text is read as it is)."""
    if isinstance(value, str):
        try:
            return dt.datetime.fromisoformat(value).replace(tzinfo=dt.UTC)
        except ValueError:
            return dt.datetime.min.replace(tzinfo=dt.UTC)
    return value


def _first_broken_link(links: list[_Link], head_hash: str) -> tuple[int, str] | None:
    """The position of the first entry out of place in the chain, and why, or None.

    ``head_hash`` is the hash the installation recorded as its last entry's.
    """
    by_hash = {link.stored_hash: index for index, link in enumerate(links)}
    expected = GENESIS
    for index, link in enumerate(links):
        if link.previous_hash == expected and link.content_intact:
            if link.number != index + 1:
                # Numbers are not hashed (the links fix the order), but people cite them.
                return index, f"{_named(link)} was renumbered: it is entry {index + 1}."
            expected = link.stored_hash
            continue
        pointed_at = by_hash.get(link.previous_hash)
        if pointed_at is not None and pointed_at > index:
            return index, f"{_named(link)} is out of order: entries were moved."
        following = links[index + 1] if index + 1 < len(links) else None
        skipped = following.previous_hash if following is not None else head_hash
        if skipped == expected:
            return index, f"{_named(link)} was inserted behind the app's back."
        if not link.content_intact:
            return index, f"{_named(link)} was changed after it was written."
        if pointed_at is not None:
            return index, f"an entry was inserted before {_named(link)}."
        missing = link.number - links[index - 1].number - 1 if index else link.number - 1
        count = f"{missing} entries" if missing > 1 else "an entry"
        return index, f"{count} before {_named(link)} {'were' if missing > 1 else 'was'} deleted."
    return None


def _first_bad_signature(session: Session, public_key: bytes) -> int | None:
    """The number of the first entry whose signature does not vouch for its hash."""
    query = (
        select(AuditEntry.number, AuditEntry.entry_hash, AuditEntry.signature)
        .order_by(AuditEntry.number, AuditEntry.id)
        .execution_options(yield_per=5000)
    )
    # Closed on leaving, so that PostgreSQL's server-side cursor does not outlive the loop.
    with session.execute(query) as rows:
        for number, digest, signature in rows:
            if not is_signed_by(public_key, bytes.fromhex(digest), signature):
                return int(number)
    return None


def _installation_head(session: Session) -> Row[int, str, bytes, bytes | None, uuid.UUID]:
    head = session.execute(
        select(
            Installation.audit_entries,
            Installation.audit_head,
            Installation.audit_head_signature,
            Site.public_key,
            Site.uid,
        )
        # Outer: a deleted own site row is one of the things verify names.
        .outerjoin(Site, Site.id == Installation.site_id)
        .where(Installation.id == 1)
    ).one_or_none()
    if head is None:
        raise DatabaseAccessError(
            _("This database has no site identity; open it with MSS Training.")
        )
    return head


def verify_audit_trail(session: Session) -> AuditVerification:
    """Check every entry's hash and link, and the signed head; name the first problem.

    The signed head vouches for the whole chain, because every hash covers the one
    before it; entries' own signatures are read only when the head's does not verify, to
    say which entry was rewritten. That keeps a check of 100,000 entries to seconds.

    Call it first in a unit of work that only reads (``Database.reading()``).
    """
    if session.get_bind().dialect.name == "postgresql":
        # One snapshot for the head and the entries, or an append committed between the
        # two reads would look like deleted entries. (SQLite reads are snapshots already.)
        session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
    head = _installation_head(session)
    ledgers: list[tuple[int, bytes]] = []
    links = _read_links(session, ledgers)
    rows = tuple(_sentence(text) for text in check_rows(session, ledgers))
    trail = _check_chain(session, head, links)
    return AuditVerification(
        trail.entries, trail.problem, trail.broken_entry, trail.witnessed, rows_problems=rows
    )


def _check_chain(
    session: Session, head: Row[int, str, bytes, bytes | None, uuid.UUID], links: list[_Link]
) -> AuditVerification:
    broken = _first_broken_link(links, head.audit_head)
    if broken is not None:
        index, sentence = broken
        return AuditVerification(len(links), _sentence(sentence), links[index].number)
    last = links[-1] if links else None
    last_hash = last.stored_hash if last else GENESIS
    if head.audit_head != last_hash:
        position = next(
            (i for i, link in enumerate(links) if link.stored_hash == head.audit_head), None
        )
        if position is not None:
            extra = links[position + 1]
            return AuditVerification(
                len(links),
                _sentence(f"{_named(extra)} was inserted behind the app's back."),
                extra.number,
            )
        missing = head.audit_entries - (last.number if last else 0)
        after = f" after {_named(last)}" if last else ""
        what = (
            f"the last {missing} entries{after} were"
            if missing > 1
            else f"the last entry{after} was"
        )
        return AuditVerification(len(links), _sentence(f"{what} deleted."), None)
    # The key pinned on this computer, not the one the file says is its own: a key pair
    # swapped in the file is found (mss_training/keystore.py).
    swapped = pin_problem(session)
    if swapped is not None:
        return AuditVerification(len(links), swapped, None)
    public_key = trusted_public_key(session)
    if not is_signed_by(
        public_key, head_message(head.audit_entries, head.audit_head), head.audit_head_signature
    ):
        number = _first_bad_signature(session, public_key)
        if number is not None:
            sentence = (
                f"entry {number} has a bad signature: it was rewritten behind the app's back."
            )
        else:
            sentence = "the record of the trail's last entry has a bad signature."
        return AuditVerification(len(links), _sentence(sentence), number)
    # A trail rebuilt with the real key verifies above; what its witnesses hold does not.
    witness = check_cosignatures(session, head.uid, [link.stored_hash for link in links])
    if witness.problem is not None:
        return AuditVerification(len(links), _sentence(witness.problem), witness.broken_entry)
    return AuditVerification(len(links), witnessed=witness.line)


def _sentence(text: str) -> str:
    return text[0].upper() + text[1:]
