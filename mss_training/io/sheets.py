"""Read the spreadsheets contingents keep (CSV as Excel and LibreOffice write it, or XLSX).

Everything comes out as text cells, row by row, with the spreadsheet's own row numbers,
so that a rejection can say "row 14" and mean the row the user sees.
"""

import codecs
import csv
import datetime as dt
import io
import operator
import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import repeat
from pathlib import Path
from typing import Any, BinaryIO

from mss_training.errors import InputError
from mss_training.io.xlsx_limits import MAX_CELL_CHARACTERS, check_workbook_archive
from mss_training.messages import N_, _

CSV_DELIMITERS = ",;\t"
# What one import holds, so that reading a sheet and planning its rows stay well under
# 500 MB of memory: a roster of 100,000 officers of eleven columns, written in full,
# took 455 MB to import. The mission's rosters hold up to 50,000 officers.
MAX_SHEET_ROWS = 75_000
MAX_SHEET_COLUMNS = 200
MAX_SHEET_CELLS = 1_500_000
MAX_SHEET_CHARACTERS = 30_000_000
MAX_CSV_BYTES = 4 * MAX_SHEET_CHARACTERS  # the most that text takes as UTF-8
# An apostrophe is how exports neutralise cells a spreadsheet would run as formulas:
# those starting with OWASP's list, = + - @, a tab or a carriage return.
# A spreadsheet may split a CSV file by comma, semicolon or tab (French and Spanish ones use
# semicolons), and a reader that ignores quotes starts a cell after a line break or a quote:
# a cell can start after any of these, not only at the start of a field.
_CELL_START = r"(?:^|(?<=[,;\t\r\n\"]))"
# At a cell start, apostrophes already there, blanks (some readers trim them), a formula's
# first character: one more apostrophe goes before them, and is the one the import removes,
# so that text the user typed with apostrophes comes back exactly.
_FORMULA_AHEAD = r"(?='* *[=+\-@\t\r])"
_UNGUARDED = re.compile(_CELL_START + _FORMULA_AHEAD)
_GUARDED = re.compile(_CELL_START + "'" + _FORMULA_AHEAD)


@dataclass(frozen=True, slots=True)  # slots: an import holds every row of the sheet
class SheetRow:
    number: int  # as the spreadsheet numbers it, from 1
    cells: tuple[str, ...]

    def is_blank(self) -> bool:
        return not "".join(self.cells).strip()


def _decode(data: bytes, path: Path) -> str:
    """Text of a CSV file in the encodings Excel and LibreOffice write."""
    if data.startswith(codecs.BOM_UTF8):
        body = data[len(codecs.BOM_UTF8) :]
        try:
            return body.decode("utf-8")
        except UnicodeDecodeError as error:
            # The BOM says UTF-8 (Excel's "CSV UTF-8"): a line that is not was pasted in.
            raise _not_like_the_rest(path, body.count(b"\n", 0, error.start) + 1) from None
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError(
                _("{name} says it is UTF-16 but is not readable as such.").format(name=path.name)
            ) from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        # Excel on Windows saves "CSV" in the Windows code page.
        return _windows_1252(data, path)


_ONE_ENCODING = N_("save the whole file in one encoding (CSV UTF-8) and import it again")


def _not_like_the_rest(path: Path, line: int) -> InputError:
    return InputError(
        _("{name}: line {line} is not UTF-8 like the rest of the file; {advice}.").format(
            name=path.name, line=line, advice=_(_ONE_ENCODING)
        )
    )


def _windows_1252(data: bytes, path: Path) -> str:
    """Text of a file that is not UTF-8, if it is wholly Windows-1252.

    A file whose lines were pasted together from both (some UTF-8, some not) is refused
    with the line that differs from the rest: decoded whole either way, some names would
    be stored garbled ("Dorélien" as "DorÃ©lien").
    """
    utf8_lines: list[int] = []
    other_lines: list[int] = []
    # A line break is never part of a UTF-8 character, so each line can be tried alone.
    for number, line in enumerate(data.split(b"\n"), start=1):
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
            utf8_lines.append(number)
        except UnicodeDecodeError:
            other_lines.append(number)
    if utf8_lines and len(utf8_lines) >= len(other_lines):
        raise _not_like_the_rest(path, other_lines[0])
    if utf8_lines:
        raise InputError(
            _(
                "{name}: line {utf8_lines} is UTF-8, unlike the rest of the file "
                "(Windows-1252); {advice}."
            ).format(name=path.name, utf8_lines=utf8_lines[0], advice=_(_ONE_ENCODING))
        )
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError as error:
        # Five bytes mean nothing in Windows-1252: the file is in some other encoding.
        number = data.count(b"\n", 0, error.start) + 1
        raise InputError(
            _(
                "{name}: line {number} is neither UTF-8 nor Windows-1252; save the file "
                "as CSV UTF-8 and import it again."
            ).format(name=path.name, number=number)
        ) from None


