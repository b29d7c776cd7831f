"""From the Plan screen, one line of the plan becomes its planned sessions with their
attendees, after a confirmation that lists each session to be created."""

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from mss_training.domain import UserRole
from mss_training.services.permissions import Actor
from mss_training.services.session_list import SessionQuery, SessionState, find_sessions
from mss_training.ui.dialogs.plan import PlanDialog
from mss_training.ui.dialogs.plan_line import PlanLineDialog
from tests.ui.conftest import Window
from tests.ui.test_every_dialog_fits import too_big

SCREENSHOTS = Path("/tmp/day17")


def planned_now(window: Window) -> int:
    with window.main.context.database.reading() as session:
        return len(find_sessions(session, SessionQuery(state=SessionState.PLANNED), None, 1000))


def test_a_line_of_the_plan_is_planned_as_sessions_after_a_confirmation(
    window: Window, qtbot: QtBot
) -> None:
    main = window.main
    main.plan_action.trigger()
    dialog = main.plan_dialog
    assert isinstance(dialog, PlanDialog)
    assert dialog.sessions_button.isVisible() and not dialog.sessions_button.isEnabled()
    dialog.contingent.setCurrentIndex(dialog.contingent.findData("KEN"))
    dialog.seats.setValue(1)
    qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.modules.rowCount() > 0, timeout=15_000)
    assert dialog.plan is not None
    # A module taught by anyone: those needing qualified instructors are refused without them.
    line = next(m for m in dialog.plan.modules if m.sessions > 1 and not m.instructors_need)
    row = dialog.plan.modules.index(line)
    dialog.modules_table.setFocus()
    dialog.modules_table.selectRow(row)
    assert dialog.sessions_button.isEnabled()
    before = planned_now(window)
    qtbot.mouseClick(dialog.sessions_button, Qt.MouseButton.LeftButton)
    window.settle()
    confirm = main.plan_line_dialog
    assert isinstance(confirm, PlanLineDialog) and confirm.isVisible()
    assert too_big(confirm) is None
    # What will be created, before anything is: each session, its days and attendees.
    assert confirm.sessions.rowCount() == line.sessions
    counts = [confirm.sessions.row_values(r)[3] for r in range(line.sessions)]
    assert sum(counts) == len(line.officers) and max(counts) <= 1
    assert confirm.sessions.row_values(0)[1] <= f"{line.latest_start:%Y-%m-%d}"
    assert "Say where the sessions are held." in confirm.problem.text()
    confirm.first_day.selectAll()
    qtbot.keyClicks(confirm.first_day, "2099-01-01")
    assert "is too late" in confirm.problem.text() and confirm.sessions.rowCount() == 0
    confirm.first_day.selectAll()
    qtbot.keyClicks(confirm.first_day, f"{line.latest_start:%Y-%m-%d}")
    qtbot.keyClicks(confirm.location, "Kiganjo range")
    assert confirm.problem.text() == ""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    assert confirm.grab().save(str(SCREENSHOTS / "plan-line.png"))
    with qtbot.waitSignal(main.sessions.searched, timeout=20_000):
        confirm.submit()
        window.settle()
    assert f"Planned {line.sessions} {line.module} sessions" in main.statusBar().currentMessage()
    assert planned_now(window) == before + line.sessions
    dialog.close()


def test_an_account_that_does_not_record_training_cannot_plan_from_the_plan(
    window: Window,
) -> None:
    main = window.main
    main.context.actor = Actor("commander", UserRole.COMMANDER, frozenset({"JAM"}))
    main.apply_role()
    main.plan_action.trigger()
    dialog = main.plan_dialog
    assert isinstance(dialog, PlanDialog)
    assert not dialog.sessions_button.isVisible()
    dialog.close()
