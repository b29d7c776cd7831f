"""A small read-only table model over rows of plain values, with optional colours."""

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush

from mss_training.ui.theme import Tone, cell_colours

Index = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractTableModel):
    """Shows rows of values; ``colour_of(row, column)`` may give a cell's tone, and
    ``titles`` the tooltip of a cell holding a module's code (its title in the window's
    language: a table names modules by code, to stay narrow).

    A toned cell gets its background and a text colour that reads on it, in a light or
    dark palette (mss_training/ui/theme.py).
    """

    def __init__(
        self,
        headers: Sequence[str],
        rows: Sequence[Sequence[Any]] = (),
        colour_of: Callable[[int, int], Tone | None] | None = None,
        titles: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__()
        self._headers = list(headers)
        self._rows = [list(row) for row in rows]
        self._colour_of = colour_of
        self.titles: Mapping[str, str] = titles or {}

    def set_rows(self, headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
        self.beginResetModel()
        self._headers = list(headers)
        self._rows = [list(row) for row in rows]
        self.endResetModel()

    def row_values(self, row: int) -> list[Any]:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> str | None:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if section < len(self._headers) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value = self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if isinstance(value, int) and not isinstance(value, bool):
                return QLocale().toString(value)  # grouped as the window's language groups
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.titles.get(value) if isinstance(value, str) else None
        toned = role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole)
        if toned and self._colour_of is not None:
            tone = self._colour_of(index.row(), index.column())
            if tone is None:
                return None
            background, text = cell_colours(tone)
            return QBrush(background if role == Qt.ItemDataRole.BackgroundRole else text)
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, int | float):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
