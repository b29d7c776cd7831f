"""This installation's identity, the installations it knows, and enrolling another."""

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mss_training.domain import SiteRole
from mss_training.sync.identity import KnownSite, SiteIdentity
from mss_training.ui.screen_fit import fit_to_screen
from mss_training.ui.theme import Ink, ink_style

# enrol(code_or_file, name, contingent codes or None for all, done, failed)
Enrol = Callable[
    [str, str, list[str] | None, Callable[[list[KnownSite]], None], Callable[[str], None]], None
]


class SitesDialog(QDialog):
    """``enrol(code_or_file, name, contingents, done, failed)`` enrols; ``save_identity(path)``
    writes a file. HQ may take a site's records of some contingents only."""

    def __init__(
        self,
        identity: SiteIdentity,
        sites: list[KnownSite],
        enrol: Enrol,
        save_identity: Callable[[Path], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sites and enrolment"))
        fit_to_screen(self, 860, 560)
        self._enrol = enrol
        self._save_identity = save_identity

        own = QGroupBox(self.tr("This installation"))
        form = QFormLayout(own)
        form.addRow(self.tr("Name:"), QLabel(f"<b>{identity.name}</b>"))
        form.addRow(self.tr("Role:"), QLabel(identity.role.value.upper()))
        form.addRow(self.tr("Key fingerprint:"), QLabel(identity.fingerprint))
        groups = identity.code.split("-")
        half = (len(groups) + 1) // 2
        # Two lines, so the whole code shows; line breaks do not matter when it is typed.
        self.code = QLabel("-".join(groups[:half]) + "-\n" + "-".join(groups[half:]))
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.code.setAccessibleName(self.tr("Enrolment code"))
        copy = QPushButton(self.tr("&Copy"))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(identity.code))
        save = QPushButton(self.tr("&Save identity file…"))
        save.clicked.connect(self.choose_identity_file)
        code_row = QHBoxLayout()
        code_row.addWidget(self.code, 1)
        code_row.addWidget(copy)
        code_row.addWidget(save)
        form.addRow(self.tr("Enrolment code:"), code_row)
        hint = QLabel(
            self.tr(
                "Give the code or the identity file to the other installation; it enrols this "
                "one with them. Compare key fingerprints aloud to be sure."
            )
        )
        hint.setWordWrap(True)
        form.addRow(hint)

        known = QGroupBox(self.tr("Installations known here"))
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Role"),
                self.tr("Key"),
                self.tr("Trust"),
                self.tr("Last received"),
                self.tr("Last sent"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Known installations"))
        self.other = QLineEdit()
        self.other.setPlaceholderText(self.tr("Paste an enrolment code (MSS1-…), or choose a file"))
        self.other.setAccessibleName(self.tr("Code or identity file to enrol"))
        self.other_name = QLineEdit()
        self.other_name.setPlaceholderText(self.tr("Its name (with a code)"))
        self.other_name.setAccessibleName(self.tr("Name of the installation to enrol"))
        self.other_contingents = QLineEdit()
        self.other_contingents.setPlaceholderText(
            self.tr("Its contingents, e.g. KEN, JAM (empty: all)")
        )
        self.other_contingents.setToolTip(
            self.tr("Take this site's records of these contingents only, e.g. KEN, JAM")
        )
        self.other_contingents.setAccessibleName(
            self.tr("Contingents whose records are taken from it")
        )
        self.other_contingents.setVisible(identity.role is SiteRole.HQ)
        browse = QPushButton(self.tr("From &file…"))
        browse.clicked.connect(self.choose_file)
        self.enrol_button = QPushButton(self.tr("&Enrol"))
        self.enrol_button.clicked.connect(self.enrol)
        enrol_row = QHBoxLayout()
        enrol_row.addWidget(self.other, 1)
        enrol_row.addWidget(browse)
        details_row = QHBoxLayout()
        details_row.addWidget(self.other_name, 1)
        details_row.addWidget(self.other_contingents, 1)
        details_row.addWidget(self.enrol_button)
        self.message = QLabel()
        self.message.setWordWrap(True)
        known_layout = QVBoxLayout(known)
        known_layout.addWidget(self.table, 1)
        known_layout.addLayout(enrol_row)
        known_layout.addLayout(details_row)
        known_layout.addWidget(self.message)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(own)
        layout.addWidget(known, 1)
        layout.addWidget(buttons)
        self.show_sites(sites)

    def show_sites(self, sites: list[KnownSite]) -> None:
        self.table.setRowCount(len(sites))
        for row, site in enumerate(sites):
            values = (
                site.name, site.role.value.upper(), site.fingerprint, site.trust,
                site.last_received, site.last_sent,
            )  # fmt: skip
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def choose_identity_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save identity file"), str(Path.home() / "site.mss-site.json"),
            self.tr("Identity files (*.json)"),
        )  # fmt: skip
        if path:
            self._save_identity(Path(path))

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Identity file"), str(Path.home()), self.tr("Identity files (*.json)")
        )
        if path:
            self.other.setText(path)

    def enrol(self) -> None:
        text = self.other.text().strip()
        if not text:
            self.show_problem(self.tr("Paste the other installation's code or choose its file."))
            return
        self.enrol_button.setEnabled(False)
        self.message.setText(self.tr("Enrolling…"))
        codes = [c for c in re.split(r"[\s,;]+", self.other_contingents.text()) if c]
        self._enrol(
            text, self.other_name.text().strip(), codes or None, self.enrolled, self.show_problem
        )

    def enrolled(self, sites: list[KnownSite]) -> None:
        self.enrol_button.setEnabled(True)
        self.other.clear()
        self.other_name.clear()
        self.other_contingents.clear()
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Enrolled: its bundles are now trusted here."))
        self.show_sites(sites)

    def show_problem(self, message: str) -> None:
        self.enrol_button.setEnabled(True)
        self.message.setStyleSheet(ink_style(Ink.PROBLEM))
        self.message.setText(message)
