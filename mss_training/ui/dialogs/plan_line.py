"""From a line of the training plan, its planned sessions: where, by whom, from which day,
with a confirmation listing every session (its days and attendees) before any is stored."""

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from mss_training.errors import MssError
from mss_training.services.planned_sessions import PlanInput
from mss_training.services.training_plan import (
    LineSessions,
    ModulePlan,
    TrainingPlan,
    sessions_for_line,
)
from mss_training.ui.date_field import DateField
from mss_training.ui.dialogs.forms import plain_label, problem_label, read_only_table, save_entered
from mss_training.ui.dialogs.plan import left_out
from mss_training.ui.dialogs.plan_session import LANGUAGES
from mss_training.ui.models.table import RowsModel
from mss_training.ui.screen_fit import fit_to_screen

Save = Callable[[tuple[PlanInput, ...], Callable[[object], None], Callable[[str], None]], None]


def first_day_for(line: ModulePlan, today: dt.date) -> dt.date:
    """A week from today if the line allows it, else the earliest day it may start."""
    day = today + dt.timedelta(days=7)
    if line.earliest_start is not None:
        day = max(day, line.earliest_start)
    return min(day, line.latest_start)


class PlanLineDialog(QDialog):
    """``save(entries, done, failed)`` plans the sessions listed; the dialog closes once
    they are stored, and says why not otherwise."""

    def __init__(
        self,
        plan: TrainingPlan,
        line: ModulePlan,
        save: Save,
        parent: QWidget | None = None,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.plan, self.line, self._save = plan, line, save
        # The plan carries its titles in the window's language (training_plan.with_titles).
        self.setWindowTitle(
            self.tr("Plan the sessions of {0}").format(f"{line.module} · {line.title}")
        )
        day = first_day_for(line, today or dt.date.today())
        self.first_day = DateField(QDate(day.year, day.month, day.day))
        self.location = QLineEdit()
        self.instructors = QLineEdit()
        self.instructors.setPlaceholderText(self.tr("names, separated by commas"))
        self.language = QComboBox()
        for code, name in LANGUAGES:
            self.language.addItem(QCoreApplication.translate("PlanSessionDialog", name), code)
        form = QFormLayout()
        for label, widget in (
            (self.tr("&First day"), self.first_day),
            (self.tr("&Place"), self.location),
            (self.tr("&Instructor(s)"), self.instructors),
            (self.tr("Lan&guage"), self.language),
        ):
            widget.setAccessibleName(label.replace("&", ""))
            form.addRow(label, widget)
        self.summary = plain_label()
        self.summary.setWordWrap(True)
        self.headers = [
            self.tr("Session"), self.tr("First day"), self.tr("Last day"),
            self.tr("Attendees"), self.tr("Service numbers"),
        ]  # fmt: skip
        self.sessions = RowsModel(self.headers)
        self.table = read_only_table(self.sessions, self.tr("Sessions to be planned"))
        self.problem = problem_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(
            self.tr("&Plan these sessions")
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 760, 520)
        self.first_day.dateChanged.connect(lambda _: self.preview())
        self.first_day.problem_changed.connect(lambda _: self.preview())
        self.location.textChanged.connect(lambda _: self.preview())
        self.preview()

    def _sessions(self) -> tuple[PlanInput, ...] | str:
        """The sessions the fields make, wherever they are held, or why there are none."""
        if self.first_day.problem():
            return self.first_day.problem()
        how = LineSessions(
            self.first_day.day(), self.location.text().strip(), self.instructors.text().strip(),
            str(self.language.currentData()),
        )  # fmt: skip
        try:
            return sessions_for_line(self.plan, self.line, how)
        except MssError as error:
            return str(error)

    def entries(self) -> tuple[PlanInput, ...] | str:
        """The sessions to plan, or the sentence saying why they cannot be."""
        found = self._sessions()
        if not isinstance(found, str) and not self.location.text().strip():
            return self.tr("Say where the sessions are held.")
        return found

    def preview(self) -> None:
        """What Save will plan, as the fields now say."""
        line = self.line
        self.summary.setText(
            self.tr("{0} of {1}: {2} of {3} for {4} at {5}, one after another, starting by {6}.")
            .format(
                line.module, self.plan.contingent, self.tr("%n sessions", "", line.sessions),
                self.tr("%n days", "", line.days), self.tr("%n officers", "", len(line.officers)),
                self.tr("%n seats", "", self.plan.seats), f"{line.latest_start:%Y-%m-%d}",
            )
        )  # fmt: skip
        planned = [entry for entry in self.plan.planned if entry.module == line.module]
        if planned:
            officers, sessions = left_out(planned)
            self.summary.setText(
                self.summary.text() + " " + self.tr(
                    "%n officers already expected at planned sessions are left out: {0}.",
                    "", officers,
                ).format(sessions)
            )  # fmt: skip
        found, entries = self._sessions(), self.entries()
        self.problem.setText(entries if isinstance(entries, str) else "")
        rows: list[list[object]] = []
        if not isinstance(found, str):
            rows = [
                [
                    index + 1, f"{e.starts_on:%Y-%m-%d}", f"{e.ends_on:%Y-%m-%d}",
                    len(e.attendees), ", ".join(ref.service_number for ref in e.attendees),
                ]
                for index, e in enumerate(found)
            ]  # fmt: skip
        self.sessions.set_rows(self.headers, rows)
        self.table.resizeColumnsToContents()

    def submit(self) -> None:
        save_entered(self, self.entries(), self.problem, self.buttons, self._save)
