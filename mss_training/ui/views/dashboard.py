"""The readiness dashboard: who can deploy as of a date, by contingent and by module."""

import datetime as dt
from functools import partial

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QDate, QLocale, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mss_training.domain import Phase, ReadinessStatus
from mss_training.services.curriculum import module_titles
from mss_training.services.readiness import ON_HOLD, ReadinessQuery, ReadinessSummary
from mss_training.services.readiness_summary import readiness_summary
from mss_training.ui.context import AppContext
from mss_training.ui.date_field import DateField, TourDaysField
from mss_training.ui.keys import KeyAction
from mss_training.ui.language import current_language
from mss_training.ui.models.table import RowsModel
from mss_training.ui.theme import Ink, Tone, ink_style, is_dark
from mss_training.ui.views.filters import ContingentChooser, UnitChooser

READY = QColor("#2E8B57")
EXPIRING = QColor("#E0A526")
ON_HOLD_COLOUR = QColor("#7D5BA6")
NOT_READY = QColor("#C0392B")


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def coverage_colour(percent: float | None) -> Tone | None:
    """Green when nearly everyone holds a module, through amber to red."""
    if percent is None:
        return None
    if percent >= 90:
        return Tone.GOOD
    if percent >= 70:
        return Tone.WARNING
    return Tone.BAD


class FigureCard(QFrame):
    def __init__(self, caption: str, colour: Ink) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        self.value = QLabel("–")
        self.value.setStyleSheet(ink_style(colour, "font-size: 24pt; font-weight: 600;"))
        self.value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption = QLabel(caption)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption.setStyleSheet(ink_style(Ink.MUTED))
        layout.addWidget(self.value)
        layout.addWidget(self.caption)
        self.setAccessibleName(caption)


