"""Recognise spreadsheet columns by the names contingents give them, in English, French, Spanish."""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import operator
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from mss_training.errors import InputError
from mss_training.messages import _

if TYPE_CHECKING:
    # The reader (csv, codecs, the XLSX limits) is imported only when a sheet is read, so
    # that building the command line's parser, which names the fields, does not pay for it.
    from mss_training.io.sheets import SheetRow

HEADER_SEARCH_ROWS = 15

ROSTER_FIELDS: dict[str, tuple[str, ...]] = {
    "service_number": (
        "service number", "service no", "service nr", "service id", "svc no", "force number",
        "force no", "personal number", "regimental number", "badge number", "id number",
        "matricule", "numero de matricule", "no matricule", "numero matricule", "n de matricule",
        "numero de placa", "placa", "no de placa", "numero de servicio", "numero de identificacion",
    ),
    "family_name": (
        "family name", "surname", "last name", "nom", "nom de famille", "apellidos", "apellido",
    ),
    "given_names": (
        "given names", "given name", "first name", "first names", "forenames", "other names",
        "prenom", "prenoms", "nombres", "nombre",
    ),
    "rank": ("rank", "grade", "rango", "grado"),
    "contingent": (
        "contingent", "country", "pays", "pais", "contingente", "nationality", "nationalite",
        "nacionalidad",
    ),
    "unit": ("unit", "unite", "unidad", "formation"),
    "roles": (
        "roles", "role", "function", "functions", "fonction", "fonctions", "funcion", "funciones",
    ),
    "gender": ("gender", "sex", "sexe", "sexo", "genre", "genero"),
    "status": ("status", "statut", "estado", "situacion"),
    "deployment_start": (
        "deployment start", "deployed on", "date of deployment", "arrival", "arrival date",
        "date d arrivee", "debut du deploiement", "fecha de despliegue", "fecha de llegada",
    ),
    "deployment_end": (
        "deployment end", "end of deployment", "departure", "departure date", "date de depart",
        "fin du deploiement", "fecha de salida", "fin del despliegue",
    ),
}  # fmt: skip

RESULTS_FIELDS: dict[str, tuple[str, ...]] = {
    "service_number": ROSTER_FIELDS["service_number"],
    "contingent": ROSTER_FIELDS["contingent"],
    "module_code": (
        "module code", "module", "course code", "course", "code module", "code du module",
        "cours", "codigo del modulo", "codigo de modulo", "modulo", "curso",
    ),
    "date": (
        "date", "completed on", "completion date", "date of training", "training date",
        "date de formation", "fecha", "fecha de capacitacion", "fecha de formacion",
    ),
    "outcome": ("outcome", "result", "resultat", "resultado", "pass fail"),
    "score": ("score", "mark", "marks", "note", "puntuacion", "puntaje", "nota", "calificacion"),
    "instructor": (
        "instructor", "instructors", "trainer", "instructeur", "formateur", "instructora",
    ),
    "location": ("location", "venue", "site", "place", "lieu", "lugar", "sede"),
}  # fmt: skip


# Cached: an import folds the same few contingent, role and status names on every row.
@functools.lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """Lower case, no accents, no punctuation or spaces: "Prénom(s)" is "prenoms"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    return re.sub(r"[^a-z0-9]", "", plain)


@dataclass(frozen=True)
class ColumnMap:
    """Which column holds which field, found in the header row."""

    header_row: int
    fields: dict[str, int]  # field -> column index
    headers: tuple[str, ...]

    def source_of(self, field: str) -> str:
        return self.headers[self.fields[field]]

    @property
    def ignored(self) -> tuple[str, ...]:
        used = set(self.fields.values())
        return tuple(
            header
            for index, header in enumerate(self.headers)
            if header.strip() and index not in used
        )

    def value(self, row: SheetRow, field: str) -> str:
        index = self.fields.get(field)
        if index is None or index >= len(row.cells):
            return ""
        return row.cells[index].strip()

    def values(self, row: SheetRow) -> dict[str, str]:
        """Every mapped field's cell in ``row``, stripped; empty where a short row ends."""
        cells = row.cells
        if len(cells) < self._width:
            cells += ("",) * (self._width - len(cells))
        return dict(zip(self.fields, map(str.strip, self._pick(cells)), strict=True))

    @functools.cached_property
    def _width(self) -> int:
        return max(self.fields.values()) + 1

    @functools.cached_property
    def _pick(self) -> Callable[[tuple[str, ...]], tuple[str, ...]]:
        # A row's mapped cells in one call; itemgetter of one index returns a lone cell.
        pick = operator.itemgetter(*self.fields.values())
        return pick if len(self.fields) > 1 else lambda cells: (pick(cells),)


