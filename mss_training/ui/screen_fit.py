"""Dialogs sized for the screen they open on: a 1280×720 laptop is the smallest we serve."""

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QTableView, QWidget

# A dialog takes at most this share of the screen's free area, so its buttons stay on it.
SCREEN_SHARE = 0.9


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize to ``width`` × ``height``, or to 90 % of the available screen if that is less."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        free = screen.availableGeometry()
        width = min(width, int(free.width() * SCREEN_SHARE))
        height = min(height, int(free.height() * SCREEN_SHARE))
    widget.resize(width, height)


def widen_to_columns(widget: QWidget, table: QTableView) -> None:
    """Widen ``widget`` until ``table`` shows every column (long names, the longer headers
    of French and Spanish), as far as the screen allows: a column scrolled out of sight
    reads as missing."""
    around = widget.width() - table.viewport().width()
    scroll_bar = table.verticalScrollBar()
    if not scroll_bar.isVisible():
        # Shown once the rows are laid out, it then takes its width from the columns'.
        around += scroll_bar.sizeHint().width()
    header = table.horizontalHeader()
    last = header.logicalIndex(header.count() - 1)
    # A stretched last column is as wide as the room left, not as its contents: ask them.
    contents = max(table.sizeHintForColumn(last), header.sectionSizeHint(last))
    wanted = header.length() - header.sectionSize(last) + max(header.sectionSize(last), contents)
    wanted += around
    if wanted > widget.width():
        fit_to_screen(widget, wanted, widget.height())
