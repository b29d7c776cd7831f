"""Sessions that look recorded twice (two sites, one sign-in sheet), for a coordinator."""

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mss_training.sync.duplicates import DuplicatePair
from mss_training.ui.dialogs.forms import choice_table
from mss_training.ui.language import QT_TRANSLATE_NOOP
from mss_training.ui.screen_fit import fit_to_screen

# decide(pair, choice, done, failed): choice is "keep first", "keep second" or "keep both".
Decide = Callable[
    [DuplicatePair, str, Callable[[list[DuplicatePair]], None], Callable[[str], None]], None
]
COLUMNS = (
    QT_TRANSLATE_NOOP("DuplicatesDialog", "Module"),
    QT_TRANSLATE_NOOP("DuplicatesDialog", "Days"),
    QT_TRANSLATE_NOOP("DuplicatesDialog", "Place"),
    QT_TRANSLATE_NOOP("DuplicatesDialog", "First recorded"),
    QT_TRANSLATE_NOOP("DuplicatesDialog", "Second recorded"),
    QT_TRANSLATE_NOOP("DuplicatesDialog", "Shared attendees"),
)


class DuplicatesDialog(QDialog):
    """Each likely duplicate with its two sessions; merge them one way, or keep both."""

    def __init__(
        self, pairs: list[DuplicatePair], decide: Decide, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Likely duplicate sessions"))
        fit_to_screen(self, 980, 420)
        self._decide = decide
        self.pairs: list[DuplicatePair] = []
        explain = QLabel(
            self.tr(
                "Two installations recorded a session of the same module, days and place "
                "with most of the same attendees: perhaps one sign-in sheet typed twice. "
                "Merging keeps one session's results and voids the other's for the officers "
                "in both, with a reason; nothing is deleted. Or keep both if they were two "
                "sessions."
            )
        )
        explain.setWordWrap(True)
        self.table = choice_table(
            [self.tr(c) for c in COLUMNS], self.tr("Likely duplicate sessions")
        )
        self.keep_first_button = QPushButton(self.tr("Merge, keeping the &first"))
        self.keep_second_button = QPushButton(self.tr("Merge, keeping the &second"))
        self.keep_both_button = QPushButton(self.tr("Keep &both"))
        self.keep_first_button.clicked.connect(lambda: self.decide("keep first"))
        self.keep_second_button.clicked.connect(lambda: self.decide("keep second"))
        self.keep_both_button.clicked.connect(lambda: self.decide("keep both"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        for button in self._buttons():
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.show_pairs(pairs)

    def _buttons(self) -> tuple[QPushButton, ...]:
        return (self.keep_first_button, self.keep_second_button, self.keep_both_button)

    def show_pairs(self, pairs: list[DuplicatePair]) -> None:
        self.pairs = pairs
        self.table.setRowCount(len(pairs))
        for row, pair in enumerate(pairs):
            first, second = pair.first, pair.second
            days = f"{first.starts_on:%Y-%m-%d}" + (
                f" – {first.ends_on:%Y-%m-%d}" if first.ends_on != first.starts_on else ""
            )
            values = (
                first.module, days, first.location,
                self.tr("{0} (%n attendees)", "", first.attendees).format(first.site),
                self.tr("{0} (%n attendees)", "", second.attendees).format(second.site),
                str(pair.shared),
            )  # fmt: skip
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        if pairs:
            self.table.selectRow(0)
        else:
            self.message.setText(self.tr("No likely duplicate sessions."))
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = bool(self.table.selectionModel().selectedRows())
        for button in self._buttons():
            button.setEnabled(chosen)

    def decide(self, choice: str) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        for button in self._buttons():
            button.setEnabled(False)
        self._decide(self.pairs[rows[0].row()], choice, self.decided, self.show_problem)

    def decided(self, pairs: list[DuplicatePair]) -> None:
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Done."))
        self.show_pairs(pairs)

    def show_problem(self, message: str) -> None:
        self.message.setStyleSheet("color: #B3261E")
        self.message.setText(message)
        self._update_buttons()
