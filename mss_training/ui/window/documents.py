"""Documents from the window: certificates, reports, previews, verification.

The document layers (ReportLab, pypdf) are imported when a document is first asked for,
not with the window: they would otherwise cost the first paint a fifth of a second.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from mss_training.config import APP_NAME
from mss_training.progress import Progress
from mss_training.services.curriculum import (
    ModuleView,
    curriculum_view,
)
from mss_training.services.personnel import (
    OfficerRef,
)
from mss_training.ui.language import module_named
from mss_training.ui.long_job import run_long_job
from mss_training.ui.window.base import WindowBase

if TYPE_CHECKING:
    from mss_training.services.certificates import Verification
    from mss_training.services.reports import DocumentOptions
    from mss_training.services.session_list import SessionLine
    from mss_training.ui.dialogs.certificates import CertificateRequest


class DocumentActions(WindowBase):
    """Certificates and reports, previewed in the app; certificates verified offline."""

    def print_certificates(self, session_reference: str) -> None:
        from mss_training.ui.dialogs.certificates import CertificateRequest

        self.issue_certificates(CertificateRequest("session", session=session_reference))

    def choose_certificates(self) -> None:
        from mss_training.services.reports import recent_sessions
        from mss_training.ui.dialogs.certificates import CertificatesDialog

        database, within = self.context.database, self.context.actor.contingents

        def read() -> tuple[list[SessionLine], list[ModuleView]]:
            with database.reading() as session:
                modules = list(curriculum_view(session).modules)
                return recent_sessions(session, 200, within=within), modules

        def ask(found: tuple[list[SessionLine], list[ModuleView]]) -> None:
            sessions, modules = found
            named = [(module.code, module_named(module)) for module in modules]
            dialog = CertificatesDialog(sessions, named, self, self.context.actor.contingents)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.accepted.connect(lambda: self.issue_certificates(dialog.request()))
            self.certificates_dialog = dialog
            dialog.open()

        self.context.runner.run(read, ask, self.show_error)

    def issue_certificates(self, request: CertificateRequest) -> None:
        """Issue (or reprint) the certificates asked for, with progress, and preview them."""
        from mss_training.documents.certificate import certificates_pdf
        from mss_training.services.certificates import (
            IssueOptions,
            certificate_for_officer,
            certificates_for_session,
            certificates_for_unit,
            reprint_notes,
        )

        database, actor = self.context.database, self.context.actor
        options = IssueOptions(
            language=request.language,
            signatory_name=request.signatory,
            signatory_title=request.signatory_title or "Training Officer",
            second_signatory_name=request.second_signatory,
            second_signatory_title=request.second_signatory_title,
            reissue_reason=request.reissue_reason,
        )

        def issue(progress: Progress) -> tuple[bytes, list[str]]:
            with database.transaction() as session:
                if request.kind == "session":
                    contents = certificates_for_session(
                        session, request.session, actor, options, progress
                    )
                elif request.kind == "officer":
                    ref = OfficerRef(request.contingent, request.service_number)
                    contents = [
                        certificate_for_officer(session, ref, request.module, actor, options)
                    ]
                else:
                    contents = certificates_for_unit(
                        session, request.contingent, request.unit or None, actor, options,
                        request.module or None, progress,
                    )  # fmt: skip
            pdf = certificates_pdf(contents, "Certificates of completion")
            return pdf, reprint_notes(contents, options)

        def show(issued: tuple[bytes, list[str]]) -> None:
            data, notes = issued
            self.show_pdf(self.tr("Certificates"), data, "certificates.pdf")
            if notes:  # a reprint printed otherwise than asked: said, not ignored
                text = QtGui.Qt.convertFromPlainText(
                    "\n\n".join(notes), Qt.WhiteSpaceMode.WhiteSpaceNormal
                )
                box = QMessageBox(QMessageBox.Icon.Information, APP_NAME, text, parent=self)
                box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
                self.reprint_notes_box = box
                box.open()

        run_long_job(
            self, self.context.runner, self.tr("Issuing certificates"), issue, show,
            self.show_error,
        )  # fmt: skip

    def preview_report(self, kind: str) -> None:
        """Ask how to print the dashboard's readiness report or roster (language, marking,
        sign-off), then build it off the window's thread and preview it."""
        from mss_training.ui.dialogs.report_options import ReportOptionsDialog

        dashboard = self.dashboard
        scope = " · ".join(
            [
                dashboard.contingent.currentText(),
                *([dashboard.unit.currentText()] if dashboard.contingent.currentData() else []),
                dashboard.phase.currentText(),
                f"{dashboard.query().as_of:%Y-%m-%d}",
            ]
        )
        dialog = ReportOptionsDialog(kind, scope, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.print_report(kind, dialog.options()))
        self.report_options_dialog = dialog
        dialog.open()

    def print_report(self, kind: str, options: DocumentOptions) -> None:
        """Build the dashboard's readiness report or roster as ``options`` say; preview it."""
        from mss_training.services.reports import readiness_report_pdf_for, roster_pdf_for

        query = self.dashboard.query()
        database = self.context.database

        def build(progress: Progress) -> bytes:
            progress.step(0, 1, self.tr("Reading the records"))
            with database.reading() as session:
                if kind == "roster":
                    return roster_pdf_for(session, query, options)
                return readiness_report_pdf_for(session, query, options)

        title = self.tr("Completion roster") if kind == "roster" else self.tr("Readiness report")
        run_long_job(
            self, self.context.runner, title, build,
            lambda data: self.show_pdf(title, data, f"{kind} {query.as_of}.pdf"),
            self.show_error,
        )  # fmt: skip

    def verify_certificate(self) -> None:
        from mss_training.services.certificates import verify_pdf, verify_text
        from mss_training.ui.dialogs.verify import VerifyDialog

        database, actor = self.context.database, self.context.actor

        def check_code(text: str, done: Callable[[list[Verification]], None]) -> None:
            def verify() -> list[Verification]:
                with database.reading() as session:
                    return [verify_text(session, text, actor)]

            self.context.runner.run(verify, done, self.show_error)

        def check_pdf(path: Path, done: Callable[[list[Verification]], None]) -> None:
            def verify() -> list[Verification]:
                with database.reading() as session:
                    return verify_pdf(session, path)

            self.context.runner.run(verify, done, self.show_error)

        dialog = VerifyDialog(check_code, check_pdf, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.verify_dialog = dialog
