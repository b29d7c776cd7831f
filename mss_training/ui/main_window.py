"""The main window: dashboard, personnel, sessions and curriculum, with the menus a desktop
user expects."""

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMessageBox,
    QProgressBar,
    QTabWidget,
)

from mss_training import __version__
from mss_training.config import APP_NAME
from mss_training.ui.context import AppContext
from mss_training.ui.language import LANGUAGE_NAMES, app_settings, current_language
from mss_training.ui.views.curriculum import CurriculumView
from mss_training.ui.views.dashboard import DashboardView
from mss_training.ui.views.personnel import PersonnelView
from mss_training.ui.views.sessions import SessionsView
from mss_training.ui.window.accounts import AccountActions
from mss_training.ui.window.briefings import BriefingActions
from mss_training.ui.window.data import DataActions
from mss_training.ui.window.holds import HoldsActions
from mss_training.ui.window.records import RecordsActions
from mss_training.ui.window.sessions import SessionActions
from mss_training.ui.window.sync import SyncActions


class MainWindow(
    SessionActions,
    RecordsActions,
    DataActions,
    SyncActions,
    HoldsActions,
    BriefingActions,
    AccountActions,
):
    """The window: four views in tabs, the menus and shortcuts, and what it remembers.

    What the menus do lives by topic in ``mss_training.ui.window``; the signals it emits
    are listed on ``WindowBase``.
    """

    def __init__(self, context: AppContext, settings: QSettings | None = None) -> None:
        super().__init__()
        self.context = context
        self.settings = settings or app_settings()
        self.built_in_language = current_language()
        self.setWindowTitle(f"{APP_NAME} — {context.database.display_name}")
        self.dashboard = DashboardView(context)
        self.personnel = PersonnelView(context)
        self.curriculum = CurriculumView(context)
        self.sessions = SessionsView(context)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.dashboard, self.tr("Readiness"))
        self.tabs.addTab(self.personnel, self.tr("Personnel"))
        self.tabs.addTab(self.sessions, self.tr("Sessions"))
        self.tabs.addTab(self.curriculum, self.tr("Curriculum"))
        self.setCentralWidget(self.with_audit_banner(self.tabs))
        self._build_actions()
        self._build_status_bar()
        self.dashboard.drill_down.connect(self.show_officers_behind)
        self.personnel.open_officer.connect(self.show_officer)
        self.personnel.add_officer.connect(lambda: self.officer_form(None))
        self.personnel.edit_officer.connect(self.officer_form)
        self.curriculum.start_draft.connect(self.start_draft)
        self.curriculum.edit_module.connect(self.edit_module)
        self.curriculum.publish_draft.connect(self.publish_draft)
        self.connect_sessions()
        self.context.runner.busy_changed.connect(lambda count: self.busy.setVisible(count > 0))
        self.apply_role()
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
        self.add_safety_actions(file_menu)
        self.users_action = QAction(self.tr("&Users…"), self)
        self.users_action.triggered.connect(self.manage_users)
        file_menu.addAction(self.users_action)
        self.password_action = QAction(self.tr("Change my &password…"), self)
        self.password_action.triggered.connect(self.change_own_password)
        file_menu.addAction(self.password_action)
        self.sign_out_action = QAction(self.tr("&Sign out…"), self)
        self.sign_out_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.sign_out_action.setToolTip(self.tr("Sign out, and let someone else sign in"))
        self.sign_out_action.triggered.connect(self.sign_out)
        file_menu.addAction(self.sign_out_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        records_menu = self.records_menu = menu.addMenu(self.tr("&Records"))
        self.new_session_action = QAction(self.tr("&New training session…"), self)
        self.new_session_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_session_action.triggered.connect(self.record_session)
        records_menu.addAction(self.new_session_action)
        self.plan_session_action = QAction(self.tr("&Plan a session…"), self)
        self.plan_session_action.triggered.connect(self.plan_session)
        records_menu.addAction(self.plan_session_action)
        # The screen of every session, searchable: where a session's history is found too.
        self.sessions_action = QAction(self.tr("&Sessions and their history"), self)
        self.sessions_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.sessions_action.triggered.connect(self.show_sessions)
        records_menu.addAction(self.sessions_action)
        self.holds_action = QAction(self.tr("Eligibility &holds…"), self)
        self.holds_action.triggered.connect(self.show_holds)
        records_menu.addAction(self.holds_action)

        sync_menu = self.sync_menu = menu.addMenu(self.tr("&Sync"))
        self.export_bundle_action = QAction(self.tr("&Export bundle…"), self)
        self.export_bundle_action.triggered.connect(self.export_bundle)
        self.import_bundle_action = QAction(self.tr("&Import bundle…"), self)
        self.import_bundle_action.triggered.connect(self.choose_bundle)
        self.conflicts_action = QAction(self.tr("&Conflicts…"), self)
        self.conflicts_action.triggered.connect(self.show_conflicts)
        self.duplicates_action = QAction(self.tr("Likely &duplicate sessions…"), self)
        self.duplicates_action.triggered.connect(self.show_duplicates)
        self.sites_action = QAction(self.tr("&Sites and enrolment…"), self)
        self.sites_action.triggered.connect(self.show_sites)
        for action in (self.export_bundle_action, self.import_bundle_action):
            sync_menu.addAction(action)
        sync_menu.addSeparator()
        sync_menu.addAction(self.conflicts_action)
        sync_menu.addAction(self.duplicates_action)
        sync_menu.addAction(self.sites_action)

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
        self.plan_action = QAction(self.tr("Training &plan…"), self)
        self.plan_action.setToolTip(
            self.tr("What to teach a contingent, by when, to be ready on its deployment date")
        )
        self.plan_action.triggered.connect(self.show_plan_screen)
        reports_menu.addAction(self.plan_action)
        reports_menu.addSeparator()
        self.snapshot_action = QAction(self.tr("Readiness &snapshot…"), self)
        self.snapshot_action.setToolTip(
            self.tr("Sign readiness as of a date with the commander's assessment")
        )
        self.snapshot_action.triggered.connect(self.ask_for_snapshot)
        reports_menu.addAction(self.snapshot_action)
        self.snapshots_action = QAction(self.tr("Snapshots &taken…"), self)
        self.snapshots_action.triggered.connect(self.show_snapshots)
        reports_menu.addAction(self.snapshots_action)
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

        settings_menu = menu.addMenu(self.tr("Se&ttings"))
        self.language_menu = settings_menu.addMenu(self.tr("&Language"))
        self.language_actions = QActionGroup(self)
        for code, name in LANGUAGE_NAMES.items():
            action = QAction(name, self)
            action.setCheckable(True)
            action.setData(code)
            action.setChecked(code == current_language())
            self.language_actions.addAction(action)
            self.language_menu.addAction(action)
        self.language_actions.triggered.connect(self.choose_language)

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
        self.user_label = QLabel()
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(120)
        self.busy.setVisible(False)
        self.statusBar().addWidget(self.database_label, 1)
        self.statusBar().addPermanentWidget(self.user_label)
        self.statusBar().addPermanentWidget(self.busy)

    def _restore(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            # First run: a comfortable size that still fits a 1366×768 laptop screen.
            screen = QGuiApplication.primaryScreen()
            room = screen.availableGeometry() if screen is not None else None
            width = min(1280, int(room.width() * 0.95)) if room else 1280
            height = min(820, int(room.height() * 0.92)) if room else 820
            self.resize(width, height)
        self._restore_tab()

    def _restore_tab(self) -> None:
        tab = str(self.settings.value("window/tab", 0))
        self.tabs.setCurrentIndex(int(tab) if tab.isdigit() else 0)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/tab", self.tabs.currentIndex())
        super().closeEvent(event)

    def find_officer(self) -> None:
        self.tabs.setCurrentWidget(self.personnel)
        self.personnel.search.setFocus()
        self.personnel.search.selectAll()

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
