"""The Holds screen: every eligibility hold the account may see, to place and lift them."""

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mss_training.domain import HoldKind, VettingStatus
from mss_training.services.holds import HoldInput, HoldLine
from mss_training.services.personnel import OfficerRef
from mss_training.ui.date_field import DateField
from mss_training.ui.dialogs.forms import problem_label, read_only_table
from mss_training.ui.models.table import RowsModel
from mss_training.ui.theme import Tone
from mss_training.words import hold_status_word, word, word_for


class HoldsView(QWidget):
    """The holds as a table, with the actions a coordinator takes on them.

    Signals:
        reload_requested: (open only) the list should be read again.
        place_requested: (HoldInput) the user filled in a hold to place.
        lift_requested: (hold uid hex, reason) the user lifts a hold.
    """

    reload_requested = Signal(bool)
    place_requested = Signal(object)
    lift_requested = Signal(str, str)

    def __init__(self, *, may_manage: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lines: list[HoldLine] = []
        self.model = RowsModel(self._headers())
        self.table = read_only_table(self.model, self.tr("Holds"))
        self.open_only = QCheckBox(self.tr("Only holds in force today"))
        self.open_only.setChecked(True)
        self.open_only.toggled.connect(self.reload_requested.emit)
        self.place_button = QPushButton(self.tr("&Place a hold…"))
        self.place_button.clicked.connect(self._place)
        self.lift_button = QPushButton(self.tr("&Lift…"))
        self.lift_button.clicked.connect(self._lift)
        for button in (self.place_button, self.lift_button):
            button.setVisible(may_manage)
        explanation = QLabel(
            self.tr(
                "An officer with a hold in force is not deployable, whatever their "
                "training. A hold is never deleted: lifting it keeps it, marked lifted."
            )
        )
        # Wrapped: on one line it is wider than a laptop's screen in French or Spanish.
        explanation.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(explanation, 1)
        top.addWidget(self.open_only)
        actions = QHBoxLayout()
        actions.addStretch()
        actions.addWidget(self.place_button)
        actions.addWidget(self.lift_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)

    def _headers(self) -> list[str]:
        return [
            self.tr("Officer"), self.tr("Name"), self.tr("Kind"), self.tr("Status"),
            self.tr("Since"), self.tr("Until"), self.tr("Lifted"), self.tr("Reason"),
            self.tr("Reference"),
        ]  # fmt: skip

    def show_lines(self, lines: list[HoldLine]) -> None:
        self.lines = lines
        hidden = self.tr("(not shown to your role)")
        lifted = [line.lifted_on is not None for line in lines]
        self.model = RowsModel(
            self._headers(),
            [
                [
                    f"{line.contingent} {line.service_number}",
                    f"{line.family_name.upper()}, {line.given_names}",
                    word_for(HoldKind, line.kind), hold_status_word(line.status),
                    line.since, line.until or "",
                    f"{line.lifted_on} ({line.lifted_by})" if line.lifted_on else "",
                    hidden if line.reason is None else line.reason,
                    hidden if line.reference is None else line.reference,
                ]
                for line in lines
            ],
            lambda row, _column: Tone.NEUTRAL if lifted[row] else None,
        )  # fmt: skip
        self.table.setModel(self.model)
        self.table.resizeColumnsToContents()

    def _place(self) -> None:
        form = HoldForm(self)
        self.hold_form = form
        if form.exec() == QDialog.DialogCode.Accepted:
            self.place_requested.emit(form.entry())

    def _lift(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or self.lines[rows[0].row()].lifted_on is not None:
            QMessageBox.information(self, self.tr("Lift"), self.tr("Choose a hold in force."))
            return
        line = self.lines[rows[0].row()]
        reason, accepted = QInputDialog.getText(
            self,
            self.tr("Lift hold"),
            self.tr("Why is the {0} hold on {1} lifted? (required)").format(
                line.kind, line.service_number
            ),
        )
        if accepted and reason.strip():
            self.lift_requested.emit(line.uid.hex, reason.strip())


class HoldForm(QDialog):
    """The fields of a new hold; the service checks them and says what is wrong."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Place a hold"))
        self.contingent = QLineEdit()
        self.contingent.setPlaceholderText("KEN")
        self.service_number = QLineEdit()
        self.kind = QComboBox()
        for kind in HoldKind:
            self.kind.addItem(word(kind).capitalize(), kind.value)
        self.status = QComboBox()
        self.status.addItem(self.tr("(not a vetting)"), "")
        for status in VettingStatus:
            self.status.addItem(word(status), status.value)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.reason = QLineEdit()
        self.reference = QLineEdit()
        self.since = DateField(QDate.currentDate())
        self.has_until = QCheckBox(self.tr("Ends on"))
        self.until = DateField(QDate.currentDate())
        self.until.setEnabled(False)
        self.has_until.toggled.connect(self.until.setEnabled)
        until_row = QHBoxLayout()
        until_row.addWidget(self.has_until)
        until_row.addWidget(self.until, 1)
        form = QFormLayout()
        form.addRow(self.tr("Contingent"), self.contingent)
        form.addRow(self.tr("Service number"), self.service_number)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Vetting status"), self.status)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.tr("Reference (case or file)"), self.reference)
        form.addRow(self.tr("From"), self.since)
        form.addRow(self.tr("Until"), until_row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        self.problem = problem_label()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self._kind_changed()

    def _accept(self) -> None:
        """Close on whole, possible dates only; an impossible one is named, never changed."""
        dates = [self.since, *([self.until] if self.has_until.isChecked() else [])]
        problem = next((field.problem() for field in dates if field.problem()), "")
        self.problem.setText(problem)
        if not problem:
            self.accept()

    def _kind_changed(self) -> None:
        vetting = self.kind.currentData() == HoldKind.VETTING.value
        self.status.setEnabled(vetting)
        self.status.setCurrentIndex(1 if vetting else 0)

    def entry(self) -> HoldInput:
        status = self.status.currentData()
        return HoldInput(
            officer=OfficerRef(self.contingent.text(), self.service_number.text()),
            kind=HoldKind(self.kind.currentData()),
            reason=self.reason.text(),
            since=self.since.day(),
            vetting_status=VettingStatus(status) if status else None,
            reference=self.reference.text(),
            until=self.until.day() if self.has_until.isChecked() else None,
        )
