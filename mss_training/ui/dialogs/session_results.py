"""The results page of the session wizard: one row per attendee, checked as it is typed.

Each result is read through the service's own ``typed_result`` as soon as it changes, so
the row says pass, fail or what is wrong in the words Save would use; Enter and Tab go
to the next attendee; a pass/fail module is marked all passed in one action, then the
exceptions are typed.
"""

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from mss_training.domain import Assessment, Outcome
from mss_training.errors import InputError
from mss_training.services.personnel import OfficerRef, OfficerRow
from mss_training.services.results_import import typed_result
from mss_training.services.session_drafts import DraftResult
from mss_training.services.training import AttendeeResult, ModuleRules
from mss_training.ui.dialogs.forms import problem_label
from mss_training.ui.theme import Ink, ink

NAME, NUMBER, ATTENDED, RESULT, OUTCOME = range(5)
# On an outcome cell: its attendee is of a contingent the account does not record for.
OUT_OF_SCOPE = Qt.ItemDataRole.UserRole + 1


def officer_name(row: OfficerRow) -> str:
    return f"{row.family_name.upper()}, {row.given_names}"


class ResultDelegate(QStyledItemDelegate):
    """Enter in a result's editor saves it and goes on, there and then.

    Qt's own delegate commits Enter later, from the event queue, and hands the key on to
    the wizard, whose default button is Next.
    """

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (
            isinstance(editor, QWidget)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.SubmitModelCache)
            return True
        return super().eventFilter(editor, event)


