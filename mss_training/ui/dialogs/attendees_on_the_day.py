"""On the day of a planned session: who came as well, and who was reported absent.

Every expected attendee is listed with an Absent box (one already marked stays marked);
those who came as well are typed as service numbers of one contingent. Nothing is stored
until Save, and a refusal keeps everything as it was typed.
"""

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mss_training.errors import MssError
from mss_training.services.personnel import OfficerRef
from mss_training.services.planned_sessions import service_numbers
from mss_training.services.session_list import SessionDetail
from mss_training.ui.dialogs.forms import (
    add_contingents,
    choice_table,
    hint_width,
    plain_label,
    problem_label,
    save_entered,
)
from mss_training.ui.language import session_module
from mss_training.ui.screen_fit import fit_to_screen

NUMBER, NAME, CONTINGENT, ABSENT = range(4)


@dataclass(frozen=True)
class AttendeeChanges:
    added: tuple[OfficerRef, ...]
    absent: tuple[OfficerRef, ...]


Save = Callable[[AttendeeChanges, Callable[[object], None], Callable[[str], None]], None]


class AttendeesOnTheDayDialog(QDialog):
    """``save(changes, done, failed)`` stores the changes; the dialog closes once it has."""

    def __init__(
        self,
        detail: SessionDetail,
        save: Save,
        parent: QWidget | None = None,
        within: frozenset[str] | None = None,
    ) -> None:
        super().__init__(parent)
        self._save = save
        line = detail.line
        self.setWindowTitle(
            self.tr("Attendees on the day: {0} at {1} ({2})").format(
                session_module(detail), line.location, line.reference
            )
        )
        explanation = plain_label(
            self.tr(
                "Tick Absent for whoever is reported absent; add whoever came as well. "
                "The results then start from this."
            )
        )
        explanation.setWordWrap(True)
        self.table = choice_table(
            [self.tr("Service no."), self.tr("Name"), self.tr("Contingent"), self.tr("Absent")],
            self.tr("Expected attendees"),
        )
        expected = [a for a in detail.attendees if a.expected]
        self.table.setRowCount(len(expected))
        for row, attendee in enumerate(expected):
            for column, text in (
                (NUMBER, attendee.service_number),
                (NAME, attendee.name),
                (CONTINGENT, attendee.contingent),
            ):
                self.table.setItem(row, column, QTableWidgetItem(text))
            box = QTableWidgetItem()
            box.setCheckState(
                Qt.CheckState.Checked if attendee.marked_absent else Qt.CheckState.Unchecked
            )
            flags = Qt.ItemFlag.ItemIsSelectable
            if not attendee.marked_absent:  # a mark made stays made
                flags |= Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled
            box.setFlags(flags)
            self.table.setItem(row, ABSENT, box)
        for column, width in enumerate((100, 240, 90, 70)):
            self.table.setColumnWidth(column, width)
        self.table.horizontalHeader().setStretchLastSection(True)
        # Space ticks the current row's box, wherever in the row the cursor is.
        self.table.setTabKeyNavigation(False)
        if expected:
            self.table.setCurrentCell(0, ABSENT)

        self.contingent = QComboBox()
        self.contingent.setAccessibleName(self.tr("Contingent of the attendees to add"))
        add_contingents(self.contingent, within)
        self.numbers = QLineEdit()
        self.numbers.setPlaceholderText(self.tr("Service numbers of those who came as well"))
        self.numbers.setAccessibleName(self.tr("Service numbers to add"))
        self.numbers.setMinimumWidth(hint_width(self.numbers))  # its hint whole in any language
        adding = QHBoxLayout()
        came = QLabel(self.tr("Came as &well:"))
        came.setBuddy(self.numbers)
        adding.addWidget(came)
        adding.addWidget(self.contingent)
        adding.addWidget(self.numbers, 1)

        self.problem = problem_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.table, 1)
        layout.addLayout(adding)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 640, 480)

    def changes(self) -> AttendeeChanges | str:
        """What was entered, or the sentence saying what cannot be read."""
        absent = []
        for row in range(self.table.rowCount()):
            box = self.table.item(row, ABSENT)
            if (
                box is not None
                and box.flags() & Qt.ItemFlag.ItemIsEnabled
                and box.checkState() == Qt.CheckState.Checked
            ):
                number = self.table.item(row, NUMBER)
                contingent = self.table.item(row, CONTINGENT)
                assert number is not None and contingent is not None
                absent.append(OfficerRef(contingent.text(), number.text()))
        added: tuple[OfficerRef, ...] = ()
        if self.numbers.text().strip():
            try:
                added = service_numbers(self.numbers.text(), self.contingent.currentData())
            except MssError as error:
                return str(error)
        if not added and not absent:
            return self.tr("Tick someone absent or type who came as well, or Cancel.")
        return AttendeeChanges(added, tuple(absent))

    def submit(self) -> None:
        save_entered(self, self.changes(), self.problem, self.buttons, self._save)
