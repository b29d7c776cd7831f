"""Recognise a qualification: a pass an officer earned outside the mission (their national
academy, the UN's Integrated Training Service), recorded by a coordinator or administrator."""

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLineEdit, QWidget

from mss_training.ui.date_field import DateField
from mss_training.ui.dialogs.forms import lay_out_dialog, plain_label, problem_label

# (module, passed on, body, reference)
Recognition = tuple[str, dt.date, str, str]
# Saves it; calls back done, or refused with the sentence saying why.
SaveRecognition = Callable[[Recognition, Callable[[object], None], Callable[[str], None]], None]


class RecogniseDialog(QDialog):
    """Asks for the module (``modules``: each one's code and name), the day passed, the body
    and the certificate's reference, then saves; it closes only once the save succeeded, a
    refusal shown here with the text kept."""

    def __init__(
        self,
        who: str,
        modules: list[tuple[str, str]],
        today: dt.date,
        parent: QWidget | None = None,
        save: SaveRecognition | None = None,
    ) -> None:
        super().__init__(parent)
        self.save = save
        self.setWindowTitle(self.tr("Recognise a qualification"))
        self.module = QComboBox()
        for code, named in modules:
            self.module.addItem(named, code)
        self.passed_on = DateField(QDate(today.year, today.month, today.day))
        self.body = QLineEdit()
        self.body.setPlaceholderText(self.tr("e.g. Kenya National Police College"))
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(self.tr("the certificate's number"))
        self.problem = problem_label()
        form = QFormLayout()
        form.addRow(
            plain_label(
                self.tr(
                    "{0}: a pass earned outside the mission counts like the mission's own, "
                    "and may qualify an instructor."
                ).format(who)
            )
        )
        form.addRow(self.tr("&Module"), self.module)
        form.addRow(self.tr("&Passed on"), self.passed_on)
        form.addRow(self.tr("Awarded &by"), self.body)
        form.addRow(self.tr("&Reference"), self.reference)
        lay_out_dialog(self, form, self.problem, self._check)

    def values(self) -> Recognition:
        return (
            str(self.module.currentData() or ""),
            self.passed_on.day(),
            self.body.text(),
            self.reference.text(),
        )

    def _check(self) -> None:
        if self.passed_on.problem():
            self.problem.setText(self.passed_on.problem())
            return
        if self.save is None:
            self.accept()
            return
        self.problem.clear()
        self.save(self.values(), lambda _: self.accept(), self.problem.setText)
