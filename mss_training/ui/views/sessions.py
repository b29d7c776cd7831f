"""Every session, planned and held, searched and filtered, and the one chosen in full."""

import datetime as dt
from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QItemSelection, QModelIndex, QTimer, Signal, SignalInstance
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mss_training.dates import parse_date
from mss_training.domain import Outcome
from mss_training.errors import MssError
from mss_training.services.curriculum import ModuleView, curriculum_view
from mss_training.services.permissions import Permission
from mss_training.services.session_list import (
    SessionDetail,
    SessionLine,
    SessionQuery,
    SessionState,
    search_session_ids,
    session_detail,
    session_lines,
)
from mss_training.ui.context import AppContext
from mss_training.ui.dialogs.forms import fit_headers, hint_width
from mss_training.ui.language import current_language, module_named
from mss_training.ui.models.sessions import STATE_COLUMN, SessionTableModel, state_words
from mss_training.ui.models.table import RowsModel
from mss_training.ui.views.filters import ContingentChooser
from mss_training.words import word_for

SEARCH_PAUSE_MS = 150


class SessionsView(QWidget):
    """The sessions table with its search and filters, above the chosen session's attendees.

    Signals:
        print_sign_in: a session's reference, whose sign-in sheet to preview.
        print_certificates: a session's reference, whose certificates to issue.
        record_results: a planned session's reference, whose results to record.
        change_attendees: a planned session's reference, whose attendees changed on the day.
        plan_session: the user wants to plan a session.
        show_history: a session's reference and a title, whose audit history to show.
        searched: the table shows the result of the latest search.
        opened: the chosen session's details are shown.
    """

    print_sign_in = Signal(str)
    print_certificates = Signal(str)
    record_results = Signal(str)
    change_attendees = Signal(str)
    plan_session = Signal()
    show_history = Signal(str, str)
    searched = Signal()
    opened = Signal()

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.detail: SessionDetail | None = None
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search module, place or instructor"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search sessions"))
        self.state = QComboBox()
        self.state.setAccessibleName(self.tr("Planned or held"))
        self.state.addItem(self.tr("Planned and held"), None)
        self.state.addItem(self.tr("Planned"), SessionState.PLANNED.value)
        self.state.addItem(self.tr("Held"), SessionState.HELD.value)
        self.starts_from = QLineEdit()
        self.starts_from.setPlaceholderText(self.tr("From YYYY-MM-DD"))
        self.starts_from.setAccessibleName(self.tr("From date"))
        self.ends_by = QLineEdit()
        self.ends_by.setPlaceholderText(self.tr("To YYYY-MM-DD"))
        self.ends_by.setAccessibleName(self.tr("To date"))
        for field in (self.starts_from, self.ends_by):
            # As wide as its hint in this language ("Desde AAAA-MM-DD"), no wider.
            field.setFixedWidth(max(130, hint_width(field)))
        self.module = QComboBox()
        self.module.setAccessibleName(self.tr("Module"))
        self.module.addItem(self.tr("Any module"), None)
        # Closed, as wide as "Any module"; the titles are read in the list when it opens.
        self.module.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.module.setMinimumContentsLength(len(self.module.itemText(0)) + 2)
        self.place = QLineEdit()
        self.place.setPlaceholderText(self.tr("Place"))
        self.place.setAccessibleName(self.tr("Place"))
        self.place.setClearButtonEnabled(True)
        self.contingent = ContingentChooser(self.tr("All contingents"))
        self.contingent.setMaximumWidth(170)
        self.count = QLabel()
        self.plan_button = QPushButton(self.tr("&Plan a session…"))
        self.plan_button.clicked.connect(self.plan_session.emit)
        self.search.setMinimumWidth(hint_width(self.search))
        self.place.setMinimumWidth(hint_width(self.place))
        # The search, the count and the action above; the filters below it: on one line
        # they need more than a 1366-pixel laptop has in French or Spanish.
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count)
        top.addWidget(self.plan_button)
        filters = QHBoxLayout()
        for chooser in (self.state, self.starts_from, self.ends_by, self.module):
            filters.addWidget(chooser)
        filters.addWidget(self.place, 1)
        filters.addWidget(self.contingent)

        self.model = SessionTableModel(self._read_rows)
        self.table = _table(self.tr("Sessions"))
        self.table.setModel(self.model)
        for column, width in enumerate((80, 80, 170, 300, 70, 80)):
            self.table.setColumnWidth(column, width)
        fit_headers(self.table)
        # The State column shows one of a few words: room for the longest in this language.
        metrics = self.table.fontMetrics()
        widest = max(metrics.horizontalAdvance(word) for word in state_words()) + 16
        if self.table.columnWidth(STATE_COLUMN) < widest:
            self.table.setColumnWidth(STATE_COLUMN, widest)
        self.table.selectionModel().selectionChanged.connect(self._chosen)
        self.table.activated.connect(self._open)

        self.heading = QLabel(self.tr("Choose a session to see its attendees and results."))
        self.heading.setWordWrap(True)
        self.attendees = RowsModel(self._attendee_headers())
        self.attendee_table = _table(self.tr("Attendees"))
        self.attendee_table.setModel(self.attendees)
        for column, width in enumerate((100, 220, 90, 180, 90)):
            self.attendee_table.setColumnWidth(column, width)
        fit_headers(self.attendee_table)
        self.sign_in_button = QPushButton(self.tr("Print &sign-in sheet…"))
        self.certificates_button = QPushButton(self.tr("Print &certificates…"))
        self.record_button = QPushButton(self.tr("&Record results…"))
        self.attendees_button = QPushButton(self.tr("A&ttendees on the day…"))
        self.attendees_button.setToolTip(
            self.tr("Add who came as well, mark who was reported absent")
        )
        self.history_button = QPushButton(self.tr("&History…"))
        self.sign_in_button.clicked.connect(lambda: self._emit_for(self.print_sign_in))
        self.certificates_button.clicked.connect(lambda: self._emit_for(self.print_certificates))
        self.record_button.clicked.connect(lambda: self._emit_for(self.record_results))
        self.attendees_button.clicked.connect(lambda: self._emit_for(self.change_attendees))
        self.history_button.clicked.connect(self._history)
        buttons = QHBoxLayout()
        for button in (
            self.sign_in_button,
            self.certificates_button,
            self.attendees_button,
            self.record_button,
            self.history_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.heading)
        lower_layout.addWidget(self.attendee_table, 1)
        lower_layout.addLayout(buttons)
        splitter = QSplitter()
        splitter.setOrientation(splitter.orientation().Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        self._enable_buttons()

        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(SEARCH_PAUSE_MS)
        self._pause.timeout.connect(self.refresh)
        for typed in (self.search, self.place, self.starts_from, self.ends_by):
            typed.textChanged.connect(lambda _: self._pause.start())
        for chooser in (self.state, self.module, self.contingent):
            chooser.currentIndexChanged.connect(lambda _: self.refresh())
        self.search.returnPressed.connect(self._first_result)

    def _attendee_headers(self) -> list[str]:
        return [
            self.tr("Service no."), self.tr("Name"), self.tr("Contingent"), self.tr("Unit"),
            self.tr("Expected"), self.tr("Result"), self.tr("Score"),
        ]  # fmt: skip

    def apply_actor(self) -> None:
        """Offer the contingents the account may see; planning to those who record training."""
        actor = self.context.actor
        self.contingent.offer(actor)
        self.plan_button.setVisible(actor.may(Permission.RECORD_TRAINING))
        self._enable_buttons()

    def query(self) -> SessionQuery | str:
        """What the filters ask, or the sentence saying which date cannot be read."""
        days: list[dt.date | None] = []
        for field, what in ((self.starts_from, "from date"), (self.ends_by, "to date")):
            text = field.text().strip()
            try:
                days.append(parse_date(text, what) if text else None)
            except MssError as error:
                return str(error)
        return SessionQuery(
            text=self.search.text(),
            state=SessionState(self.state.currentData()) if self.state.currentData() else None,
            starts_from=days[0],
            ends_by=days[1],
            module=self.module.currentData(),
            place=self.place.text(),
            contingent=self.contingent.currentData(),
        )

    def _read_rows(self, ids: Sequence[int]) -> list[SessionLine]:
        # A page of rows is a few small indexed reads; doing it here keeps scrolling smooth.
        with self.context.database.reading() as session:
            return session_lines(session, ids, self.context.actor.contingents)

    def refresh(self) -> None:
        query = self.query()
        if isinstance(query, str):
            self.count.setText(query)
            return
        database, within = self.context.database, self.context.actor.contingents
        load_modules = self.module.count() == 1

        def find() -> tuple[list[int], list[ModuleView]]:
            with database.reading() as session:
                ids = search_session_ids(session, query, within)
                modules = list(curriculum_view(session).modules) if load_modules else []
                return ids, modules

        self.context.runner.run(find, self._show, self.count.setText)

    def _show(self, found: tuple[list[int], list[ModuleView]]) -> None:
        ids, modules = found
        if modules and self.module.count() == 1:
            self.module.blockSignals(True)
            for module in modules:
                self.module.addItem(module_named(module), module.code)
            language = current_language()
            self.model.titles = {module.code: module.title_in(language) for module in modules}
            popup = self.module.view()
            popup.setMinimumWidth(
                popup.sizeHintForColumn(0) + popup.verticalScrollBar().sizeHint().width()
            )
            self.module.blockSignals(False)
        self.model.set_ids(ids)
        self.count.setText(self.tr("%n sessions", "", len(ids)))
        self._set_detail(None)
        self.searched.emit()

    def _first_result(self) -> None:
        if self.model.rowCount() > 0:
            self.table.setFocus()
            self.table.selectRow(0)

    def _chosen(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = {index.row() for index in selected.indexes()}
        if rows:
            self._open(self.model.index(min(rows), 0))

    def _open(self, index: QModelIndex) -> None:
        line = self.model.line(index.row()) if index.isValid() else None
        if line is not None:
            self.open_reference(line.reference)

    def open_reference(self, reference: str) -> None:
        """Show one session's attendees and results (read off the window's thread)."""
        database, within = self.context.database, self.context.actor.contingents
        language = current_language()

        def read() -> SessionDetail:
            with database.reading() as session:
                return session_detail(session, reference, within, language)

        self.context.runner.run(read, self._set_detail, self.count.setText)

    def _set_detail(self, detail: SessionDetail | None) -> None:
        self.detail = detail
        if detail is None:
            self.heading.setText(self.tr("Choose a session to see its attendees and results."))
            self.attendees.set_rows(self._attendee_headers(), [])
        else:
            line = detail.line
            state = self.tr("planned") if line.state is SessionState.PLANNED else self.tr("held")
            self.heading.setText(
                self.tr("<b>{0}</b> {1} · {2} · {3} · {4} ({5})").format(
                    line.module, escape(detail.module_title), self.model.dates_of(line),
                    escape(line.location), state, line.reference,
                )
            )  # fmt: skip
            self.attendees.set_rows(
                self._attendee_headers(),
                [
                    (
                        a.service_number, a.name, a.contingent, a.unit,
                        (self.tr("reported absent") if a.marked_absent else self.tr("yes"))
                        if a.expected
                        else self.tr("on the day"),
                        word_for(Outcome, a.outcome) or self.tr("not recorded"),
                        "" if a.score is None else f"{a.score:g}",
                    )
                    for a in detail.attendees
                ],
            )  # fmt: skip
        self._enable_buttons()
        if detail is not None:
            self.opened.emit()

    def _enable_buttons(self) -> None:
        actor, detail = self.context.actor, self.detail
        chosen = detail is not None
        planned = chosen and detail is not None and detail.line.state is SessionState.PLANNED
        self.sign_in_button.setEnabled(chosen and actor.may(Permission.PRINT))
        self.certificates_button.setEnabled(
            chosen and not planned and actor.may(Permission.ISSUE_CERTIFICATES)
        )
        self.record_button.setEnabled(planned and actor.may(Permission.RECORD_TRAINING))
        self.attendees_button.setEnabled(planned and actor.may(Permission.RECORD_TRAINING))
        self.history_button.setEnabled(chosen)

    def _emit_for(self, signal: SignalInstance) -> None:
        if self.detail is not None:
            signal.emit(self.detail.line.reference)

    def _history(self) -> None:
        if self.detail is not None:
            line = self.detail.line
            title = self.tr("History of the {0} session at {1} ({2})").format(
                line.module, line.location, line.reference
            )
            self.show_history.emit(line.reference, title)


def _table(name: str) -> QTableView:
    table = QTableView()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(24)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    table.setAccessibleName(name)
    return table
