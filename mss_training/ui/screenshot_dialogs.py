"""`make screenshots`, continued: the dialogs opened from inside a screen or another dialog
(the module editor, an officer's record's Recognise, Correct and Void, planning a line of
the plan, a planned session's results and attendees on the day)."""

import datetime as dt
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog
from shiboken6 import isValid

from mss_training.db import Database
from mss_training.services.personnel import OfficerRef, active_officers
from mss_training.services.planned_sessions import PlanInput, plan_session
from mss_training.ui.main_window import MainWindow
from mss_training.ui.screenshots import SCREENSHOTS, grab, kenyan_plan, settle
from mss_training.ui.tasks import TaskRunner


def _opened(
    application: QApplication,
    runner: TaskRunner,
    window: MainWindow,
    show: Callable[[], None],
    name: str,
    path: Path,
) -> None:
    """Grab the dialog the window keeps as ``name`` once it shows, and close it. A timer
    looks for it while a dialog waits for the user's answer (exec); the others are looked
    for once ``show`` returns, until the data they read has come."""
    grabbed: list[Path] = []

    def look() -> None:
        dialog = getattr(window, name, None)
        # The one kept from before may be closed and deleted already.
        if not grabbed and isinstance(dialog, QDialog) and isValid(dialog) and dialog.isVisible():
            application.processEvents()
            grab(dialog, path)
            grabbed.append(path)
            dialog.reject()

    timer = QTimer()
    timer.timeout.connect(look)
    timer.start(50)
    show()
    for _ in range(100):
        settle(application, runner)
        look()
        if grabbed:
            break
        time.sleep(0.05)
    timer.stop()


def _planned_yesterday(database: Database) -> str:
    """A session planned for yesterday, the day its results are typed and attendees changed."""
    yesterday = dt.date.today() - dt.timedelta(days=1)
    with database.transaction() as session:
        attendees = tuple(
            OfficerRef("KEN", officer.service_number)
            for officer in active_officers(session, "KEN")[:6]
        )
        entry = PlanInput(
            "CDT-101", yesterday, yesterday, "Kiganjo range", attendees, instructors="Insp. Otieno"
        )
        return plan_session(session, entry, SCREENSHOTS).reference


def grab_inner_dialogs(
    application: QApplication, runner: TaskRunner, window: MainWindow, out: Path, officer_id: int
) -> None:
    def record_then(then: Callable[[], None]) -> Callable[[], None]:
        def show() -> None:
            window.show_officer(officer_id)
            settle(application, runner)
            then()

        return show

    def first_line(*, void: bool) -> Callable[[], None]:
        return record_then(
            lambda: window.correct_result(
                window.officer_dialog, window.officer_dialog.record.history[0], void=void
            )
        )

    def plan_line() -> None:
        plan = kenyan_plan(application, runner, window)
        plan.modules_table.setFocus()
        plan.modules_table.selectRow(0)
        plan.sessions_button.click()
        window.plan_line_dialog.location.setText("Kiganjo range")  # before it is grabbed

    def module_editor() -> None:
        window.curriculum.start_draft.emit("screenshots")
        for _ in range(40):
            settle(application, runner)
            if window.curriculum.draft is not None:
                break
        window.curriculum.edit_module.emit("UOF-101")

    reference = _planned_yesterday(window.context.database)
    opened = (
        (record_then(lambda: window.recognise(window.officer_dialog)), "recognise_dialog",
         "screen-recognise.png"),
        (first_line(void=False), "correction_dialog", "screen-correct-result.png"),
        (first_line(void=True), "correction_dialog", "screen-void-result.png"),
        (plan_line, "plan_line_dialog", "screen-plan-line.png"),
        (lambda: window.record_planned(reference), "results_dialog",
         "screen-planned-results.png"),
        (lambda: window.change_attendees(reference), "attendees_dialog",
         "screen-attendees-on-the-day.png"),
        (module_editor, "module_editor", "screen-module-editor.png"),
    )  # fmt: skip
    for show, name, file in opened:
        _opened(application, runner, window, show, name, out / file)
        for widget in application.topLevelWidgets():
            if widget is not window and widget.isVisible():
                widget.close()
        settle(application, runner)
