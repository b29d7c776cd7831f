"""What merging a bundle did, or would do."""

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from mss_training.messages import _, ngettext
from mss_training.sync.bundle import Manifest
from mss_training.words import counted_records, field_name


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
    # Sessions added that look like one already here, recorded at another installation.
    likely_duplicates: int = 0

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
            _("Bundle from {sender}, made {created_at:%Y-%m-%d %H:%M} UTC").format(
                sender=self.sender, created_at=manifest.created_at
            )
            + (
                _(", results since {since:%Y-%m-%d %H:%M}").format(since=manifest.since)
                if manifest.since
                else ""
            )
            + "."
        ]
        if self.imported_before:
            lines.append(
                _("It was already imported on {imported_before:%Y-%m-%d %H:%M}.").format(
                    imported_before=self.imported_before
                )
            )
        added = _counted(self.added)
        said = _("Would add: {what}.") if dry_run else _("Added: {what}.")
        lines.append(said.format(what=added or _("nothing new")))
        changed = _counted(self.changed)
        if changed:
            said = _("Would change: {what}.") if dry_run else _("Changed: {what}.")
            lines.append(said.format(what=changed))
        lines += self.trail_notes
        if self.conflicts:
            count = len(self.conflicts)
            lines.append(
                (
                    ngettext(
                        "{count} officer was changed at two sites at once; both values would "
                        "be kept for a coordinator to choose:",
                        "{count} officers were changed at two sites at once; both values would "
                        "be kept for a coordinator to choose:",
                        count,
                    )
                    if dry_run
                    else ngettext(
                        "{count} officer was changed at two sites at once; both values are "
                        "kept for a coordinator to choose:",
                        "{count} officers were changed at two sites at once; both values are "
                        "kept for a coordinator to choose:",
                        count,
                    )
                ).format(count=count)
            )
            lines += [
                "  "
                + _("{officer}, {field}: kept {kept!r}, other {other!r}").format(
                    officer=note.officer,
                    field=field_name(note.field),
                    kept=note.kept,
                    other=note.other,
                )
                for note in self.conflicts[:20]
            ]
            if count > 20:
                lines.append("  " + _("and {count} more.").format(count=count - 20))
        if self.settled_conflicts:
            lines.append(
                ngettext(
                    "{count} earlier conflict was settled by a later edit.",
                    "{count} earlier conflicts were settled by later edits.",
                    self.settled_conflicts,
                ).format(count=self.settled_conflicts)
            )
        if self.likely_duplicates:
            lines.append(
                ngettext(
                    "{count} session looks like one already here recorded at another "
                    "installation: see `sync duplicates`.",
                    "{count} sessions look like one already here recorded at another "
                    "installation: see `sync duplicates`.",
                    self.likely_duplicates,
                ).format(count=self.likely_duplicates)
            )
        if dry_run:
            lines.append(_("Nothing was changed (dry run)."))
        return lines


def _counted(table: dict[str, int]) -> str:
    """E.g. "12 officers, 3 sessions", the kinds of records in the language in use."""
    return ", ".join(counted_records(what, n) for what, n in table.items() if n)
