"""How a readiness report or roster is printed: its language, a handling marking and, on a
readiness report, a sign-off block; the scope, date and phase are the dashboard's."""

from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QFormLayout, QLabel, QLineEdit, QWidget

from mss_training.errors import InputError
from mss_training.services.reports import MARKING_LIMIT, DocumentOptions
from mss_training.ui.dialogs.forms import hint_width, lay_out_dialog, problem_label
from mss_training.ui.language import LANGUAGE_NAMES, current_language


class ReportOptionsDialog(QDialog):
    """Asks how to print the report of the dashboard's ``scope`` (its date and phase)."""

    def __init__(self, kind: str, scope: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.readiness = readiness = kind == "readiness"
        self.setWindowTitle(
            self.tr("Print the readiness report") if readiness else self.tr("Print the roster")
        )
        self.scope = QLabel(scope)
        self.scope.setWordWrap(True)
        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(current_language())))
        self.marking = QLineEdit()
        self.marking.setMaxLength(MARKING_LIMIT)
        self.marking.setPlaceholderText(self.tr("None; for example RESTRICTED"))
        self.marking.setToolTip(self.tr("Printed at the head and foot of every page"))
        self.sign_off = QCheckBox(self.tr("A &sign-off block (prepared, reviewed, approved)"))
        self.problem = problem_label()
        form = QFormLayout()
        form.addRow(self.tr("As on the dashboard"), self.scope)
        form.addRow(self.tr("&Language"), self.language)
        form.addRow(self.tr("Handling &marking"), self.marking)
        if readiness:
            form.addRow(self.sign_off)
        lay_out_dialog(self, form, self.problem, self._check)
        self.setMinimumWidth(480)  # the scope on one line
        self.marking.setMinimumWidth(hint_width(self.marking))  # its example whole

    def options(self) -> DocumentOptions:
        return DocumentOptions(
            language=self.language.currentData(),
            marking=self.marking.text().strip(),
            sign_off=self.readiness and self.sign_off.isChecked(),
        )

    def _check(self) -> None:
        try:
            self.options()
        except InputError as error:
            self.problem.setText(str(error))
            return
        self.accept()
