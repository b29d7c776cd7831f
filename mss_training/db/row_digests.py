"""What the row ledger covers, each row's digest as the database computes it, and the blob.

Every table of ``tables.metadata`` (the ORM's ``Base.metadata`` too) is covered except
``EXEMPT``, so that a table added later is covered without anyone remembering to list it.
A row's digest is a hash of its canonical text, which one SQL expression per table builds
from the row as stored; the same expression runs when the program writes the row and when
``audit verify`` checks it, so the two agree by construction. Digests need not agree
between SQLite and PostgreSQL: each installation only checks its own rows.

The digests a transaction wrote travel in its last audit entry as a compact blob
(``encode``/``decode``): per table, runs of consecutive ids with one 16-byte digest each,
and for tables keyed by something other than one integer, (key, digest) pairs. An
all-zero digest says the row is gone (deleted by the program).

Like the audit chain's serialisation, the digest SQL must not change between upgrades: a
column added by a migration changes every row's text, which is why opening a database
after any upgrade seals every row anew (db/database.py). A different form of text would
need a new blob version (``_MAGIC``).
"""

import hashlib
import struct
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache

from sqlalchemy import Connection, Dialect, LargeBinary, Table

from mss_training.db.tables import metadata

DIGEST_SIZE = 16
ABSENT = bytes(DIGEST_SIZE)

# Tables not in the ledger, and why (docs/audit-and-backups.md says the same).
EXEMPT = {
    "audit_log": "the hash chain itself protects it",
    "installation": "its trail head is signed",
    "alembic_version": "the schema version, not a record",
    "effective_passes": "derived from the results; audit verify works it out again",
}
# Tables whose rows are folded into a parent row's canonical text: (parent, foreign key).
# An officer's roles are part of the officer's record, and the table has no id.
FOLDED = {"officer_roles": ("officers", "officer_id")}
# Bookkeeping columns the program changes without an audited act: sign-in counters.
EXCLUDED_COLUMNS = {
    "users": ("failed_attempts", "locked_until", "last_login_at"),
}


def covered_tables() -> list[Table]:
    """Every table whose rows the ledger seals, in a stable order."""
    return [
        table
        for name, table in sorted(metadata.tables.items())
        if name not in EXEMPT and name not in FOLDED
    ]


@dataclass(frozen=True)
class Layout:
    """How the ledger addresses one table's rows."""

    table: Table
    key_columns: tuple[str, ...]

    @property
    def by_id(self) -> bool:
        """Keyed by one integer column: digests live in an array indexed by it."""
        return (
            len(self.key_columns) == 1 and self.table.c[self.key_columns[0]].type.python_type is int
        )


@cache
def layout(name: str) -> Layout:
    table = metadata.tables[name]
    return Layout(table, tuple(column.name for column in table.primary_key.columns))


def key_text(values: Iterable[object]) -> str:
    """A non-integer key as the blob keeps it (values as SQLAlchemy gives them)."""
    return "\x1f".join(str(value) for value in values)


def _quoted(dialect: Dialect, name: str) -> str:
    return dialect.identifier_preparer.quote(name)


@cache
def digest_sql(name: str, dialect: Dialect) -> str:
    """The SQL expression of a row's digest source in table ``name`` (see ``finish``)."""
    table = metadata.tables[name]
    skip = set(EXCLUDED_COLUMNS.get(name, ()))
    columns = [_quoted(dialect, c.name) for c in table.columns if c.name not in skip]
    alias = _quoted(dialect, name)
    folded = [(child, key) for child, (parent, key) in FOLDED.items() if parent == name]
    if dialect.name == "sqlite":
        # json_array is SQLite's fastest way to one text per row that tells NULL from '',
        # 71 from 71.0 and text from numbers (quote() costs three times as much); it
        # refuses blobs, which go in as quote()'s X'..' text.
        blobs = {_quoted(dialect, c.name) for c in table.columns if isinstance(c.type, LargeBinary)}
        parts = [
            f"quote({alias}.{column})" if column in blobs else f"{alias}.{column}"
            for column in columns
        ]
        for child, key in folded:
            child_table = metadata.tables[child]
            other = next(c.name for c in child_table.primary_key.columns if c.name != key)
            parts.append(
                "coalesce((SELECT group_concat(v, ' ') FROM "
                f"(SELECT {_quoted(dialect, other)} AS v FROM {_quoted(dialect, child)} f "
                f"WHERE f.{_quoted(dialect, key)} = {alias}.id ORDER BY v)), '')"
            )
        source = "CAST(json_array(" + ", ".join(parts) + ") AS BLOB)"
    else:
        parts = [f"{alias}.{column}" for column in columns]
        for child, key in folded:
            child_table = metadata.tables[child]
            other = next(c.name for c in child_table.primary_key.columns if c.name != key)
            parts.append(
                f"(SELECT string_agg(f.{_quoted(dialect, other)}::text, ' ' ORDER BY "
                f"f.{_quoted(dialect, other)}) FROM {_quoted(dialect, child)} f "
                f"WHERE f.{_quoted(dialect, key)} = {alias}.id)"
            )
        source = (
            "substring(sha256(convert_to(ROW(" + ", ".join(parts) + ")::text, 'UTF8')) "
            f"FROM 1 FOR {DIGEST_SIZE})"
        )
    return source