def _delimiter(text: str) -> str:
    """The delimiter that splits the first lines most consistently."""
    lines = [line for line in text.splitlines()[:20] if line.strip()]
    if not lines:
        return ","
    best, best_score = ",", -1
    for delimiter in CSV_DELIMITERS:
        counts = [len(next(csv.reader([line], delimiter=delimiter))) for line in lines]
        if max(counts) < 2:
            continue
        # Many columns, the same on every line, wins.
        score = min(counts) * 10 + (100 if len(set(counts)) == 1 else 0)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def neutralise_formulas(text: str) -> str:
    """``text`` with an apostrophe wherever a spreadsheet could start a cell that runs as a
    formula, whatever separator it splits the file by: "Range;=2+2" is "Range;'=2+2"."""
    return _UNGUARDED.sub("'", text)


def restore_formulas(text: str) -> str:
    """The text :func:`neutralise_formulas` was given: each apostrophe it added taken away."""
    return _GUARDED.sub("", text)


def read_csv_rows(path: Path) -> Iterator[SheetRow]:
    try:
        if path.stat().st_size > MAX_CSV_BYTES:
            raise InputError(
                _("{name} is larger than {limit:,} bytes, more than any sheet.").format(
                    name=path.name, limit=MAX_CSV_BYTES
                )
            )
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(_("There is no file {path}.").format(path=path)) from None
    except OSError as error:
        raise InputError(
            _("{path} cannot be read ({strerror}).").format(path=path, strerror=error.strerror)
        ) from None
    text = _decode(data, path)
    # No text holds NUL, and PostgreSQL could not store it: it is a binary file.
    if "\x00" in text:
        raise InputError(
            _("{name} is not a text file; save the sheet as CSV or XLSX.").format(name=path.name)
        )
    try:
        # Finding the delimiter reads the first lines, which may be unreadable already.
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
        for number, cells in enumerate(reader, start=1):
            # Few rows hold an apostrophe at all: look for one before looking at each cell.
            neutralised = "'" in "".join(cells)
            yield SheetRow(number, tuple(map(restore_formulas, cells) if neutralised else cells))
    except csv.Error as error:
        raise InputError(
            _("{name} is not a readable CSV file ({error}).").format(name=path.name, error=error)
        ) from None


