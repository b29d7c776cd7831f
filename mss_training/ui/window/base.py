"""What the parts of the main window share: its signals, its views and a few helpers."""

from collections.abc import Callable

from PySide6 import QtGui
from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QTabWidget,
    QWidget,
)

from mss_training.config import APP_NAME
from mss_training.ui.context import AppContext
from mss_training.ui.dialogs.pdf_preview import PdfPreviewDialog
from mss_training.ui.views.curriculum import CurriculumView
from mss_training.ui.views.dashboard import DashboardView
from mss_training.ui.views.personnel import PersonnelView
from mss_training.ui.views.sessions import SessionsView


class WindowBase(QMainWindow):
    """Signals:
    officer_shown: an officer's record dialog was opened (its window title).
    wizard_opened: the record-a-session wizard is open.
    session_saved: a session was recorded (RecordedSession).
    pdf_shown: a document preview opened (its title).
    imported: an import finished (what it did).
    officer_saved: an officer was added or edited (the service number).
    result_corrected: a result was amended or voided (its uid).
    module_saved: a module of the draft curriculum was saved (its code).
    certificate_revoked: a certificate was revoked (its serial).
    exported: an export finished (what it wrote).
    bundle_exported: a sync bundle was written (what it holds).
    bundle_previewed: a sync bundle was checked and rehearsed (MergeReport).
    bundle_imported: a sync bundle was merged (MergeReport).
    audit_checked: the audit trail was verified (AuditVerification).
    history_shown: an audit history dialog opened (its title).
    backed_up: a backup was written (its path, as text).
    restored: a backup was restored (the copy's path, as text).
    signed_in: someone signed in after a sign-out (their username).
    """

    officer_shown = Signal(str)
    wizard_opened = Signal()
    session_saved = Signal(object)
    pdf_shown = Signal(str)
    imported = Signal(str)
    officer_saved = Signal(str)
    result_corrected = Signal(object)
    module_saved = Signal(str)
    certificate_revoked = Signal(str)
    exported = Signal(str)
    bundle_exported = Signal(str)
    bundle_previewed = Signal(object)
    bundle_imported = Signal(object)
    audit_checked = Signal(object)
    history_shown = Signal(str)
    backed_up = Signal(str)
    restored = Signal(str)
    signed_in = Signal(str)

    # Built by MainWindow; the action classes use them.
    context: AppContext
    settings: QSettings
    # The language the window's widgets were made in (mss_training.ui.language).
    built_in_language: str
    language_actions: QActionGroup
    dashboard: DashboardView
    personnel: PersonnelView
    sessions: SessionsView
    curriculum: CurriculumView
    tabs: QTabWidget
    database_label: QLabel
    sync_menu: QMenu
    user_label: QLabel
    busy: QProgressBar
    new_session_action: QAction
    plan_session_action: QAction
    import_action: QAction
    certificates_action: QAction
    snapshot_action: QAction
    holds_action: QAction
    users_action: QAction
    backups_action: QAction
    export_bundle_action: QAction
    import_bundle_action: QAction
    conflicts_action: QAction
    duplicates_action: QAction
    sites_action: QAction
    records_menu: QMenu

    # Shows who is signed in and what they may do; AccountActions defines it.
    apply_role: Callable[[], None]

    def show_error(self, message: str) -> None:
        # As rich text made from plain text: a message quoting "<b>" shows it as typed.
        text = QtGui.Qt.convertFromPlainText(message, Qt.WhiteSpaceMode.WhiteSpaceNormal)
        QMessageBox.warning(self, APP_NAME, text)

    def offer_kept_draft(self) -> None:
        """Offer a session draft left unsaved; the records' actions know how."""

    def refresh(self) -> None:
        self.dashboard.refresh()
        self.personnel.refresh()
        self.sessions.refresh()
        self.curriculum.refresh()

    def show_pdf(
        self, title: str, data: bytes, file_name: str, over: QWidget | None = None
    ) -> None:
        """Preview a PDF; over a modal dialog (``over``), as a modal window on top of it."""
        preview = PdfPreviewDialog(title, data, file_name, over or self)
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if over is None:
            preview.show()
        else:
            preview.open()
        self.pdf_shown.emit(title)
