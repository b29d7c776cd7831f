"""The shared curriculum: modules by category, each module in full, and who needs what."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QLabel,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mss_training.domain import ALL_ROLES
from mss_training.services.curriculum import CurriculumView as Curriculum
from mss_training.services.curriculum import ModuleView, curriculum_view
from mss_training.ui.context import AppContext
from mss_training.ui.models.table import RowsModel

PHASE_SHORT = {"pre-deployment": "P", "induction": "I", "refresher": "R"}


class CurriculumView(QWidget):
    """Read the active curriculum: modules by category and the role × module matrix."""

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.curriculum: Curriculum | None = None
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 13pt; font-weight: 600;")
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
        matrix_page = QWidget()
        matrix_layout = QVBoxLayout(matrix_page)
        matrix_layout.addWidget(legend)
        matrix_layout.addWidget(matrix_view, 1)
        tabs = QTabWidget()
        tabs.addTab(modules, self.tr("Modules"))
        tabs.addTab(matrix_page, self.tr("Who needs what"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(tabs, 1)

    def refresh(self) -> None:
        database = self.context.database

        def read() -> Curriculum:
            with database.reading() as session:
                return curriculum_view(session)

        self.context.runner.run(read, self.show_curriculum, self.heading.setText)

    def show_curriculum(self, curriculum: Curriculum) -> None:
        self.curriculum = curriculum
        self.heading.setText(
            self.tr("{0} · version {1} ({2})").format(
                curriculum.title, curriculum.version, curriculum.status
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
                self.tr("{0} months").format(module.validity_months)
                if module.validity_months
                else self.tr("always")
            )
            item = QTreeWidgetItem(
                parent, [f"{module.code} · {module.title}", f"{module.hours:g}", validity]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, module.code)
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)
        self._fill_matrix(curriculum)

    def _show_module(self, item: QTreeWidgetItem | None) -> None:
        if item is None or self.curriculum is None:
            return
        code = item.data(0, Qt.ItemDataRole.UserRole)
        module = next((m for m in self.curriculum.modules if m.code == code), None)
        if module is not None:
            self.details.setHtml(self._module_html(module))

    def _module_html(self, module: ModuleView) -> str:
        assert self.curriculum is not None
        assessment = module.assessment.replace("_", "/")
        if module.pass_mark is not None:
            assessment += f", pass mark {module.pass_mark:g}"
        who = [
            f"{r.role}{' (' + r.contingent + ')' if r.contingent else ''}: {r.phase}"
            for r in self.curriculum.requirements
            if r.module == module.code
        ]
        objectives = "".join(f"<li>{text}</li>" for text in module.objectives)
        prerequisites = ", ".join(module.prerequisites) or "none"
        return (
            f"<h3>{module.code} · {module.title}</h3><p>{module.description}</p>"
            f"<p><b>Hours:</b> {module.hours:g} · <b>Delivery:</b> {module.delivery_mode} · "
            f"<b>Assessment:</b> {assessment} · <b>Valid for:</b> "
            f"{str(module.validity_months) + ' months' if module.validity_months else 'always'}</p>"
            f"<p><b>Prerequisites:</b> {prerequisites}</p>"
            f"<p><b>Objectives</b></p><ul>{objectives}</ul>"
            f"<p><b>Required of</b></p><ul>{''.join(f'<li>{w}</li>' for w in who)}</ul>"
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
        self.matrix_view.resizeColumnsToContents()

    def _matrix_colour(self, row: int, column: int) -> QColor | None:
        if column == 0:
            return None
        value = self.matrix.row_values(row)[column]
        return QColor("#DCE6F2") if value else None
