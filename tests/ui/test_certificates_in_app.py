"""Anyone holding the app can tell, offline, whether a certificate is genuine."""

import io

from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from mss_training.domain import Outcome
from mss_training.models import Contingent, Module, Officer, Result
from mss_training.services.certificates import (
    IssueOptions,
    Verdict,
    certificate_for_officer,
    verify_code,
)
from mss_training.services.personnel import OfficerRef
from mss_training.ui.dialogs.certificates import CertificateRequest
from mss_training.ui.dialogs.pdf_preview import PdfPreviewDialog
from mss_training.ui.dialogs.verify import VerifyDialog
from tests.mission import ACTOR
from tests.ui.conftest import Window


def test_pasting_a_code_says_whether_it_is_genuine(window: Window, qtbot: QtBot) -> None:
    database = window.main.context.database
    with database.transaction() as session:
        contingent, number, module = session.execute(
            select(Contingent.code, Officer.service_number, Module.code)
            .join(Officer, Officer.contingent_id == Contingent.id)
            .join(Result, Result.officer_id == Officer.id)
            .join(Module, Module.id == Result.module_id)
            .where(Result.outcome == Outcome.PASS.value, Result.supersedes_id.is_(None))
            .limit(1)
        ).one()
        content = certificate_for_officer(
            session, OfficerRef(contingent, number), module, ACTOR, IssueOptions()
        )
    window.main.verify_action.trigger()
    (dialog,) = [w for w in QApplication.topLevelWidgets() if isinstance(w, VerifyDialog)]
    dialog.code.setPlainText(content.code)
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "VALID" in dialog.answer.text(), timeout=5000)
    assert content.serial in dialog.answer.text()
    # Change one character of the signature, as a forger would have to.
    code = content.code
    dialog.code.setPlainText(code[:-10] + ("x" if code[-10] != "x" else "y") + code[-9:])
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "TAMPERED" in dialog.answer.text(), timeout=5000)
    dialog.close()


def test_the_readiness_report_opens_in_a_preview(window: Window, qtbot: QtBot) -> None:
    with qtbot.waitSignal(window.main.pdf_shown, timeout=20000):
        qtbot.keyClick(window.main, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
        window.settle()
    (preview,) = [w for w in QApplication.topLevelWidgets() if isinstance(w, PdfPreviewDialog)]
    assert preview.document.pageCount() >= 1
    assert preview.data.startswith(b"%PDF")


def test_certificates_of_a_unit_are_chosen_issued_and_previewed(
    window: Window, qtbot: QtBot
) -> None:
    with qtbot.waitSignal(window.main.pdf_shown, timeout=60000):
        window.main.issue_certificates(
            CertificateRequest("unit", contingent="JAM", module="UOF-101", language="es")
        )
        window.settle()
    (preview,) = [w for w in QApplication.topLevelWidgets() if isinstance(w, PdfPreviewDialog)]
    text = pdf_text(preview.data)
    assert "Certificado de finalización" in text and "Jamaica (JAM)" in text


def pdf_text(data: bytes) -> str:
    return " ".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)


def test_revoking_a_certificate_from_an_officers_record(window: Window, qtbot: QtBot) -> None:
    database = window.main.context.database
    with database.transaction() as session:
        officer_id, contingent, number, module = session.execute(
            select(Officer.id, Contingent.code, Officer.service_number, Module.code)
            .join(Officer, Officer.contingent_id == Contingent.id)
            .join(Result, Result.officer_id == Officer.id)
            .join(Module, Module.id == Result.module_id)
            .where(Result.outcome == Outcome.PASS.value, Result.supersedes_id.is_(None))
            .limit(1)
        ).one()
        content = certificate_for_officer(
            session, OfficerRef(contingent, number), module, ACTOR, IssueOptions()
        )
    with qtbot.waitSignal(window.main.officer_shown, timeout=5000):
        window.main.show_officer(officer_id)
        window.settle()
    record = window.main.officer_dialog
    row = next(i for i, c in enumerate(record.record.certificates) if c.serial == content.serial)
    record.certificates_view.setCurrentIndex(record.certificates.index(row, 0))

    def answer() -> None:
        (asking,) = [w for w in QApplication.topLevelWidgets() if isinstance(w, QInputDialog)]
        asking.setTextValue("Issued against the wrong module")
        asking.accept()

    QTimer.singleShot(50, answer)
    with qtbot.waitSignal(window.main.certificate_revoked, timeout=10000):
        qtbot.mouseClick(record.revoke_button, Qt.MouseButton.LeftButton)
        window.settle()
    with database.reading() as session:
        assert verify_code(session, content.code).verdict is Verdict.REVOKED
    window.settle()
