"""A session being recorded, kept on disk as it is typed, so that no slip loses it.

One draft per database and account, in the user's data folder, rewritten whole (a
temporary file, then a rename) on every change: closing the window, a crash or a power
cut leaves the last complete draft, which the window offers again on the next start.
"""

import contextlib
import hashlib
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

from mss_training.config import data_dir
from mss_training.keystore import write_private
from mss_training.services.personnel import OfficerRow


@dataclass(frozen=True)
class DraftResult:
    """One attendee's line as typed: ticked as present or not, and the result's text."""

    officer_id: int
    attended: bool = True
    typed: str = ""


@dataclass(frozen=True)
class SessionDraft:
    """Everything the wizard holds; dates as typed, since a half-typed date is kept too."""

    module: str = ""
    starts_on: str = ""
    ends_on: str = ""
    location: str = ""
    instructors: str = ""
    language: str = "en"
    attendees: tuple[OfficerRow, ...] = ()
    results: tuple[DraftResult, ...] = ()
    page: int = 0
    saved_at: str = field(default="", compare=False)

    @property
    def has_entries(self) -> bool:
        """Whether anything was typed or chosen that would be a loss to throw away."""
        return bool(
            self.location.strip()
            or self.instructors.strip()
            or self.attendees
            or any(result.typed.strip() or not result.attended for result in self.results)
        )


def draft_path(database_url: str, username: str) -> Path:
    """Where the draft of ``username`` on this database lives (the URL hashed, not shown)."""
    key = hashlib.sha256(f"{database_url}\0{username}".encode()).hexdigest()[:24]
    return data_dir() / "drafts" / f"session-{key}.json"


def save_draft(path: Path, draft: SessionDraft) -> None:
    """Write the whole draft at once: a reader finds the old one or the new one, never half."""
    write_private(path, json.dumps(asdict(draft), ensure_ascii=False, indent=1).encode("utf-8"))


def load_draft(path: Path) -> SessionDraft | None:
    """The draft kept at ``path``, or None if there is none or it cannot be read."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return SessionDraft(
            module=str(data["module"]),
            starts_on=str(data["starts_on"]),
            ends_on=str(data["ends_on"]),
            location=str(data["location"]),
            instructors=str(data["instructors"]),
            language=str(data["language"]),
            attendees=tuple(OfficerRow(**row) for row in data["attendees"]),
            results=tuple(DraftResult(**row) for row in data["results"]),
            page=int(data["page"]),
            saved_at=str(data.get("saved_at", "")),
        )
    except (OSError, ValueError, KeyError, TypeError):
        # A draft from an older version or a damaged file is not worth an error: it was
        # only ever a convenience, and the database is untouched by it.
        return None


def discard_draft(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
