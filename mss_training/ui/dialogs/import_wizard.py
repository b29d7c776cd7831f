"""Import a roster or a results sheet: choose the file, check its columns, see every row's
fate before anything is written."""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from mss_training.errors import MssError
from mss_training.io.columns import RESULTS_FIELDS, ROSTER_FIELDS, fold, likely_headers
from mss_training.services.results_import import ResultsImportPreview
from mss_training.services.roster_import import RosterImportPreview
from mss_training.ui.dialogs.forms import problem_label
from mss_training.ui.language import QT_TRANSLATE_NOOP
from mss_training.ui.models.table import RowsModel
from mss_training.ui.screen_fit import fit_to_screen
from mss_training.ui.theme import Ink, Tone, ink

Preview = RosterImportPreview | ResultsImportPreview
PreviewCall = Callable[[str, Path, dict[str, str], Callable[[Preview], None]], None]
REJECTED = Tone.BAD
CHANGED = Tone.WARNING
# What the import would do with a row, as the preview's table says it.
ROW_FATES = {
    "create": QT_TRANSLATE_NOOP("PreviewPage", "create"),
    "update": QT_TRANSLATE_NOOP("PreviewPage", "update"),
    "unchanged": QT_TRANSLATE_NOOP("PreviewPage", "unchanged"),
    "add": QT_TRANSLATE_NOOP("PreviewPage", "add"),
    "recorded": QT_TRANSLATE_NOOP("PreviewPage", "already recorded"),
    "rejected": QT_TRANSLATE_NOOP("PreviewPage", "rejected"),
}


# What each field of a sheet is called in the window (the names in code stay in English).
FIELD_NAMES = {
    "service_number": QT_TRANSLATE_NOOP("PreviewPage", "Service number"),
    "family_name": QT_TRANSLATE_NOOP("PreviewPage", "Family name"),
    "given_names": QT_TRANSLATE_NOOP("PreviewPage", "Given names"),
    "rank": QT_TRANSLATE_NOOP("PreviewPage", "Rank"),
    "contingent": QT_TRANSLATE_NOOP("PreviewPage", "Contingent"),
    "unit": QT_TRANSLATE_NOOP("PreviewPage", "Unit"),
    "roles": QT_TRANSLATE_NOOP("PreviewPage", "Roles"),
    "gender": QT_TRANSLATE_NOOP("PreviewPage", "Gender"),
    "status": QT_TRANSLATE_NOOP("PreviewPage", "Status"),
    "deployment_start": QT_TRANSLATE_NOOP("PreviewPage", "Deployment start"),
    "deployment_end": QT_TRANSLATE_NOOP("PreviewPage", "Deployment end"),
    "module_code": QT_TRANSLATE_NOOP("PreviewPage", "Module code"),
    "date": QT_TRANSLATE_NOOP("PreviewPage", "Date"),
    "outcome": QT_TRANSLATE_NOOP("PreviewPage", "Outcome"),
    "score": QT_TRANSLATE_NOOP("PreviewPage", "Score"),
    "instructor": QT_TRANSLATE_NOOP("PreviewPage", "Instructor"),
    "location": QT_TRANSLATE_NOOP("PreviewPage", "Location"),
}


class FilePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("What to import"))
        self.roster = QRadioButton(self.tr("A personnel list (roster) of a contingent"))
        self.results = QRadioButton(self.tr("An attendance and results sheet"))
        self.roster.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.roster)
        group.addButton(self.results)
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("A .xlsx or .csv file"))
        self.path.setAccessibleName(self.tr("File to import"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        self.problem = problem_label()
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.roster)
        layout.addWidget(self.results)
        layout.addLayout(row)
        layout.addWidget(self.problem)
        layout.addStretch()

    def kind(self) -> str:
        return "roster" if self.roster.isChecked() else "results"

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("File to import"), str(Path.home()),
            self.tr("Spreadsheets (*.xlsx *.csv *.txt)"),
        )  # fmt: skip
        if path:
            self.path.setText(path)

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        if not Path(self.path.text().strip()).is_file():
            self.problem.setText(self.tr("Choose a file that exists."))
            return False
        self.problem.clear()
        return True