def parse_mapping(pairs: Sequence[str], known: Iterable[str]) -> dict[str, str]:
    """``["Matricule=service_number"]`` as {folded source header: field}."""
    fields = set(known)
    mapping: dict[str, str] = {}
    for pair in pairs:
        source, separator, field = pair.partition("=")
        field = field.strip()
        if not separator or not source.strip():
            raise InputError(
                _("Write a column mapping as HEADER=FIELD, not {pair!r}.").format(pair=pair)
            )
        if field not in fields:
            raise InputError(
                _("{field!r} is not a field to map to; use one of {fields}.").format(
                    field=field, fields=", ".join(sorted(fields))
                )
            )
        mapping[fold(source)] = field
    return mapping


def find_columns(
    rows: Sequence[SheetRow],
    synonyms: Mapping[str, Sequence[str]],
    required: Sequence[str],
    mapping: Mapping[str, str],
    source: str,
) -> ColumnMap:
    """Find the header row (a title may stand above it) and match its cells to fields."""
    lookup = {fold(name): field for field, names in synonyms.items() for name in names}
    lookup.update({fold(field): field for field in synonyms})
    lookup.update(mapping)
    best: ColumnMap | None = None
    for row in rows[:HEADER_SEARCH_ROWS]:
        fields: dict[str, int] = {}
        for index, cell in enumerate(row.cells):
            field = lookup.get(fold(cell))
            if field is not None and field not in fields:
                fields[field] = index
        if len(fields) >= 2 and (best is None or len(fields) > len(best.fields)):
            best = ColumnMap(row.number, fields, row.cells)
    if best is None:
        raise InputError(
            _(
                "{source} has no header row naming its columns (such as service number, "
                "family name, contingent) in its first rows."
            ).format(source=source)
        )
    missing = [field for field in required if field not in best.fields]
    if missing:
        names = ", ".join(missing)
        raise InputError(
            _(
                "{source} has no column for {names}; name it in the header row, or map a "
                'column with --map "Header={missing}".'
            ).format(source=source, names=names, missing=missing[0])
        )
    return best


DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%Y/%m/%d", "%Y-%m-%d %H:%M:%S")


# Cached: a roster repeats the same few deployment dates, and strptime is slow.
@functools.lru_cache(maxsize=4096)
def parse_sheet_date(text: str) -> dt.date:
    """A date as spreadsheets hold it: ISO, or day first (31/01/2026) as contingents write it."""
    for pattern in DATE_FORMATS:
        try:
            return dt.datetime.strptime(text.strip(), pattern).date()
        except ValueError:
            continue
    raise ValueError(text)


def split_list(text: str) -> tuple[str, ...]:
    """Several values in one cell, separated by ; or | (or a comma)."""
    return tuple(part.strip() for part in re.split(r"[;|,]", text) if part.strip())


def read_sheet(
    path: Path,
    mapping: Mapping[str, str],
    required: tuple[str, ...],
    synonyms: dict[str, tuple[str, ...]],
) -> tuple[ColumnMap, list[SheetRow]]:
    """The column map of a sheet and its data rows (below the header, blank rows left out)."""
    from mss_training.io.sheets import read_rows

    rows = list(read_rows(path))
    columns = find_columns(rows, synonyms, required, mapping, path.name)
    data = [row for row in rows if row.number > columns.header_row and not row.is_blank()]
    return columns, data


def likely_headers(path: Path) -> list[str]:
    """The cells of the first row that has two or more filled cells: probably the header."""
    # Only the first rows are read: the header is among them.
    from mss_training.io.sheets import read_rows

    for row in itertools.islice(read_rows(path), HEADER_SEARCH_ROWS):
        cells = [cell.strip() for cell in row.cells if cell.strip()]
        if len(cells) >= 2:
            return cells
    return []
