"""Anyone holding the app can tell, offline, whether a certificate is genuine."""

import dataclasses
import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from mss_training.documents.certificate import certificates_pdf
from mss_training.domain import Outcome
from mss_training.models import Certificate, Contingent, Module, Officer, Result
from mss_training.services.certificates import (
    IssueOptions,
    Verdict,
    certificate_for_officer,
    revoke_certificate,
    verify_code,
)
from mss_training.services.personnel import OfficerRef
from mss_training.ui.dialogs.certificates import CertificateRequest, CertificatesDialog
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
    qtbot.keyClick(window.main, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    window.settle()
    dialog = window.main.report_options_dialog
    assert "All phases" in dialog.scope.text()  # the dashboard's phase, said before printing
    with qtbot.waitSignal(window.main.pdf_shown, timeout=20000):
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
        window.settle()
    (preview,) = [w for w in QApplication.topLevelWidgets() if isinstance(w, PdfPreviewDialog)]
    assert preview.document.pageCount() >= 1
    assert preview.data.startswith(b"%PDF")


def test_the_report_is_printed_in_the_phase_language_marking_and_sign_off_chosen(
    window: Window, qtbot: QtBot
) -> None:
    dashboard = window.main.dashboard
    dashboard.phase.setCurrentIndex(dashboard.phase.findData("pre-deployment"))
    window.settle()
    window.main.readiness_report_action.trigger()
    window.settle()
    dialog = window.main.report_options_dialog
    assert dashboard.phase.currentText() in dialog.scope.text()
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    qtbot.keyClicks(dialog.marking, "RESTRICTED")
    dialog.sign_off.setChecked(True)
    with qtbot.waitSignal(window.main.pdf_shown, timeout=20000):
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
        window.settle()
    (preview,) = [w for w in QApplication.topLevelWidgets() if isinstance(w, PdfPreviewDialog)]
    text = pdf_text(preview.data)
    assert "RESTRICTED" in text and "Rapport de disponibilité" in text
    assert "prédéploiement" in text.casefold() or "pré-déploiement" in text.casefold()
    assert "Approuvé" in text  # the sign-off block


def test_a_second_signatory_is_asked_for_and_printed(window: Window, qtbot: QtBot) -> None:
    dialog = CertificatesDialog([], [("UOF-101", "UOF-101 · Use of force")])
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.signatory, "Insp. Grace Kamau")
    qtbot.keyClicks(dialog.second_signatory, "Supt. Jean Dorval")
    qtbot.keyClicks(dialog.second_signatory_title, "Mission Training Coordinator")
    request = dataclasses.replace(dialog.request(), kind="unit", contingent="JAM", module="UOF-101")
    with qtbot.waitSignal(window.main.pdf_shown, timeout=60000):
        window.main.issue_certificates(request)
        window.settle()
    (preview,) = [w for w in QApplication.topLevelWidgets() if isinstance(w, PdfPreviewDialog)]
    text = pdf_text(preview.data)
    assert "Insp. Grace Kamau" in text
    assert "Supt. Jean Dorval" in text and "Mission Training Coordinator" in text
    # Asked again with another signatory: printed as issued, and the window says so.
    with qtbot.waitSignal(window.main.pdf_shown, timeout=60000):
        window.main.issue_certificates(dataclasses.replace(request, signatory="Insp. Other"))
        window.settle()
    qtbot.waitUntil(lambda: window.main.reprint_notes_box.isVisible(), timeout=5000)
    assert "signed by Insp. Grace Kamau, not Insp. Other" in window.main.reprint_notes_box.text()
    window.main.reprint_notes_box.close()


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
    assert "Certificado de finalización" in text and "Jamaica · JAM" in text
    # Printed again in French: the certificates stay as issued, and the window says so.
    with qtbot.waitSignal(window.main.pdf_shown, timeout=60000):
        window.main.issue_certificates(
            CertificateRequest("unit", contingent="JAM", module="UOF-101", language="fr")
        )
        window.settle()
    qtbot.waitUntil(lambda: window.main.reprint_notes_box.isVisible(), timeout=5000)
    note = window.main.reprint_notes_box.text()
    assert "printed as issued: in English and Spanish, not English and French" in note
    window.main.reprint_notes_box.close()


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


