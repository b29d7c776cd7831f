"""The session wizard keeps work: a draft on disk, a question before losing entries, every
check on the cell as typed, Save that cannot fail after the wizard has closed."""

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QListWidget,
    QMessageBox,
    QStyle,
    QStyleOptionViewItem,
    QWizard,
)
from pytestqt.qtbot import QtBot

from mss_training.domain import UserRole
from mss_training.services.permissions import (
    Actor,
    Permission,
    PermissionDeniedError,
    require_contingents,
)
from mss_training.services.personnel import OfficerRow, active_officers
from mss_training.services.session_drafts import (
    DraftResult,
    SessionDraft,
    draft_path,
    load_draft,
    save_draft,
)
from mss_training.ui.dialogs.pdf_preview import PdfPreviewDialog
from mss_training.ui.dialogs.record_session import RecordSessionWizard
from mss_training.ui.dialogs.session_results import ATTENDED, OUTCOME, RESULT
from tests.ui.conftest import Window
from tests.ui.test_record_session import open_wizard, type_in_cell, visible

YESTERDAY = (dt.date.today() - dt.timedelta(days=1)).isoformat()


def kept(window: Window) -> Path:
    return draft_path(window.main.context.database.url, window.main.context.actor.username)


def to_results(window: Window, qtbot: QtBot, module: str, count: int) -> RecordSessionWizard:
    """A wizard on its results page with ``count`` Kenyan attendees of ``module``."""
    wizard = open_wizard(window, qtbot)
    page = wizard.session_page
    page.module.setCurrentIndex(page.module.findData(module))
    qtbot.keyClicks(page.location, "Kiganjo")
    wizard.next()
    attendees = wizard.attendees_page
    attendees.contingent.setCurrentIndex(attendees.contingent.findData("KEN"))
    for index in range(count):
        attendees.candidates.item(index).setCheckState(Qt.CheckState.Checked)
    wizard.next()
    assert wizard.currentPage() is wizard.results_page
    qtbot.waitUntil(wizard.results_page.table.hasFocus, timeout=2000)
    return wizard


def answer(question: QMessageBox, word: str) -> QAbstractButton:
    """The question's button whose label has ``word``."""
    return next(button for button in question.buttons() if word in button.text())


def check_box_point(view: QAbstractItemView, rect_of_item: object) -> QPoint:
    """Where a person clicks to tick an item's box."""
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.rect = rect_of_item  # type: ignore[assignment]
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    box = view.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, view)
    return box.center()


def test_escape_with_entries_asks_and_the_draft_comes_back_on_the_next_start(
    window: Window, qtbot: QtBot
) -> None:
    wizard = to_results(window, qtbot, "CDT-101", 3)
    table = wizard.results_page.table
    qtbot.waitUntil(table.hasFocus, timeout=2000)
    type_in_cell(qtbot, table, "91")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.wait(5)
    assert table.currentRow() == 1  # Enter went on to the next attendee
    assert load_draft(kept(window)) is not None  # kept on disk as typed

    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    (question,) = visible(QMessageBox)
    assert "not saved yet" in question.text()
    answer(question, "back").click()
    assert wizard.isVisible()  # nothing lost: still there, still typed
    assert table.item(0, RESULT).text() == "91"  # type: ignore[union-attr]

    wizard.close()  # the title bar's close asks the same
    (question,) = visible(QMessageBox)
    answer(question, "Keep").click()
    window.settle()
    assert not visible(RecordSessionWizard)
    draft = load_draft(kept(window))
    assert draft is not None and draft.module == "CDT-101" and len(draft.attendees) == 3
    assert draft.results[0].typed == "91"

    # The next start offers it; yes opens the wizard where it was left.
    window.main.offer_kept_draft()
    (offer,) = visible(QMessageBox)
    assert "CDT-101" in offer.text() and "3 attendees" in offer.text()
    with qtbot.waitSignal(window.main.wizard_opened, timeout=5000):
        offer.button(QMessageBox.StandardButton.Yes).click()
        window.settle()
    (again,) = visible(RecordSessionWizard)
    assert again.currentPage() is again.results_page
    assert again.results_page.table.item(0, RESULT).text() == "91"
    assert again.results_page.table.item(0, OUTCOME).text() == "passed"
    again.close()
    (question,) = visible(QMessageBox)
    answer(question, "Discard").click()
    assert not kept(window).exists()


