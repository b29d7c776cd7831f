"""What every import shares: row problems, refusing a flawed file, finding contingents."""

from dataclasses import dataclass
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from mss_training.errors import InputError
from mss_training.io.columns import fold
from mss_training.messages import ngettext
from mss_training.models import Contingent


@dataclass(frozen=True)
class RowProblem:
    row: int
    reason: str


class ImportPreview(Protocol):
    @property
    def source(self) -> str: ...

    @property
    def rejected(self) -> tuple[RowProblem, ...]: ...


class ImportRejectedError(InputError):
    """An import refused because rows were rejected; ``preview`` says which and why."""

    def __init__(self, preview: ImportPreview, what: str) -> None:
        self.preview = preview
        count = len(preview.rejected)
        sentence = {
            "roster": ngettext(
                "{source}: {count} roster row rejected, so nothing was imported; correct it, "
                "or import the valid rows with --skip-invalid.",
                "{source}: {count} roster rows rejected, so nothing was imported; correct "
                "them, or import the valid rows with --skip-invalid.",
                count,
            ),
            "results": ngettext(
                "{source}: {count} results row rejected, so nothing was imported; correct it, "
                "or import the valid rows with --skip-invalid.",
                "{source}: {count} results rows rejected, so nothing was imported; correct "
                "them, or import the valid rows with --skip-invalid.",
                count,
            ),
            "hold": ngettext(
                "{source}: {count} hold row rejected, so nothing was imported; correct it, "
                "or import the valid rows with --skip-invalid.",
                "{source}: {count} hold rows rejected, so nothing was imported; correct "
                "them, or import the valid rows with --skip-invalid.",
                count,
            ),
        }[what]
        super().__init__(sentence.format(source=preview.source, count=count))


class ContingentNames:
    """Finds a contingent by ISO code or by its name in English, French or Spanish."""

    def __init__(self, session: Session) -> None:
        self.by_key: dict[str, tuple[int, str]] = {}
        for contingent in session.scalars(select(Contingent)):
            for name in (contingent.code, contingent.name, contingent.name_fr, contingent.name_es):
                if name:
                    self.by_key[fold(name)] = (contingent.id, contingent.code)
                    # "Haiti (Haitian National Police)" is also just "Haiti".
                    self.by_key.setdefault(
                        fold(name.split("(")[0]), (contingent.id, contingent.code)
                    )
            self.by_key.setdefault(fold(f"the {contingent.name}"), (contingent.id, contingent.code))

    def find(self, text: str) -> tuple[int, str] | None:
        return self.by_key.get(fold(text))
