"""A commander takes a signed readiness snapshot from Reports, and re-checks it later."""

import io
import os
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from mss_training.ui.dialogs.pdf_preview import PdfPreviewDialog
from mss_training.ui.dialogs.plan import PlanDialog
from mss_training.ui.dialogs.snapshots import SnapshotListDialog, TakeSnapshotDialog
from tests.ui.conftest import Window

SCREENSHOTS = os.environ.get("MSS_SCREENSHOTS")  # a folder: save what the test saw, to look at


def _only(kind: type) -> object:
    (found,) = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    return found


def _look(widget: object, name: str) -> None:
    if SCREENSHOTS:
        widget.grab().save(str(Path(SCREENSHOTS) / name))  # type: ignore[attr-defined]


def _previewed_text(window: Window, qtbot: QtBot, dialog: TakeSnapshotDialog) -> str:
    """The snapshot ``dialog`` asks for taken, and the text of the PDF it previews."""
    with qtbot.waitSignal(window.main.pdf_shown, timeout=15_000):
        dialog._accept()
        window.settle()
    preview = _only(PdfPreviewDialog)
    assert isinstance(preview, PdfPreviewDialog)
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(preview.data)).pages)
    preview.close()
    return " ".join(text.split())


def test_a_snapshot_is_taken_kept_and_rechecked(window: Window, qtbot: QtBot) -> None:
    window.main.snapshot_action.trigger()
    dialog = window.main.snapshot_dialog
    assert isinstance(dialog, TakeSnapshotDialog)
    # Without the commander's word, the dialog says what is missing and stays open.
    dialog._accept()
    assert "Choose the commander's assessment" in dialog.problem.text()
    dialog.assessment.setCurrentIndex(1)
    dialog.remarks.setPlainText("FPU drivers to qualify before rotation")
    _look(dialog, "snapshot-dialog.png")
    assert "Commander's assessment: Qualified yes" in _previewed_text(window, qtbot, dialog)
    assert "Snapshot " in window.main.statusBar().currentMessage()

    # Taken again with its PDF in French: the page is French, the signed file as before.
    window.main.snapshot_action.trigger()
    dialog = window.main.snapshot_dialog
    dialog.assessment.setCurrentIndex(1)
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    assert "Appréciation du commandant" in _previewed_text(window, qtbot, dialog)

    window.main.snapshots_action.trigger()
    window.settle()
    listing = window.main.snapshots_dialog
    assert isinstance(listing, SnapshotListDialog)
    assert listing.model.rowCount() == 2
    assert "Qualified yes" in listing.model.data(listing.model.index(0, 5))
    qtbot.mouseClick(listing.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "unchanged" in listing.result_text.toPlainText(), timeout=15_000)
    assert listing.result_text.toPlainText().startswith("Genuine")
    _look(listing, "snapshot-list.png")
    listing.close()


def test_a_snapshot_through_the_tour_starts_from_the_dashboards(
    window: Window, qtbot: QtBot
) -> None:
    window.main.dashboard.tour_days.setValue(180)
    window.settle()
    window.main.snapshot_action.trigger()
    dialog = window.main.snapshot_dialog
    assert isinstance(dialog, TakeSnapshotDialog)
    assert dialog.tour_days.value() == 180  # deploying for as many days as the dashboard says
    dialog.assessment.setCurrentIndex(0)
    assert str(dialog.request().through) == "2027-05-25"
    _look(dialog, "snapshot-dialog-tour.png")
    with qtbot.waitSignal(window.main.pdf_shown, timeout=15_000):
        dialog._accept()
        window.settle()
    preview = _only(PdfPreviewDialog)
    assert isinstance(preview, PdfPreviewDialog)
    text = " ".join(
        " ".join(page.extract_text() for page in PdfReader(io.BytesIO(preview.data)).pages).split()
    )
    assert "Readiness through the tour, to 25 May 2027" in text
    assert "Refreshers due during the tour" in text
    preview.close()
    window.main.dashboard.tour_days.setValue(0)
    window.settle()


def test_the_plan_screen_shows_and_prints_the_plan(window: Window, qtbot: QtBot) -> None:
    window.main.plan_action.trigger()
    dialog = window.main.plan_dialog
    assert isinstance(dialog, PlanDialog)
    dialog.contingent.setCurrentIndex(dialog.contingent.findData("KEN"))
    dialog.seats.setValue(20)
    qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.modules.rowCount() > 0, timeout=15_000)
    assert "places to fill" in dialog.summary.text()
    assert dialog.refreshers.rowCount() > 0
    _look(dialog, "plan-screen.png")
    with qtbot.waitSignal(window.main.pdf_shown, timeout=15_000):
        qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
        window.settle()
    preview = _only(PdfPreviewDialog)
    assert isinstance(preview, PdfPreviewDialog)
    assert "Training plan for KEN" in PdfReader(io.BytesIO(preview.data)).pages[0].extract_text()
    preview.close()
    dialog.close()
