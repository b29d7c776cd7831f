"""Every colour the window uses reads in a light and in a dark palette (WCAG AA, 4.5:1)."""

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from mss_training.ui.theme import (
    Ink,
    Tone,
    cell_colours,
    contrast,
    dark_palette,
    ink,
    is_dark,
)
from tests.ui.conftest import Window

AA = 4.5
PALETTES = {"light": QPalette, "dark": dark_palette}


@pytest.fixture(params=sorted(PALETTES))
def palette(request: pytest.FixtureRequest, qtbot: QtBot) -> Iterator[QPalette]:
    """The application drawn in a light or a dark palette, as the desktop chooses."""
    application = QApplication.instance()
    assert isinstance(application, QApplication)
    before = application.palette()
    chosen = PALETTES[request.param]()
    application.setPalette(chosen)
    yield chosen
    application.setPalette(before)


def test_the_dark_palette_is_told_from_the_light_one(palette: QPalette) -> None:
    window = palette.color(QPalette.ColorRole.Window)
    assert is_dark(palette) == (window.lightness() < 128)


@pytest.mark.parametrize("tone", list(Tone))
def test_every_cell_tone_keeps_its_text_readable(palette: QPalette, tone: Tone) -> None:
    background, text = cell_colours(tone, palette)
    assert contrast(background, text) >= AA


@pytest.mark.parametrize("name", list(Ink))
def test_every_ink_reads_on_the_window_and_on_tables(palette: QPalette, name: Ink) -> None:
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
        assert contrast(ink(name, palette), palette.color(role)) >= AA, role


def _style_colours(label: QLabel) -> tuple[QColor | None, QColor | None]:
    sheet = label.styleSheet()
    text = re.search(r"(?<![-\w])color:\s*(#[0-9A-Fa-f]{3,6})", sheet)
    background = re.search(r"background:\s*(#[0-9A-Fa-f]{3,6})", sheet)
    return (
        QColor(text.group(1)) if text else None,
        QColor(background.group(1)) if background else None,
    )


def test_every_coloured_label_of_the_window_reads_on_its_background(
    palette: QPalette, window: Window, tmp_path: Path
) -> None:
    coloured = 0
    for label in window.main.findChildren(QLabel):
        text, background = _style_colours(label)
        if text is None:
            continue
        coloured += 1
        behind = background or palette.color(QPalette.ColorRole.Window)
        assert contrast(text, behind) >= AA, f"{label.accessibleName() or label.text()!r}"
    assert coloured >= 4  # the dashboard's figures at least
    window.main.grab().save(str(tmp_path / "window.png"))


def test_coverage_cells_give_text_that_reads_on_their_colour(
    palette: QPalette, window: Window
) -> None:
    model = window.main.dashboard.coverage
    toned = 0
    for row in range(model.rowCount()):
        for column in range(1, model.columnCount()):
            index = model.index(row, column)
            background = model.data(index, Qt.ItemDataRole.BackgroundRole)
            text = model.data(index, Qt.ItemDataRole.ForegroundRole)
            if background is None:
                continue
            toned += 1
            assert contrast(background.color(), text.color()) >= AA
    assert toned > 0
