"""Every list of modules in a Spanish window names each module by its Spanish title, where
the curriculum translates it (the shared curriculum translates them all)."""

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox
from pytestqt.qtbot import QtBot

from mss_training.services.personnel import search_officer_ids
from mss_training.services.reports import module_titles
from mss_training.ui.dialogs.recognise import RecogniseDialog
from mss_training.ui.language import apply_language
from tests.ui.conftest import Window
from tests.ui.test_record_session import open_wizard
from tests.ui.test_sessions_screen import shown


@pytest.fixture
def spanish() -> Iterator[None]:
    """The window in Spanish (listed before ``window``, so that it is built in it)."""
    apply_language("es")
    yield
    apply_language("en")


def _items(chooser: QComboBox) -> dict[str, str]:
    """What a module list shows for each module's code."""
    return {
        str(chooser.itemData(i)): chooser.itemText(i)
        for i in range(chooser.count())
        if chooser.itemData(i)
    }


def _wizard(window: Window, qtbot: QtBot) -> dict[str, str]:
    wizard = open_wizard(window, qtbot)
    shown_items = _items(wizard.session_page.module)
    wizard.reject()
    return shown_items


def _offered(window: Window, open_dialog: Callable[[], None], name: str) -> dict[str, str]:
    """The modules the dialog the window keeps as ``name`` offers, once opened."""
    open_dialog()
    window.settle()
    dialog = getattr(window.main, name)
    shown_items = _items(dialog.module)
    dialog.reject()
    return shown_items


def _plan_session(window: Window, qtbot: QtBot) -> dict[str, str]:
    view = shown(window, qtbot)
    click = lambda: qtbot.mouseClick(view.plan_button, Qt.MouseButton.LeftButton)  # noqa: E731
    return _offered(window, click, "session_plan_dialog")


def _sessions_filter(window: Window, qtbot: QtBot) -> dict[str, str]:
    return _items(shown(window, qtbot).module)


def _certificates(window: Window, qtbot: QtBot) -> dict[str, str]:
    return _offered(window, window.main.certificates_action.trigger, "certificates_dialog")


def _recognise(window: Window, qtbot: QtBot) -> dict[str, str]:
    main = window.main
    with main.context.database.reading() as session:
        officer = search_officer_ids(session, contingent="KEN", status="active")[0]
    with qtbot.waitSignal(main.officer_shown, timeout=5000):
        main.show_officer(officer)
        window.settle()
    record = main.officer_dialog
    shown_items: dict[str, str] = {}

    def read_and_close() -> None:
        (asking,) = [w for w in QApplication.topLevelWidgets() if isinstance(w, RecogniseDialog)]
        shown_items.update(_items(asking.module))
        asking.reject()

    QTimer.singleShot(0, read_and_close)
    qtbot.mouseClick(record.recognise_button, Qt.MouseButton.LeftButton)
    record.close()
    return shown_items


@pytest.mark.parametrize(
    "module_list", [_wizard, _plan_session, _sessions_filter, _certificates, _recognise]
)
def test_every_module_list_of_a_spanish_window_shows_the_spanish_titles(
    spanish: None,
    window: Window,
    qtbot: QtBot,
    module_list: Callable[[Window, QtBot], dict[str, str]],
) -> None:
    with window.main.context.database.reading() as session:
        titles, english = module_titles(session, "es"), module_titles(session, "en")
    shown_items = module_list(window, qtbot)
    assert shown_items, "no module listed"
    assert shown_items == {code: f"{code} · {titles[code]}" for code in shown_items}
    assert shown_items["MAN-101"] == "MAN-101 · El mandato y su marco jurídico"
    assert any(titles[code] != english[code] for code in shown_items)
