"""Names with markup, formulas, SQL and control characters show in the app exactly as typed."""

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QMessageBox

from mss_training.services.personnel import add_officers
from mss_training.ui.dialogs.forms import plain_label
from tests.hostile.test_hostile_text import HOSTILE_NAMES, _officer
from tests.ui.conftest import Window


@pytest.fixture
def hostile_window(window: Window) -> Window:
    with window.main.context.database.transaction() as session:
        add_officers(
            session,
            [
                replace(_officer(index, name), contingent="HTI", service_number=f"HX-{index:03d}")
                for index, name in enumerate(HOSTILE_NAMES)
            ],
            window.main.context.actor,
        )
    return window


def _search(window: Window, text: str) -> list[str]:
    """Type a search into the personnel tab; the family names it lists."""
    personnel = window.main.personnel
    personnel.search.setText(text)
    personnel.refresh()
    window.settle()
    model = personnel.model
    column = 1  # family name
    return [str(model.data(model.index(row, column))) for row in range(model.rowCount())]


def test_the_personnel_table_shows_hostile_names_exactly(hostile_window: Window) -> None:
    for name in ["<b>Bold</b>", "=1+1", "Robert'); DROP TABLE officers;--", "عبد الله"]:
        assert name in _search(hostile_window, name), name
    assert _search(hostile_window, "100%_") == ["100%_"]
    everyone = _search(hostile_window, "HX-")
    assert sorted(everyone) == sorted(HOSTILE_NAMES)


def test_messages_and_labels_show_markup_as_typed(
    hostile_window: Window, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    message = "There is no contingent '<b>X</b> & <i>Y</i>'."
    hostile_window.main.show_error(message)
    document = QTextDocument()
    document.setHtml(shown[0])
    assert document.toPlainText() == message

    label = plain_label("<b>Bold</b> & <img src='x'>")
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.text() == "<b>Bold</b> & <img src='x'>"