def test_each_result_is_checked_on_its_cell_in_the_words_save_uses(
    window: Window, qtbot: QtBot
) -> None:
    wizard = to_results(window, qtbot, "CDT-101", 3)
    page = wizard.results_page
    table = page.table
    table.item(0, RESULT).setText("150")  # type: ignore[union-attr]
    assert table.item(0, OUTCOME).text() == "A score must be from 0 to 100, not 150."  # type: ignore[union-attr]
    assert page.problem.text().endswith("A score must be from 0 to 100, not 150.")
    table.item(1, RESULT).setText("55")  # type: ignore[union-attr]
    assert table.item(1, OUTCOME).text() == "failed"  # type: ignore[union-attr]
    table.item(2, RESULT).setText("abc")  # type: ignore[union-attr]
    assert "'abc' is not a result" in table.item(2, OUTCOME).text()  # type: ignore[union-attr]
    wizard.next()
    assert wizard.currentPage() is page  # refused, naming the first row to correct
    assert page.problem.text().startswith("Row 1 (")
    table.item(0, RESULT).setText("80")  # type: ignore[union-attr]
    table.item(2, ATTENDED).setCheckState(Qt.CheckState.Unchecked)  # type: ignore[union-attr]
    assert table.item(2, OUTCOME).text() == "absent"  # type: ignore[union-attr]
    assert table.currentRow() == 2  # ticking a box makes its row current
    wizard.next()
    assert wizard.currentPage() is wizard.review_page
    summary = wizard.review_page.summary.text()
    failed = table.item(1, 0).text()  # type: ignore[union-attr]
    absent = table.item(2, 0).text()  # type: ignore[union-attr]
    assert "3 attendees, 2 present, 1 passed" in summary
    assert f"<b>Failed:</b> {failed}" in summary
    assert f"<b>Absent:</b> {absent}" in summary
    wizard.discard()


def test_a_pass_fail_module_is_marked_all_passed_then_the_exceptions(
    window: Window, qtbot: QtBot
) -> None:
    wizard = to_results(window, qtbot, "MAN-101", 4)
    page = wizard.results_page
    assert page.all_passed.isVisible()
    qtbot.mouseClick(page.all_passed, Qt.MouseButton.LeftButton)
    assert [page.table.item(r, OUTCOME).text() for r in range(4)] == ["passed"] * 4  # type: ignore[union-attr]
    cell = page.table.visualItemRect(page.table.item(2, RESULT))  # type: ignore[arg-type]
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=cell.center())
    type_in_cell(qtbot, page.table, "F")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.wait(5)
    assert page.table.currentRow() == 3
    assert page.table.item(2, OUTCOME).text() == "failed"  # type: ignore[union-attr]
    wizard.discard()


def test_a_refused_save_keeps_the_wizard_open_with_everything_typed(
    window: Window, qtbot: QtBot
) -> None:
    """The officer left the database meanwhile: the save refuses, nothing is lost."""
    gone = OfficerRow(999_999, "KDF-GONE", "Gone", "Officer", None, "KEN", None, "active", "")
    save_draft(
        kept(window),
        SessionDraft(
            module="MAN-101", starts_on=YESTERDAY, ends_on=YESTERDAY, location="Kiganjo",
            attendees=(gone,), results=(DraftResult(gone.id, True, "P"),), page=2,
        ),
    )  # fmt: skip
    wizard = open_wizard(window, qtbot)
    assert wizard.currentPage() is wizard.results_page
    wizard.next()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    window.settle()
    assert wizard.isVisible()
    assert "KDF-GONE" in wizard.review_page.problem.text()
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    assert load_draft(kept(window)) is not None
    wizard.discard()


def test_dates_are_checked_as_typed_on_the_session_page(window: Window, qtbot: QtBot) -> None:
    wizard = open_wizard(window, qtbot)
    page = wizard.session_page
    page.starts.selectAll()
    qtbot.keyClicks(page.starts, "2026-02-30")
    assert page.problem.text() == "2026-02-30 is not a date: that month has 28 days."
    assert page.starts.text() == "2026-02-30"
    page.starts.setText(YESTERDAY)
    page.starts.textEdited.emit(YESTERDAY)
    page.ends.setDate(page.starts.date().addDays(-1))
    assert page.problem.text() == "A session cannot end before it starts."
    wizard.discard()


