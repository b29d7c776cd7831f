"""The main window: dashboard, personnel and curriculum, with menus a desktop user expects."""

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QTabWidget,
)

from mss_training import __version__
from mss_training.config import APP_NAME, database_url
from mss_training.db import Database, open_database
from mss_training.documents.certificate import certificates_pdf
from mss_training.documents.signin import SignInSheet
from mss_training.io.curriculum_file import default_curriculum
from mss_training.io.tables import write_table
from mss_training.progress import Progress
from mss_training.services.certificates import (
    IssueOptions,
    Verification,
    certificate_for_officer,
    certificates_for_session,
    certificates_for_unit,
    verify_code,
    verify_pdf,
)
from mss_training.services.curriculum import (
    ModuleView,
    RoleView,
    curriculum_view,
    publish_version,
)
from mss_training.services.curriculum_editing import DraftInfo, save_module, start_draft
from mss_training.services.exports import (
    curriculum_table,
    personnel_table,
    readiness_table,
    results_table,
)
from mss_training.services.officer_record import HistoryLine, OfficerRecord, officer_record
from mss_training.services.personnel import (
    OfficerDetails,
    OfficerInput,
    OfficerRef,
    OfficerRow,
    active_officers,
    add_officers,
    officer_details,
    officer_id_for,
    officers_by_service_number,
    unit_names,
    update_officer,
)
from mss_training.services.readiness import OfficerReadiness, ReadinessQuery, officers_in
from mss_training.services.reports import (
    SessionLine,
    planned_sign_in_pdf,
    readiness_report_pdf_for,
    recent_sessions,
    roster_pdf_for,
)
from mss_training.services.results_import import import_results, preview_results_import
from mss_training.services.roster_import import (
    RosterImportPreview,
    import_roster,
    preview_roster_import,
)
from mss_training.services.setup import set_up_database
from mss_training.services.training import (
    RecordedSession,
    SessionInput,
    amend_result,
    record_session,
    void_result,
)
from mss_training.ui.context import AppContext
from mss_training.ui.dialogs.certificates import CertificateRequest, CertificatesDialog
from mss_training.ui.dialogs.correct_result import CorrectResultDialog
from mss_training.ui.dialogs.import_wizard import ImportWizard, Preview
from mss_training.ui.dialogs.module_editor import ModuleEditor
from mss_training.ui.dialogs.officer import OfficerDialog
from mss_training.ui.dialogs.officer_form import OfficerForm
from mss_training.ui.dialogs.officer_list import OfficerListDialog
from mss_training.ui.dialogs.pdf_preview import PdfPreviewDialog
from mss_training.ui.dialogs.record_session import Lookups, RecordSessionWizard
from mss_training.ui.dialogs.verify import VerifyDialog
from mss_training.ui.long_job import run_long_job
from mss_training.ui.views.curriculum import CurriculumView
from mss_training.ui.views.dashboard import DashboardView
from mss_training.ui.views.personnel import PersonnelView

SETTINGS_ORGANISATION = "MSS"
SETTINGS_APPLICATION = "MSS Training"


