"""Dates mean what was typed: whole dates typed over, impossible ones refused, Tab leaves."""

import calendar
import datetime as dt

from hypothesis import assume, given
from hypothesis import strategies as st
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from mss_training.ui.date_field import DateField


def form(qtbot: QtBot) -> tuple[QWidget, DateField, QLineEdit]:
    holder = QWidget()
    field = DateField(QDate(2026, 11, 27))
    after = QLineEdit()
    layout = QVBoxLayout(holder)
    layout.addWidget(field)
    layout.addWidget(after)
    qtbot.addWidget(holder)
    holder.show()
    qtbot.waitExposed(holder)
    return holder, field, after


def test_ctrl_a_then_a_whole_date_gives_that_date(qtbot: QtBot) -> None:
    _holder, field, _after = form(qtbot)
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, "2027-03-01")
    assert field.date() == QDate(2027, 3, 1)
    assert field.text() == "2027-03-01"
    assert field.problem() == ""


def test_a_whole_date_typed_after_a_click_replaces_the_old_one(qtbot: QtBot) -> None:
    _holder, field, _after = form(qtbot)
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    qtbot.wait(5)
    field.deselect()  # even if the click left the cursor in the middle, nothing selected
    field.setCursorPosition(4)
    qtbot.keyClicks(field, "2025-12-31")
    assert field.date() == QDate(2025, 12, 31)


def test_an_impossible_date_is_refused_with_a_sentence_and_never_changed(qtbot: QtBot) -> None:
    _holder, field, _after = form(qtbot)
    told: list[str] = []
    field.problem_changed.connect(told.append)
    field.selectAll()
    qtbot.keyClicks(field, "2026-02-30")
    assert field.text() == "2026-02-30"  # as typed, not 2026-02-03
    assert field.date() == QDate(2026, 11, 27)  # the value stays the last real date
    assert field.problem() == "2026-02-30 is not a date: that month has 28 days."
    assert told[-1] == field.problem()
    field.selectAll()
    qtbot.keyClicks(field, "2026-13-01")
    assert field.problem() == "2026-13-01 is not a date: there is no month 13."
    field.selectAll()
    qtbot.keyClicks(field, "2024-02-29")
    assert (field.problem(), field.date()) == ("", QDate(2024, 2, 29))
    assert told[-1] == ""


def test_tab_leaves_the_field_for_the_next_one(qtbot: QtBot) -> None:
    holder, field, after = form(qtbot)
    holder.activateWindow()
    qtbot.waitUntil(holder.isActiveWindow)
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is after
    qtbot.keyClicks(after, "Kiganjo")
    assert after.text() == "Kiganjo"
    assert field.date() == QDate(2026, 11, 27)


def test_the_calendar_picks_a_date(qtbot: QtBot) -> None:
    _holder, field, _after = form(qtbot)
    field.calendar.clicked.emit(QDate(2026, 10, 5))
    assert field.date() == QDate(2026, 10, 5)
    assert field.text() == "2026-10-05"


@given(st.dates(min_value=dt.date(1000, 1, 1)))
def test_any_real_date_typed_is_that_date(qapp: QApplication, day: dt.date) -> None:
    field = DateField(QDate(2026, 11, 27))
    field.selectAll()
    QTest.keyClicks(field, day.isoformat())
    assert field.problem() == ""
    assert field.day() == day


@given(
    st.integers(min_value=1000, max_value=9999),
    st.integers(min_value=1, max_value=12),
    st.integers(min_value=29, max_value=99),
)
def test_an_impossible_day_is_refused_and_changes_nothing(
    qapp: QApplication, year: int, month: int, day: int
) -> None:
    assume(day > calendar.monthrange(year, month)[1])
    field = DateField(QDate(2026, 11, 27))
    text = f"{year:04}-{month:02}-{day:02}"
    field.setText(text)
    field.textEdited.emit(text)
    assert field.text() == text
    assert field.problem().startswith(f"{text} is not a date")
    assert field.date() == QDate(2026, 11, 27)
