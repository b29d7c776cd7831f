"""The Plan screen: what a contingent must be taught, by when, to deploy ready."""

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
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
    PlanRequest,
    TrainingPlan,
    plan_rows,
)
from mss_training.ui.dialogs.forms import add_contingents, problem_label, read_only_table
from mss_training.ui.language import shown_date, shown_number
from mss_training.ui.models.table import RowsModel
from mss_training.ui.screen_fit import fit_to_screen


class PlanDialog(QDialog):
    """Choose the contingent, the deployment date, the seats and the tour; see the plan.

    Signals:
        plan_requested(PlanRequest): work the plan out for these choices.
        print_requested(PlanRequest): preview the plan as a PDF.
    """

    plan_requested = Signal(object)
    print_requested = Signal(object)

    def __init__(
        self, deploy_on: dt.date, within: frozenset[str] | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Training plan"))
        fit_to_screen(self, 980, 620)
        self.contingent = QComboBox()
        add_contingents(self.contingent, within)
        self.deploy_on = QDateEdit(QDate(deploy_on.year, deploy_on.month, deploy_on.day))
        self.deploy_on.setCalendarPopup(True)
        self.deploy_on.setDisplayFormat("yyyy-MM-dd")
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
             self.tr("Prerequisites")]
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
        self.make_button.clicked.connect(lambda: self.plan_requested.emit(self.request()))
        self.print_button.clicked.connect(lambda: self.print_requested.emit(self.request()))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.make_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
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

    def request(self) -> PlanRequest:
        day = self.deploy_on.date()
        return PlanRequest(
            contingent=self.contingent.currentData() or "",
            deploy_on=dt.date(day.year(), day.month(), day.day()),
            tour_days=self.tour_days.value(),
            seats=self.seats.value(),
        )

    def show_plan(self, plan: TrainingPlan) -> None:
        modules, refreshers = plan_rows(plan)
        self.modules.set_rows(self.module_headers, modules.rows)
        self.refreshers.set_rows(self.refresher_headers, refreshers.rows)
        self.modules_table.resizeColumnsToContents()
        self.refreshers_table.resizeColumnsToContents()
        officers = sum(len(module.officers) for module in plan.modules)
        self.summary.setText(
            self.tr(
                "{0} places to fill in {1} modules before {2}; sessions of a module run one "
                "after another, 8 hours a day, and a module ends before those that need it."
            ).format(shown_number(officers), len(plan.modules), shown_date(plan.deploy_on))
        )
        self.print_button.setEnabled(True)