class ResultsPage(QWizardPage):
    """One row per attendee; the number keys, Enter and the space bar are all a typist needs.

    Signals:
        edited(): a result or an attendance changed (the wizard keeps its draft).
    """

    edited = Signal()

    def __init__(
        self,
        rules_of: Callable[[], ModuleRules],
        attendees: Callable[[], list[OfficerRow]],
        scope_refusal: Callable[[str], str | None] | None = None,
    ) -> None:
        super().__init__()
        self.rules_of = rules_of
        self.attendees = attendees
        # The sentence refusing an attendee of a contingent the account does not record for.
        self.scope_refusal = scope_refusal or (lambda _contingent: None)
        self.rules: ModuleRules | None = None
        self._restored: dict[int, DraftResult] = {}
        self.setTitle(self.tr("Results"))
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Service no."),
                self.tr("Attended"),
                self.tr("Result"),
                self.tr("Outcome"),
            ]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(OUTCOME, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Results of each attendee"))
        # The current row stands out: a typist sees whose result the next key goes to.
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setStyleSheet(
            "QTableWidget::item:focus { border: 2px solid palette(highlight); }"
        )
        self.all_passed = QPushButton(self.tr("Mark &everyone passed"))
        self.all_passed.setToolTip(self.tr("Then type F on whoever failed."))
        self.all_passed.clicked.connect(self.mark_everyone_passed)
        self.problem = problem_label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.problem, 1)
        bottom.addWidget(self.all_passed)
        layout.addLayout(bottom)
        self.delegate = ResultDelegate(self.table)
        self.table.setItemDelegate(self.delegate)
        self.delegate.closeEditor.connect(self._to_next_attendee)
        self.table.itemChanged.connect(self._changed)
        self.table.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Enter on the table goes to the next attendee rather than to the next page."""
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.table.rowCount()
        ):
            self._go_to(min(self.table.currentRow() + 1, self.table.rowCount() - 1))
            return True
        return super().eventFilter(watched, event)

    def _to_next_attendee(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        """Tab or Enter go from one attendee's result straight to the next one's."""
        row = self.table.indexAt(editor.geometry().center()).row() + 1
        tab = hint == QAbstractItemDelegate.EndEditHint.EditNextItem
        enter = hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache
        if not (tab or enter) or row >= self.table.rowCount():
            return
        # After the view has finished its own move, which would land on a read-only cell.
        QTimer.singleShot(0, self, lambda: self._go_to(row, edit=tab))

    def _go_to(self, row: int, *, edit: bool = False) -> None:
        self.table.setCurrentCell(row, RESULT)
        item = self.table.item(row, RESULT)
        if edit and item is not None and item.flags() & Qt.ItemFlag.ItemIsEditable:
            self.table.editItem(item)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        self.rules = rules = self.rules_of()
        if rules.assessment is Assessment.SCORED:
            self.setSubTitle(
                self.tr(
                    "Type each score and press Enter for the next (pass mark {0}); "
                    "untick who did not attend."
                ).format(f"{rules.pass_mark or 0:g}")
            )
        elif rules.assessment is Assessment.PASS_FAIL:
            self.setSubTitle(
                self.tr(
                    "Mark everyone passed, then type F on whoever failed; "
                    "untick who did not attend."
                )
            )
        else:
            self.setSubTitle(self.tr("Attending is passing; untick who did not attend."))
        self.all_passed.setVisible(rules.assessment is Assessment.PASS_FAIL)
        # Going back and on again keeps what was typed, as does a draft put back.
        kept = self._restored | {line.officer_id: line for line in self.lines()}
        self._restored = {}
        rows = sorted(self.attendees(), key=lambda r: (r.family_name, r.given_names))
        self.table.blockSignals(True)
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            line = kept.get(row.id, DraftResult(row.id))
            name = QTableWidgetItem(officer_name(row))
            name.setData(Qt.ItemDataRole.UserRole, row)
            number = QTableWidgetItem(row.service_number)
            attended = QTableWidgetItem()
            attended.setCheckState(
                Qt.CheckState.Checked if line.attended else Qt.CheckState.Unchecked
            )
            attended.setFlags(attended.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            result = QTableWidgetItem(line.typed)
            outcome = QTableWidgetItem()
            for item in (name, number, attended, outcome):
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            if rules.assessment is Assessment.ATTENDANCE:
                result.setFlags(result.flags() & ~Qt.ItemFlag.ItemIsEditable)
            for column, item in enumerate((name, number, attended, result, outcome)):
                self.table.setItem(index, column, item)
            self._check_row(index)
        self.table.blockSignals(False)
        self._show_first_problem()
        if rows:
            # The typist starts on the first result without reaching for the mouse.
            self.table.setCurrentCell(0, RESULT)
            # After the wizard has placed its own focus on the page.
            QTimer.singleShot(0, self.table, self.table.setFocus)

    def lines(self) -> list[DraftResult]:
        """Each row as typed, for the draft."""
        found: list[DraftResult] = []
        for index in range(self.table.rowCount()):
            row: OfficerRow = self._cell(index, NAME).data(Qt.ItemDataRole.UserRole)
            attended = self._cell(index, ATTENDED).checkState() == Qt.CheckState.Checked
            found.append(DraftResult(row.id, attended, self._cell(index, RESULT).text()))
        return found

    def restore(self, lines: list[DraftResult]) -> None:
        """Put back a draft's rows (before the page is shown)."""
        self._restored = {line.officer_id: line for line in lines}

    def mark_everyone_passed(self) -> None:
        self.table.blockSignals(True)
        for index in range(self.table.rowCount()):
            if self._cell(index, ATTENDED).checkState() == Qt.CheckState.Checked:
                self._cell(index, RESULT).setText("P")
            self._check_row(index)
        self.table.blockSignals(False)
        self._show_first_problem()
        self.edited.emit()
        self.table.setFocus()

    def _cell(self, row: int, column: int) -> QTableWidgetItem:
        item = self.table.item(row, column)
        assert item is not None
        return item

    def _changed(self, item: QTableWidgetItem) -> None:
        if item.column() == ATTENDED:
            # A click on the box makes its row current: the next Down and Space go on from it.
            self.table.setCurrentItem(item)
        if item.column() in (ATTENDED, RESULT):
            self.table.blockSignals(True)
            self._check_row(item.row())
            self.table.blockSignals(False)
            self._show_first_problem()
            self.edited.emit()

    def _read_row(self, index: int) -> tuple[AttendeeResult, Outcome]:
        """The row's result and the outcome it decides; InputError saying what is wrong."""
        assert self.rules is not None
        row: OfficerRow = self._cell(index, NAME).data(Qt.ItemDataRole.UserRole)
        attended = self._cell(index, ATTENDED).checkState() == Qt.CheckState.Checked
        ref = OfficerRef(row.contingent, row.service_number)
        return typed_result(self.rules, ref, attended, self._cell(index, RESULT).text())

    def _check_row(self, index: int) -> None:
        """Show on the row what its result decides, or what is wrong with it."""
        result, outcome = self._cell(index, RESULT), self._cell(index, OUTCOME)
        row: OfficerRow = self._cell(index, NAME).data(Qt.ItemDataRole.UserRole)
        refusal = self.scope_refusal(row.contingent)
        outcome.setData(OUT_OF_SCOPE, bool(refusal))
        try:
            if refusal:
                # Whatever is typed: the save would refuse the attendee, in these words.
                raise InputError(refusal)
            _, decided = self._read_row(index)
        except InputError as error:
            needs_typing = not result.text().strip() and not refusal
            outcome.setText(self.tr("to enter") if needs_typing else str(error))
            outcome.setForeground(QBrush(ink(Ink.MUTED if needs_typing else Ink.PROBLEM)))
            result.setToolTip(str(error))
            outcome.setData(Qt.ItemDataRole.UserRole, str(error))
            return
        words = {
            Outcome.PASS: self.tr("passed"),
            Outcome.FAIL: self.tr("failed"),
            Outcome.ABSENT: self.tr("absent"),
            Outcome.ATTENDED: self.tr("attended"),
        }
        outcome.setText(words[decided])
        shade = {Outcome.PASS: Ink.GOOD, Outcome.FAIL: Ink.PROBLEM}.get(decided, Ink.MUTED)
        outcome.setForeground(QBrush(ink(shade)))
        outcome.setData(Qt.ItemDataRole.UserRole, None)
        result.setToolTip("")

    def first_problem(self) -> str | None:
        """The first row that cannot be saved, as a sentence naming the attendee."""
        for index in range(self.table.rowCount()):
            if self._cell(index, OUTCOME).data(Qt.ItemDataRole.UserRole):
                return self._problem_of_row(index)
        return None

    def _problem_of_row(self, index: int) -> str:
        return self.tr("Row {0} ({1}): {2}").format(
            index + 1,
            self._cell(index, NAME).text(),
            self._cell(index, OUTCOME).data(Qt.ItemDataRole.UserRole),
        )

    def _show_first_problem(self) -> None:
        # Rows not yet typed are not a problem to shout about; a wrong one is.
        wrong = [
            index
            for index in range(self.table.rowCount())
            if self._cell(index, OUTCOME).data(Qt.ItemDataRole.UserRole)
            and (
                self._cell(index, RESULT).text().strip()
                or self._cell(index, OUTCOME).data(OUT_OF_SCOPE)
            )
        ]
        if wrong:
            self.problem.setText(self._problem_of_row(wrong[0]))
        else:
            self.problem.clear()

    def attendee_results(self) -> list[tuple[OfficerRow, AttendeeResult, Outcome]] | str:
        """Each attendee's result and outcome, or a sentence naming the first to correct."""
        problem = self.first_problem()
        if problem:
            return problem
        found = []
        for index in range(self.table.rowCount()):
            row: OfficerRow = self._cell(index, NAME).data(Qt.ItemDataRole.UserRole)
            result, decided = self._read_row(index)
            found.append((row, result, decided))
        return found

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        problem = self.first_problem()
        self.problem.setText(problem or "")
        return problem is None
