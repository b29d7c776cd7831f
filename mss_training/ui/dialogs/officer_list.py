"""The officers behind a figure of the dashboard, one click from each officer's record."""

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from mss_training.domain import RequirementStatus
from mss_training.services.readiness import OfficerReadiness
from mss_training.ui.dialogs.forms import read_only_table
from mss_training.ui.models.table import RowsModel
from mss_training.ui.screen_fit import fit_to_screen


def gaps(officer: OfficerReadiness) -> str:
    return "; ".join(
        f"{state.module} {state.status.value}"
        for state in officer.requirements
        if state.status not in (RequirementStatus.CURRENT, RequirementStatus.EXEMPT)
    )


class OfficerListDialog(QDialog):
    """A list of officers; double-click (or Enter) opens one.

    Signals:
        open_officer: the uid (as text) of the officer chosen.
    """

    open_officer = Signal(str)

    def __init__(
        self, title: str, officers: Sequence[OfficerReadiness], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        fit_to_screen(self, 900, 520)
        self._officers = list(officers)
        self.model = RowsModel(
            [self.tr("Service no."), self.tr("Name"), self.tr("Contingent"), self.tr("Unit"),
             self.tr("Status"), self.tr("Gaps")],
            [
                [o.service_number, f"{o.family_name.upper()}, {o.given_names}", o.contingent,
                 o.unit or "", o.status.value.replace("_", " "), gaps(o)]
                for o in self._officers
            ],
        )  # fmt: skip
        self.table = read_only_table(self.model, title)
        self.table.resizeColumnsToContents()
        self.table.activated.connect(self._chosen)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("{0} officers").format(len(self._officers))))
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        """Enter opens the officer (the table's activation) and leaves the list open."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)

    def _chosen(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_officer.emit(str(self._officers[index.row()].uid))
