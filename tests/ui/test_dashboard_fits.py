"""The dashboard on a 1280×720 laptop: the coverage heat map shows every module and
every contingent at once, with readable headers, beside the chart."""

from pathlib import Path

from PySide6.QtWidgets import QAbstractScrollArea
from pytestqt.qtbot import QtBot

from tests.ui.conftest import Window

SCREENSHOTS = Path("/tmp/day17")


def fully_shown(view: QAbstractScrollArea) -> bool:
    """Nothing of the view's content lies beyond its viewport (no scrolling needed)."""
    return view.verticalScrollBar().maximum() == 0 and view.horizontalScrollBar().maximum() == 0


def test_the_heat_map_shows_every_module_at_1280_by_720(window: Window, qtbot: QtBot) -> None:
    main = window.main
    main.resize(1280, 720)
    main.tabs.setCurrentWidget(main.dashboard)
    main.dashboard.refresh()
    window.settle()
    qtbot.wait(50)
    view = main.dashboard.coverage_view
    model = view.model()
    assert model.rowCount() >= 22  # the demo curriculum's modules
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    assert main.grab().save(str(SCREENSHOTS / "dashboard-1280x720.png"))
    assert fully_shown(view), (model.rowCount(), view.viewport().height())
    header = view.horizontalHeader()
    for column in range(1, model.columnCount()):
        # Each contingent's code is readable whole in its header.
        code = str(model.headerData(column, header.orientation()))
        assert header.sectionSize(column) >= header.fontMetrics().horizontalAdvance(code)
    assert main.dashboard.chart_view.isVisible()
    assert main.dashboard.chart_view.width() >= 400
