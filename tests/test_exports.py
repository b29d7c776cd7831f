"""Exports open well in a spreadsheet and import back unchanged."""

import csv
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from mss_training.cli import main
from mss_training.db import Database, open_database
from mss_training.errors import InputError
from mss_training.io.tables import write_table
from mss_training.models import Officer
from mss_training.services.exports import personnel_table, results_table
from mss_training.services.personnel import OfficerInput, add_officers
from mss_training.services.results_import import import_results
from mss_training.services.roster_import import import_roster, preview_roster_import
from tests.mission import ACTOR, set_up_for_the_command_line

TODAY = "2026-11-27"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    path = tmp_path_factory.mktemp("exports") / "demo.sqlite"
    assert main(["--db", str(path), "demo", "--officers", "150", "--today", TODAY]) == 0
    database = open_database(f"sqlite:///{path}")
    yield database
    database.close()


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_personnel_export_imports_back_unchanged(
    demo: Database, tmp_path: Path, suffix: str
) -> None:
    path = tmp_path / f"personnel{suffix}"
    with demo.reading() as session:
        table = personnel_table(session)
        count = write_table(path, table.headers, table.rows, title=table.title)
        preview = preview_roster_import(session, path)
    assert count == 150
    assert (preview.created, preview.updated, preview.unchanged, preview.rejected) == (
        0,
        0,
        150,
        (),
    )


def test_results_export_rebuilds_the_same_results_elsewhere(
    demo: Database, tmp_path: Path, database_url: str
) -> None:
    personnel, results = tmp_path / "personnel.xlsx", tmp_path / "results.csv"
    with demo.reading() as session:
        for table, path in (
            (personnel_table(session), personnel),
            (results_table(session), results),
        ):
            write_table(path, table.headers, table.rows)
        exported = sorted(map(tuple, results_table(session).rows), key=str)
    other = open_database(database_url)
    set_up_for_the_command_line(database_url)
    with other.transaction() as session:
        import_roster(session, personnel, ACTOR)
        import_results(session, results, ACTOR, today=dt.date(2026, 11, 27))
    with other.reading() as session:
        imported = sorted(map(tuple, results_table(session).rows), key=str)
    # Instructors of merged sessions may be listed together; everything else is the same.
    assert [row[:6] + row[7:] for row in imported] == [row[:6] + row[7:] for row in exported]
    other.close()


def test_xlsx_export_looks_right_in_a_spreadsheet(demo: Database, tmp_path: Path) -> None:
    path = tmp_path / "personnel.xlsx"
    assert (
        main(["--db", str(demo.url.removeprefix("sqlite:///")), "export", "personnel", str(path)])
        == 0
    )
    sheet = load_workbook(path).active
    assert sheet is not None
    assert [cell.value for cell in sheet[1]][:3] == ["service_number", "family_name", "given_names"]
    assert all(cell.font.bold for cell in sheet[1])
    assert sheet.freeze_panes == "A2"
    assert isinstance(sheet["J2"].value, dt.datetime)  # deployment_start: a real date
    assert sheet.column_dimensions["B"].width >= len("family_name")
    assert isinstance(sheet["A2"].value, str)  # service numbers stay text, zeros and all


def test_formula_like_names_are_harmless_and_exact(database_url: str, tmp_path: Path) -> None:
    set_up_for_the_command_line(database_url)
    database = open_database(database_url)
    names = ['=HYPERLINK("http://x")', "+1 555", "-Smith", "@SUM(A1)", "O'Brien <b>"]
    with database.transaction() as session:
        add_officers(
            session,
            [OfficerInput("JAM", f"J{index}", name, "Test") for index, name in enumerate(names)],
            ACTOR,
        )
    csv_path, xlsx_path = tmp_path / "p.csv", tmp_path / "p.xlsx"
    for path in (csv_path, xlsx_path):
        assert main(["--db", database_url, "export", "personnel", str(path)]) == 0
    with csv_path.open(encoding="utf-8-sig") as handle:
        written = {row["family_name"] for row in csv.DictReader(handle)}
    assert '\'=HYPERLINK("http://x")' in written and "O'Brien <b>" in written
    sheet = load_workbook(xlsx_path).active
    assert sheet is not None
    cells = [row[1] for row in sheet.iter_rows(min_row=2)]
    assert all(cell.data_type == "s" for cell in cells)
    assert {cell.value for cell in cells} == set(names)
    for path in (csv_path, xlsx_path):
        with database.reading() as session:
            preview = preview_roster_import(session, path)
        assert preview.unchanged == len(names), path
    with database.reading() as session:
        assert set(session.scalars(select(Officer.family_name))) == set(names)
    database.close()


def test_export_refuses_unknown_formats_and_leaves_no_half_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"\.csv or \.xlsx"):
        write_table(tmp_path / "out.pdf", ["a"], [["1"]])

    def failing_rows() -> Iterator[list[str]]:
        yield ["1"]
        raise OSError(28, "No space left on device")

    with pytest.raises(InputError, match="cannot be written"):
        write_table(tmp_path / "out.csv", ["a"], failing_rows())
    assert list(tmp_path.iterdir()) == []


def test_readiness_and_curriculum_exports(demo: Database, tmp_path: Path) -> None:
    db = demo.url.removeprefix("sqlite:///")
    readiness, curriculum = tmp_path / "r.csv", tmp_path / "c.xlsx"
    assert main(["--db", db, "export", "readiness", str(readiness), "--as-of", TODAY]) == 0
    assert main(["--db", db, "export", "curriculum", str(curriculum)]) == 0
    with readiness.open(encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    assert {row["requirement_status"] for row in rows} >= {"current", "missing"}
    sheet = load_workbook(curriculum).active
    assert sheet is not None and sheet.max_row == 23  # header and 22 modules
