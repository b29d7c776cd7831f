"""What the parts of the main window share: its signals, its views and a few helpers."""

from PySide6 import QtGui
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QProgressBar, QTabWidget

from mss_training.config import APP_NAME
from mss_training.ui.context import AppContext
from mss_training.ui.dialogs.pdf_preview import PdfPreviewDialog
from mss_training.ui.views.curriculum import CurriculumView
from mss_training.ui.views.dashboard import DashboardView
from mss_training.ui.views.personnel import PersonnelView


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

    # Built by MainWindow; the action classes use them.
    context: AppContext
    dashboard: DashboardView
    personnel: PersonnelView
    curriculum: CurriculumView
    tabs: QTabWidget
    database_label: QLabel
    busy: QProgressBar

    def show_error(self, message: str) -> None:
        # As rich text made from plain text: a message quoting "<b>" shows it as typed.
        text = QtGui.Qt.convertFromPlainText(message, Qt.WhiteSpaceMode.WhiteSpaceNormal)
        QMessageBox.warning(self, APP_NAME, text)

    def refresh(self) -> None:
        self.dashboard.refresh()
        self.personnel.refresh()
        self.curriculum.refresh()

    def show_pdf(self, title: str, data: bytes, file_name: str) -> None:
        preview = PdfPreviewDialog(title, data, file_name, self)
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        preview.show()
        self.pdf_shown.emit(title)
