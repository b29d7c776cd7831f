"""Backup settings: where automatic copies go and how many to keep; back up or restore now."""

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QWidget,
)

from mss_training.services.settings import MOST_COPIES, BackupSettings
from mss_training.ui.dialogs.forms import lay_out_form


class BackupSettingsDialog(QDialog):
    """Edits the backup settings; offers "Back up now" and "Restore…" (confirmed first).

    ``refusal`` (PostgreSQL) replaces the whole form with one sentence.

    Signals:
        save_requested: the BackupSettings to store.
        back_up_requested: take a copy now.
        restore_requested: the Path of the copy to restore, after the user confirmed.
    """

    save_requested = Signal(object)
    back_up_requested = Signal()
    restore_requested = Signal(object)

    def __init__(
        self,
        settings: BackupSettings,
        default_folder: Path | None,
        refusal: str = "",
        parent: QWidget | None = None,
        *,
        may_restore: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Backups"))
        self.default_folder = default_folder
        self.folder = QLineEdit(settings.folder or "")
        self.folder.setPlaceholderText(str(default_folder or ""))
        choose = QPushButton(self.tr("C&hoose…"))
        choose.clicked.connect(self._choose_folder)
        folder_row = QWidget()
        folder_layout = QHBoxLayout(folder_row)
        folder_layout.setContentsMargins(0, 0, 0, 0)
        folder_layout.addWidget(self.folder, 1)
        folder_layout.addWidget(choose)
        self.automatic = QCheckBox(self.tr("Back up when the app opens and closes (once a day)"))
        self.automatic.setChecked(settings.automatic)
        self.keep_daily = QSpinBox()
        self.keep_daily.setRange(0, MOST_COPIES)
        self.keep_daily.setValue(settings.keep_daily)
        self.keep_daily.setSuffix(self.tr(" days"))
        self.keep_weekly = QSpinBox()
        self.keep_weekly.setRange(0, MOST_COPIES)
        self.keep_weekly.setValue(settings.keep_weekly)
        self.keep_weekly.setSuffix(self.tr(" weeks"))
        self.back_up_button = QPushButton(self.tr("&Back up now"))
        self.back_up_button.clicked.connect(self.back_up_requested)
        self.restore_button = QPushButton(self.tr("&Restore…"))
        self.restore_button.clicked.connect(self._choose_copy)
        now_row = QWidget()
        now_layout = QHBoxLayout(now_row)
        now_layout.setContentsMargins(0, 0, 0, 0)
        now_layout.addWidget(self.back_up_button)
        now_layout.addWidget(self.restore_button)
        # Restoring replaces every record: administrators only (services/permissions.py).
        self.restore_button.setVisible(may_restore)
        now_layout.addStretch()
        self.message = QLabel(
            refusal
            or self.tr(
                "Copies are named after the database and the day. Keep one folder on another "
                "disk or a USB stick if you can: a copy on the same disk dies with it."
            )
        )
        self.message.setWordWrap(True)
        rows = [
            (self.tr("Backup folder"), folder_row),
            (self.tr("Automatic"), self.automatic),
            (self.tr("Keep a copy for each of the last"), self.keep_daily),
            (self.tr("and one for each of the last"), self.keep_weekly),
            (self.tr("Now"), now_row),
        ]
        buttons = lay_out_form(self, rows, self.message, self._save)
        # A minimum width set by hand replaces the layout's own, which longer languages need.
        self.setMinimumWidth(max(640, self.minimumSizeHint().width()))
        self.folder.setAccessibleName(self.tr("Backup folder"))
        if refusal:
            for widget in (self.folder, choose, self.automatic, self.keep_daily, self.keep_weekly,
                           self.back_up_button, self.restore_button):  # fmt: skip
                widget.setEnabled(False)
            buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)

    def settings(self) -> BackupSettings:
        return BackupSettings(
            folder=self.folder.text().strip() or None,
            keep_daily=self.keep_daily.value(),
            keep_weekly=self.keep_weekly.value(),
            automatic=self.automatic.isChecked(),
        )

    def show_message(self, text: str) -> None:
        self.message.setText(text)

    def _folder_shown(self) -> str:
        return self.folder.text().strip() or str(self.default_folder or Path.home())

    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Backup folder"), self._folder_shown()
        )
        if chosen:
            self.folder.setText(chosen)

    def _save(self) -> None:
        self.save_requested.emit(self.settings())

    def _choose_copy(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Restore a backup"), self._folder_shown(),
            self.tr("Databases (*.sqlite *.db)"),
        )  # fmt: skip
        if path:
            self.confirm_restore(Path(path))

    def confirm_restore(self, copy: Path) -> None:
        """Ask before replacing the database; on yes, emit ``restore_requested``."""
        answer = QMessageBox.question(
            self,
            self.tr("Restore a backup"),
            self.tr(
                "Replace the database with {0}?\n\nEverything recorded since that copy was "
                "made will no longer show. The current database is kept aside, renamed with "
                "today's date and time, so nothing is deleted."
            ).format(copy.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.restore_requested.emit(copy)

    def confirm_other_installation(self, copy: Path, problem: str) -> bool:
        """Ask again, plainly, before restoring a copy of another installation."""
        answer = QMessageBox.warning(
            self,
            self.tr("Restore another installation's copy"),
            self.tr("{0}\n\nRestore {1} anyway?").format(
                problem.replace(" Nothing was changed.", "").replace(
                    " Say so explicitly (--other-installation) to restore it anyway.", ""
                ),
                copy.name,
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes
