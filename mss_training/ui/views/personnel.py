"""All officers, searched as you type (accents ignored) and filtered, at any mission size."""

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mss_training.domain import OfficerStatus
from mss_training.services.permissions import Permission
from mss_training.services.personnel import (
    OfficerRow,
    officer_rows,
    role_codes,
    search_officer_ids,
)
from mss_training.ui.context import AppContext
from mss_training.ui.dialogs.forms import fit_headers
from mss_training.ui.keys import KeyAction
from mss_training.ui.models.officers import OfficerTableModel, status_text
from mss_training.ui.views.filters import ContingentChooser, UnitChooser

SEARCH_PAUSE_MS = 150


class PersonnelView(QWidget):
    """The personnel table with its search box and filters.

    Signals:
        open_officer: the id of an officer to show in full.
        edit_officer: the id of an officer to edit.
        add_officer: the user wants to add an officer.
        searched: the table shows the result of the latest search.
    """

    open_officer = Signal(int)
    edit_officer = Signal(int)
    add_officer = Signal()
    searched = Signal()

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name or service number (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search officers"))
        self.contingent = ContingentChooser(self.tr("All contingents"))
        self.unit = UnitChooser()
        self.role = QComboBox()
        self.role.addItem(self.tr("Any role"), None)
        self.role.setAccessibleName(self.tr("Role"))
        self.status = QComboBox()
        self.status.addItem(self.tr("Any status"), None)
        for status in OfficerStatus:
            self.status.addItem(status_text(status.value), status.value)
        self.status.setCurrentIndex(1)
        self.status.setAccessibleName(self.tr("Status"))
        self.count = QLabel()
        self.add_button = QPushButton(self.tr("&Add officer…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.add_button.clicked.connect(self.add_officer.emit)
        self.edit_button.clicked.connect(self._edit_current)
        top = QHBoxLayout()
        top.addWidget(self.search, 3)
        top.addWidget(self.contingent, 1)
        top.addWidget(self.unit, 1)
        top.addWidget(self.role)
        top.addWidget(self.status)
        top.addWidget(self.count)
        top.addWidget(self.add_button)
        top.addWidget(self.edit_button)

        self.model = OfficerTableModel(self._read_rows)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((100, 180, 180, 130, 90, 220, 110)):
            self.table.setColumnWidth(column, width)
        fit_headers(self.table)
        self.table.setAccessibleName(self.tr("Officers"))
        self.table.activated.connect(self._open)
        self.table.setTabKeyNavigation(False)
        # From the search box to the results in one key: Enter or Down lands on the first.
        KeyAction(
            self.search, (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Down), self._to_results
        )

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(SEARCH_PAUSE_MS)
        self._pause.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _: self._pause.start())
        self.contingent.currentIndexChanged.connect(lambda _: self._contingent_changed())
        self.unit.currentIndexChanged.connect(lambda _: self.refresh())
        self.role.currentIndexChanged.connect(lambda _: self.refresh())
        self.status.currentIndexChanged.connect(lambda _: self.refresh())

    def apply_actor(self) -> None:
        """Offer what the signed-in account may see, and editing only to those who may edit."""
        actor = self.context.actor
        self.contingent.offer(actor)
        for button in (self.add_button, self.edit_button):
            button.setVisible(actor.may(Permission.EDIT_PERSONNEL))

    def _read_rows(self, ids: Sequence[int]) -> list[OfficerRow]:
        # A page of rows is a small indexed read; doing it here keeps scrolling smooth.
        with self.context.database.reading() as session:
            return officer_rows(session, ids)

    def _contingent_changed(self) -> None:
        self.unit.load(self.context, self.contingent.currentData(), self.refresh)

    def set_roles(self, codes: list[str]) -> None:
        current = self.role.currentData()
        self.role.blockSignals(True)
        self.role.clear()
        self.role.addItem(self.tr("Any role"), None)
        for code in codes:
            self.role.addItem(code, code)
        self.role.setCurrentIndex(max(0, self.role.findData(current)))
        self.role.blockSignals(False)

    def refresh(self) -> None:
        text = self.search.text()
        contingent = self.contingent.currentData()
        unit = self.unit.currentData() if contingent else None
        within = self.context.actor.contingents
        role = self.role.currentData()
        status = self.status.currentData()
        database = self.context.database

        def find() -> tuple[list[int], list[str]]:
            with database.reading() as session:
                ids = search_officer_ids(
                    session, text, contingent=contingent, unit=unit, role=role, status=status,
                    within=within,
                )  # fmt: skip
                return ids, role_codes(session)

        self.context.runner.run(find, self._show, self.count.setText)

    def _show(self, found: tuple[list[int], list[str]]) -> None:
        ids, roles = found
        if self.role.count() == 1:
            self.set_roles(roles)
        self.model.set_ids(ids)
        self.count.setText(self.tr("%Ln officers", "", len(ids)))
        self.searched.emit()

    def _to_results(self) -> None:
        if self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, 0))
            self.table.setFocus()

    def _edit_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.edit_officer.emit(self.model.officer_id(index.row()))

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_officer.emit(self.model.officer_id(index.row()))
