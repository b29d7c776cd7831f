"""Keeping records safe from the window: audit histories, the start check, backups."""

import datetime as dt
import uuid
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMenu, QVBoxLayout, QWidget

from mss_training.db import Database, open_database
from mss_training.services.audit import AuditVerification, verify_audit_trail
from mss_training.services.audit_history import (
    AuditLine,
    AuditSubject,
    history_of,
    officer_history,
    result_history,
    session_history_of_result,
)
from mss_training.services.backups import (
    POSTGRES_REFUSAL,
    BackupTaken,
    automatic_backup,
    backup_folder,
    database_file,
    take_daily_copy,
)
from mss_training.services.permissions import Permission, require
from mss_training.services.restoring import (
    OtherInstallationError,
    Restored,
    check_restore,
    restore,
)
from mss_training.services.settings import (
    BackupSettings,
    load_backup_settings,
    save_backup_settings,
)
from mss_training.ui.dialogs.audit_history import AuditHistoryDialog
from mss_training.ui.dialogs.backup_settings import BackupSettingsDialog
from mss_training.ui.theme import Ink, banner_style
from mss_training.ui.window.data import DataActions


class SafetyActions(DataActions):
    """Audit histories, the audit check on start, automatic and manual backups, restore.

    Its signals (audit_checked, history_shown, backed_up, restored) are declared on
    WindowBase: PySide6 does not deliver signals declared on a class that reaches the
    window through a second base.
    """

    audit_banner: QLabel

    def with_audit_banner(self, central: QWidget) -> QWidget:
        """``central`` under a warning line that shows only when the trail is broken."""
        self.audit_banner = QLabel()
        self.audit_banner.setWordWrap(True)
        self.audit_banner.setStyleSheet(banner_style(Ink.PROBLEM))
        self.audit_banner.setAccessibleName(self.tr("Audit trail warning"))
        self.audit_banner.hide()
        container = QWidget()
        layout = QVBoxLayout(container)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.audit_banner)
        layout.addWidget(central, 1)
        return container

    def add_safety_actions(self, menu: QMenu) -> None:
        self.backups_action = QAction(self.tr("&Backups…"), self)
        self.backups_action.triggered.connect(self.open_backup_settings)
        menu.addAction(self.backups_action)
        self.check_audit_action = QAction(self.tr("Check the &audit trail"), self)
        self.check_audit_action.triggered.connect(self.check_audit_trail)
        menu.addAction(self.check_audit_action)

    def on_started(self) -> None:
        """Once the window shows: verify the trail and take the day's backup, off its thread."""
        self.check_audit_trail()
        self.take_automatic_backup()

    # --- audit ---------------------------------------------------------------------------

    def check_audit_trail(self) -> None:
        database = self.context.database

        def check() -> AuditVerification:
            with database.reading() as session:
                return verify_audit_trail(session)

        self.context.runner.run(check, self._show_audit_state, self.show_error)

    def _show_audit_state(self, verification: AuditVerification) -> None:
        if verification.intact:
            self.audit_banner.hide()
            message = self.tr("Audit trail checked: %Ln entries, intact.", "", verification.entries)
            if verification.witnessed:
                message = self.tr(
                    "Audit trail checked: %Ln entries, intact, {0}.", "", verification.entries
                ).format(verification.witnessed)
            self.statusBar().showMessage(message, 10_000)
        else:
            self.audit_banner.setText(
                self.tr(
                    "<b>The audit trail is broken.</b> {0} Someone changed the database "
                    "outside MSS Training. Tell your administrator; a backup from before the "
                    "change can be restored (File → Backups)."
                ).format(_first_problems(verification.problems))
            )
            self.audit_banner.show()
        self.audit_checked.emit(verification)

    def show_history(self, what: str, key: int | uuid.UUID | str, title: str) -> None:
        """The audit history of an officer (key: its id), of a result (key: its uid), or of a
        session (key: a result's uid, or the session's reference)."""
        database, within = self.context.database, self.context.actor.contingents

        def read() -> list[AuditLine]:
            with database.reading() as session:
                if isinstance(key, str):
                    return history_of(session, AuditSubject.SESSION, key, within=within)
                if what == "officer":
                    assert isinstance(key, int)
                    return officer_history(session, key, within)
                assert isinstance(key, uuid.UUID)
                if what == "result":
                    return result_history(session, key, within)
                return session_history_of_result(session, key, within)

        def show(lines: list[AuditLine]) -> None:
            dialog = AuditHistoryDialog(title, lines, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.history_dialog = dialog
            dialog.show()
            self.history_shown.emit(dialog.windowTitle())

        self.context.runner.run(read, show, self.show_error)

    # --- backups -------------------------------------------------------------------------

    def take_automatic_backup(self) -> None:
        database = self.context.database
        self.context.runner.run(
            lambda: automatic_backup(database, dt.date.today()),
            self._backed_up,
            lambda message: self.statusBar().showMessage(
                self.tr("The automatic backup failed: {0}").format(message), 30_000
            ),
        )

    def _backed_up(self, taken: BackupTaken | None) -> None:
        if taken is not None:
            self.statusBar().showMessage(self.tr("Backed up to {0}.").format(taken.path), 15_000)
            self.backed_up.emit(str(taken.path))

    def open_backup_settings(self) -> None:
        database = self.context.database

        def read() -> tuple[BackupSettings, Path | None]:
            with database.reading() as session:
                settings = load_backup_settings(session)
            if not database.is_sqlite:
                return settings, None
            return settings, backup_folder(database_file(database.url), BackupSettings())

        def show(found: tuple[BackupSettings, Path | None]) -> None:
            settings, default_folder = found
            refusal = "" if database.is_sqlite else POSTGRES_REFUSAL
            dialog = BackupSettingsDialog(
                settings,
                default_folder,
                refusal,
                self,
                may_restore=self.context.actor.may(Permission.RESTORE),
            )
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.save_requested.connect(lambda chosen: self._save_settings(dialog, chosen))
            dialog.back_up_requested.connect(lambda: self._back_up_now(dialog))
            dialog.restore_requested.connect(lambda copy: self._restore_backup(dialog, copy))
            self.backup_dialog = dialog
            dialog.open()

        self.context.runner.run(read, show, self.show_error)

    def _save_settings(self, dialog: BackupSettingsDialog, chosen: BackupSettings) -> None:
        database, actor = self.context.database, self.context.actor

        def write() -> bool:
            with database.transaction() as session:
                return save_backup_settings(session, chosen, actor)

        self.context.runner.run(write, lambda _changed: dialog.accept(), dialog.show_message)

    def _back_up_now(self, dialog: BackupSettingsDialog) -> None:
        database, actor = self.context.database, self.context.actor

        def work() -> BackupTaken | None:
            require(actor, Permission.BACK_UP)
            with database.reading() as session:
                settings = load_backup_settings(session)
            return take_daily_copy(database, settings, dt.date.today(), force=True)

        def done(taken: BackupTaken | None) -> None:
            self._backed_up(taken)
            if taken is not None:
                dialog.show_message(self.tr("Backed up to {0}.").format(taken.path))

        self.context.runner.run(work, done, dialog.show_message)

    def _restore_backup(self, dialog: BackupSettingsDialog, copy: Path) -> None:
        """Check whose copy it is first: another installation's needs a second yes."""
        current = self.context.database

        def check() -> str:
            try:
                check_restore(database_file(current.url), copy, other_installation=False)
            except OtherInstallationError as error:
                return str(error)
            return ""

        def ask(problem: str) -> None:
            if problem and not dialog.confirm_other_installation(copy, problem):
                return
            self._replace_database(dialog, copy, other_installation=bool(problem))

        self.context.runner.run(check, ask, dialog.show_message)

    def _replace_database(
        self, dialog: BackupSettingsDialog, copy: Path, *, other_installation: bool
    ) -> None:
        current, actor = self.context.database, self.context.actor

        def work() -> tuple[Restored, Database]:
            require(actor, Permission.RESTORE)  # before the database is closed
            # The worker is serial: no other task holds the database while it is replaced.
            # (A disposed engine connects again if the restore fails and the window goes on.)
            current.close()
            restored = restore(
                database_file(current.url),
                copy,
                dt.datetime.now(),
                actor,
                other_installation=other_installation,
            )
            return restored, open_database(current.url, create=False)

        def done(result: tuple[Restored, Database]) -> None:
            restored, database = result
            # The administrator who restored stays signed in and is named in what follows.
            self._use_database(database, self.context.actor)
            aside = restored.aside.name if restored.aside else ""
            dialog.show_message(
                self.tr("Restored {0}. The database it replaced is kept as {1}.").format(
                    copy.name, aside
                )
            )
            self.restored.emit(str(copy))
            self.check_audit_trail()

        self.context.runner.run(work, done, dialog.show_message)


def _first_problems(problems: list[str], shown: int = 3) -> str:
    """The first few problems for the banner; the rest are counted (audit verify lists all)."""
    text = " ".join(problems[:shown])
    if len(problems) > shown:
        text += f" (and {len(problems) - shown} more: run mss-training audit verify)"
    return text
