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
    # What witnessing the sender's trail found: a rollback and what it lost (sync/witness.py).
    trail_notes: list[str] = field(default_factory=list)

    @property
    def changes_anything(self) -> bool:
        return bool(any(self.added.values()) or any(self.changed.values()) or self.conflicts)

    def count(self, table: dict[str, int], what: str, number: int = 1) -> None:
        if number == 0:
            return
        table[what] = table.get(what, 0) + number

    def lines(self, *, dry_run: bool) -> list[str]:
        """What the import did, or would do, in plain sentences."""
        manifest = self.manifest
        lines = [
            f"Bundle from {self.sender}, made {manifest.created_at:%Y-%m-%d %H:%M} UTC"
            + (f", results since {manifest.since:%Y-%m-%d %H:%M}" if manifest.since else "")
            + "."
        ]
        if self.imported_before:
            lines.append(f"It was already imported on {self.imported_before:%Y-%m-%d %H:%M}.")
        verb = "Would add" if dry_run else "Added"
        added = ", ".join(f"{n:,} {what}" for what, n in self.added.items() if n)
        lines.append(f"{verb}: {added or 'nothing new'}.")
        changed = ", ".join(f"{n:,} {what}" for what, n in self.changed.items() if n)
        if changed:
            lines.append(f"{'Would change' if dry_run else 'Changed'}: {changed}.")
        lines += self.trail_notes
        if self.conflicts:
            count = len(self.conflicts)
            lines.append(
                f"{count} {'officer was' if count == 1 else 'officers were'} changed at two "
                f"sites at once; both values {'would be' if dry_run else 'are'} kept for a "
                "coordinator to choose:"
            )
            lines += [
                f"  {note.officer}, {note.field.replace('_', ' ')}: kept {note.kept!r}, "
                f"other {note.other!r}"
                for note in self.conflicts[:20]
            ]
            if count > 20:
                lines.append(f"  and {count - 20} more.")
        if self.settled_conflicts:
            lines.append(f"{self.settled_conflicts} earlier conflicts were settled by later edits.")
        if dry_run:
            lines.append("Nothing was changed (dry run).")
        return lines
