"""Choosing what a bundle carries, and previewing what importing one will do."""

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from mss_training.domain import SiteRole
from mss_training.sync.identity import KnownSite
from mss_training.sync.merge_report import MergeReport
from mss_training.ui.date_field import DateField
from mss_training.ui.screen_fit import fit_to_screen


class ExportBundleDialog(QDialog):
    """For whom, and how much: by default what the chosen site has not confirmed."""

    def __init__(self, sites: list[KnownSite], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export a sync bundle"))
        self.recipient = QComboBox()
        self.recipient.setAccessibleName(self.tr("For"))
        others = [site for site in sites if site.trust != "this installation"]
        for site in sorted(others, key=lambda s: (s.role is not SiteRole.HQ, s.name)):
            self.recipient.addItem(f"{site.name} ({site.role.value.upper()})", site.name)
        self.recipient.addItem(self.tr("Anyone: everything this installation has"), None)
        self.since_box = QCheckBox(self.tr("Only results stored since"))
        self.since = DateField(QDate.currentDate().addDays(-30))
        self.since.setEnabled(False)
        self.since.setAccessibleName(self.tr("Results stored since"))
        self.since_box.toggled.connect(self.since.setEnabled)
        self.everything = QCheckBox(self.tr("Everything, even what the site has confirmed"))
        explain = QLabel(
            self.tr(
                "A bundle for a site carries what it has not yet confirmed receiving, plus all "
                "officers and sessions. Take the file to the site by USB stick or e-mail."
            )
        )
        explain.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&For:"), self.recipient)
        form.addRow(self.since_box, self.since)
        form.addRow(self.everything)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Choose file and export…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def for_site(self) -> str | None:
        data = self.recipient.currentData()
        return str(data) if data else None

    def since_moment(self) -> dt.datetime | None:
        if self.everything.isChecked() or not self.since_box.isChecked():
            return None
        day = self.since.day()
        return dt.datetime.combine(day, dt.time(), tzinfo=dt.UTC)


class ImportPreviewDialog(QDialog):
    """What importing the bundle would add and change; Import applies it, all or nothing."""

    def __init__(self, file_name: str, report: MergeReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import {0}").format(file_name))
        fit_to_screen(self, 720, 420)
        self.text = QPlainTextEdit("\n".join(report.lines(dry_run=True)))
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("What the import would do"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        signed = QLabel(
            self.tr("Signed by {0}, whom this installation trusts; every part checked.").format(
                report.sender
            )
        )
        layout = QVBoxLayout(self)
        layout.addWidget(signed)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
