"""Copy a live SQLite database safely, with SQLite's online backup API.

A plain file copy of a database in WAL mode can miss committed pages still in the -wal
file, or catch a page mid-write; the backup API copies a consistent snapshot while other
connections keep working.
"""

import contextlib
import sqlite3
from pathlib import Path


def copy_sqlite(source: sqlite3.Connection, target: Path) -> Path:
    """Write a consistent copy of ``source`` to ``target``, all or nothing.

    The copy is one self-contained file (no -wal beside it to lose when it is moved),
    written under a temporary name and renamed into place, so a crash or a full disk
    never leaves a half-written copy under the real name.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.partial")
    partial.unlink(missing_ok=True)
    try:
        with contextlib.closing(sqlite3.connect(partial)) as copy:
            source.backup(copy)
            copy.execute("PRAGMA journal_mode = DELETE")
        partial.replace(target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return target