def _a_pass(window: Window) -> tuple[str, str, str]:
    with window.main.context.database.reading() as session:
        contingent, number, module = session.execute(
            select(Contingent.code, Officer.service_number, Module.code)
            .join(Officer, Officer.contingent_id == Contingent.id)
            .join(Result, Result.officer_id == Officer.id)
            .join(Module, Module.id == Result.module_id)
            .where(Result.outcome == Outcome.PASS.value, Result.supersedes_id.is_(None))
            .order_by(Result.completed_on.desc())
            .limit(1)
        ).one()
    return contingent, number, module


def test_the_verify_dialog_checks_a_serial_and_says_what_the_certificate_says(
    window: Window, qtbot: QtBot, tmp_path: Path
) -> None:
    contingent, number, module = _a_pass(window)
    with window.main.context.database.transaction() as session:
        content = certificate_for_officer(
            session, OfficerRef(contingent, number), module, ACTOR, IssueOptions()
        )
    window.main.verify_action.trigger()
    (dialog,) = [w for w in QApplication.topLevelWidgets() if isinstance(w, VerifyDialog)]
    dialog.code.setPlainText(content.serial)
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "VALID" in dialog.answer.text(), timeout=5000)
    answer = dialog.answer.text()
    assert "The genuine certificate says: " in answer and content.module_title in answer
    assert "revocations" in answer
    # A page printing another name over the genuine code is refused in the window too.
    forged = tmp_path / "forged.pdf"
    forged.write_bytes(
        certificates_pdf([dataclasses.replace(content, family_name="Impostor")], "x")
    )
    dialog.check_file(forged)
    qtbot.waitUntil(lambda: "TAMPERED" in dialog.answer.text(), timeout=5000)
    assert "Impostor" in dialog.answer.text() and content.family_name in dialog.answer.text()
    dialog.resize(720, 420)
    dialog.grab().save(str(tmp_path / "verify.png"))
    dialog.close()


def test_printing_again_in_the_window_after_a_revocation_needs_a_reason(
    window: Window, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    contingent, number, module = _a_pass(window)
    database = window.main.context.database
    with database.transaction() as session:
        content = certificate_for_officer(
            session, OfficerRef(contingent, number), module, ACTOR, IssueOptions()
        )
        revoke_certificate(session, content.serial, "Issued in error", ACTOR)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    request = CertificateRequest("officer", contingent=contingent, service_number=number,
                                 module=module)  # fmt: skip
    window.main.issue_certificates(request)
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    assert "was revoked" in shown[0] and "Reissue, because" in shown[0]
    # No settle() inside: the signal would come from a nested event loop, and pytest-qt's
    # waiter, disconnecting while the signal is being sent, failed now and then.
    with qtbot.waitSignal(window.main.pdf_shown, timeout=20000):
        window.main.issue_certificates(
            dataclasses.replace(request, reissue_reason="Revoked by mistake")
        )
    with database.reading() as session:
        assert verify_code(session, content.code).verdict is Verdict.REVOKED
        latest = session.scalars(select(Certificate).order_by(Certificate.id.desc()).limit(1)).one()
        assert verify_code(session, latest.code).verdict in (Verdict.VALID, Verdict.EXPIRED)
    window.settle()


def test_the_certificates_dialog_asks_why_before_reissuing(qtbot: QtBot) -> None:
    dialog = CertificatesDialog([], [("UOF-101", "UOF-101 · Use of force")])
    qtbot.addWidget(dialog)
    dialog.by_officer.setChecked(True)
    dialog.service_number.setText("00123")
    dialog.module.setCurrentIndex(1)
    dialog.reissue.setChecked(True)
    dialog._check()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "why" in dialog.problem.text()
    dialog.reissue_reason.setText("Lost in the field")
    dialog._check()
    assert dialog.request().reissue_reason == "Lost in the field"
