"""A planned session's attendees in the window: from a sheet when planning (its unknown
service numbers named before saving), and changed on the day from the Sessions screen."""

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from mss_training.ui.dialogs.attendees_on_the_day import ABSENT, AttendeesOnTheDayDialog
from mss_training.ui.dialogs.plan_session import PlanSessionDialog
from mss_training.ui.dialogs.planned_results import ATTENDED, PlannedResultsDialog
from tests.ui.conftest import Window
from tests.ui.test_every_dialog_fits import too_big
from tests.ui.test_sessions_screen import kenyans, open_first, planned, search, shown


def test_a_session_is_planned_from_a_sheet_whose_unknown_numbers_are_named(
    window: Window, qtbot: QtBot, tmp_path: Path
) -> None:
    view = shown(window, qtbot)
    qtbot.mouseClick(view.plan_button, Qt.MouseButton.LeftButton)
    window.settle()
    dialog = window.main.session_plan_dialog
    assert isinstance(dialog, PlanSessionDialog) and dialog.sheet_button.isVisible()
    dialog.module.setCurrentIndex(dialog.module.findData("HR-101"))  # free-text instructors
    dialog.starts.setText("2027-03-08")
    qtbot.keyClicks(dialog.location, "Camp Sheet-Planned")
    first, second = kenyans(window, 2)
    sheet = tmp_path / "expected.csv"
    sheet.write_text(
        f"Service number,Contingent\n{first},KEN\nNOBODY-1,KEN\n{second},KEN\n", encoding="utf-8"
    )
    dialog.load_sheet(sheet)
    window.settle()
    assert dialog.sheet_note.text() == (
        "3 attendees from expected.csv (KEN). Not found, to correct before saving: NOBODY-1 (KEN)."
    )
    assert dialog.numbers.toPlainText().splitlines() == [first, "NOBODY-1", second]
    dialog.submit()
    window.settle()
    assert "NOBODY-1" in dialog.problem.text() and dialog.isVisible()
    sheet.write_text(f"service_number,contingent\n{first},KEN\n{second},KEN\n", encoding="utf-8")
    dialog.load_sheet(sheet)
    window.settle()
    assert "Not found" not in dialog.sheet_note.text()
    with qtbot.waitSignal(view.searched, timeout=20000):
        dialog.submit()
        window.settle()
    assert "Planned a HR-101 session for 2 attendees" in window.main.statusBar().currentMessage()
    search(window, qtbot, view, "sheet-planned")
    open_first(window, qtbot, view)
    assert view.attendees.rowCount() == 2


def test_attendees_are_added_and_marked_absent_on_the_day(window: Window, qtbot: QtBot) -> None:
    view = shown(window, qtbot)
    numbers = kenyans(window, 4)
    planned(window, numbers[:3], place="Camp On-The-Day")
    search(window, qtbot, view, "on-the-day")
    open_first(window, qtbot, view)
    assert view.attendees_button.isEnabled()
    qtbot.mouseClick(view.attendees_button, Qt.MouseButton.LeftButton)
    window.settle()
    dialog = window.main.attendees_dialog
    assert isinstance(dialog, AttendeesOnTheDayDialog)
    assert too_big(dialog) is None  # a 1280×720 laptop shows it whole
    rows = {dialog.table.item(r, 0).text(): r for r in range(dialog.table.rowCount())}  # type: ignore[union-attr]
    assert set(rows) == set(numbers[:3])
    # By keyboard: down to the second attendee's box, Space ticks it.
    dialog.table.setFocus()
    dialog.table.setCurrentCell(rows[numbers[1]], ABSENT)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Space)
    assert dialog.table.item(rows[numbers[1]], ABSENT).checkState() == Qt.CheckState.Checked  # type: ignore[union-attr]
    dialog.contingent.setCurrentIndex(dialog.contingent.findData("KEN"))
    qtbot.keyClicks(dialog.numbers, f"{numbers[3]}, NOBODY-2")
    dialog.submit()
    window.settle()
    assert "NOBODY-2" in dialog.problem.text() and dialog.isVisible()  # nothing stored
    dialog.numbers.setText(numbers[3])
    with qtbot.waitSignal(view.opened, timeout=20000):
        dialog.submit()
        window.settle()
    assert "1 attendees added, 1 marked absent" in window.main.statusBar().currentMessage()
    expected = {view.attendees.row_values(r)[0]: view.attendees.row_values(r)[4] for r in range(4)}
    assert expected == {
        numbers[0]: "yes", numbers[1]: "reported absent", numbers[2]: "yes", numbers[3]: "yes",
    }  # fmt: skip
    # The results start from it: the one reported absent is unticked already.
    qtbot.mouseClick(view.record_button, Qt.MouseButton.LeftButton)
    window.settle()
    results = window.main.results_dialog
    assert isinstance(results, PlannedResultsDialog)
    ticked = {
        results.table.item(r, 0).text(): results.table.item(r, ATTENDED).checkState()  # type: ignore[union-attr]
        for r in range(results.table.rowCount())
    }
    assert ticked[numbers[1]] == Qt.CheckState.Unchecked
    assert ticked[numbers[0]] == ticked[numbers[3]] == Qt.CheckState.Checked
    results.reject()
