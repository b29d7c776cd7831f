"""Measured: a 30-attendee session recorded by keys and clicks only, every event counted.

From an empty wizard to saved, with the sign-in sheet printed to PDF on the way: a
pass/fail module (two fail, one absent) in at most 60 events, a scored one with 30 typed
scores in at most 130. The counts are kept in docs/benchmarks.md.
"""

from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QTableWidget, QWidget, QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from mss_training.models import Result
from mss_training.services.personnel import OfficerInput, add_officers
from mss_training.ui.dialogs.pdf_preview import PdfPreviewDialog
from mss_training.ui.dialogs.record_session import RecordSessionWizard
from mss_training.ui.dialogs.session_results import ATTENDED, RESULT
from tests.mission import ACTOR
from tests.ui.conftest import Window
from tests.ui.test_record_session import visible
from tests.ui.test_session_wizard import check_box_point

PLATOON = "Training Platoon 7"


@dataclass
class Hands:
    """A person's keyboard and mouse, counting every key press and click they make."""

    qtbot: QtBot
    events: int = 0

    def focused(self) -> QWidget:
        """Where keys go; the newest modal window is made active first, as a desktop's
        window manager does (the offscreen platform does not)."""
        modal = QApplication.activeModalWidget()
        if modal is not None and not modal.isActiveWindow():
            modal.activateWindow()
            self.qtbot.waitUntil(modal.isActiveWindow, timeout=2000)
        widget = QApplication.focusWidget()
        assert widget is not None
        return widget

    def key(
        self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
    ) -> None:
        self.events += 1
        self.qtbot.keyClick(self.focused(), key, modifier)
        self.qtbot.wait(5)  # what a person's pace gives Qt: the next turn of its loop

    def type(self, text: str) -> None:
        for character in text:
            self.events += 1
            self.qtbot.keyClicks(self.focused(), character)
        self.qtbot.wait(5)

    def click(self, widget: QWidget, at: QPoint | None = None) -> None:
        self.events += 1
        self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=at or widget.rect().center())
        self.qtbot.wait(5)

    def click_cell(self, table: QTableWidget, row: int, column: int) -> None:
        rect = table.visualItemRect(table.item(row, column))  # type: ignore[arg-type]
        at = check_box_point(table, rect) if column == ATTENDED else rect.center()
        self.click(table.viewport(), at)


def with_a_platoon(window: Window) -> None:
    """Thirty Kenyan officers in one platoon: the class a training officer has in front of them."""
    with window.main.context.database.transaction() as session:
        add_officers(
            session,
            [
                OfficerInput("KEN", f"TP-{n:03}", f"Recruit{n:02}", "Amani", "Constable", PLATOON)
                for n in range(1, 31)
            ],
            ACTOR,
        )


def results_count(window: Window) -> int:
    with window.main.context.database.reading() as session:
        return session.scalar(select(func.count()).select_from(Result)) or 0