class PreviewPage(QWizardPage):
    def __init__(self, files: FilePage, preview: PreviewCall) -> None:
        super().__init__()
        self.files = files
        self._preview_call = preview
        self.preview: Preview | None = None
        self.setTitle(self.tr("Check before importing"))
        self.setSubTitle(self.tr("Nothing is written until you press Import."))
        self.columns = QWidget()
        self.columns_form = QFormLayout(self.columns)
        self.recheck = QPushButton(self.tr("&Check again with these columns"))
        self.recheck.clicked.connect(self.run_preview)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.rows = RowsModel([], [], self._row_colour)
        self.table = QTableView()
        self.table.setModel(self.rows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Rows and what will happen to them"))
        self.skip_invalid = QCheckBox(self.tr("Import the valid rows and skip the rejected ones"))
        self.skip_invalid.toggled.connect(lambda _: self.completeChanged.emit())
        self._colours: list[Tone | None] = []
        self._combos: dict[str, QComboBox] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(self.columns)
        layout.addWidget(self.recheck)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.skip_invalid)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        self._combos.clear()
        self.run_preview()

    def mapping(self) -> dict[str, str]:
        """The user's choice of field for each column, as the importer takes it."""
        return {
            fold(header): combo.currentData()
            for header, combo in self._combos.items()
            if combo.currentData()
        }

    def run_preview(self) -> None:
        self.preview = None
        self.summary.setText(self.tr("Reading the file…"))
        self.completeChanged.emit()
        path = Path(self.files.path.text().strip())
        self._preview_call(self.files.kind(), path, self.mapping(), self.show_preview)

    def show_error(self, message: str) -> None:
        """Say what is wrong, and offer every column of the file to map by hand."""
        self.summary.setText(message)
        if not self._combos:
            try:
                headers = likely_headers(Path(self.files.path.text().strip()))
            except MssError:
                headers = []
            self._show_columns(self.files.kind(), headers, {})

    def show_preview(self, preview: Preview) -> None:
        self.preview = preview
        self._fill_columns(preview)
        rows: list[list[object]] = []
        self._colours = []
        if isinstance(preview, RosterImportPreview):
            for change in preview.changes:
                detail = f"{change.contingent} {change.service_number} {change.name}"
                if change.changed:
                    detail += " — " + ", ".join(change.changed)
                rows.append([change.row, self.tr(ROW_FATES[change.action]), detail])
                self._colours.append(CHANGED if change.action == "update" else None)
            counts = self.tr("{0} to add, {1} to update, {2} unchanged").format(
                preview.created, preview.updated, preview.unchanged
            )
        else:
            for line in preview.lines:
                action = self.tr(ROW_FATES["recorded" if line.already_recorded else "add"])
                detail = (
                    f"{line.contingent} {line.service_number} · {line.module} · "
                    f"{line.day.isoformat()} · {line.outcome.value}"
                )
                rows.append([line.row, action, detail])
                self._colours.append(None)
            counts = self.tr("{0} results to record in {1} sessions, {2} already recorded").format(
                preview.new_results, preview.sessions, preview.already_recorded
            )
        for problem in preview.rejected:
            rows.append([problem.row, self.tr(ROW_FATES["rejected"]), problem.reason])
            self._colours.append(REJECTED)
        # The rejected rows first: they are what the person must read before importing.
        order = sorted(
            range(len(rows)),
            key=lambda index: (self._colours[index] is not REJECTED, int(str(rows[index][0]))),
        )
        self._colours = [self._colours[index] for index in order]
        self.rows.set_rows(
            [self.tr("Row"), self.tr("What happens"), self.tr("Details")],
            [rows[index] for index in order],
        )
        self.table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents
        )
        rejected = len(preview.rejected)
        self.summary.setText(
            f"<b>{counts}</b>; "
            + (
                self.tr(
                    "<span style='color:{problem}'>%n row(s) rejected</span>, shown in red.",
                    "",
                    rejected,
                ).format(problem=ink(Ink.PROBLEM).name())
                if rejected
                else self.tr("no rows rejected.")
            )
        )
        self.skip_invalid.setVisible(bool(rejected))
        self.completeChanged.emit()

    def _fill_columns(self, preview: Preview) -> None:
        if self._combos:
            return
        kind = "roster" if isinstance(preview, RosterImportPreview) else "results"
        headers = [*preview.columns.values(), *preview.ignored_columns]
        chosen = {header: field for field, header in preview.columns.items()}
        self._show_columns(kind, headers, chosen)

    def _show_columns(self, kind: str, headers: list[str], chosen: dict[str, str]) -> None:
        fields = ROSTER_FIELDS if kind == "roster" else RESULTS_FIELDS
        while self.columns_form.rowCount():
            self.columns_form.removeRow(0)
        self._combos.clear()
        for header in headers:
            combo = QComboBox()
            combo.addItem(self.tr("(ignore)"), "")
            for field in fields:
                name = FIELD_NAMES.get(field, field)
                combo.addItem(QCoreApplication.translate("PreviewPage", str(name)), field)
            combo.setCurrentIndex(max(0, combo.findData(chosen.get(header, ""))))
            combo.setAccessibleName(header)
            self._combos[header] = combo
            self.columns_form.addRow(header, combo)

    def _row_colour(self, row: int, _column: int) -> Tone | None:
        return self._colours[row] if row < len(self._colours) else None

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        if self.preview is None:
            return False
        return not self.preview.rejected or self.skip_invalid.isChecked()


class ImportWizard(QWizard):
    """Choose, check, import. The window runs the import itself, with a progress dialog."""

    def __init__(self, preview: PreviewCall, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import from a spreadsheet"))
        fit_to_screen(self, 860, 640)
        self.file_page = FilePage()
        self.preview_page = PreviewPage(self.file_page, preview)
        self.addPage(self.file_page)
        self.addPage(self.preview_page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Import"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, False)
        self.setWindowModality(Qt.WindowModality.WindowModal)
