"""Spreadsheet files written the way Excel and LibreOffice write them, for import tests."""

import csv
import io
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook

Rows = Sequence[Sequence[Any]]


def write_csv(
    path: Path,
    rows: Rows,
    *,
    delimiter: str = ",",
    encoding: str = "utf-8",
    bom: bool = False,
    trailing_blank_rows: int = 0,
) -> Path:
    """A CSV file; Excel's "CSV UTF-8" adds a BOM, French and Spanish Excel use ';'."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerows(rows)
    for _ in range(trailing_blank_rows):
        writer.writerow([""] * len(rows[0]))
    data = buffer.getvalue().encode(encoding)
    if bom and encoding == "utf-8":
        data = b"\xef\xbb\xbf" + data
    path.write_bytes(data)
    return path


def write_xlsx(
    path: Path,
    rows: Rows,
    *,
    title_rows: Sequence[str] = (),
    number_formats: dict[int, str] | None = None,
    merge_title: bool = False,
) -> Path:
    """An XLSX workbook, optionally with a title above the header and formatted columns."""
    workbook = Workbook()
    sheet: Any = workbook.active
    for title in title_rows:
        sheet.append([title])
    if merge_title and title_rows:
        sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(rows[0]))
    start = sheet.max_row + 1 if title_rows else 1
    for offset, row in enumerate(rows):
        for column, value in enumerate(row, start=1):
            cell = sheet.cell(row=start + offset, column=column, value=value)
            if number_formats and column in number_formats and offset > 0:
                cell.number_format = number_formats[column]
    workbook.save(path)
    return path
