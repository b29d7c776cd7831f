"""Write a table to CSV or XLSX the way spreadsheet users expect to open it."""

import csv
import datetime as dt
import os
import re
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from mss_training.errors import InputError
from mss_training.io.sheets import neutralise_formulas
from mss_training.messages import _

Cell = str | int | float | dt.date | None
MAX_COLUMN_WIDTH = 60
ILLEGAL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
WIDTH_SAMPLE_ROWS = 2000


def _xlsx_text(value: str) -> str:
    """XLSX is XML, which cannot hold most control characters: they are left out."""
    return ILLEGAL_CHARACTERS.sub("", value)


def csv_cell(value: Cell) -> str:
    """A cell as CSV text, formulas neutralised (CSV injection): text that a spreadsheet
    would run as a formula, in whichever cell of whichever separator it falls, gets an
    apostrophe, which the import takes away again."""
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return neutralise_formulas(value) if isinstance(value, str) else str(value)


def _write_csv(path: Path, headers: Sequence[str], rows: Iterable[Sequence[Cell]]) -> int:
    count = 0
    # UTF-8 with a BOM: Excel then shows accents right when the file is double-clicked.
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(headers)
        for row in rows:
            writer.writerow([csv_cell(value) for value in row])
            count += 1
    return count


def _write_xlsx(
    path: Path, headers: Sequence[str], rows: Iterable[Sequence[Cell]], title: str
) -> int:
    from openpyxl import Workbook  # slow to import; only spreadsheets need it
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    materialised = [list(row) for row in rows]
    widths = [len(header) for header in headers]
    for row in materialised[:WIDTH_SAMPLE_ROWS]:
        for index, value in enumerate(row):
            text = value.isoformat() if isinstance(value, dt.date) else str(value or "")
            widths[index] = max(widths[index], len(text))
    workbook = Workbook(write_only=True)
    sheet: Any = workbook.create_sheet(title[:31])
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = min(width + 2, MAX_COLUMN_WIDTH)
    sheet.freeze_panes = "A2"
    from openpyxl.cell import WriteOnlyCell

    bold = Font(bold=True)
    header_cells = []
    for header in headers:
        cell = WriteOnlyCell(sheet, value=header)
        cell.font = bold
        header_cells.append(cell)
    sheet.append(header_cells)
    for row in materialised:
        cells = []
        for value in row:
            cell = WriteOnlyCell(
                sheet, value=_xlsx_text(value) if isinstance(value, str) else value
            )
            if isinstance(value, str):
                # Text stays text: "=1+1" is a name someone typed, not a formula to run.
                cell.data_type = "s"
            elif isinstance(value, dt.date):
                cell.number_format = "yyyy-mm-dd"
            cells.append(cell)
        sheet.append(cells)
    workbook.save(path)
    return len(materialised)


def write_table(
    path: Path, headers: Sequence[str], rows: Iterable[Sequence[Cell]], *, title: str = "Sheet1"
) -> int:
    """Write ``rows`` under ``headers`` to a .csv or .xlsx file; return the number of rows.

    The file is written beside its destination and moved into place at the end, so a
    failure never leaves half a file where the user expects the whole.
    """
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise InputError(_("Export to a .csv or .xlsx file, not {name}.").format(name=path.name))
    if not path.parent.is_dir():
        raise InputError(_("The folder {parent} does not exist.").format(parent=path.parent))
    handle, temporary = tempfile.mkstemp(suffix=suffix, dir=path.parent, prefix=".export-")
    os.close(handle)
    partial = Path(temporary)
    try:
        if suffix == ".csv":
            count = _write_csv(partial, headers, rows)
        else:
            count = _write_xlsx(partial, headers, rows, title)
        partial.replace(path)
    except OSError as error:
        raise InputError(
            _("{path} cannot be written ({strerror}).").format(path=path, strerror=error.strerror)
        ) from None
    finally:
        partial.unlink(missing_ok=True)
    return count
