"""Every date field of the window is the one that keeps what was typed: the Plan screen's
deployment date, a snapshot's as-of date, a hold's days. Typed whole after Ctrl+A, a date
is that date; an impossible one is named and nothing goes on with it."""

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from mss_training.ui.date_field import DateField
from mss_training.ui.dialogs.plan import PlanDialog
from mss_training.ui.dialogs.snapshots import TakeSnapshotDialog
from mss_training.ui.views.holds import HoldForm


def retype(qtbot: QtBot, field: DateField, text: str) -> None:
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, text)


def test_the_plan_screens_deployment_date_is_what_was_typed(qtbot: QtBot) -> None:
    dialog = PlanDialog(dt.date(2027, 2, 25), None)
    qtbot.addWidget(dialog)
    assert isinstance(dialog.deploy_on, DateField)
    asked: list[object] = []
    dialog.plan_requested.connect(asked.append)
    retype(qtbot, dialog.deploy_on, "2027-02-30")
    dialog.make_button.click()
    assert asked == [] and "2027-02-30" in dialog.problem.text()
    retype(qtbot, dialog.deploy_on, "2028-03-01")
    dialog.make_button.click()
    assert [request.deploy_on for request in asked] == [dt.date(2028, 3, 1)]  # type: ignore[attr-defined]
    assert dialog.problem.text() == ""


def test_a_snapshots_as_of_date_is_what_was_typed(qtbot: QtBot) -> None:
    dialog = TakeSnapshotDialog(dt.date(2026, 11, 27), None, None)
    qtbot.addWidget(dialog)
    dialog.assessment.setCurrentIndex(0)
    retype(qtbot, dialog.as_of, "2026-02-30")
    dialog._accept()
    assert "2026-02-30" in dialog.problem.text() and dialog.result() == 0
    retype(qtbot, dialog.as_of, "2027-03-01")
    assert dialog.request().as_of == dt.date(2027, 3, 1)


def test_a_holds_days_are_what_was_typed(qtbot: QtBot) -> None:
    dialog = HoldForm()
    qtbot.addWidget(dialog)
    retype(qtbot, dialog.since, "2026-11-31")
    dialog._accept()
    assert "2026-11-31" in dialog.problem.text() and dialog.result() == 0
    retype(qtbot, dialog.since, "2026-11-02")
    dialog.has_until.setChecked(True)
    retype(qtbot, dialog.until, "2027-01-15")
    qtbot.keyClick(dialog.until, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not dialog.until  # Tab leaves the field
    entry_days = (dialog.since.date(), dialog.until.date())
    assert entry_days == (QDate(2026, 11, 2), QDate(2027, 1, 15))
