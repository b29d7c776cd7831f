"""The officers behind a figure of the dashboard, one click from each officer's record."""

import html
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mss_training.domain import RequirementStatus
from mss_training.errors import MssError
from mss_training.io.tables import write_table
from mss_training.services.readiness import OfficerReadiness
from mss_training.ui.dialogs.forms import choose_file_to_save, read_only_table
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
        self.export_button = QPushButton(self.tr("&Export…"))
        self.print_button = QPushButton(self.tr("&Print…"))
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.clicked.connect(self.export)
        self.print_button.clicked.connect(self.print_list)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("%Ln officers", "", len(self._officers))))
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        """Enter opens the officer (the table's activation) and leaves the list open."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)

    def rows(self) -> list[list[str]]:
        return [
            [str(value) for value in self.model.row_values(r)] for r in range(self.model.rowCount())
        ]

    def headers(self) -> list[str]:
        return [
            str(self.model.headerData(c, Qt.Orientation.Horizontal))
            for c in range(self.model.columnCount())
        ]

    def export(self) -> None:
        """Ask where (without blocking), then write the list as CSV or XLSX."""
        self.chooser = choose_file_to_save(
            self,
            self.tr("Export the list"),
            Path.home() / "officers.csv",
            "CSV (*.csv);;Excel (*.xlsx)",
            self.export_to,
        )

    def export_to(self, path: Path) -> None:
        try:
            write_table(path, self.headers(), self.rows(), title="Officers")
        except MssError as error:
            QMessageBox.warning(self, self.windowTitle(), str(error))

    def print_list(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        """The list as a table under its title (which names its contingent, unit and date)."""
        cells = "".join(f"<th>{html.escape(h)}</th>" for h in self.headers())
        body = "".join(
            "<tr>" + "".join(f"<td>{html.escape(v)}</td>" for v in row) + "</tr>"
            for row in self.rows()
        )
        document = QTextDocument()
        document.setHtml(
            f"<h3>{html.escape(self.windowTitle())}</h3>"
            f"<table border='1' cellspacing='0' cellpadding='3'><tr>{cells}</tr>{body}</table>"
        )
        document.print_(printer)

    def _chosen(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_officer.emit(str(self._officers[index.row()].uid))
