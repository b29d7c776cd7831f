"""The personnel table: holds officer ids only and builds rows a page at a time."""

from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from mss_training.domain import OfficerStatus
from mss_training.services.personnel import OfficerRow
from mss_training.ui.language import QT_TRANSLATE_NOOP
from mss_training.words import word_for

PAGE = 200
COLUMNS = (
    (QT_TRANSLATE_NOOP("OfficerTableModel", "Service no."), "service_number"),
    (QT_TRANSLATE_NOOP("OfficerTableModel", "Family name"), "family_name"),
    (QT_TRANSLATE_NOOP("OfficerTableModel", "Given names"), "given_names"),
    (QT_TRANSLATE_NOOP("OfficerTableModel", "Rank"), "rank"),
    (QT_TRANSLATE_NOOP("OfficerTableModel", "Contingent"), "contingent"),
    (QT_TRANSLATE_NOOP("OfficerTableModel", "Unit"), "unit"),
    (QT_TRANSLATE_NOOP("OfficerTableModel", "Roles"), "roles"),
    (QT_TRANSLATE_NOOP("OfficerTableModel", "Status"), "status"),
)


def status_text(status: str) -> str:
    """An officer status (``active``...) as the window shows it, in its language."""
    return word_for(OfficerStatus, status).capitalize()


Index = QModelIndex | QPersistentModelIndex


class OfficerTableModel(QAbstractTableModel):
    """A thin adapter: ``fetch_rows`` reads officers by id; this only caches and shows them.

    At 50,000 officers only the pages on screen are ever read.
    """

    def __init__(self, fetch_rows: Callable[[Sequence[int]], list[OfficerRow]]) -> None:
        super().__init__()
        self._fetch_rows = fetch_rows
        self._ids: list[int] = []
        self._cache: dict[int, OfficerRow] = {}

    def set_ids(self, ids: Sequence[int]) -> None:
        self.beginResetModel()
        self._ids = list(ids)
        self._cache.clear()
        self.endResetModel()

    def officer_id(self, row: int) -> int:
        return self._ids[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> str | None:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(COLUMNS[section][0])
        return None

    def _row(self, row: int) -> OfficerRow | None:
        officer_id = self._ids[row]
        if officer_id not in self._cache:
            start = (row // PAGE) * PAGE
            for fetched in self._fetch_rows(self._ids[start : start + PAGE]):
                self._cache[fetched.id] = fetched
        return self._cache.get(officer_id)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> str | None:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        officer = self._row(index.row())
        if officer is None:
            return None
        value = getattr(officer, COLUMNS[index.column()][1])
        if COLUMNS[index.column()][1] == "status":
            return status_text(value)
        return "" if value is None else str(value)
