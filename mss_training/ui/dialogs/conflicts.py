"""Conflicting edits from different sites, side by side, for a coordinator to settle."""

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mss_training.sync.conflicts import ConflictRow, ConflictValue
from mss_training.ui.dialogs.forms import choice_table
from mss_training.ui.language import QT_TRANSLATE_NOOP
from mss_training.ui.screen_fit import fit_to_screen
from mss_training.ui.theme import Ink, ink_style
from mss_training.words import field_name

Resolve = Callable[[int, int, Callable[[list[ConflictRow]], None], Callable[[str], None]], None]
COLUMNS = (
    QT_TRANSLATE_NOOP("ConflictsDialog", "Officer"),
    QT_TRANSLATE_NOOP("ConflictsDialog", "Field"),
    QT_TRANSLATE_NOOP("ConflictsDialog", "Kept value"),
    QT_TRANSLATE_NOOP("ConflictsDialog", "Kept from"),
    QT_TRANSLATE_NOOP("ConflictsDialog", "Other value"),
    QT_TRANSLATE_NOOP("ConflictsDialog", "Other from"),
    QT_TRANSLATE_NOOP("ConflictsDialog", "More values"),
)


class ConflictsDialog(QDialog):
    """``resolve(conflict_id, choice, done, failed)`` settles one with its ``choice``-th
    value (from 1) and returns the rest."""

    def __init__(
        self, conflicts: list[ConflictRow], resolve: Resolve, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sync conflicts"))
        fit_to_screen(self, 980, 420)
        self._resolve = resolve
        self.conflicts: list[ConflictRow] = []
        explain = QLabel(
            self.tr(
                "Sites changed the same field of the same officer without seeing each "
                "other's change. Every installation shows the later edit and keeps the others "
                "here; choose which value is right. Your choice travels to the other "
                "installations with the next bundles and closes the conflict there too."
            )
        )
        explain.setWordWrap(True)
        self.table = choice_table([self.tr(c) for c in COLUMNS], self.tr("Open conflicts"))
        self.keep_button = QPushButton(self.tr("&Keep the kept value"))
        self.other_button = QPushButton(self.tr("&Use the other value"))
        self.keep_button.clicked.connect(lambda: self.resolve(1))
        self.other_button.clicked.connect(lambda: self.resolve(2))
        # A conflict between three or more sites: any of its values.
        self.value_choice = QComboBox()
        self.value_choice.setAccessibleName(self.tr("Value to use"))
        self.chosen_button = QPushButton(self.tr("Use the &chosen value"))
        self.chosen_button.clicked.connect(
            lambda: self.resolve(self.value_choice.currentIndex() + 1)
        )
        self.message = QLabel()
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.keep_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.other_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        choosing = QHBoxLayout()
        choosing.addWidget(QLabel(self.tr("Any value:")))
        choosing.addWidget(self.value_choice, 1)
        choosing.addWidget(self.chosen_button)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(self.table, 1)
        layout.addLayout(choosing)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.show_conflicts(conflicts)

    def show_conflicts(self, conflicts: list[ConflictRow]) -> None:
        self.conflicts = conflicts
        self.table.setRowCount(len(conflicts))
        for row, conflict in enumerate(conflicts):
            kept, other, *more = conflict.values
            values = (
                conflict.officer, field_name(conflict.field),
                kept.value, _written(kept), other.value, _written(other),
                "; ".join(_described(value) for value in more),
            )  # fmt: skip
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        if conflicts:
            self.table.selectRow(0)
        else:
            self.message.setText(self.tr("No open conflicts: every site's edits agree."))
        self._update_buttons()

    def _update_buttons(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        self.value_choice.clear()
        if rows:
            conflict = self.conflicts[rows[0].row()]
            self.value_choice.addItems(
                [f"{n}. {_described(v)}" for n, v in enumerate(conflict.values, start=1)]
            )
        for button in (self.keep_button, self.other_button, self.chosen_button):
            button.setEnabled(bool(rows))
        self.value_choice.setEnabled(bool(rows))

    def resolve(self, choice: int) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        conflict = self.conflicts[rows[0].row()]
        for button in (self.keep_button, self.other_button, self.chosen_button):
            button.setEnabled(False)
        self._resolve(conflict.id, choice, self.resolved, self.show_problem)

    def resolved(self, conflicts: list[ConflictRow]) -> None:
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Resolved."))
        self.show_conflicts(conflicts)

    def show_problem(self, message: str) -> None:
        self.message.setStyleSheet(ink_style(Ink.PROBLEM))
        self.message.setText(message)
        self._update_buttons()


def _written(value: ConflictValue) -> str:
    return f"{value.by}, {value.at:%Y-%m-%d %H:%M}"


def _described(value: ConflictValue) -> str:
    return f"{value.value} ({_written(value)})"
