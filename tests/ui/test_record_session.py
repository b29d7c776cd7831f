"""A training officer records a session for 30 attendees and prints their certificates."""

import io

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget, QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from mss_training.models import Certificate, Result, TrainingSession
from mss_training.ui.dialogs.pdf_preview import PdfPreviewDialog
from mss_training.ui.dialogs.record_session import RecordSessionWizard, SessionPage
from tests.ui.conftest import Window


def visible(kind: type) -> list:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def type_in_cell(qtbot: QtBot, table: QWidget, text: str) -> None:
    """Type as a person does: the first key opens the cell's editor, the rest go into it."""
    qtbot.keyClicks(table, text[0])
    qtbot.keyClicks(QApplication.focusWidget(), text[1:])


def open_wizard(window: Window, qtbot: QtBot) -> RecordSessionWizard:
    with qtbot.waitSignal(window.main.wizard_opened, timeout=5000):
        qtbot.keyClick(window.main, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        window.settle()
    (wizard,) = visible(RecordSessionWizard)
    return wizard


def fill_session_page(wizard: RecordSessionWizard, qtbot: QtBot, module: str) -> None:
    page = wizard.session_page
    page.module.setCurrentIndex(page.module.findData(module))
    page.starts.setDate(page.starts.date().addDays(-2))
    page.ends.setDate(page.ends.date().addDays(-1))
    qtbot.keyClicks(page.location, "MSS base, Port-au-Prince")
    if page.instructed() is not None:
        # Taught by qualified instructors only: one of another contingent than those ticked.
        pick_instructor(page, qtbot, outside="KEN")
    else:
        qtbot.keyClicks(page.instructors, "Insp. Kamau")
    wizard.next()


def pick_instructor(page: SessionPage, qtbot: QtBot, outside: str) -> str:
    """Pick the first qualified instructor offered who is not of contingent ``outside``."""
    offered = [page.instructor_pick.itemData(i) for i in range(page.instructor_pick.count())]
    chosen = next(reference for reference in offered if not reference.startswith(outside))
    page.instructor_pick.setCurrentIndex(offered.index(chosen))
    qtbot.mouseClick(page.add_instructor, Qt.MouseButton.LeftButton)
    return str(chosen)


def test_thirty_attendees_recorded_by_keyboard_then_certificates(
    window: Window, qtbot: QtBot
) -> None:
    with window.main.context.database.reading() as session:
        before = session.scalar(select(func.count()).select_from(Result)) or 0
    wizard = open_wizard(window, qtbot)
    fill_session_page(wizard, qtbot, "UOF-101")
    assert wizard.currentPage() is wizard.attendees_page

    attendees = wizard.attendees_page
    attendees.contingent.setCurrentIndex(attendees.contingent.findData("KEN"))
    assert attendees.candidates.count() >= 30
    for index in range(30):
        attendees.candidates.item(index).setCheckState(Qt.CheckState.Checked)
    # One more by pasting a service number from another contingent, and one that is unknown.
    qtbot.keyClicks(attendees.paste, "HT-0001")
    qtbot.keyClick(attendees.paste, Qt.Key.Key_Return)
    qtbot.keyClicks(attendees.paste, "NOPE-999")
    qtbot.mouseClick(attendees.add_pasted, Qt.MouseButton.LeftButton)
    assert "NOPE-999" in attendees.unknown.text()
    assert len(attendees.chosen) == 31
    wizard.next()

    results = wizard.results_page
    table = results.table
    assert table.rowCount() == 31
    qtbot.waitUntil(table.hasFocus, timeout=2000)
    # By keyboard alone: type a score, Tab to the next attendee's score, and so on.
    type_in_cell(qtbot, table, "95")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.wait(5)  # Qt opens the next cell's editor on the next turn of the event loop
    qtbot.keyClicks(QApplication.focusWidget(), "61")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.wait(5)
    assert table.currentRow() == 2
    assert table.item(0, 3).text() == "95"  # type: ignore[union-attr]
    assert table.item(1, 3).text() == "61"  # type: ignore[union-attr]
    for row in range(2, 31):
        table.item(row, 3).setText("88")  # type: ignore[union-attr]
    # The last one did not come: untick with the space bar.
    table.setCurrentCell(30, 2)
    qtbot.keyClick(table, Qt.Key.Key_Space)
    assert table.item(30, 2).checkState() == Qt.CheckState.Unchecked  # type: ignore[union-attr]
    table.item(30, 3).setText("")  # type: ignore[union-attr]
    wizard.next()
    assert wizard.currentPage() is wizard.review_page
    assert "31 attendees, 30 present, 29 passed" in wizard.review_page.summary.text()

    with qtbot.waitSignal(window.main.session_saved, timeout=10000) as saved:
        wizard.button(QWizard.WizardButton.FinishButton).click()
        window.settle()
    recorded = saved.args[0]
    assert (recorded.results, recorded.passed) == (31, 29)
    with window.main.context.database.reading() as session:
        assert session.scalar(select(func.count()).select_from(Result)) == before + 31
        location = session.scalar(
            select(TrainingSession.location).where(TrainingSession.uid == recorded.uid)
        )
    assert location == "MSS base, Port-au-Prince"

    (question,) = visible(QMessageBox)
    with qtbot.waitSignal(window.main.pdf_shown, timeout=20000):
        question.button(QMessageBox.StandardButton.Yes).click()
        window.settle()
    (preview,) = visible(PdfPreviewDialog)
    assert preview.document.pageCount() == 29
    text = PdfReader(io.BytesIO(preview.data)).pages[0].extract_text()
    assert "Use of force and rules of engagement" in text
    with window.main.context.database.reading() as session:
        assert (session.scalar(select(func.count()).select_from(Certificate)) or 0) >= 29


def test_the_wizard_refuses_what_cannot_be_saved(window: Window, qtbot: QtBot) -> None:
    wizard = open_wizard(window, qtbot)
    page = wizard.session_page
    page.module.setCurrentIndex(page.module.findData("MAN-101"))
    wizard.next()  # no location yet
    assert wizard.currentPage() is page
    assert "where" in page.problem.text()
    qtbot.keyClicks(page.location, "Kiganjo")
    page.ends.setDate(page.ends.date().addDays(5))
    wizard.next()
    assert wizard.currentPage() is page
    page.ends.setDate(page.starts.date())
    wizard.next()
    attendees = wizard.attendees_page
    assert not attendees.isComplete()
    attendees.candidates.item(0).setCheckState(Qt.CheckState.Checked)
    assert attendees.isComplete()
    wizard.next()
    wizard.next()  # MAN-101 is pass/fail and the result is empty
    assert wizard.currentPage() is wizard.results_page
    assert "MAN-101 is pass/fail: enter pass or fail" in wizard.results_page.problem.text()
    wizard.discard()
