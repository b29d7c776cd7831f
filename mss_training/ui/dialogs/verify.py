"""Check a certificate offline: paste its code or serial, or open its PDF."""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mss_training.services.certificates import Verdict, Verification
from mss_training.ui.screen_fit import fit_to_screen
from mss_training.ui.theme import Ink, ink

VERDICT_INKS = {
    Verdict.VALID: Ink.GOOD,
    Verdict.EXPIRED: Ink.WARNING,
    Verdict.TAMPERED: Ink.PROBLEM,
    Verdict.REVOKED: Ink.PROBLEM,
    Verdict.UNKNOWN_ISSUER: Ink.WARNING,
}


class VerifyDialog(QDialog):
    """``check_code`` and ``check_pdf`` run the verification and call back with the answers."""

    def __init__(
        self,
        check_code: Callable[[str, Callable[[list[Verification]], None]], None],
        check_pdf: Callable[[Path, Callable[[list[Verification]], None]], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Verify a certificate"))
        fit_to_screen(self, 640, 360)
        self._check_code = check_code
        self._check_pdf = check_pdf
        self.code = QPlainTextEdit()
        self.code.setPlaceholderText(
            self.tr(
                "Paste the code printed at the foot of the certificate or scanned from its QR, "
                "or type its serial (MSS-…)"
            )
        )
        self.code.setAccessibleName(self.tr("Verification code"))
        self.check_button = QPushButton(self.tr("&Check code"))
        self.pdf_button = QPushButton(self.tr("Check a &PDF…"))
        self.answer = QLabel()
        self.answer.setWordWrap(True)
        self.answer.setAccessibleName(self.tr("Answer"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.check_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.pdf_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.check_button.clicked.connect(self.check_code)
        self.pdf_button.clicked.connect(self.choose_pdf)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Works offline: no network is needed.")))
        layout.addWidget(self.code, 1)
        layout.addWidget(self.answer)
        layout.addWidget(buttons)

    def check_code(self) -> None:
        self.answer.setText(self.tr("Checking…"))
        self._check_code(self.code.toPlainText(), self.show_answers)

    def choose_pdf(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Certificate PDF"), str(Path.home()), "PDF (*.pdf)"
        )
        if path:
            self.check_file(Path(path))

    def check_file(self, path: Path) -> None:
        self.answer.setText(self.tr("Checking…"))
        self._check_pdf(path, self.show_answers)

    def show_answers(self, verifications: list[Verification]) -> None:
        """Each verdict as the command line gives it: the verdict, what the genuine
        certificate says, and how fresh this installation's revocation news is."""
        lines = []
        for v in verifications:
            says = f"<br>{_escape(v.says)}" if v.says else ""
            verdict_colour = ink(VERDICT_INKS[v.verdict]).name()
            lines.append(
                f'<p><b style="color:{verdict_colour}">{v.verdict.value.upper()}</b> '
                f"{_escape(v.explanation)}{says}"
                f'<br><i style="color:{ink(Ink.MUTED).name()}">{_escape(v.revocation_news)}</i></p>'
            )
        self.answer.setText("".join(lines))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
