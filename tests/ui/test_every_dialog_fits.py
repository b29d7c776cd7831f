"""Every dialog fits a 1280×720 laptop: at most 90 % of it, its buttons on the screen.

The menus are walked as tests/ui/test_every_door_window.py walks them, so a dialog added
later is measured too; the dialogs opened from inside the window (an officer's record, a
drill-down list, the module editor, each page of the session wizard) are opened as well.
"""

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from mss_training.services.personnel import search_officer_ids
from mss_training.ui.dialogs.record_session import RecordSessionWizard
from tests.ui.conftest import Window
from tests.ui.test_every_door_window import triggered_actions

LAPTOP = QSize(1280, 720)
ROOM = QSize(int(LAPTOP.width() * 0.9), int(LAPTOP.height() * 0.9))


def too_big(widget: QWidget) -> str | None:
    """Why ``widget`` would not fit the laptop's screen, or None.

    Two facts make it fit on any screen: it opens within 90 % of the screen it is on (the
    tests' offscreen one is 800×800), or at its smallest, and its smallest fits within
    90 % of the laptop's.
    """
    name = widget.windowTitle() or type(widget).__name__
    smallest, size = widget.minimumSizeHint(), widget.size()
    free = widget.screen().availableGeometry().size()
    here = QSize(
        max(int(free.width() * 0.9), smallest.width()),
        max(int(free.height() * 0.9), smallest.height()),
    )
    if size.width() > here.width() or size.height() > here.height():
        return f"{name} opens at {size.width()}×{size.height()}, more than its screen allows"
    if smallest.width() > ROOM.width() or smallest.height() > ROOM.height():
        return f"{name} cannot shrink below {smallest.width()}×{smallest.height()}"
    return None


def measure_open_dialogs(window: Window, found: list[str], where: str) -> None:
    for widget in QApplication.topLevelWidgets():
        if widget is not window.main and widget.isVisible():
            problem = too_big(widget)
            if problem:
                found.append(f"{where}: {problem}")


def test_every_dialog_fits_a_1280_by_720_screen(window: Window, qtbot: QtBot) -> None:
    main = window.main
    found: list[str] = []
    where = ["the window"]
    measured = []

    def answer_modal() -> None:
        modal = QApplication.activeModalWidget()
        if modal is not None and modal is not main:
            measured.append(where[0])
            problem = too_big(modal)
            if problem:
                found.append(f"{where[0]}: {problem}")
            if isinstance(modal, QDialog):
                modal.reject()
            modal.close()

    timer = QTimer()
    timer.timeout.connect(answer_modal)
    timer.start(30)
    try:
        for name in triggered_actions(main, qtbot, window.settle, where):
            measure_open_dialogs(window, found, name)
            for widget in QApplication.topLevelWidgets():
                if widget is not main and widget.isVisible():
                    measured.append(name)
                    widget.close()
            window.settle()
    finally:
        timer.stop()

    # Reached from inside the window rather than from its menus.
    main.show_officers_behind("KEN", "not_ready", "")
    window.settle()
    measure_open_dialogs(window, found, "a drill-down list")
    for widget in QApplication.topLevelWidgets():
        if widget is not main and widget.isVisible():
            widget.close()
    with main.context.database.reading() as session:
        officer_id = search_officer_ids(session, "", contingent="KEN", status="active")[0]
    main.show_officer(officer_id)
    window.settle()
    measure_open_dialogs(window, found, "an officer's record")
    for widget in QApplication.topLevelWidgets():
        if widget is not main and widget.isVisible():
            widget.close()

    # The module editor, on a draft of the curriculum.
    main.curriculum.start_draft.emit("fit-1")
    window.settle()
    qtbot.waitUntil(lambda: main.curriculum.draft is not None, timeout=5000)
    main.curriculum.edit_module.emit("UOF-101")
    window.settle()
    measure_open_dialogs(window, found, "the module editor")
    measured.append("the module editor")
    main.module_editor.close()

    with qtbot.waitSignal(main.wizard_opened, timeout=5000):
        main.record_session()
        window.settle()
    wizard = main.wizard
    qtbot.keyClicks(wizard.session_page.location, "Kiganjo")
    for page in range(3):
        measure_open_dialogs(window, found, f"the session wizard, page {page + 1}")
        if page == 1:
            wizard.attendees_page.candidates.item(0).setCheckState(Qt.CheckState.Checked)
        wizard.next()
    assert isinstance(wizard, RecordSessionWizard)
    wizard.discard()
    assert len(set(measured)) >= 10, measured
    assert found == []
