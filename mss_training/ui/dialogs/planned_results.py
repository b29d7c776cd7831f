"""Record the results of a planned session: one row per expected attendee, more on the day.

The dialog stays open, with everything typed, until the results are stored; a refusal is
shown on its problem line.
"""

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mss_training.domain import Assessment, Outcome
from mss_training.services.personnel import OfficerRef
from mss_training.services.session_list import SessionDetail
from mss_training.services.training import AttendeeResult
from mss_training.ui.dialogs.forms import (
    add_contingents,
    hint_width,
    plain_label,
    problem_label,
    save_entered,
)
from mss_training.ui.language import session_module
from mss_training.ui.screen_fit import fit_to_screen

Save = Callable[[list[AttendeeResult], Callable[[object], None], Callable[[str], None]], None]
NUMBER, NAME, CONTINGENT, ATTENDED, SCORE, PASSED = range(6)


class PlannedResultsDialog(QDialog):
    """``save(results, done, failed)`` records the results; the dialog closes once it has."""

    def __init__(
        self,
        detail: SessionDetail,
        save: Save,
        parent: QWidget | None = None,
        within: frozenset[str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.detail = detail
        self._save = save
        line = detail.line
        self.setWindowTitle(
            self.tr("Record results: {0} at {1} ({2})").format(
                session_module(detail), line.location, line.reference
            )
        )
        self.scored = detail.assessment is Assessment.SCORED
        self.pass_fail = detail.assessment is Assessment.PASS_FAIL
        if self.scored:
            rule = self.tr("Type each attendee's score; the pass mark is {0}.").format(
                f"{detail.pass_mark:g}"
            )
        elif self.pass_fail:
            rule = self.tr("Tick Passed for each attendee who passed.")
        else:
            rule = self.tr("Attendance-only: attending is passing.")
        explanation = plain_label(
            self.tr("Untick Attended for anyone who did not come. {0}").format(rule)
        )
        explanation.setWordWrap(True)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Service no."), self.tr("Name"), self.tr("Contingent"),
                self.tr("Attended"), self.tr("Score"), self.tr("Passed"),
            ]
        )  # fmt: skip
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(self.tr("Attendees' results"))
        self.table.setColumnHidden(SCORE, not self.scored)
        self.table.setColumnHidden(PASSED, not self.pass_fail)
        for column, width in enumerate((100, 240, 90, 80, 70, 70)):
            self.table.setColumnWidth(column, width)
        self.table.horizontalHeader().setStretchLastSection(True)
        for attendee in detail.attendees:
            # Reported absent on the day: unticked already (tick them if they came after all).
            self._add_row(
                attendee.service_number, attendee.name, attendee.contingent,
                attended=not attendee.marked_absent,
            )  # fmt: skip
        if self.table.rowCount():
            # Where the typing starts: the first score, or the first tick to change.
            self.table.setCurrentCell(
                0, SCORE if self.scored else PASSED if self.pass_fail else ATTENDED
            )

        self.contingent = QComboBox()
        self.contingent.setAccessibleName(self.tr("Contingent of the attendee to add"))
        add_contingents(self.contingent, within)
        self.number = QLineEdit()
        self.number.setPlaceholderText(self.tr("Service number of someone who came"))
        self.number.setAccessibleName(self.tr("Service number to add"))
        self.number.setMinimumWidth(hint_width(self.number))  # its hint whole in any language
        self.add_button = QPushButton(self.tr("&Add attendee"))
        self.add_button.clicked.connect(self._add_typed)
        self.number.returnPressed.connect(self._add_typed)
        adding = QHBoxLayout()
        adding.addWidget(QLabel(self.tr("Came on the day:")))
        adding.addWidget(self.contingent)
        adding.addWidget(self.number, 1)
        adding.addWidget(self.add_button)

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
        fit_to_screen(self, 760, 520)

    def _add_row(self, number: str, name: str, contingent: str, *, attended: bool = True) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, text in ((NUMBER, number), (NAME, name), (CONTINGENT, contingent)):
            item = QTableWidgetItem(text)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, column, item)
        for column, ticked in ((ATTENDED, attended), (PASSED, False)):
            box = QTableWidgetItem()
            box.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            box.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            self.table.setItem(row, column, box)
        self.table.setItem(row, SCORE, QTableWidgetItem(""))

    def _add_typed(self) -> None:
        number, code = self.number.text().strip(), self.contingent.currentData()
        if not number or not code:
            return
        self._add_row(number, self.tr("(added on the day)"), code)
        self.number.clear()

    def results(self) -> list[AttendeeResult] | str:
        """What was entered, or the sentence naming the first row that cannot be read."""
        results = []
        for row in range(self.table.rowCount()):
            ref = OfficerRef(self._text(row, CONTINGENT), self._text(row, NUMBER))
            attended = self._ticked(row, ATTENDED)
            score: float | None = None
            outcome: Outcome | None = None
            if attended and self.scored:
                text = self._text(row, SCORE).replace(",", ".")
                try:
                    score = float(text)
                except ValueError:
                    return self.tr("Type a score from 0 to 100 for {0}.").format(ref.service_number)
            if attended and self.pass_fail:
                outcome = Outcome.PASS if self._ticked(row, PASSED) else Outcome.FAIL
            results.append(AttendeeResult(ref, attended, score, outcome))
        return results

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item is not None else ""

    def _ticked(self, row: int, column: int) -> bool:
        item = self.table.item(row, column)
        return item is not None and item.checkState() == Qt.CheckState.Checked

    def submit(self) -> None:
        save_entered(self, self.results(), self.problem, self.buttons, self._save)
