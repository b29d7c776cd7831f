"""What a database holds, in figures two processes can compare: rows per table, schema version."""

import contextlib
import sqlite3
from pathlib import Path

State = dict[str, int | str]


def database_state(path: Path) -> State:
    """Rows in every table, and the schema revision: equal states hold the same records."""
    with contextlib.closing(sqlite3.connect(path)) as connection:
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                "ORDER BY name"
            )
        ]
        state: State = {
            table: connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
            for table in tables
        }
        if "alembic_version" in tables:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            state["alembic_version"] = row[0] if row else ""
    return state


def integrity_problems(path: Path) -> list[str]:
    """What SQLite finds wrong with the file: damaged pages, or rows whose parent is missing."""
    with contextlib.closing(sqlite3.connect(path)) as connection:
        problems = [
            row[0] for row in connection.execute("PRAGMA integrity_check") if row[0] != "ok"
        ]
        problems += [
            f"{table} row {rowid} points at a missing {parent}"
            for table, rowid, parent, _ in connection.execute("PRAGMA foreign_key_check")
        ]
    return problems
