"""The sessions table: holds session ids only and reads their rows a page at a time."""

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from mss_training.services.session_list import SessionLine, SessionState
from mss_training.ui.language import QT_TRANSLATE_NOOP

PAGE = 200
HEADERS = (
    QT_TRANSLATE_NOOP("SessionTableModel", "Ref"),
    QT_TRANSLATE_NOOP("SessionTableModel", "Module"),
    QT_TRANSLATE_NOOP("SessionTableModel", "Dates"),
    QT_TRANSLATE_NOOP("SessionTableModel", "Place"),
    QT_TRANSLATE_NOOP("SessionTableModel", "State"),
    QT_TRANSLATE_NOOP("SessionTableModel", "Attendees"),
    QT_TRANSLATE_NOOP("SessionTableModel", "Instructors"),
)
STATE_TEXT = {
    SessionState.PLANNED: QT_TRANSLATE_NOOP("SessionTableModel", "Planned"),
    SessionState.HELD: QT_TRANSLATE_NOOP("SessionTableModel", "Held"),
}
CONTEXT = "SessionTableModel"
STATE_COLUMN = HEADERS.index("State")
MODULE_COLUMN = HEADERS.index("Module")


def translated(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def state_words() -> list[str]:
    """Every word the State column can show, in the window's language."""
    return [translated(text) for text in STATE_TEXT.values()]


Index = QModelIndex | QPersistentModelIndex


def _dates(line: SessionLine) -> str:
    first = f"{line.starts_on:%Y-%m-%d}"
    # A span of days as every language reads it.
    return first if line.ends_on == line.starts_on else f"{first} – {line.ends_on:%Y-%m-%d}"


def _attendees(line: SessionLine) -> str:
    return f"{line.attendees} / {line.seats}" if line.seats else str(line.attendees)


CELLS: tuple[Callable[[SessionLine], str], ...] = (
    lambda line: line.reference,
    lambda line: line.module,
    _dates,
    lambda line: line.location,
    lambda line: translated(STATE_TEXT[line.state]),
    _attendees,
    lambda line: line.instructors,
)


class SessionTableModel(QAbstractTableModel):
    """A thin adapter: ``fetch_rows`` reads sessions by id; this only caches and shows them.

    With thousands of sessions only the pages on screen are ever read. A module's code
    has its title in the window's language as its tooltip, from ``titles`` (code -> title).
    """

    def __init__(self, fetch_rows: Callable[[Sequence[int]], list[SessionLine]]) -> None:
        super().__init__()
        self._fetch_rows = fetch_rows
        self._ids: list[int] = []
        self._cache: dict[int, SessionLine] = {}
        self.titles: Mapping[str, str] = {}

    def set_ids(self, ids: Sequence[int]) -> None:
        self.beginResetModel()
        self._ids = list(ids)
        self._cache.clear()
        self.endResetModel()

    @staticmethod
    def dates_of(line: SessionLine) -> str:
        return _dates(line)

    def line(self, row: int) -> SessionLine | None:
        session_id = self._ids[row]
        if session_id not in self._cache:
            start = (row // PAGE) * PAGE
            for fetched in self._fetch_rows(self._ids[start : start + PAGE]):
                self._cache[fetched.id] = fetched
        return self._cache.get(session_id)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> str | None:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return translated(HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> str | None:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        line = self.line(index.row())
        if line is None:
            return None
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == MODULE_COLUMN:
            return self.titles.get(line.module, line.module)
        return CELLS[index.column()](line)
