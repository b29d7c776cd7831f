"""What merging a bundle did, or would do."""

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from mss_training.sync.bundle import Manifest


@dataclass(frozen=True)
class ConflictNote:
    officer: str
    field: str
    kept: Any
    other: Any


@dataclass
class MergeReport:
    manifest: Manifest
    sender: str
    imported_before: dt.datetime | None = None
    added: dict[str, int] = field(default_factory=dict)
    changed: dict[str, int] = field(default_factory=dict)
    conflicts: list[ConflictNote] = field(default_factory=list)
    settled_conflicts: int = 0

    @property
    def changes_anything(self) -> bool:
        return bool(any(self.added.values()) or any(self.changed.values()) or self.conflicts)

    def count(self, table: dict[str, int], what: str, number: int = 1) -> None:
        if number == 0:
            return
        table[what] = table.get(what, 0) + number
