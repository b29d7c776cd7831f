"""Correct or void a saved result: a new entry with a reason; the old one stays in history."""

from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from mss_training.domain import Outcome
from mss_training.errors import InputError
from mss_training.services.officer_record import HistoryLine
from mss_training.ui.dialogs.forms import lay_out_dialog, plain_label, problem_label

Correction = tuple[bool, float | None, Outcome | None, str]
# Saves a correction; calls back done, or refused with the sentence saying why.
SaveCorrection = Callable[[Correction, Callable[[object], None], Callable[[str], None]], None]


class CorrectResultDialog(QDialog):
    """Asks for the corrected result (or, voiding, only the reason), then saves it.

    It closes only once the save succeeded: a refusal is shown here, the reason still typed.
    ``module_title`` is the module's title in the window's language.
    """

    def __init__(
        self,
        line: HistoryLine,
        *,
        void: bool,
        parent: QWidget | None = None,
        save: SaveCorrection | None = None,
        module_title: str = "",
    ) -> None:
        super().__init__(parent)
        self.void = void
        self.save = save
        self.setWindowTitle(self.tr("Void a result") if void else self.tr("Correct a result"))
        self.attended = QCheckBox(self.tr("Attended"))
        self.attended.setChecked(line.outcome != Outcome.ABSENT.value)
        self.score = QLineEdit("" if line.score is None else f"{line.score:g}")
        self.outcome = QComboBox()
        self.outcome.addItem(self.tr("(decided by the score or attendance)"), None)
        self.outcome.addItem(self.tr("Pass"), Outcome.PASS.value)
        self.outcome.addItem(self.tr("Fail"), Outcome.FAIL.value)
        if line.outcome in (Outcome.PASS.value, Outcome.FAIL.value) and line.score is None:
            self.outcome.setCurrentIndex(self.outcome.findData(line.outcome))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(
            self.tr("Why (required), e.g. score mistyped from the sheet")
        )
        self.problem = problem_label()
        form = QFormLayout()
        module = f"{line.module} · {module_title}" if module_title else line.module
        self.what = plain_label(f"{module} · {line.completed_on.isoformat()} · {line.location}")
        form.addRow(self.what)
        if not void:
            form.addRow(self.attended)
            form.addRow(self.tr("&Score"), self.score)
            form.addRow(self.tr("&Outcome"), self.outcome)
        form.addRow(self.tr("&Reason"), self.reason)
        lay_out_dialog(self, form, self.problem, self._check)

    def values(self) -> Correction:
        """(attended, score, outcome, reason); InputError when something is missing."""
        reason = self.reason.text().strip()
        if not reason:
            raise InputError(self.tr("Say why the result is being changed."))
        text = self.score.text().strip().replace(",", ".")
        try:
            score = float(text) if text else None
        except ValueError:
            raise InputError(self.tr("The score must be a number from 0 to 100.")) from None
        outcome = self.outcome.currentData()
        return self.attended.isChecked(), score, Outcome(outcome) if outcome else None, reason

    def _check(self) -> None:
        try:
            values = self.values()
        except InputError as error:
            self.problem.setText(str(error))
            return
        if self.save is None:
            self.accept()
            return
        self.problem.clear()
        self.save(values, lambda _: self.accept(), self.problem.setText)
