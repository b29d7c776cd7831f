"""Every list of modules in a Spanish window names each module by its Spanish title, and
every table a hover away, where the curriculum translates it (the shared curriculum
translates them all)."""

import html
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QAbstractItemModel, Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox
from pytestqt.qtbot import QtBot

from mss_training.services.curriculum import module_titles
from mss_training.services.session_list import SessionState
from mss_training.ui.dialogs.recognise import RecogniseDialog
from mss_training.ui.dialogs.session_results import RESULT
from mss_training.ui.language import apply_language
from mss_training.ui.models.sessions import MODULE_COLUMN
from tests.ui.conftest import Window
from tests.ui.test_record_session import fill_session_page, open_wizard
from tests.ui.test_session_wizard import to_results
from tests.ui.test_sessions_screen import shown
from tests.ui.test_window_language import first_kenyan_record, previewed


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
    record = first_kenyan_record(window, qtbot)
    shown_items: dict[str, str] = {}

    def read_and_close() -> None:
        (asking,) = [w for w in QApplication.topLevelWidgets() if isinstance(w, RecogniseDialog)]
        shown_items.update(_items(asking.module))
        asking.reject()

    QTimer.singleShot(0, read_and_close)
    qtbot.mouseClick(record.recognise_button, Qt.MouseButton.LeftButton)
    record.close()
    return shown_items


def _tooltips(model: QAbstractItemModel, column: int) -> dict[str, str]:
    """The tooltip of each module code a table's ``column`` shows."""
    found: dict[str, str] = {}
    for row in range(model.rowCount()):
        index = model.index(row, column)
        found[str(model.data(index))] = str(model.data(index, Qt.ItemDataRole.ToolTipRole))
    return found


def _heat_map(window: Window, qtbot: QtBot) -> dict[str, str]:
    return _tooltips(window.main.dashboard.coverage, 0)


def _who_needs_what(window: Window, qtbot: QtBot) -> dict[str, str]:
    window.settle()
    return _tooltips(window.main.curriculum.matrix, 0)


def _sessions_table(window: Window, qtbot: QtBot) -> dict[str, str]:
    view = shown(window, qtbot)
    return _tooltips(view.model, MODULE_COLUMN)


def _officer_record(window: Window, qtbot: QtBot) -> dict[str, str]:
    record = first_kenyan_record(window, qtbot)
    found = {**_tooltips(record.requirements, 0), **_tooltips(record.history, 1)}
    record.close()
    return found


def _listed(code: str, title: str) -> str:
    return f"{code} · {title}"


def _hovered(_code: str, title: str) -> str:
    return title


@pytest.mark.parametrize(
    ("where", "named"),
    [
        *[(lists, _listed) for lists in (_wizard, _plan_session, _sessions_filter)],
        *[(lists, _listed) for lists in (_certificates, _recognise)],
        *[(table, _hovered) for table in (_heat_map, _who_needs_what, _sessions_table)],
        (_officer_record, _hovered),
    ],
)
def test_every_view_of_a_spanish_window_names_its_modules_in_spanish(
    spanish: None,
    window: Window,
    qtbot: QtBot,
    where: Callable[[Window, QtBot], dict[str, str]],
    named: Callable[[str, str], str],
) -> None:
    """A list says each module's code and Spanish title; a table, which shows codes to stay
    narrow, gives the Spanish title a hover away."""
    with window.main.context.database.reading() as session:
        titles, english = module_titles(session, "es"), module_titles(session, "en")
    shown_modules = where(window, qtbot)
    assert shown_modules, "no module shown"
    assert shown_modules == {code: named(code, titles[code]) for code in shown_modules}
    assert any(titles[code] != english[code] for code in shown_modules)
    if "MAN-101" in shown_modules:
        assert "El mandato y su marco jurídico" in shown_modules["MAN-101"]


@pytest.mark.parametrize("opened", ["results_dialog", "attendees_dialog"])
def test_a_planned_session_s_dialogs_name_its_module_in_spanish(
    spanish: None, window: Window, qtbot: QtBot, opened: str
) -> None:
    view = shown(window, qtbot)
    planned = next(
        line
        for row in range(view.model.rowCount())
        if (line := view.model.line(row)) is not None and line.state is SessionState.PLANNED
    )
    with window.main.context.database.reading() as session:
        title = module_titles(session, "es")[planned.module]
    if opened == "results_dialog":
        window.main.record_planned(planned.reference)
    else:
        window.main.change_attendees(planned.reference)
    window.settle()
    dialog = getattr(window.main, opened)
    assert f"{planned.module} · {title}" in dialog.windowTitle()
    dialog.reject()


def test_the_spanish_wizard_s_review_names_the_module_in_spanish(
    spanish: None, window: Window, qtbot: QtBot
) -> None:
    wizard = to_results(window, qtbot, "CDT-101", 1)
    wizard.results_page.table.item(0, RESULT).setText("80")  # type: ignore[union-attr]
    wizard.next()
    assert wizard.currentPage() is wizard.review_page
    with window.main.context.database.reading() as session:
        title = module_titles(session, "es")["CDT-101"]
    assert f"<b>CDT-101</b> · {html.escape(title)}" in wizard.review_page.summary.text()
    wizard.discard()


def test_the_wizard_s_sign_in_sheet_names_the_module_in_the_sheet_s_language(
    window: Window, qtbot: QtBot
) -> None:
    wizard = open_wizard(window, qtbot)
    page = wizard.session_page
    page.language.setCurrentIndex(page.language.findData("fr"))  # the class is taught in French
    fill_session_page(wizard, qtbot, "CDT-101")
    attendees = wizard.attendees_page
    attendees.candidates.item(0).setCheckState(Qt.CheckState.Checked)
    with window.main.context.database.reading() as session:
        french = module_titles(session, "fr")["CDT-101"]
    sheet = previewed(window, qtbot, attendees.sign_in.click)
    assert french in sheet
    wizard.discard()


def test_correcting_a_result_in_spanish_names_its_module_in_spanish(
    spanish: None, window: Window, qtbot: QtBot
) -> None:
    record = first_kenyan_record(window, qtbot)
    line = next(line for line in record.record.history if not line.corrected)
    with window.main.context.database.reading() as session:
        title = module_titles(session, "es")[line.module]
    said: list[str] = []

    def read_and_close() -> None:
        said.append(window.main.correction_dialog.what.text())
        window.main.correction_dialog.reject()

    QTimer.singleShot(0, read_and_close)
    window.main.correct_result(record, line, void=True)
    assert said and said[0].startswith(f"{line.module} · {title} · ")
    record.close()
