"""The audit trail's hash chain: how an entry is serialised, hashed and signed.

Each entry's hash covers its own fields and the hash of the entry before it, so changing,
deleting, inserting or moving a row breaks a link. The installation keeps the number and
hash of the last entry (the *head*), signed with its Ed25519 key, so that deleting the last
entries is found too. This module is plain Python shared by the audit service and the
migration that chains entries written before the chain existed; its serialisation must
never change, or old trails would stop verifying.
"""

import datetime as dt
import hashlib
import json
import uuid
from collections.abc import Mapping, Sequence
from typing import Any

from mss_training.signing import sign

GENESIS = "0" * 64  # the "previous hash" of the first entry


def json_value(value: Any) -> Any:
    """A value exactly as a JSON column gives it back (tuples become lists, keys text)."""
    if value is None:
        return None
    return json.loads(json.dumps(value, ensure_ascii=False))


def _uid_text(value: uuid.UUID | str | None) -> str | None:
    """A UUID as 32 lower-case hex digits, which is also how SQLite keeps one."""
    if value is None or isinstance(value, uuid.UUID):
        return None if value is None else value.hex
    if len(value) == 32:
        return value  # as SQLite stores it: read back without parsing, for speed
    try:
        return uuid.UUID(value).hex
    except ValueError:
        return value  # not a UUID at all: hashed as it is, so the entry shows as changed


def _time_text(value: dt.datetime | str) -> str:
    """A UTC time as ISO 8601 with microseconds."""
    if isinstance(value, str):
        if len(value) == 26 and value[10] == " ":
            # How SQLite keeps a UTC time ("2026-11-27 08:19:18.117186"), read without parsing.
            return f"{value[:10]}T{value[11:]}+00:00"
        try:
            parsed = dt.datetime.fromisoformat(value)
        except ValueError:
            return value
        return _time_text(parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC))
    return value.astimezone(dt.UTC).isoformat(timespec="microseconds")


# The fields an entry's hash covers, in the order ``entry_hash`` takes them.
FIELDS = (
    "uid", "at", "actor", "site_id", "action", "entity", "entity_uid", "summary", "before", "after",
)  # fmt: skip


def entry_hash(content: Sequence[Any], previous_hash: str) -> str:
    """SHA-256 (hex) of an entry's fields (``FIELDS``, in order) and its predecessor's hash.

    ``before`` and ``after`` are parsed JSON, so the hash is the same on SQLite and
    PostgreSQL; ``uid``, ``entity_uid`` and ``at`` may be objects or as SQLite stores them.
    """
    uid, at, actor, site_id, action, entity, entity_uid, summary, before, after = content
    canonical = [
        _uid_text(uid), _time_text(at), actor,
        site_id, action, entity, _uid_text(entity_uid), summary, before, after, previous_hash,
    ]  # fmt: skip
    text = json.dumps(canonical, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def entry_hash_v2(content: Sequence[Any], previous_hash: str, rows: bytes) -> str:
    """The hash of an entry that carries the digests of the rows its transaction wrote.

    The same text as ``entry_hash`` with the SHA-256 of the row ledger (``rows``) added,
    so that the version 1 hash of every older entry stays exactly what it was.
    """
    return entry_hash_of_rows_digest(content, previous_hash, rows_sha256(rows))


def rows_sha256(rows: bytes) -> str:
    """What an entry's hash takes of its row ledger: its SHA-256, hex."""
    return hashlib.sha256(rows).hexdigest()


def entry_hash_of_rows_digest(content: Sequence[Any], previous_hash: str, rows_hex: str) -> str:
    """``entry_hash_v2`` from the ledger's SHA-256 alone: a witness checking another site's
    trail is sent that, not the digests of every row the site holds."""
    uid, at, actor, site_id, action, entity, entity_uid, summary, before, after = content
    canonical = [
        _uid_text(uid), _time_text(at), actor,
        site_id, action, entity, _uid_text(entity_uid), summary, before, after, previous_hash,
        {"rows": rows_hex},
    ]  # fmt: skip
    text = json.dumps(canonical, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def head_message(entries: int, head_hash: str) -> bytes:
    """What the installation signs to vouch for the trail's length and last entry."""
    return f"mss-training audit head {entries} {head_hash}".encode("ascii")


def sign_entry(private_key: bytes, hash_hex: str) -> bytes:
    return sign(private_key, bytes.fromhex(hash_hex))


def sign_head(private_key: bytes, entries: int, head_hash: str) -> bytes:
    return sign(private_key, head_message(entries, head_hash))


def stored_entry_hash(columns: Mapping[str, Any]) -> str:
    """An entry's hash recomputed from its stored columns (``FIELDS`` and ``previous_hash``).

    The one way to recompute a stored entry's hash, for code that holds an entry as
    columns by name: a witness checking another installation's trail goes through it.
    """
    content = [columns[name] for name in FIELDS]
    if columns.get("rows_sha256") is not None:  # an entry carrying a row ledger
        return entry_hash_of_rows_digest(
            content, columns["previous_hash"], str(columns["rows_sha256"])
        )
    return entry_hash(content, columns["previous_hash"])
