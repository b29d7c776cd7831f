"""The shared curriculum: modules by category, each module in full, and who needs what."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mss_training.domain import ALL_ROLES, Assessment, CurriculumStatus, DeliveryMode, Phase
from mss_training.services.curriculum import CurriculumView as Curriculum
from mss_training.services.curriculum import ModuleView, curriculum_view
from mss_training.services.curriculum_editing import DraftInfo, current_draft
from mss_training.services.permissions import Permission
from mss_training.ui.context import AppContext
from mss_training.ui.language import current_language
from mss_training.ui.models.table import RowsModel
from mss_training.ui.theme import Tone
from mss_training.words import word_for

PHASE_SHORT = {"pre-deployment": "P", "induction": "I", "refresher": "R"}


class CurriculumView(QWidget):
    """The active curriculum or the draft of the next one: modules by category, each module
    in full, and the role × module matrix.

    Signals:
        start_draft: the coordinator wants a new draft version (its label).
        edit_module: edit the module with this code in the draft ("" for a new module).
        publish_draft: publish the draft (its label).
    """

    start_draft = Signal(str)
    edit_module = Signal(str)
    publish_draft = Signal(str)

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.curriculum: Curriculum | None = None
        self.shown_code: str | None = None
        self.draft: DraftInfo | None = None
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.version = QComboBox()
        self.version.setAccessibleName(self.tr("Curriculum version"))
        self.version.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.version.currentIndexChanged.connect(lambda _: self._read())
        self.new_draft_button = QPushButton(self.tr("Start a &draft…"))
        self.new_module_button = QPushButton(self.tr("&New module…"))
        self.edit_button = QPushButton(self.tr("&Edit module…"))
        self.publish_button = QPushButton(self.tr("&Publish draft…"))
        self.new_draft_button.clicked.connect(self._ask_draft_label)
        self.new_module_button.clicked.connect(lambda: self.edit_module.emit(""))
        self.edit_button.clicked.connect(self._edit_current)
        self.publish_button.clicked.connect(self._confirm_publish)
        bar = QHBoxLayout()
        bar.addWidget(self.heading, 1)
        bar.addWidget(self.version)
        for button in (
            self.new_draft_button, self.new_module_button, self.edit_button, self.publish_button,
        ):  # fmt: skip
            bar.addWidget(button)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Module"), self.tr("Hours"), self.tr("Valid for")])
        self.tree.setAccessibleName(self.tr("Modules by category"))
        self.tree.currentItemChanged.connect(lambda item, _: self._show_module(item))
        self.details = QTextBrowser()
        self.details.setAccessibleName(self.tr("Module details"))
        modules = QSplitter(Qt.Orientation.Horizontal)
        modules.addWidget(self.tree)
        modules.addWidget(self.details)
        modules.setSizes([460, 540])
        self.matrix = RowsModel([], [], self._matrix_colour)
        matrix_view = QTableView()
        matrix_view.setModel(self.matrix)
        matrix_view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        matrix_view.verticalHeader().hide()
        matrix_view.setAccessibleName(self.tr("Requirement matrix"))
        self.matrix_view = matrix_view
        legend = QLabel(
            self.tr("P: before deployment · I: on induction in Haiti · R: as a refresher. "
                    "A contingent code limits a requirement to that contingent.")
        )  # fmt: skip
        legend.setWordWrap(True)
        # What each role code in the matrix's header stands for.
        self.role_legend = QLabel()
        self.role_legend.setWordWrap(True)
        self.role_legend.setTextFormat(Qt.TextFormat.PlainText)
        matrix_page = QWidget()
        matrix_layout = QVBoxLayout(matrix_page)
        matrix_layout.addWidget(legend)
        matrix_layout.addWidget(self.role_legend)
        matrix_layout.addWidget(matrix_view, 1)
        tabs = QTabWidget()
        tabs.addTab(modules, self.tr("Modules"))
        tabs.addTab(matrix_page, self.tr("Who needs what"))
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(tabs, 1)

    def apply_actor(self) -> None:
        """Editing buttons only for those who may edit the curriculum (coordinators)."""
        may_edit = self.context.actor.may(Permission.EDIT_CURRICULUM)
        for button in (
            self.new_draft_button, self.new_module_button, self.edit_button, self.publish_button,
        ):  # fmt: skip
            button.setVisible(may_edit)

    def refresh(self) -> None:
        database = self.context.database

        def read() -> DraftInfo | None:
            with database.reading() as session:
                return current_draft(session)

        self.context.runner.run(read, self._show_versions, self.heading.setText)

    def _show_versions(self, draft: DraftInfo | None) -> None:
        self.draft = draft
        self.version.blockSignals(True)
        self.version.clear()
        self.version.addItem(self.tr("Active curriculum"), None)
        if draft is not None:
            self.version.addItem(self.tr("Draft {0}").format(draft.label), draft.label)
            self.version.setCurrentIndex(1)
        self.version.blockSignals(False)
        self.apply_actor()
        editing = draft is not None
        self.new_draft_button.setEnabled(not editing)
        for button in (self.new_module_button, self.edit_button, self.publish_button):
            button.setEnabled(editing)
        self._read()

    def _read(self) -> None:
        database, label = self.context.database, self.version.currentData()

        def read() -> Curriculum:
            with database.reading() as session:
                return curriculum_view(session, label)

        self.context.runner.run(read, self.show_curriculum, self.heading.setText)

    def _ask_draft_label(self) -> None:
        label, accepted = QInputDialog.getText(
            self,
            self.tr("Start a draft"),
            self.tr("Version number of the new curriculum (e.g. 2027.1):"),
        )
        if accepted and label.strip():
            self.start_draft.emit(label.strip())

    def _edit_current(self) -> None:
        item = self.tree.currentItem()
        code = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        if code:
            self.edit_module.emit(code)

    def _confirm_publish(self) -> None:
        if self.draft is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Publish draft"),
            self.tr(
                "Publish draft {0} as the curriculum every contingent trains to? The current "
                "version is retired; results recorded under it still count."
            ).format(self.draft.label),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.publish_draft.emit(self.draft.label)

    def show_curriculum(self, curriculum: Curriculum) -> None:
        self.curriculum = curriculum
        self.heading.setText(
            self.tr("{0} · version {1} ({2})").format(
                curriculum.title, curriculum.version, word_for(CurriculumStatus, curriculum.status)
            )
        )
        self.tree.clear()
        categories: dict[str, QTreeWidgetItem] = {}
        for module in curriculum.modules:
            parent = categories.get(module.category)
            if parent is None:
                parent = QTreeWidgetItem(self.tree, [module.category])
                parent.setFirstColumnSpanned(True)
                categories[module.category] = parent
            validity = (
                self.tr("%n months", "", module.validity_months)
                if module.validity_months
                else self.tr("always")
            )
            item = QTreeWidgetItem(
                parent,
                [
                    f"{module.code} · {module.title_in(current_language())}",
                    f"{module.hours:g}",
                    validity,
                ],
            )
            item.setData(0, Qt.ItemDataRole.UserRole, module.code)
        self.tree.expandAll()
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self._fill_matrix(curriculum)
        # After an edit the module shown is read again, not left as it was.
        if self.shown_code is not None:
            self._show_code(self.shown_code)

    def _show_module(self, item: QTreeWidgetItem | None) -> None:
        if item is None or self.curriculum is None:
            return
        self._show_code(item.data(0, Qt.ItemDataRole.UserRole))

    def _show_code(self, code: str | None) -> None:
        assert self.curriculum is not None
        module = next((m for m in self.curriculum.modules if m.code == code), None)
        if module is not None:
            self.shown_code = code
            self.details.setHtml(self._module_html(module))

    def _module_html(self, module: ModuleView) -> str:
        assert self.curriculum is not None
        assessment = word_for(Assessment, module.assessment)
        if module.pass_mark is not None:
            assessment += self.tr(", pass mark {0}").format(f"{module.pass_mark:g}")
        who = [
            f"{r.role}{' (' + r.contingent + ')' if r.contingent else ''}: "
            + word_for(Phase, r.phase)
            for r in self.curriculum.requirements
            if r.module == module.code
        ]
        language = current_language()
        objectives = "".join(f"<li>{text}</li>" for text in module.objectives_in(language))
        prerequisites = ", ".join(module.prerequisites) or self.tr("none")
        validity = (
            self.tr("%n months", "", module.validity_months)
            if module.validity_months
            else self.tr("always")
        )
        facts = self.tr(
            "<b>Hours:</b> {0} · <b>Delivery:</b> {1} · <b>Assessment:</b> {2} · "
            "<b>Valid for:</b> {3}"
        ).format(
            f"{module.hours:g}", word_for(DeliveryMode, module.delivery_mode), assessment, validity
        )
        # lupdate reads no call inside an f-string: the headings are looked up first.
        before, aims, whom = (
            self.tr("Prerequisites:"),
            self.tr("Objectives"),
            self.tr("Required of"),
        )
        return (
            f"<h3>{module.code} · {module.title_in(language)}</h3>"
            f"<p>{module.description_in(language)}</p><p>{facts}</p>"
            f"<p><b>{before}</b> {prerequisites}</p>"
            f"<p><b>{aims}</b></p><ul>{objectives}</ul>"
            f"<p><b>{whom}</b></p>"
            f"<ul>{''.join(f'<li>{w}</li>' for w in who)}</ul>"
        )

    def _fill_matrix(self, curriculum: Curriculum) -> None:
        roles = [ALL_ROLES, *[role.code for role in curriculum.roles]]
        cells: dict[tuple[str, str], list[str]] = {}
        for requirement in curriculum.requirements:
            mark = PHASE_SHORT.get(requirement.phase, requirement.phase)
            if requirement.contingent:
                mark += f" {requirement.contingent}"
            cells.setdefault((requirement.module, requirement.role), []).append(mark)
        rows = [
            [module.code, *[" ".join(cells.get((module.code, role), [])) for role in roles]]
            for module in curriculum.modules
        ]
        self.matrix.set_rows([self.tr("Module"), *roles], rows)
        language = current_language()
        self.matrix.titles = {
            module.code: module.title_in(language) for module in curriculum.modules
        }
        self.role_legend.setText(
            " · ".join(
                [
                    self.tr("{0}: every role").format(ALL_ROLES),
                    *[f"{role.code}: {role.name}" for role in curriculum.roles],
                ]
            )
        )
        self.matrix_view.resizeColumnsToContents()

    def _matrix_colour(self, row: int, column: int) -> Tone | None:
        if column == 0:
            return None
        value = self.matrix.row_values(row)[column]
        return Tone.HIGHLIGHT if value else None