def _cell_text(value: Any, number_format: str | None) -> str:
    """What the user sees in a cell, as text: 00123 stays 00123, 42.0 is 42."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, dt.datetime):
        if value.time() == dt.time():
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, int | float):
        if float(value).is_integer():
            text = str(int(value))
            # A number shown with leading zeros ("00000" format) keeps them.
            if number_format and re.fullmatch(r"0+", number_format):
                text = text.zfill(len(number_format))
            return text
        return repr(float(value))
    return str(value)


def _not_readable(path: Path, error: BaseException) -> InputError:
    return InputError(
        _("{name} is not a readable XLSX workbook ({error}).").format(name=path.name, error=error)
    )


def _checked_size(handle: BinaryIO, path: Path) -> None:
    """Refuse a workbook that unpacks to more than any real sheet would (a "zip bomb")."""
    try:
        check_workbook_archive(handle, path.name)
    except InputError:
        raise
    except Exception as error:  # whatever zipfile or zlib raise, the archive is damaged
        raise _not_readable(path, error) from None


def _workbook_cells(path: Path) -> Iterator[tuple[tuple[Any, str | None], ...]]:
    """(value, number format) of each cell, row by row, blank rows as empty tuples.

    A damaged workbook can fail anywhere inside openpyxl (in the zip, the XML or the
    styles, with whatever exception its parser raises), so any failure of openpyxl is
    the file's fault and becomes one plain error. The file is opened here, not by
    openpyxl, which leaves it open when it fails half-way.
    """
    # Slow to import; only spreadsheets need them.
    from openpyxl import load_workbook
    from openpyxl.cell.read_only import EMPTY_CELL

    try:
        handle = path.open("rb")
    except FileNotFoundError:
        raise InputError(_("There is no file {path}.").format(path=path)) from None
    except OSError as error:
        raise InputError(
            _("{path} cannot be read ({strerror}).").format(path=path, strerror=error.strerror)
        ) from None
    with handle:
        _checked_size(handle, path)
        try:
            workbook = load_workbook(handle, read_only=True, data_only=True)
        except Exception as error:
            raise _not_readable(path, error) from None
        try:
            yield from _sheet_cells(workbook, path, EMPTY_CELL)
        finally:
            workbook.close()


def _sheet_cells(
    workbook: Any, path: Path, empty_cell: object
) -> Iterator[tuple[tuple[Any, str | None], ...]]:
    if not workbook.worksheets:
        raise InputError(_("{name} has no worksheet.").format(name=path.name))
    sheet = workbook.worksheets[0]
    # The stated dimensions are not trusted: "A1:XFD1048576" in a 2 KB file would
    # otherwise pad every row to 16,384 cells and every gap with empty rows.
    sheet.reset_dimensions()
    rows = sheet.iter_rows(max_col=MAX_SHEET_COLUMNS)
    gap: tuple[Any, ...] | None = None
    cells: tuple[tuple[Any, str | None], ...]
    while True:
        try:
            row = next(rows, None)
            if row is None:
                return
            # openpyxl fills each gap between rows with one same tuple: skip it quickly.
            # It pads every row to max_col with empty cells: they are left out, or each
            # row of two cells would be read as 200. (The flags are made in C, quickly.)
            filled = b"" if row is gap else bytes(map(operator.is_not, row, repeat(empty_cell)))
            end = filled.rfind(1) + 1
            if not end:
                gap, cells = row, ()
            else:
                cells = tuple(
                    (getattr(cell, "value", None), getattr(cell, "number_format", None))
                    for cell in row[:end]
                )
        except Exception as error:
            raise _not_readable(path, error) from None
        yield cells


def read_xlsx_rows(path: Path) -> Iterator[SheetRow]:
    for number, cells in enumerate(_workbook_cells(path), start=1):
        if number > MAX_SHEET_ROWS:  # checked before the row is read: gaps count too
            raise _too_many_rows(path)
        texts = [_cell_text(value, number_format) for value, number_format in cells]
        while texts and not texts[-1]:
            texts.pop()
        if texts:  # blank rows are skipped by every reader; not making them saves memory
            yield SheetRow(number, tuple(texts))


def _too_many_rows(path: Path) -> InputError:
    return InputError(
        _("{name} has more than {MAX_SHEET_ROWS:,} rows.").format(
            name=path.name, MAX_SHEET_ROWS=MAX_SHEET_ROWS
        )
    )


def _within_limits(rows: Iterator[SheetRow], path: Path) -> Iterator[SheetRow]:
    """``rows``, refused in one sentence as soon as they pass a limit of what is held."""
    cells = characters = 0
    for row in rows:
        if row.number > MAX_SHEET_ROWS:
            raise _too_many_rows(path)
        cells += len(row.cells)
        size = sum(map(len, row.cells))
        characters += size
        if size > MAX_CELL_CHARACTERS and max(map(len, row.cells)) > MAX_CELL_CHARACTERS:
            raise InputError(
                _(
                    "{name}: row {number} has a cell of more than {limit:,} "
                    "characters, more than a spreadsheet cell holds."
                ).format(name=path.name, number=row.number, limit=MAX_CELL_CHARACTERS)
            )
        if cells > MAX_SHEET_CELLS:
            raise InputError(
                _("{name} has more than {limit:,} cells.").format(
                    name=path.name, limit=MAX_SHEET_CELLS
                )
            )
        if characters > MAX_SHEET_CHARACTERS:
            raise InputError(
                _("{name} holds more than {limit:,} characters of text.").format(
                    name=path.name, limit=MAX_SHEET_CHARACTERS
                )
            )
        yield row


def read_rows(path: Path) -> Iterator[SheetRow]:
    """The rows of a CSV or XLSX file, by its extension, within the limits of one import."""
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return _within_limits(read_xlsx_rows(path), path)
    if suffix in (".csv", ".txt", ".tsv"):
        return _within_limits(read_csv_rows(path), path)
    if suffix == ".xls":
        raise InputError(
            _(
                "{name} is an old Excel 97-2003 file; save it as .xlsx or .csv and try again."
            ).format(name=path.name)
        )
    raise InputError(_("{name} is neither a CSV nor an XLSX file.").format(name=path.name))
