"""Signed readiness snapshots in the window: take one (the commander's word), list the kept."""

import datetime as dt
import uuid
from collections.abc import Sequence

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mss_training.services.snapshots import CommanderAssessment, SnapshotLine, SnapshotRequest
from mss_training.ui.date_field import DateField, TourDaysField
from mss_training.ui.dialogs.forms import (
    add_contingents,
    lay_out_dialog,
    problem_label,
    read_only_table,
)
from mss_training.ui.language import LANGUAGE_NAMES, current_language
from mss_training.ui.models.table import RowsModel
from mss_training.ui.screen_fit import fit_to_screen


class TakeSnapshotDialog(QDialog):
    """As of when, for whom, and the commander's assessment with remarks."""

    def __init__(
        self,
        as_of: dt.date,
        contingent: str | None,
        within: frozenset[str] | None,
        parent: QWidget | None = None,
        tour_days: int = 0,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Take a readiness snapshot"))
        # Deploying on the as-of date for so many days: readiness through the tour.
        self.tour_days = TourDaysField(tour_days)
        self.as_of = DateField(QDate(as_of.year, as_of.month, as_of.day))
        self.contingent = QComboBox()
        if within is None:
            self.contingent.addItem(self.tr("The whole mission"), "")
        elif len(within) > 1:
            self.contingent.addItem(self.tr("All my contingents"), "")
        add_contingents(self.contingent, within)
        if contingent:
            self.contingent.setCurrentIndex(max(self.contingent.findData(contingent), 0))
        self.assessment = QComboBox()
        self.assessment.addItem(self.tr("Yes"), CommanderAssessment.YES.value)
        self.assessment.addItem(self.tr("Qualified yes"), CommanderAssessment.QUALIFIED.value)
        self.assessment.addItem(self.tr("No"), CommanderAssessment.NO.value)
        self.assessment.setCurrentIndex(-1)
        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(current_language())))
        self.remarks = QPlainTextEdit()
        self.remarks.setPlaceholderText(self.tr("What qualifies the assessment, if anything"))
        self.remarks.setMaximumHeight(90)
        self.problem = problem_label()
        form = QFormLayout()
        for label, widget in (
            (self.tr("Readiness &as of"), self.as_of),
            (self.tr("&Covering"), self.contingent),
            (self.tr("Deploying &for"), self.tour_days),
            (self.tr("Commander's &assessment"), self.assessment),
            (self.tr("&Remarks"), self.remarks),
            (self.tr("&Language of its PDF"), self.language),
        ):
            widget.setAccessibleName(label.replace("&", ""))
            form.addRow(label, widget)
        note = QLabel(
            self.tr(
                "The snapshot is signed with this installation's key and kept, so that the "
                "figure can be checked later against the records it came from."
            )
        )
        note.setWordWrap(True)
        form.addRow(note)
        lay_out_dialog(self, form, self.problem, self._accept)

    def _accept(self) -> None:
        if self.as_of.problem():
            self.problem.setText(self.as_of.problem())
            return
        if self.assessment.currentIndex() < 0:
            self.problem.setText(
                self.tr("Choose the commander's assessment: Yes, Qualified yes or No.")
            )
            return
        self.accept()

    def request(self) -> SnapshotRequest:
        as_of = self.as_of.day()
        return SnapshotRequest(
            as_of=as_of,
            assessment=CommanderAssessment(self.assessment.currentData()),
            remarks=self.remarks.toPlainText(),
            contingent=self.contingent.currentData() or None,
            language=self.language.currentData(),
            through=self.tour_days.through(as_of),
        )


class SnapshotListDialog(QDialog):
    """The kept snapshots, newest first; one can be checked against today's records or saved.

    Signals:
        check_requested(uuid.UUID): recompute the chosen snapshot and say what changed.
        save_requested(uuid.UUID): save the chosen snapshot's signed file.
    """

    check_requested = Signal(object)
    save_requested = Signal(object)

    def __init__(self, lines: Sequence[SnapshotLine], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Readiness snapshots"))
        fit_to_screen(self, 900, 380)
        self.lines = list(lines)
        self.model = RowsModel(
            [self.tr("Taken (UTC)"), self.tr("By"), self.tr("As of"), self.tr("Covers"),
             self.tr("Ready"), self.tr("Assessment"), self.tr("Remarks")],
            [
                [f"{line.taken_at:%Y-%m-%d %H:%M}", line.taken_by, f"{line.as_of:%Y-%m-%d}",
                 line.scope, f"{line.ready} / {line.officers}", line.assessment, line.remarks]
                for line in self.lines
            ],
        )  # fmt: skip
        self.table = read_only_table(self.model, self.windowTitle())
        self.table.resizeColumnsToContents()
        if self.lines:
            self.table.selectRow(0)
        self.result_text = QPlainTextEdit()
        self.result_text.setReadOnly(True)
        self.result_text.setAccessibleName(self.tr("What the check found"))
        self.result_text.setPlaceholderText(
            self.tr("Check a snapshot to recompute it from today's records as of its date.")
        )
        self.check_button = QPushButton(self.tr("&Check against today's records"))
        self.save_button = QPushButton(self.tr("&Save signed file…"))
        for button in (self.check_button, self.save_button):
            button.setEnabled(bool(self.lines))
        self.check_button.clicked.connect(self._check)
        self.save_button.clicked.connect(self._save)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.check_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if not self.lines:
            layout.addWidget(QLabel(self.tr("No snapshot has been taken yet.")))
        layout.addWidget(self.table, 2)
        layout.addWidget(self.result_text, 1)
        layout.addWidget(buttons)

    def chosen(self) -> uuid.UUID | None:
        rows = self.table.selectionModel().selectedRows()
        return self.lines[rows[0].row()].uid if rows else None

    def _check(self) -> None:
        uid = self.chosen()
        if uid is not None:
            self.check_requested.emit(uid)

    def _save(self) -> None:
        uid = self.chosen()
        if uid is not None:
            self.save_requested.emit(uid)

    def show_check(self, text: str) -> None:
        self.result_text.setPlainText(text)
