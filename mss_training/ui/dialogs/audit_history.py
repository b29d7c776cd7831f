"""The audit history of one record: who changed what, when, with the values before and after."""

from collections.abc import Sequence

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from mss_training.services.audit_history import AuditLine
from mss_training.ui.dialogs.forms import read_only_table
from mss_training.ui.models.table import RowsModel
from mss_training.ui.screen_fit import fit_to_screen


class AuditHistoryDialog(QDialog):
    """A read-only list of audit entries, oldest first."""

    def __init__(
        self, title: str, lines: Sequence[AuditLine], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("History of {0}").format(title))
        fit_to_screen(self, 940, 420)
        self.model = RowsModel(
            [self.tr("No."), self.tr("When (UTC)"), self.tr("By"), self.tr("What"),
             self.tr("Summary"), self.tr("Values")],
            [
                [line.number, f"{line.at:%Y-%m-%d %H:%M}", line.actor,
                 f"{line.action} {line.entity.replace('_', ' ')}", line.summary,
                 "; ".join(line.changes())]
                for line in lines
            ],
        )  # fmt: skip
        self.table = read_only_table(self.model, self.windowTitle())
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(4, min(self.table.columnWidth(4), 360))
        if lines:
            count = self.tr("%Ln entries", "", len(lines))
            note = self.tr("{0}, oldest first. Entries are never changed or deleted.").format(count)
        else:
            note = self.tr(
                "No entries name this record: it came in with a bulk import or a demo mission, "
                "which write one entry for all their rows."
            )
        self.note = QLabel(note)
        self.note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
