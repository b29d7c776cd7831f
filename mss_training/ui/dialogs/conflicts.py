"""Conflicting edits from different sites, side by side, for a coordinator to settle."""

from collections.abc import Callable

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mss_training.sync.conflicts import ConflictRow
from mss_training.ui.theme import Ink, ink_style

Resolve = Callable[[int, bool, Callable[[list[ConflictRow]], None], Callable[[str], None]], None]
COLUMNS = ("Officer", "Field", "Kept value", "Kept from", "Other value", "Other from")


class ConflictsDialog(QDialog):
    """``resolve(conflict_id, use_other, done, failed)`` settles one and returns the rest."""

    def __init__(
        self, conflicts: list[ConflictRow], resolve: Resolve, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sync conflicts"))
        self.resize(980, 420)
        self._resolve = resolve
        self.conflicts: list[ConflictRow] = []
        explain = QLabel(
            self.tr(
                "Two sites changed the same field of the same officer without seeing each "
                "other's change. Every installation keeps the later edit; choose which value "
                "is right. Your choice travels to the other sites with the next bundles."
            )
        )
        explain.setWordWrap(True)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(self.tr("Open conflicts"))
        self.keep_button = QPushButton(self.tr("&Keep the kept value"))
        self.other_button = QPushButton(self.tr("&Use the other value"))
        self.keep_button.clicked.connect(lambda: self.resolve(use_other=False))
        self.other_button.clicked.connect(lambda: self.resolve(use_other=True))
        self.message = QLabel()
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.keep_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.other_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.show_conflicts(conflicts)

    def show_conflicts(self, conflicts: list[ConflictRow]) -> None:
        self.conflicts = conflicts
        self.table.setRowCount(len(conflicts))
        for row, conflict in enumerate(conflicts):
            values = (
                conflict.officer, conflict.field,
                conflict.kept, f"{conflict.kept_by}, {conflict.kept_at:%Y-%m-%d %H:%M}",
                conflict.other, f"{conflict.other_by}, {conflict.other_at:%Y-%m-%d %H:%M}",
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
        chosen = bool(self.table.selectionModel().selectedRows())
        self.keep_button.setEnabled(chosen)
        self.other_button.setEnabled(chosen)

    def resolve(self, *, use_other: bool) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        conflict = self.conflicts[rows[0].row()]
        self.keep_button.setEnabled(False)
        self.other_button.setEnabled(False)
        self._resolve(conflict.id, use_other, self.resolved, self.show_problem)

    def resolved(self, conflicts: list[ConflictRow]) -> None:
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Resolved."))
        self.show_conflicts(conflicts)

    def show_problem(self, message: str) -> None:
        self.message.setStyleSheet(ink_style(Ink.PROBLEM))
        self.message.setText(message)
        self._update_buttons()