def begin(window: Window, hands: Hands, module_downs: int, tmp_path: Path) -> RecordSessionWizard:
    """Open the wizard, fill the session, choose the platoon and print its sign-in sheet."""
    window.main.activateWindow()
    with hands.qtbot.waitSignal(window.main.wizard_opened, timeout=5000):
        hands.key(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        window.settle()
    (wizard,) = visible(RecordSessionWizard)
    hands.qtbot.waitUntil(lambda: wizard.session_page.module.hasFocus(), timeout=2000)
    for _ in range(module_downs):
        hands.key(Qt.Key.Key_Down)
    hands.click(wizard.session_page.location)
    hands.type("Camp")
    hands.key(Qt.Key.Key_Return)  # Next
    page = wizard.attendees_page
    assert wizard.currentPage() is page
    assert page.contingent.hasFocus()  # Kenya already, the account's first contingent
    hands.key(Qt.Key.Key_Tab)  # to the unit box, then its first letters
    hands.type("Tr")
    assert page.unit.currentText() == PLATOON
    hands.click(page.select_all)
    assert len(page.chosen) == 30
    with hands.qtbot.waitSignal(window.main.pdf_shown, timeout=10000):
        hands.click(page.sign_in)
    (preview,) = visible(PdfPreviewDialog)
    hands.click(preview.save_button)
    assert len(visible(QFileDialog)) == 1
    hands.key(Qt.Key.Key_Return)  # the suggested name, in the (test's) home folder
    sheets = list(tmp_path.glob("sign-in*.pdf"))
    assert len(sheets) == 1 and sheets[0].read_bytes().startswith(b"%PDF")
    hands.key(Qt.Key.Key_Escape)  # close the preview
    assert not visible(PdfPreviewDialog) and not visible(QFileDialog)
    hands.click(wizard.button(QWizard.WizardButton.NextButton))
    assert wizard.currentPage() is wizard.results_page
    hands.focused()
    hands.qtbot.waitUntil(wizard.results_page.table.hasFocus, timeout=2000)
    return wizard


def finish(window: Window, hands: Hands, wizard: RecordSessionWizard) -> tuple[object, str]:
    """Review, then save; what was saved and what the review said."""
    hands.click(wizard.button(QWizard.WizardButton.NextButton))
    assert wizard.currentPage() is wizard.review_page
    review = wizard.review_page.summary.text()
    with hands.qtbot.waitSignal(window.main.session_saved, timeout=10000) as saved:
        hands.click(wizard.button(QWizard.WizardButton.FinishButton))
        window.settle()
    for question in visible(QMessageBox):  # the offer of certificates comes after: not asked
        question.close()
    return saved.args[0], review


@pytest.fixture
def hands(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Hands:
    monkeypatch.setenv("HOME", str(tmp_path))  # where Save as offers to write
    return Hands(qtbot)


def test_a_pass_fail_session_of_30_takes_at_most_60_events(
    window: Window, hands: Hands, tmp_path: Path
) -> None:
    with_a_platoon(window)
    before = results_count(window)
    wizard = begin(window, hands, 1, tmp_path)  # C2-101, the module after the first
    assert wizard.session_page.chosen_module().assessment == "pass_fail"  # type: ignore[union-attr]
    table = wizard.results_page.table
    hands.click(wizard.results_page.all_passed)
    for row in (2, 5):  # the two who failed
        hands.click_cell(table, row, RESULT)
        hands.type("F")
    hands.key(Qt.Key.Key_Return)
    hands.click_cell(table, 8, ATTENDED)  # the one who did not come
    failed = {table.item(row, 0).text() for row in (2, 5)}  # type: ignore[union-attr]
    absent = table.item(8, 0).text()  # type: ignore[union-attr]
    recorded, review = finish(window, hands, wizard)
    assert (recorded.results, recorded.passed) == (30, 27)  # type: ignore[attr-defined]
    assert results_count(window) == before + 30
    assert all(name in review for name in failed) and f"<b>Absent:</b> {absent}" in review
    print(f"\npass/fail session of 30: {hands.events} events")
    assert hands.events <= 60


def test_a_scored_session_of_30_takes_at_most_130_events(
    window: Window, hands: Hands, tmp_path: Path
) -> None:
    with_a_platoon(window)
    before = results_count(window)
    wizard = begin(window, hands, 0, tmp_path)  # ARR-101, scored (pass mark 75)
    assert wizard.session_page.chosen_module().assessment == "scored"  # type: ignore[union-attr]
    scores = [str(60 + (n * 7) % 40) for n in range(30)]
    for score in scores:
        hands.type(score)
        hands.key(Qt.Key.Key_Return)
    recorded, _ = finish(window, hands, wizard)
    expected = sum(int(score) >= 75 for score in scores)
    assert (recorded.results, recorded.passed) == (30, expected)  # type: ignore[attr-defined]
    assert results_count(window) == before + 30
    print(f"\nscored session of 30: {hands.events} events")
    assert hands.events <= 130