def key_sql(name: str, dialect: Dialect) -> str:
    """The qualified key column of a table keyed by one integer."""
    return f"{_quoted(dialect, name)}.{_quoted(dialect, layout(name).key_columns[0])}"


def id_query(name: str, dialect: Dialect) -> str:
    """``SELECT id, digest source FROM table`` of a table keyed by one integer."""
    table = _quoted(dialect, name)
    return f"SELECT {key_sql(name, dialect)}, {digest_sql(name, dialect)} FROM {table}"


def prepare(connection: Connection) -> None:
    """Make PostgreSQL's text of a row independent of the session's settings."""
    if connection.dialect.name == "postgresql":
        connection.exec_driver_sql(
            "SET LOCAL TimeZone = 'UTC'; SET LOCAL DateStyle = 'ISO, YMD'; "
            "SET LOCAL extra_float_digits = 1; SET LOCAL bytea_output = 'hex'; "
            "SET LOCAL IntervalStyle = 'iso_8601'"
        )


def finish(dialect_name: str, source: bytes | memoryview) -> bytes:
    """A row's digest from what ``digest_sql`` selected (SQLite's text is hashed here)."""
    if dialect_name == "sqlite":
        return hashlib.blake2b(source, digest_size=DIGEST_SIZE).digest()
    return bytes(source)


# --- the blob -----------------------------------------------------------------------------

_MAGIC = b"MSSL1"


@dataclass
class TableDigests:
    """One table's part of a blob: id runs (start, digests) and keyed digests."""

    runs: list[tuple[int, bytes]]
    keyed: dict[str, bytes]


def runs_of(digests: dict[int, bytes]) -> list[tuple[int, bytes]]:
    """Consecutive ids grouped into (first id, their digests joined)."""
    runs: list[tuple[int, bytes]] = []
    start = previous = None
    chunk: list[bytes] = []
    for row_id in sorted(digests):
        if previous is None or row_id != previous + 1:
            if start is not None:
                runs.append((start, b"".join(chunk)))
            start, chunk = row_id, []
        chunk.append(digests[row_id])
        previous = row_id
    if start is not None:
        runs.append((start, b"".join(chunk)))
    return runs


def encode(tables: dict[str, TableDigests]) -> bytes:
    out = [_MAGIC, struct.pack("<I", len(tables))]
    for name in sorted(tables):
        part = tables[name]
        encoded = name.encode()
        out.append(struct.pack("<H", len(encoded)) + encoded)
        out.append(struct.pack("<I", len(part.runs)))
        for start, digests in part.runs:
            out.append(struct.pack("<QI", start, len(digests) // DIGEST_SIZE))
            out.append(digests)
        out.append(struct.pack("<I", len(part.keyed)))
        for key in sorted(part.keyed):
            encoded_key = key.encode()
            out.append(struct.pack("<H", len(encoded_key)) + encoded_key + part.keyed[key])
    return b"".join(out)


def decode(blob: bytes) -> Iterator[tuple[str, list[tuple[int, memoryview]], dict[str, bytes]]]:
    """(table, id runs as (start, digests), keyed digests) per table; ValueError if damaged."""
    view = memoryview(blob)
    if bytes(view[: len(_MAGIC)]) != _MAGIC:
        raise ValueError("not a row ledger")
    at = len(_MAGIC)

    def take(size: int) -> memoryview:
        nonlocal at
        if at + size > len(view):
            raise ValueError("a truncated row ledger")
        part, at = view[at : at + size], at + size
        return part

    (count,) = struct.unpack("<I", take(4))
    for _ in range(count):
        (length,) = struct.unpack("<H", take(2))
        name = bytes(take(length)).decode()
        (run_count,) = struct.unpack("<I", take(4))
        runs = []
        for _ in range(run_count):
            start, rows = struct.unpack("<QI", take(12))
            runs.append((start, take(rows * DIGEST_SIZE)))
        (keyed_count,) = struct.unpack("<I", take(4))
        keyed = {}
        for _ in range(keyed_count):
            (length,) = struct.unpack("<H", take(2))
            key = bytes(take(length)).decode()
            keyed[key] = bytes(take(DIGEST_SIZE))
        yield name, runs, keyed