class MainWindow(QMainWindow):
    """Signals:
    officer_shown: an officer's record dialog was opened (its window title).
    wizard_opened: the record-a-session wizard is open.
    session_saved: a session was recorded (RecordedSession).
    pdf_shown: a document preview opened (its title).
    imported: an import finished (what it did).
    officer_saved: an officer was added or edited (the service number).
    result_corrected: a result was amended or voided (its uid).
    module_saved: a module of the draft curriculum was saved (its code).
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
    exported = Signal(str)

    def __init__(self, context: AppContext, settings: QSettings | None = None) -> None:
        super().__init__()
        self.context = context
        self.settings = settings or QSettings(SETTINGS_ORGANISATION, SETTINGS_APPLICATION)
        self.setWindowTitle(f"{APP_NAME} — {context.database.display_name}")
        self.dashboard = DashboardView(context)
        self.personnel = PersonnelView(context)
        self.curriculum = CurriculumView(context)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.dashboard, self.tr("Readiness"))
        self.tabs.addTab(self.personnel, self.tr("Personnel"))
        self.tabs.addTab(self.curriculum, self.tr("Curriculum"))
        self.setCentralWidget(self.tabs)
        self._build_actions()
        self._build_status_bar()
        self.dashboard.drill_down.connect(self.show_officers_behind)
        self.personnel.open_officer.connect(self.show_officer)
        self.personnel.add_officer.connect(lambda: self.officer_form(None))
        self.personnel.edit_officer.connect(self.officer_form)
        self.curriculum.start_draft.connect(self.start_draft)
        self.curriculum.edit_module.connect(self.edit_module)
        self.curriculum.publish_draft.connect(self.publish_draft)
        self.context.runner.busy_changed.connect(lambda count: self.busy.setVisible(count > 0))
        self._restore()

    def _build_actions(self) -> None:
        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&File"))
        self.open_action = QAction(self.tr("&Open database…"), self)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(self.choose_database)
        file_menu.addAction(self.open_action)
        self.new_action = QAction(self.tr("&New database…"), self)
        self.new_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.new_action.triggered.connect(self.new_database)
        file_menu.addAction(self.new_action)
        file_menu.addSeparator()
        self.import_action = QAction(self.tr("&Import from a spreadsheet…"), self)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(self.import_spreadsheet)
        file_menu.addAction(self.import_action)
        export_menu = file_menu.addMenu(self.tr("&Export"))
        self.export_actions: dict[str, QAction] = {}
        for what, label in (
            ("personnel", self.tr("&Personnel…")),
            ("results", self.tr("&Results…")),
            ("readiness", self.tr("Rea&diness as of the dashboard's date…")),
            ("curriculum", self.tr("&Curriculum…")),
        ):
            action = QAction(label, self)
            action.triggered.connect(lambda _checked=False, what=what: self.export(what))
            export_menu.addAction(action)
            self.export_actions[what] = action
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        records_menu = menu.addMenu(self.tr("&Records"))
        self.new_session_action = QAction(self.tr("&New training session…"), self)
        self.new_session_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_session_action.triggered.connect(self.record_session)
        records_menu.addAction(self.new_session_action)

        reports_menu = menu.addMenu(self.tr("Re&ports"))
        self.readiness_report_action = QAction(self.tr("&Readiness report…"), self)
        self.readiness_report_action.setShortcut(QKeySequence.StandardKey.Print)
        self.readiness_report_action.triggered.connect(lambda: self.preview_report("readiness"))
        reports_menu.addAction(self.readiness_report_action)
        self.roster_action = QAction(self.tr("Completion &roster…"), self)
        self.roster_action.triggered.connect(lambda: self.preview_report("roster"))
        reports_menu.addAction(self.roster_action)
        self.certificates_action = QAction(self.tr("&Certificates…"), self)
        self.certificates_action.triggered.connect(self.choose_certificates)
        reports_menu.addAction(self.certificates_action)
        reports_menu.addSeparator()
        self.verify_action = QAction(self.tr("&Verify a certificate…"), self)
        self.verify_action.triggered.connect(self.verify_certificate)
        reports_menu.addAction(self.verify_action)

        view_menu = menu.addMenu(self.tr("&View"))
        self.refresh_action = QAction(self.tr("&Refresh"), self)
        self.refresh_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.refresh_action.triggered.connect(self.refresh)
        view_menu.addAction(self.refresh_action)
        self.find_action = QAction(self.tr("&Find officer"), self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self.find_officer)
        view_menu.addAction(self.find_action)

        help_menu = menu.addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About MSS Training"), self)
        about.triggered.connect(self.about)
        help_menu.addAction(about)

        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("main-toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addAction(self.new_session_action)
        toolbar.addAction(self.readiness_report_action)
        toolbar.addSeparator()
        toolbar.addAction(self.refresh_action)
        toolbar.addAction(self.find_action)

    def _build_status_bar(self) -> None:
        self.database_label = QLabel(
            self.tr("Database: {0}").format(self.context.database.display_name)
        )
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(120)
        self.busy.setVisible(False)
        self.statusBar().addWidget(self.database_label, 1)
        self.statusBar().addPermanentWidget(self.busy)

    def _restore(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 820)
        tab = str(self.settings.value("window/tab", 0))
        self.tabs.setCurrentIndex(int(tab) if tab.isdigit() else 0)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/tab", self.tabs.currentIndex())
        super().closeEvent(event)

    def refresh(self) -> None:
        self.dashboard.refresh()
        self.personnel.refresh()
        self.curriculum.refresh()

    def find_officer(self) -> None:
        self.tabs.setCurrentWidget(self.personnel)
        self.personnel.search.setFocus()
        self.personnel.search.selectAll()

    def show_error(self, message: str) -> None:
        QMessageBox.warning(self, APP_NAME, message)

    def show_officer(self, officer_id: int) -> None:
        database, as_of = self.context.database, self.context.as_of

        def read() -> OfficerRecord:
            with database.reading() as session:
                return officer_record(session, officer_id, as_of)

        self.context.runner.run(read, self._open_record, self.show_error)

    def _open_record(self, record: OfficerRecord) -> None:
        dialog = OfficerDialog(record, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.correct_requested.connect(
            lambda line, void: self.correct_result(dialog, line, void=void)
        )
        self.officer_dialog = dialog
        dialog.show()
        self.officer_shown.emit(dialog.windowTitle())

    def correct_result(self, dialog: OfficerDialog, line: HistoryLine, *, void: bool) -> None:
        """Amend or void a result after asking for the reason; then show the record again."""
        asking = CorrectResultDialog(line, void=void, parent=dialog)
        self.correction_dialog = asking
        if asking.exec() != QDialog.DialogCode.Accepted:
            return
        attended, score, outcome, reason = asking.values()
        database, actor = self.context.database, self.context.actor
        officer_id = dialog.record.officer.id

        def write() -> None:
            with database.transaction() as session:
                if void:
                    void_result(session, line.uid, reason=reason, actor=actor)
                else:
                    amend_result(
                        session, line.uid, attended=attended, score=score, outcome=outcome,
                        reason=reason, actor=actor,
                    )  # fmt: skip

        def done(_: None) -> None:
            dialog.close()
            self.result_corrected.emit(line.uid)
            self.show_officer(officer_id)
            self.dashboard.refresh()

        self.context.runner.run(write, done, self.show_error)

    def show_officer_by_uid(self, uid_text: str) -> None:
        database = self.context.database

        def find() -> int:
            with database.reading() as session:
                return officer_id_for(session, uuid.UUID(uid_text))

        self.context.runner.run(find, self.show_officer, self.show_error)

    def show_officers_behind(self, contingent: str, status: str, module: str) -> None:
        query = self.dashboard.query()
        unit = query.unit if query.contingent == contingent else None
        scoped = type(query)(
            as_of=query.as_of,
            warn_days=query.warn_days,
            phase=query.phase,
            contingent=contingent,
            unit=unit,
        )
        database = self.context.database

        def find() -> list[OfficerReadiness]:
            with database.reading() as session:
                return officers_in(session, scoped, status=status, module=module)

        if module:
            title = self.tr("{0}: officers who still need {1}").format(contingent, module)
        else:
            label = status.replace("_", " ")
            title = self.tr("{0}: officers {1}").format(contingent, label)

        def show(officers: list[OfficerReadiness]) -> None:
            dialog = OfficerListDialog(title, officers, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open_officer.connect(self.show_officer_by_uid)
            dialog.show()
            self.officer_list = dialog

        self.context.runner.run(find, show, self.show_error)

    def choose_database(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open database"), str(Path.home()), self.tr("Databases (*.sqlite *.db)")
        )
        if path:
            self.switch_database(database_url(path), create=False)

    def new_database(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("New database"), str(Path.home() / "mss-training.sqlite"),
            self.tr("Databases (*.sqlite)"),
        )  # fmt: skip
        if path:
            self.switch_database(database_url(path), create=True)

    def switch_database(self, url: str, *, create: bool) -> None:
        """Open another database (a new one gets the shared curriculum) and show it."""
        actor = self.context.actor

        def open_it() -> Database:
            database = open_database(url, create=create)
            with database.transaction() as session:
                set_up_database(session, default_curriculum(), actor)
            return database

        self.context.runner.run(open_it, self._use_database, self.show_error)

    def _use_database(self, database: Database) -> None:
        old = self.context.database
        self.context.database = database
        old.close()
        self.setWindowTitle(f"{APP_NAME} — {database.display_name}")
        self.database_label.setText(self.tr("Database: {0}").format(database.display_name))
        self.refresh()

    def _lookups(self, modules: list[ModuleView]) -> Lookups:
        database = self.context.database

        def load_officers(contingent: str, unit: str | None) -> list[OfficerRow]:
            with database.reading() as session:
                return active_officers(session, contingent, unit)

        def load_units(contingent: str) -> list[str]:
            with database.reading() as session:
                return unit_names(session, contingent)

        def find_numbers(numbers: list[str]) -> tuple[list[OfficerRow], list[str]]:
            with database.reading() as session:
                return officers_by_service_number(session, numbers)

        def print_sign_in(sheet: SignInSheet) -> None:
            self.show_pdf(
                self.tr("Sign-in sheet"),
                planned_sign_in_pdf(sheet, database.display_name),
                f"sign-in {sheet.module_code} {sheet.starts_on}.pdf",
            )

        return Lookups(modules, load_officers, load_units, find_numbers, print_sign_in)

    def record_session(self) -> None:
        database = self.context.database

        def read() -> list[ModuleView]:
            with database.reading() as session:
                return list(curriculum_view(session).modules)

        self.context.runner.run(read, self._open_wizard, self.show_error)

    def _open_wizard(self, modules: list[ModuleView]) -> None:
        wizard = RecordSessionWizard(self._lookups(modules), self)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.accepted.connect(lambda: self._save_session(wizard.session_input()))
        self.wizard = wizard
        wizard.open()
        self.wizard_opened.emit()

    def _save_session(self, entry: SessionInput | None) -> None:
        if entry is None:
            return
        database, actor = self.context.database, self.context.actor

        def save() -> RecordedSession:
            with database.transaction() as session:
                return record_session(session, entry, actor)

        self.context.runner.run(save, self._saved, self.show_error)

    def _saved(self, recorded: RecordedSession) -> None:
        self.statusBar().showMessage(
            self.tr("Saved {0} session: {1} results, {2} passed.").format(
                recorded.module, recorded.results, recorded.passed
            ),
            10_000,
        )
        self.session_saved.emit(recorded)
        self.refresh()
        if recorded.passed:
            question = QMessageBox(
                QMessageBox.Icon.Question,
                self.tr("Session saved"),
                self.tr("{0} of {1} attendees passed {2}. Print their certificates now?").format(
                    recorded.passed, recorded.results, recorded.module
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                self,
            )
            question.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            question.accepted.connect(lambda: self.print_certificates(recorded.uid.hex))
            question.open()

    def print_certificates(self, session_reference: str) -> None:
        self.issue_certificates(CertificateRequest("session", session=session_reference))

    def choose_certificates(self) -> None:
        database = self.context.database

        def read() -> tuple[list[SessionLine], list[str]]:
            with database.reading() as session:
                modules = [m.code for m in curriculum_view(session).modules]
                return recent_sessions(session, 200), modules

        def ask(found: tuple[list[SessionLine], list[str]]) -> None:
            dialog = CertificatesDialog(*found, parent=self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.accepted.connect(lambda: self.issue_certificates(dialog.request()))
            self.certificates_dialog = dialog
            dialog.open()

        self.context.runner.run(read, ask, self.show_error)

    def issue_certificates(self, request: CertificateRequest) -> None:
        """Issue (or reprint) the certificates asked for, with progress, and preview them."""
        database, actor = self.context.database, self.context.actor
        options = IssueOptions(
            language=request.language,
            signatory_name=request.signatory,
            signatory_title=request.signatory_title or "Training Officer",
        )

        def issue(progress: Progress) -> bytes:
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
            return certificates_pdf(contents, "Certificates of completion")

        run_long_job(
            self, self.context.runner, self.tr("Issuing certificates"), issue,
            lambda data: self.show_pdf(self.tr("Certificates"), data, "certificates.pdf"),
            self.show_error,
        )  # fmt: skip

    def preview_report(self, kind: str) -> None:
        query = self.dashboard.query()
        database = self.context.database

        def build() -> bytes:
            with database.reading() as session:
                if kind == "roster":
                    return roster_pdf_for(session, query, database.display_name)
                return readiness_report_pdf_for(session, query, database.display_name)

        title = self.tr("Completion roster") if kind == "roster" else self.tr("Readiness report")
        self.context.runner.run(
            build,
            lambda data: self.show_pdf(title, data, f"{kind} {query.as_of}.pdf"),
            self.show_error,
        )

    def show_pdf(self, title: str, data: bytes, file_name: str) -> None:
        preview = PdfPreviewDialog(title, data, file_name, self)
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        preview.show()
        self.pdf_shown.emit(title)

    def officer_form(self, officer_id: int | None) -> None:
        """Open the form to add an officer (``None``) or to edit one."""
        database = self.context.database

        def read() -> tuple[list[RoleView], OfficerDetails | None]:
            with database.reading() as session:
                roles = list(curriculum_view(session).roles)
                details = officer_details(session, officer_id) if officer_id else None
                return roles, details

        self.context.runner.run(
            read, lambda found: self._show_form(officer_id, *found), self.show_error
        )

    def _show_form(
        self, officer_id: int | None, roles: list[RoleView], details: OfficerDetails | None
    ) -> None:
        database, actor = self.context.database, self.context.actor

        def save(
            entered: OfficerDetails, done: Callable[[object], None], failed: Callable[[str], None]
        ) -> None:
            def write() -> None:
                with database.transaction() as session:
                    if officer_id is None:
                        add_officers(session, [OfficerInput(**vars(entered))], actor)
                    else:
                        update_officer(session, officer_id, entered, actor)

            def saved(result: object) -> None:
                done(result)
                self.officer_saved.emit(entered.service_number)
                self.personnel.refresh()
                self.dashboard.refresh()

            self.context.runner.run(write, saved, failed)

        form = OfficerForm(roles, save, details, self)
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.form = form
        form.open()

    def start_draft(self, label: str) -> None:
        database, actor = self.context.database, self.context.actor

        def write() -> DraftInfo:
            with database.transaction() as session:
                return start_draft(session, label, actor)

        self.context.runner.run(write, lambda _draft: self.curriculum.refresh(), self.show_error)

    def edit_module(self, code: str) -> None:
        """The module editor for a module of the draft ("" for a new one)."""
        draft = self.curriculum.draft
        curriculum = self.curriculum.curriculum
        if draft is None or curriculum is None:
            return
        module = next((m for m in curriculum.modules if m.code == code), None)
        requirements = [r for r in curriculum.requirements if r.module == code]
        database, actor = self.context.database, self.context.actor

        def save(
            table: dict[str, Any], done: Callable[[object], None], failed: Callable[[str], None]
        ) -> None:
            def write() -> None:
                with database.transaction() as session:
                    save_module(session, draft.label, table, actor)

            def saved(result: object) -> None:
                done(result)
                self.module_saved.emit(table["code"])
                self.curriculum.refresh()

            self.context.runner.run(write, saved, failed)

        editor = ModuleEditor(curriculum.roles, requirements, save, module, self)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.module_editor = editor
        editor.open()

    def publish_draft(self, label: str) -> None:
        database, actor = self.context.database, self.context.actor

        def write() -> None:
            with database.transaction() as session:
                publish_version(session, label, actor)

        def done(_: None) -> None:
            self.statusBar().showMessage(self.tr("Published curriculum {0}.").format(label), 15_000)
            self.refresh()

        self.context.runner.run(write, done, self.show_error)

    def verify_certificate(self) -> None:
        database = self.context.database

        def check_code(text: str, done: Callable[[list[Verification]], None]) -> None:
            def verify() -> list[Verification]:
                with database.reading() as session:
                    return [verify_code(session, text)]

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

    def import_spreadsheet(self) -> None:
        wizard = ImportWizard(self._preview_import, self)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.accepted.connect(
            lambda: self.run_import(
                wizard.file_page.kind(),
                Path(wizard.file_page.path.text().strip()),
                wizard.preview_page.mapping(),
                wizard.preview_page.skip_invalid.isChecked(),
            )
        )
        self.import_wizard = wizard
        wizard.open()

    def _preview_import(
        self, kind: str, path: Path, mapping: dict[str, str], done: Callable[[Preview], None]
    ) -> None:
        database = self.context.database

        def preview() -> Preview:
            with database.reading() as session:
                if kind == "roster":
                    return preview_roster_import(session, path, mapping)
                return preview_results_import(session, path, mapping)

        page = self.import_wizard.preview_page
        self.context.runner.run(preview, done, page.show_error)

    def run_import(self, kind: str, path: Path, mapping: dict[str, str], skip: bool) -> None:
        database, actor = self.context.database, self.context.actor

        def work(progress: Progress) -> Preview:
            with database.transaction() as session:
                if kind == "roster":
                    return import_roster(
                        session, path, actor, mapping=mapping, skip_invalid=skip, progress=progress
                    )
                return import_results(
                    session, path, actor, mapping=mapping, skip_invalid=skip, progress=progress
                )

        def done(preview: Preview) -> None:
            if isinstance(preview, RosterImportPreview):
                text = self.tr("Imported {0}: {1} officers added, {2} updated.").format(
                    path.name, preview.created, preview.updated
                )
            else:
                text = self.tr("Imported {0}: {1} results in {2} sessions.").format(
                    path.name, preview.new_results, preview.sessions
                )
            self.statusBar().showMessage(text, 15_000)
            self.imported.emit(text)
            self.refresh()

        run_long_job(self, self.context.runner, self.tr("Importing {0}").format(path.name),
                     work, done, self.show_error)  # fmt: skip

    def export(self, what: str) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export"), str(Path.home() / f"{what}.xlsx"),
            self.tr("Excel workbook (*.xlsx);;CSV (*.csv)"),
        )  # fmt: skip
        if path:
            self.export_to(what, Path(path))

    def export_to(self, what: str, path: Path) -> None:
        database, as_of = self.context.database, self.context.as_of

        def work() -> int:
            with database.reading() as session:
                if what == "personnel":
                    table = personnel_table(session)
                elif what == "results":
                    table = results_table(session)
                elif what == "curriculum":
                    table = curriculum_table(session)
                else:
                    table = readiness_table(session, ReadinessQuery(as_of=as_of))
                return write_table(path, table.headers, table.rows, title=table.title)

        def done(count: int) -> None:
            text = self.tr("Exported {0} rows to {1}.").format(count, path)
            self.statusBar().showMessage(text, 15_000)
            self.exported.emit(text)

        self.context.runner.run(work, done, self.show_error)

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About MSS Training"),
            self.tr(
                "<h3>MSS Training {0}</h3><p>Training records and readiness for the "
                "Multinational Security Support mission to Haiti and the Gang Suppression "
                "Force.</p><p>Database: {1}</p>"
            ).format(__version__, self.context.database.display_name),
        )