def test_clicking_an_attendees_box_makes_its_row_current(window: Window, qtbot: QtBot) -> None:
    wizard = open_wizard(window, qtbot)
    page = wizard.session_page
    qtbot.keyClicks(page.location, "Kiganjo")
    wizard.next()
    candidates: QListWidget = wizard.attendees_page.candidates
    candidates.setCurrentRow(0)
    rect = candidates.visualItemRect(candidates.item(5))
    qtbot.mouseClick(
        candidates.viewport(), Qt.MouseButton.LeftButton, pos=check_box_point(candidates, rect)
    )
    assert candidates.item(5).checkState() == Qt.CheckState.Checked
    assert candidates.currentRow() == 5
    qtbot.keyClick(candidates, Qt.Key.Key_Down)
    qtbot.keyClick(candidates, Qt.Key.Key_Space)
    assert candidates.item(6).checkState() == Qt.CheckState.Checked
    assert candidates.item(5).checkState() == Qt.CheckState.Checked
    wizard.discard()


def test_the_sign_in_sheet_opens_over_the_wizard_and_saves(
    window: Window, qtbot: QtBot, tmp_path: Path, monkeypatch: object
) -> None:
    wizard = open_wizard(window, qtbot)
    qtbot.keyClicks(wizard.session_page.location, "Kiganjo")
    wizard.next()
    wizard.attendees_page.candidates.item(0).setCheckState(Qt.CheckState.Checked)
    with qtbot.waitSignal(window.main.pdf_shown, timeout=10000):
        qtbot.mouseClick(wizard.attendees_page.sign_in, Qt.MouseButton.LeftButton)
    (preview,) = visible(PdfPreviewDialog)
    assert preview.parent() is wizard and preview.isModal()
    qtbot.mouseClick(preview.save_button, Qt.MouseButton.LeftButton)
    (chooser,) = visible(QFileDialog)
    target = tmp_path / "sheet.pdf"
    chooser.selectFile(str(target))
    chooser.accept()
    assert target.read_bytes().startswith(b"%PDF")
    preview.close()
    wizard.discard()


def test_an_attendee_outside_the_accounts_contingents_is_refused_on_the_row(
    window: Window, qtbot: QtBot
) -> None:
    """A draft kept from before the account's limits changed: the row says so at once, in
    the words the save would use, and the wizard does not go on to Save."""
    main = window.main
    trainer = Actor("trainer", UserRole.TRAINING_OFFICER, frozenset({"KEN"}))
    main.context.actor = trainer
    main.apply_role()
    with main.context.database.reading() as session:
        jamaican, kenyan = (active_officers(session, code, None)[0] for code in ("JAM", "KEN"))
        with pytest.raises(PermissionDeniedError) as refused:
            require_contingents(session, trainer, Permission.RECORD_TRAINING, ["JAM"])
    save_draft(
        kept(window),
        SessionDraft(
            module="MAN-101", starts_on=YESTERDAY, ends_on=YESTERDAY, location="Kiganjo",
            attendees=(kenyan, jamaican), results=(), page=2,
        ),
    )  # fmt: skip
    wizard = open_wizard(window, qtbot)
    page = wizard.results_page
    assert wizard.currentPage() is page
    rows = {page.table.item(r, 1).text(): r for r in range(page.table.rowCount())}  # type: ignore[union-attr]
    sentence = str(refused.value)
    assert page.table.item(rows[jamaican.service_number], OUTCOME).text() == sentence  # type: ignore[union-attr]
    assert page.table.item(rows[kenyan.service_number], OUTCOME).text() == "to enter"  # type: ignore[union-attr]
    assert sentence in page.problem.text()  # shouted before anything is typed
    page.mark_everyone_passed()
    assert page.table.item(rows[kenyan.service_number], OUTCOME).text() == "passed"  # type: ignore[union-attr]
    assert page.table.item(rows[jamaican.service_number], OUTCOME).text() == sentence  # type: ignore[union-attr]
    wizard.next()
    assert wizard.currentPage() is page  # not on to the review page and Save
    page.table.item(rows[jamaican.service_number], ATTENDED).setCheckState(  # type: ignore[union-attr]
        Qt.CheckState.Unchecked
    )
    assert sentence in page.problem.text()  # absent or not, the save would refuse them
    wizard.discard()
