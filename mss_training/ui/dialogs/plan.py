"""The Plan screen: what a contingent must be taught, by when, to deploy ready."""

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QDate, Signal, SignalInstance
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mss_training.services.training_plan import (
    DEFAULT_SEATS,
    DEFAULT_TOUR_DAYS,
    AlreadyPlanned,
    ModulePlan,
    PlanRequest,
    TrainingPlan,
    plan_rows,
)
from mss_training.ui.date_field import DateField
from mss_training.ui.dialogs.forms import add_contingents, problem_label, read_only_table
from mss_training.ui.language import shown_date
from mss_training.ui.models.table import RowsModel
from mss_training.ui.screen_fit import fit_to_screen, widen_to_columns


def left_out(planned: Sequence[AlreadyPlanned]) -> tuple[int, str]:
    """How many officers the plan leaves out as already expected, and at which sessions."""
    officers = sum(len(entry.officers) for entry in planned)
    return officers, ", ".join(f"{entry.module} {entry.reference}" for entry in planned)


class PlanDialog(QDialog):
    """Choose the contingent, the deployment date, the seats and the tour; see the plan.

    Signals:
        plan_requested(PlanRequest): work the plan out for these choices.
        print_requested(PlanRequest): preview the plan as a PDF.
        sessions_requested(TrainingPlan, ModulePlan): plan the sessions of this line.
    """

    plan_requested = Signal(object)
    print_requested = Signal(object)
    sessions_requested = Signal(object, object)

    def __init__(
        self,
        deploy_on: dt.date,
        within: frozenset[str] | None,
        parent: QWidget | None = None,
        *,
        may_plan_sessions: bool = False,
    ) -> None:
        super().__init__(parent)
        self.plan: TrainingPlan | None = None
        self.setWindowTitle(self.tr("Training plan"))
        fit_to_screen(self, 980, 620)
        self.contingent = QComboBox()
        add_contingents(self.contingent, within)
        self.deploy_on = DateField(QDate(deploy_on.year, deploy_on.month, deploy_on.day))
        self.seats = QSpinBox()
        self.seats.setRange(1, 500)
        self.seats.setValue(DEFAULT_SEATS)
        self.tour_days = QSpinBox()
        self.tour_days.setRange(1, 3650)
        self.tour_days.setValue(DEFAULT_TOUR_DAYS)
        form = QFormLayout()
        for label, widget in (
            (self.tr("&Contingent"), self.contingent),
            (self.tr("&Deploys on"), self.deploy_on),
            (self.tr("&Seats a session"), self.seats),
            (self.tr("&Tour (days)"), self.tour_days),
        ):
            widget.setAccessibleName(label.replace("&", ""))
            form.addRow(label, widget)
        self.module_headers = (
            [self.tr("Module"), self.tr("Title"), self.tr("Officers"), self.tr("Sessions"),
             self.tr("Days"), self.tr("Not before"), self.tr("Start by"),
             self.tr("Prerequisites"), self.tr("Instructors")]
        )  # fmt: skip
        self.refresher_headers = (
            [self.tr("Month"), self.tr("Module"), self.tr("Officers"), self.tr("Due by"),
             self.tr("Service numbers")]
        )  # fmt: skip
        self.modules = RowsModel(self.module_headers)
        self.refreshers = RowsModel(self.refresher_headers)
        self.modules_table = read_only_table(self.modules, self.tr("What to teach, by when"))
        self.refreshers_table = read_only_table(
            self.refreshers, self.tr("Refreshers due during the tour")
        )
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.problem = problem_label()
        self.make_button = QPushButton(self.tr("&Make the plan"))
        self.make_button.setDefault(True)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setEnabled(False)
        self.sessions_button = QPushButton(self.tr("Plan s&essions for this line…"), self)
        self.sessions_button.setToolTip(
            self.tr("The sessions the chosen module needs, with their attendees")
        )
        self.sessions_button.setVisible(may_plan_sessions)
        self.sessions_button.setEnabled(False)
        self.sessions_button.clicked.connect(self._request_sessions)
        self.modules_table.selectionModel().selectionChanged.connect(
            lambda *_: self.sessions_button.setEnabled(self.chosen_line() is not None)
        )
        self.modules_table.activated.connect(lambda _: self._request_sessions())
        self.make_button.clicked.connect(lambda: self._ask(self.plan_requested))
        self.print_button.clicked.connect(lambda: self._ask(self.print_requested))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.make_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        if may_plan_sessions:
            buttons.addButton(self.sessions_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(QLabel(self.tr("What to teach, by when")))
        layout.addWidget(self.modules_table, 3)
        layout.addWidget(QLabel(self.tr("Refreshers due during the tour")))
        layout.addWidget(self.refreshers_table, 2)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def _ask(self, signal: SignalInstance) -> None:
        """Ask for the plan (or its PDF), or say why the deployment date cannot be read."""
        problem = self.deploy_on.problem()
        self.problem.setText(problem)
        if not problem:
            signal.emit(self.request())

    def request(self) -> PlanRequest:
        return PlanRequest(
            contingent=self.contingent.currentData() or "",
            deploy_on=self.deploy_on.day(),
            tour_days=self.tour_days.value(),
            seats=self.seats.value(),
        )

    def chosen_line(self) -> ModulePlan | None:
        """The plan's line chosen in the table, if any."""
        rows = self.modules_table.selectionModel().selectedRows()
        if self.plan is None or not rows or rows[0].row() >= len(self.plan.modules):
            return None
        return self.plan.modules[rows[0].row()]

    def _request_sessions(self) -> None:
        line = self.chosen_line()
        if self.plan is not None and line is not None and self.sessions_button.isVisible():
            self.sessions_requested.emit(self.plan, line)

    def show_plan(self, plan: TrainingPlan) -> None:
        self.plan = plan
        modules, refreshers = plan_rows(plan)
        self.modules.set_rows(self.module_headers, modules.rows)
        self.refreshers.set_rows(self.refresher_headers, refreshers.rows)
        self.modules_table.resizeColumnsToContents()
        widen_to_columns(self, self.modules_table)
        self.refreshers_table.resizeColumnsToContents()
        officers = sum(len(module.officers) for module in plan.modules)
        self.summary.setText(
            self.tr(
                "{0} to fill in {1} before {2}; sessions of a module run one "
                "after another, 8 hours a day, and a module ends before those that need it."
            ).format(
                self.tr("%Ln places", "", officers),
                self.tr("%n modules", "", len(plan.modules)),
                shown_date(plan.deploy_on),
            )
        )
        if plan.planned:
            officers, sessions = left_out(plan.planned)
            self.summary.setText(
                self.summary.text() + " " + self.tr(
                    "%n officers already expected at planned sessions are left out: {0}.",
                    "", officers,
                ).format(sessions)
            )  # fmt: skip
        self.print_button.setEnabled(True)
