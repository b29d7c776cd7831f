"""Importing a spreadsheet through the wizard, exporting from the File menu, cancelling safely."""

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from mss_training.models import Officer
from mss_training.progress import CancelledError, Progress
from mss_training.services.roster_import import import_roster
from tests.mission import ACTOR
from tests.sheets import write_csv
from tests.ui.conftest import Window

HEADER = ["Matricule", "Nom", "Prénom(s)", "Pays", "Rôle(s)"]


def count_officers(window: Window) -> int:
    with window.main.context.database.reading() as session:
        return session.scalar(select(func.count()).select_from(Officer)) or 0


def test_import_wizard_previews_rejections_and_imports_the_rest(
    window: Window, qtbot: QtBot, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "benin.csv",
        [
            HEADER,
            ["BJ-1001", "Zinsou", "Afiavi", "Bénin", "FPU"],
            ["BJ-1002", "Dossou", "Rodrigue", "Bénin", "FPU"],
            ["BJ-1003", "Agossou", "Armel", "Atlantide", "FPU"],
        ],
        delimiter=";",
        bom=True,
    )
    before = count_officers(window)
    qtbot.keyClick(window.main, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    wizard = window.main.import_wizard
    wizard.file_page.path.setText(str(path))
    wizard.next()
    page = wizard.preview_page
    qtbot.waitUntil(lambda: page.preview is not None, timeout=5000)
    details = {page.rows.row_values(r)[0]: page.rows.row_values(r)[1:] for r in range(3)}
    assert details[4] == ["rejected", "unknown contingent 'Atlantide'"]
    assert page.rows.row_values(0)[0] == 4  # the rejected row is listed first
    assert "1 row rejected" in page.summary.text()
    assert details[2][0] == "create"
    assert not page.isComplete()  # a rejected row blocks the import...
    assert count_officers(window) == before  # ...and the preview wrote nothing
    page.skip_invalid.setChecked(True)
    assert page.isComplete()
    with qtbot.waitSignal(window.main.imported, timeout=10000) as done:
        wizard.button(QWizard.WizardButton.FinishButton).click()
        window.settle()
    assert "2 officers added" in done.args[0]
    assert count_officers(window) == before + 2


def test_a_column_can_be_mapped_by_hand_in_the_wizard(
    window: Window, qtbot: QtBot, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "odd.csv",
        [
            ["Force No", "Surname", "Forenames", "Posting country"],
            ["K-77", "Mutua", "Peter", "KEN"],
        ],
    )
    window.main.import_spreadsheet()
    wizard = window.main.import_wizard
    wizard.file_page.path.setText(str(path))
    wizard.next()
    page = wizard.preview_page
    qtbot.waitUntil(lambda: "contingent" in page.summary.text(), timeout=5000)
    assert page.preview is None  # no contingent column was recognised
    combo = page._combos["Posting country"]
    combo.setCurrentIndex(combo.findData("contingent"))
    qtbot.mouseClick(page.recheck, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.preview is not None, timeout=5000)
    assert page.rows.row_values(0)[1] == "create"
    assert page.isComplete()
    wizard.reject()


def test_export_from_the_file_menu(window: Window, qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "personnel.xlsx"
    with qtbot.waitSignal(window.main.exported, timeout=10000):
        window.main.export_to("personnel", path)
        window.settle()
    sheet = load_workbook(path).active
    assert sheet is not None and sheet.max_row == count_officers(window) + 1


def test_a_cancelled_import_changes_nothing(window: Window, tmp_path: Path) -> None:
    rows = [HEADER, *[[f"BJ-{n}", "Zinsou", "Afiavi", "BEN", "FPU"] for n in range(2000, 3200)]]
    path = write_csv(tmp_path / "big.csv", rows)
    before = count_officers(window)
    progress = Progress()
    seen: list[int] = []

    def report(done: int, _total: int, _what: str) -> None:
        seen.append(done)
        if done >= 500:
            progress.cancel()

    progress = Progress(report)
    with pytest.raises(CancelledError), window.main.context.database.transaction() as session:
        import_roster(session, path, ACTOR, progress=progress)
    assert seen and count_officers(window) == before
