"""The one date field of the window: a date is typed whole, as YYYY-MM-DD, and kept as typed.

A QDateEdit edits a date section by section: typed over, "2026-02-30" becomes 2026-02-03,
Ctrl+A then 2027-03-01 keeps the old year, and Tab walks year, month and day instead of
leaving. Here the text is the date: what was typed stays, an impossible date is refused
with a sentence (the last possible date stays the field's value), Tab leaves, and a
calendar is one click away.
"""

import calendar
import datetime as dt

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QLineEdit,
    QMenu,
    QSpinBox,
    QStyle,
    QWidget,
    QWidgetAction,
)

from mss_training.ui.theme import Ink, ink_style

ISO_FORMAT = "yyyy-MM-dd"


class DateField(QLineEdit):
    """A date as YYYY-MM-DD text, with the calls of a QDateEdit (``date``, ``setDate``).

    Signals:
        dateChanged(QDate): a whole, possible date was typed, picked or set.
        problem_changed(str): what is wrong with the text as a sentence, or "" once it is right.
    """

    dateChanged = Signal(QDate)  # noqa: N815 - the name QDateEdit users know
    problem_changed = Signal(str)

    def __init__(self, date: QDate | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._date = date if date is not None and date.isValid() else QDate.currentDate()
        self._problem = ""
        self.setText(self._date.toString(ISO_FORMAT))
        self.setPlaceholderText("YYYY-MM-DD")
        self.setMaxLength(10)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("0000-00-00") + 48)
        self.textEdited.connect(self._typed)
        self.calendar = QCalendarWidget()
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        self._menu = QMenu(self)
        holder = QWidgetAction(self._menu)
        holder.setDefaultWidget(self.calendar)
        self._menu.addAction(holder)
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView)
        self.pick = self.addAction(icon, QLineEdit.ActionPosition.TrailingPosition)
        self.pick.setToolTip(self.tr("Choose on a calendar (Alt+Down)"))
        self.pick.triggered.connect(self.show_calendar)

    def date(self) -> QDate:
        """The last whole, possible date the field held."""
        return QDate(self._date)

    def day(self) -> dt.date:
        return dt.date(self._date.year(), self._date.month(), self._date.day())

    def setDate(self, date: QDate) -> None:  # noqa: N802 - QDateEdit's name
        if not date.isValid():
            return
        self.setText(date.toString(ISO_FORMAT))
        self._typed(self.text())

    def problem(self) -> str:
        """The sentence saying why the text is not a date, or "" when it is one."""
        return self._problem

    def show_calendar(self) -> None:
        self.calendar.setSelectedDate(self._date)
        self._menu.popup(self.mapToGlobal(self.rect().bottomLeft()))
        self.calendar.setFocus()

    def _picked(self, date: QDate) -> None:
        self._menu.hide()
        self.setDate(date)
        self.setFocus()

    def _typed(self, text: str) -> None:
        problem = self._problem_of(text.strip())
        if problem != self._problem:
            self._problem = problem
            self.setToolTip(problem)
            self.setStyleSheet(ink_style(Ink.PROBLEM) if problem else "")
            self.problem_changed.emit(problem)
        if problem:
            return
        date = QDate.fromString(text.strip(), ISO_FORMAT)
        if date != self._date:
            self._date = date
            self.dateChanged.emit(QDate(date))

    def _problem_of(self, text: str) -> str:
        parts = text.split("-")
        if [len(part) for part in parts] != [4, 2, 2] or not all(p.isdigit() for p in parts):
            return self.tr("{0} is not a date: type it as YYYY-MM-DD, e.g. 2026-03-01.").format(
                text or self.tr("An empty field")
            )
        year, month, day = (int(part) for part in parts)
        if not 1 <= month <= 12:
            return self.tr("{0} is not a date: there is no month {1}.").format(text, month)
        days = calendar.monthrange(year, month)[1]
        if not 1 <= day <= days:
            return self.tr("{0} is not a date: that month has {1} days.").format(text, days)
        return ""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        """A digit typed onto a whole date, with nothing selected, starts a new date."""
        typed = event.text()
        if (
            typed.isdigit()
            and not self.hasSelectedText()
            and len(self.text()) == 10
            and not self._problem
        ):
            self.clear()
        if event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier:
            self.show_calendar()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt's name
        super().focusInEvent(event)
        # A click places the cursor after Qt's own handling; select all after it, so that a
        # date typed at once replaces the old one however the field was reached.
        QTimer.singleShot(0, self, self.selectAll)


# The longest tour the window asks about, in days (two years).
LONGEST_TOUR_DAYS = 730


class TourDaysField(QSpinBox):
    """How many days a deployment starting on the as-of date lasts: 0 is the day only.

    Readiness through the tour counts what lapses by its last day, ``through(as_of)``.
    """

    def __init__(self, days: int = 0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(0, LONGEST_TOUR_DAYS)
        self.setSingleStep(30)
        self.setSpecialValueText(self.tr("on the day only"))
        self.setSuffix(self.tr(" days"))
        self.setValue(days)
        self.setAccessibleName(self.tr("Deploying for this many days"))
        self.setToolTip(
            self.tr("Deploying on the as-of date for this many days: what lapses during the tour")
        )

    def through(self, as_of: dt.date) -> dt.date | None:
        """The tour's last day, for a deployment starting on ``as_of`` (None: no tour)."""
        days = self.value()
        return as_of + dt.timedelta(days=days - 1) if days else None
