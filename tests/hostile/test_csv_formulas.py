"""CSV exports are harmless whichever separator a spreadsheet splits them by, and import back
exactly.

French and Spanish spreadsheets split a CSV file by semicolons, and any spreadsheet may be
told to split by tabs: each of those characters, and each line break, can start a cell of
its own. A location "Range;=2+2" must not open as the formula =2+2 in any of those readings.
"""

import csv
import datetime as dt
import io
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mss_training.cli import main
from mss_training.db import open_database
from mss_training.io.sheets import read_rows
from mss_training.io.tables import write_table
from mss_training.services.personnel import OfficerInput, add_officers
from tests.hostile.fuzzing import FUZZ, NASTY
from tests.mission import ACTOR, set_up_for_the_command_line

SEPARATORS = (",", ";", "\t")
# A cell a spreadsheet would run as a formula: one of = + - @ after any blanks, tabs and line
# breaks, which some spreadsheets trim (OWASP's reason to list tab and carriage return).
FORMULA = re.compile(r"^[ \t\r\n]*[=+\-@]")
TRICKY = [
    "Range;=2+2", "Range,=2+2", "Range\t=2+2", "Camp ; =HYPERLINK(\"http://x\")", "a;+1", "a;-1",
    "a;@SUM(A1)", 'a;"=1+1"', "line\n=1+1", "cr\r=1+1", "a;'=typed", "a;''=typed", "=1;=2,=3",
    "a;\t=1", "a; \t =1", "O'Brien; fine", "plain text", "", "-", ";", "'", "';=",
]  # fmt: skip


def _cells_in_every_reading(raw: str) -> list[str]:
    """Every cell a spreadsheet could make of ``raw``: split by comma, semicolon or tab, with
    quotes honoured, and also with quotes ignored (as a reader that does not expect them)."""
    cells: list[str] = []
    for separator in SEPARATORS:
        for row in csv.reader(io.StringIO(raw, newline=""), delimiter=separator):
            cells.extend(row)
        for line in re.split(r"\r\n|\r|\n", raw):
            # Without quoting, a quote at a cell's start still opens a quoted cell in some.
            cells.extend(piece.lstrip('"') for piece in line.split(separator))
    return cells


def _write_notes(path: Path, notes: list[str]) -> str:
    write_table(path, ["number", "note"], [[index, note] for index, note in enumerate(notes)])
    return path.read_bytes().decode("utf-8-sig")


@pytest.mark.parametrize("note", TRICKY)
def test_no_reading_of_an_export_starts_a_formula(tmp_path: Path, note: str) -> None:
    raw = _write_notes(tmp_path / "notes.csv", [note])
    formulas = [cell for cell in _cells_in_every_reading(raw) if FORMULA.match(cell)]
    assert formulas == [], raw


def test_a_location_with_a_semicolon_is_text_in_a_french_spreadsheet(tmp_path: Path) -> None:
    raw = _write_notes(tmp_path / "notes.csv", ["Range;=2+2"])
    # French Excel splits by semicolons: the cell after the semicolon is text, not a formula.
    cells = [cell for row in csv.reader(io.StringIO(raw), delimiter=";") for cell in row]
    assert not any(cell.startswith("=") for cell in cells)
    assert "'=2+2" in cells[-1]


@FUZZ
@given(notes=st.lists(st.one_of(st.sampled_from(TRICKY + NASTY), st.text()), max_size=6))
def test_an_export_of_any_text_is_harmless_and_imports_back_exactly(
    tmp_path_factory: pytest.TempPathFactory, notes: list[str]
) -> None:
    notes = [note.replace("\x00", "") for note in notes]  # no stored text holds NUL
    path = tmp_path_factory.mktemp("fuzz") / "notes.csv"
    raw = _write_notes(path, notes)
    assert [cell for cell in _cells_in_every_reading(raw) if FORMULA.match(cell)] == []
    rows = list(read_rows(path))
    assert [row.cells[1] if len(row.cells) > 1 else "" for row in rows[1:]] == notes


def test_readiness_as_csv_on_the_command_line_is_neutralised_the_same_way(
    database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    set_up_for_the_command_line(database_url)
    with open_database(database_url) as database, database.transaction() as session:
        add_officers(session, [OfficerInput("KEN", "K900", "Otieno;=2+2", "Ann\t@x")], ACTOR)
    as_of = dt.date(2026, 11, 27).isoformat()
    capsys.readouterr()
    assert main(["--db", database_url, "readiness", "--format", "csv", "--as-of", as_of]) == 0
    raw = capsys.readouterr().out
    assert "Otieno;'=2+2" in raw
    assert [cell for cell in _cells_in_every_reading(raw) if FORMULA.match(cell)] == []