class DashboardView(QWidget):
    """Figures, the status-by-contingent chart and module coverage, as of a chosen date.

    Signals:
        drill_down: (contingent or "", status or "", module or "") a user clicked into.
        refreshed: the figures on screen are up to date.
    """

    drill_down = Signal(str, str, str)
    refreshed = Signal()

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.summary: ReadinessSummary | None = None

        self.as_of = DateField(QDate(context.as_of.year, context.as_of.month, context.as_of.day))
        self.as_of.setAccessibleName(self.tr("As of date"))
        self.phase = QComboBox()
        self.phase.addItem(self.tr("All phases"), None)
        for phase in Phase:
            self.phase.addItem(phase.value.capitalize().replace("-", " "), phase.value)
        self.phase.setAccessibleName(self.tr("Phase"))
        # "Deploying on the as-of date for N days": readiness through the tour's last day.
        self.tour_days = TourDaysField()
        self.contingent = ContingentChooser(self.tr("Whole mission"))
        self.unit = UnitChooser()
        controls = QHBoxLayout()
        for label, widget in (
            (self.tr("As of"), self.as_of),
            (self.tr("Deploying for"), self.tour_days),
            (self.tr("Phase"), self.phase),
            (self.tr("Contingent"), self.contingent),
            (self.tr("Unit"), self.unit),
        ):
            caption = QLabel(label)
            caption.setBuddy(widget)
            controls.addWidget(caption)
            controls.addWidget(widget)
        controls.addStretch()
        self.status_line = QLabel()
        self.status_line.setStyleSheet(ink_style(Ink.MUTED))
        controls.addWidget(self.status_line)

        self.cards = {
            "total": FigureCard(self.tr("officers"), Ink.ACCENT),
            "ready": FigureCard(self.tr("ready"), Ink.GOOD),
            "expiring": FigureCard(self.tr("expiring within 30 days"), Ink.WARNING),
            "not_ready": FigureCard(self.tr("not ready"), Ink.PROBLEM),
            # Across the statuses: held back whatever their training, and free to go.
            "on_hold": FigureCard(self.tr("on hold"), Ink.PROBLEM),
            "deployable": FigureCard(self.tr("deployable"), Ink.GOOD),
            # Through a tour: officers with a refresher due during it.
            "lapsing": FigureCard(self.tr("refresher due in the tour"), Ink.WARNING),
        }
        self.cards["lapsing"].hide()
        figures = QGridLayout()
        for column, card in enumerate(self.cards.values()):
            figures.addWidget(card, 0, column)

        self.chart = QChart()
        if is_dark():
            self.chart.setTheme(QChart.ChartTheme.ChartThemeDark)
        self.chart.setTitle(self.tr("Officers by status and contingent"))
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart_view = QChartView(self.chart)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumSize(360, 260)
        self.chart_view.setAccessibleName(self.tr("Officers by status and contingent"))
        # The bars by keyboard: arrows choose a contingent (left, right) and a status (up,
        # down), shown selected; Enter or Space lists those officers, as a click does.
        self.chart_view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.chart_view.setToolTip(
            self.tr("Arrows choose a bar, Enter lists its officers; or click a bar")
        )
        self.bar_at: tuple[int, int] = (0, 3)  # (contingent, status): not ready first
        self._bar_sets: list[tuple[QBarSet, str]] = []
        self._bar_codes: list[str] = []
        steps = {
            Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0),
            Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1),
        }  # fmt: skip
        for key, (across, up) in steps.items():
            KeyAction(self.chart_view, (key,), partial(self._move_bar, across, up))
        KeyAction(
            self.chart_view,
            (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space),
            self._drill_into_bar,
        )

        self.coverage = RowsModel([self.tr("Module")], [], self._coverage_colour)
        self.coverage_view = QTableView()
        self.coverage_view.setModel(self.coverage)
        self.coverage_view.setAlternatingRowColors(False)
        self.coverage_view.verticalHeader().hide()
        self.coverage_view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.coverage_view.setAccessibleName(self.tr("Module completion by contingent"))
        self.coverage_view.setToolTip(self.tr("Click a cell to list who still needs the module"))
        self.coverage_view.clicked.connect(self._coverage_clicked)
        # Enter or Space on a cell lists who is behind it, as a click does; Tab leaves.
        self.coverage_view.setTabKeyNavigation(False)
        KeyAction(
            self.coverage_view,
            (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space),
            lambda: self._coverage_clicked(self.coverage_view.currentIndex()),
        )
        self._coverage_percent: list[list[float | None]] = []

        # Side by side, and rows as tall as their text: on a 1280×720 laptop the heat map
        # shows every module of the curriculum (22 and more) without scrolling.
        rows = self.coverage_view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.coverage_view.fontMetrics().height() + 6)
        self.coverage_view.horizontalHeader().setMinimumSectionSize(
            self.coverage_view.fontMetrics().horizontalAdvance("100%") + 14
        )
        self.splitter = splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.chart_view)
        splitter.addWidget(self.coverage_view)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)

        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addLayout(figures)
        layout.addWidget(splitter, 1)

        self.as_of.dateChanged.connect(lambda _: self.refresh())
        self.tour_days.valueChanged.connect(lambda _: self.refresh())
        self.phase.currentIndexChanged.connect(lambda _: self.refresh())
        self.contingent.currentIndexChanged.connect(lambda _: self._contingent_changed())
        self.unit.currentIndexChanged.connect(lambda _: self.refresh())

    def query(self) -> ReadinessQuery:
        as_of = self.as_of.day()
        phase = self.phase.currentData()
        return ReadinessQuery(
            as_of=as_of,
            phase=Phase(phase) if phase else None,
            contingent=self.contingent.currentData(),
            unit=self.unit.currentData() if self.contingent.currentData() else None,
            contingents=self.context.actor.contingents,
            through=self.tour_days.through(as_of),
        )

    def reset_as_of(self) -> None:
        """Back to today, for the next person signing in."""
        today = dt.date.today()
        self.as_of.setDate(QDate(today.year, today.month, today.day))
        self.tour_days.setValue(0)

    def apply_actor(self) -> None:
        """Offer only the contingents the signed-in account may see."""
        self.contingent.offer(self.context.actor)

    def _contingent_changed(self) -> None:
        self.unit.load(self.context, self.contingent.currentData(), self.refresh)

    def refresh(self) -> None:
        query = self.query()
        self.context.as_of, self.context.through = query.as_of, query.through
        self.status_line.setText(self.tr("Counting…"))
        database = self.context.database

        language = current_language()

        def count() -> tuple[ReadinessSummary, dict[str, str]]:
            with database.reading() as session:
                return readiness_summary(session, query), module_titles(session, language)

        self.context.runner.run(count, self._counted, self._failed)

    def _counted(self, found: tuple[ReadinessSummary, dict[str, str]]) -> None:
        summary, self.coverage.titles = found
        self.show_summary(summary)

    def _failed(self, message: str) -> None:
        self.status_line.setText(message)

    def show_summary(self, summary: ReadinessSummary) -> None:
        self.summary = summary
        overall = summary.overall
        # Numbers and the date in the window's language (mss_training.ui.language).
        locale = QLocale()
        self.cards["total"].value.setText(locale.toString(overall.total))
        self.cards["ready"].value.setText(locale.toString(overall.percent_ready, "f", 1) + "%")
        self.cards["expiring"].value.setText(locale.toString(overall.expiring))
        self.cards["not_ready"].value.setText(locale.toString(overall.not_ready))
        self.cards["on_hold"].value.setText(locale.toString(overall.on_hold))
        self.cards["deployable"].value.setText(locale.toString(overall.deployable))
        self.cards["lapsing"].value.setText(locale.toString(overall.lapsing))
        self.cards["lapsing"].setVisible(summary.through is not None)
        # The refreshers due in the tour, by month and module, a hover away.
        self.cards["lapsing"].setToolTip(
            "\n".join(
                f"{due.month}  {due.module} {self.coverage.titles.get(due.module, '')}: "
                f"{locale.toString(due.officers)}"
                for due in summary.refreshers
            )
        )
        self.cards["expiring"].caption.setText(
            self.tr("expiring within %n days or in the tour", "", summary.warn_days)
            if summary.through
            else self.tr("expiring within %n days", "", summary.warn_days)
        )
        as_of = locale.toString(_qdate(summary.as_of), QLocale.FormatType.LongFormat)
        if summary.through is None:
            self.status_line.setText(self.tr("As of {0}").format(as_of))
        else:
            through = locale.toString(_qdate(summary.through), QLocale.FormatType.LongFormat)
            self.status_line.setText(self.tr("As of {0}, through {1}").format(as_of, through))
        self._draw_chart(summary)
        self._fill_coverage(summary)
        self.refreshed.emit()

    def _draw_chart(self, summary: ReadinessSummary) -> None:
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        codes = sorted(summary.by_contingent)
        series = QStackedBarSeries()
        bar_sets: list[tuple[QBarSet, str]] = []
        # Ready and expiring are those free to deploy; the trained but held apart, on hold.
        for status, label, colour, count in (
            (ReadinessStatus.READY.value, self.tr("Ready"), READY,
             lambda c: c.ready - c.ready_held),
            (ReadinessStatus.EXPIRING.value, self.tr("Expiring"), EXPIRING,
             lambda c: c.expiring - c.expiring_held),
            (ON_HOLD, self.tr("On hold"), ON_HOLD_COLOUR, lambda c: c.trained_but_held),
            (ReadinessStatus.NOT_READY.value, self.tr("Not ready"), NOT_READY,
             lambda c: c.not_ready),
        ):  # fmt: skip
            bar_set = QBarSet(label)
            bar_set.setColor(colour)
            bar_set.setBorderColor(colour)
            for code in codes:
                bar_set.append(count(summary.by_contingent[code].counts))
            bar_set.clicked.connect(
                lambda index, status=status: self.drill_down.emit(codes[index], status, "")
            )
            series.append(bar_set)
            bar_sets.append((bar_set, status))
        self._bar_sets, self._bar_codes = bar_sets, codes
        self._move_bar(0, 0)
        self.chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append(codes)
        self.chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(categories)
        values = QValueAxis()
        values.setLabelFormat("%d")
        most = max((group.counts.total for group in summary.by_contingent.values()), default=0)
        values.setRange(0, max(10, most))
        values.applyNiceNumbers()
        self.chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(values)

    def _move_bar(self, across: int, up: int) -> None:
        if not self._bar_codes:
            return
        contingent = min(max(self.bar_at[0] + across, 0), len(self._bar_codes) - 1)
        # Up goes up the stack: ready at the bottom, not ready on top.
        status = min(max(self.bar_at[1] - up, 0), len(self._bar_sets) - 1)
        self.bar_at = (contingent, status)
        for index, (bar_set, _) in enumerate(self._bar_sets):
            bar_set.deselectAllBars()
            if index == status:
                bar_set.selectBar(contingent)

    def _drill_into_bar(self) -> None:
        if self._bar_codes:
            contingent, status = self.bar_at
            self.drill_down.emit(self._bar_codes[contingent], self._bar_sets[status][1], "")

    def _fill_coverage(self, summary: ReadinessSummary) -> None:
        codes = sorted(summary.by_contingent)
        modules = sorted({m for group in summary.by_contingent.values() for m in group.modules})
        rows: list[list[object]] = []
        self._coverage_percent = []
        for module in modules:
            percents: list[float | None] = []
            row: list[object] = [module]
            for code in codes:
                coverage = summary.by_contingent[code].modules.get(module)
                if coverage is None or coverage.needed == 0:
                    percents.append(None)
                    row.append("")
                else:
                    percents.append(coverage.percent)
                    row.append(f"{coverage.percent:.0f}%")
            rows.append(row)
            self._coverage_percent.append(percents)
        self.coverage.set_rows([self.tr("Module"), *codes], rows)
        header = self.coverage_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self._share_width()

    def _share_width(self) -> None:
        """The heat map as wide as its columns (scrolling only past half the width), the
        chart the rest."""
        view = self.coverage_view
        needed = (
            view.horizontalHeader().length() + 2 * view.frameWidth()
            + view.verticalScrollBar().sizeHint().width()
        )  # fmt: skip
        total = sum(self.splitter.sizes()) or self.width()
        heat_map = min(needed, max(total // 2, total - 420))
        self.splitter.setSizes([total - heat_map, heat_map])

    def _coverage_colour(self, row: int, column: int) -> Tone | None:
        if column == 0 or row >= len(self._coverage_percent):
            return None
        return coverage_colour(self._coverage_percent[row][column - 1])

    def _coverage_clicked(self, index: QModelIndex) -> None:
        if index.column() == 0 or self.summary is None:
            return
        codes = sorted(self.summary.by_contingent)
        module = self.coverage.row_values(index.row())[0]
        self.drill_down.emit(codes[index.column() - 1], "", str(module))
