"""Choose whose certificates to print: a session, a unit or contingent, or one officer."""

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QRadioButton,
    QWidget,
)

from mss_training.documents.certificate import LANGUAGES
from mss_training.services.session_list import SessionLine
from mss_training.ui.dialogs.forms import (
    add_contingents,
    hint_width,
    lay_out_dialog,
    problem_label,
)
from mss_training.ui.language import QT_TRANSLATE_NOOP, current_language

LANGUAGE_NAMES = {
    "en": QT_TRANSLATE_NOOP("CertificatesDialog", "English"),
    "fr": QT_TRANSLATE_NOOP("CertificatesDialog", "English and French"),
    "es": QT_TRANSLATE_NOOP("CertificatesDialog", "English and Spanish"),
    "ht": QT_TRANSLATE_NOOP("CertificatesDialog", "English and Haitian Creole"),
}


@dataclass(frozen=True)
class CertificateRequest:
    kind: str  # "session", "unit" or "officer"
    session: str = ""
    contingent: str = ""
    unit: str = ""
    service_number: str = ""
    module: str = ""
    language: str = "en"
    signatory: str = ""
    signatory_title: str = "Training Officer"
    second_signatory: str = ""
    second_signatory_title: str = ""
    # Non-empty: issue new certificates (new serials), replacing those issued or revoked.
    reissue_reason: str = ""


class CertificatesDialog(QDialog):
    def __init__(
        self,
        sessions: Sequence[SessionLine],
        modules: Sequence[tuple[str, str]],
        parent: QWidget | None = None,
        contingents: frozenset[str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Print certificates"))
        self.by_session = QRadioButton(self.tr("Everyone who passed a &session"))
        self.by_unit = QRadioButton(self.tr("A &contingent or unit"))
        self.by_officer = QRadioButton(self.tr("One &officer"))
        self.by_session.setChecked(True)
        group = QButtonGroup(self)
        for button in (self.by_session, self.by_unit, self.by_officer):
            group.addButton(button)
        self.session = QComboBox()
        for line in sessions:
            self.session.addItem(
                f"{line.ends_on:%Y-%m-%d} · {line.module} · {line.location} ({line.attendees})",
                line.reference,
            )
        self.contingent = QComboBox()
        add_contingents(self.contingent, contingents)
        self.unit = QLineEdit()
        self.unit.setPlaceholderText(self.tr("All units"))
        self.service_number = QLineEdit()
        self.module = QComboBox()
        self.module.addItem(self.tr("Every module passed"), "")
        for code, named in modules:
            self.module.addItem(named, code)
        self.language = QComboBox()
        for code in LANGUAGES:
            self.language.addItem(self.tr(LANGUAGE_NAMES[code]), code)
        # Bilingual in the window's language by default (English alone in an English window).
        self.language.setCurrentIndex(max(0, self.language.findData(current_language())))
        self.signatory = QLineEdit()
        self.signatory_title = QLineEdit(self.tr("Training Officer"))
        self.second_signatory = QLineEdit()
        self.second_signatory.setPlaceholderText(self.tr("None"))
        self.second_signatory_title = QLineEdit()
        self.reissue = QCheckBox(self.tr("&Reissue: new certificates, with new serials"))
        self.reissue_reason = QLineEdit()
        self.reissue_reason.setPlaceholderText(
            self.tr("Why (kept in the audit trail); needed to replace a revoked certificate")
        )
        self.reissue_reason.setAccessibleName(self.tr("Reason for reissuing"))
        self.reissue_reason.setMinimumWidth(hint_width(self.reissue_reason))  # its hint whole
        self.reissue_reason.setEnabled(False)
        self.reissue.toggled.connect(self.reissue_reason.setEnabled)
        self.problem = problem_label()
        form = QFormLayout()
        form.addRow(self.by_session)
        form.addRow(self.tr("Session"), self.session)
        form.addRow(self.by_unit)
        form.addRow(self.by_officer)
        form.addRow(self.tr("Contingent"), self.contingent)
        form.addRow(self.tr("Unit"), self.unit)
        form.addRow(self.tr("Service number"), self.service_number)
        form.addRow(self.tr("Module"), self.module)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Signed by"), self.signatory)
        form.addRow(self.tr("Title"), self.signatory_title)
        form.addRow(self.tr("Second signature"), self.second_signatory)
        form.addRow(self.tr("Its title"), self.second_signatory_title)
        form.addRow(self.reissue)
        form.addRow(self.tr("Reissue, because"), self.reissue_reason)
        lay_out_dialog(self, form, self.problem, self._check)

    def request(self) -> CertificateRequest:
        kind = "session" if self.by_session.isChecked() else "unit"
        if self.by_officer.isChecked():
            kind = "officer"
        return CertificateRequest(
            kind=kind,
            session=self.session.currentData() or "",
            contingent=self.contingent.currentData(),
            unit=self.unit.text().strip(),
            service_number=self.service_number.text().strip(),
            module=self.module.currentData() or "",
            language=self.language.currentData(),
            signatory=self.signatory.text().strip(),
            signatory_title=self.signatory_title.text().strip(),
            second_signatory=self.second_signatory.text().strip(),
            second_signatory_title=self.second_signatory_title.text().strip(),
            reissue_reason=self.reissue_reason.text().strip() if self.reissue.isChecked() else "",
        )

    def _check(self) -> None:
        request = self.request()
        if request.kind == "session" and not request.session:
            self.problem.setText(self.tr("There is no session to choose yet."))
        elif request.kind == "officer" and not (request.service_number and request.module):
            self.problem.setText(self.tr("Give the officer's service number and the module."))
        elif self.reissue.isChecked() and not request.reissue_reason:
            self.problem.setText(self.tr("Say why the certificates are reissued."))
        else:
            self.accept()
