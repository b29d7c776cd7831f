"""Every action of the main window's menus, tried by every role, limited and not, on a
mission of two contingents: no screen shows an account anything of a contingent it does
not see, and no action it is offered is refused to it.

The actions are read from the window's menus, so one added later is walked too.
"""

import datetime as dt
import io
import re
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QModelIndex, QSettings, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from mss_training.db import open_database
from mss_training.services.demo import DEMO_PASSWORD
from mss_training.services.users import sign_in
from mss_training.ui.context import AppContext
from mss_training.ui.dialogs.pdf_preview import PdfPreviewDialog
from mss_training.ui.main_window import MainWindow
from mss_training.ui.tasks import TaskRunner
from tests.two_contingents import (
    ACCOUNTS,
    TwoContingents,
    build_two_contingents,
    forbidden_for,
    quick_passwords,
)

# Actions that leave this window or its database rather than show records; each is tested
# on its own (tests/ui/test_sign_in.py, test_main_window.py).
NOT_WALKED = {"&Open database…", "&New database…", "&Sign out…", "&Quit"}
# What a refusal says (services.permissions): an action offered must never end in one.
REFUSAL = re.compile(r"cannot .*; ask an? |Your account is limited to")


@pytest.fixture(scope="module")
def mission(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TwoContingents]:
    with quick_passwords():
        yield build_two_contingents(tmp_path_factory.mktemp("window-doors") / "mission.sqlite")


def texts_of(widget: QWidget) -> list[str]:
    """Everything a person could read in a widget and its children."""
    found = [widget.windowTitle()]
    if isinstance(widget, QMessageBox):
        found += [widget.text(), widget.informativeText(), widget.detailedText()]
    if isinstance(widget, PdfPreviewDialog):
        found += [page.extract_text() for page in PdfReader(io.BytesIO(widget.data)).pages]
    for child in [widget, *widget.findChildren(QWidget)]:
        if isinstance(child, (QLabel, QAbstractButton, QLineEdit)):
            found.append(child.text())
        elif isinstance(child, (QPlainTextEdit, QTextEdit)):
            found.append(child.toPlainText())
        elif isinstance(child, QComboBox):
            found += [child.itemText(index) for index in range(child.count())]
        elif isinstance(child, QAbstractItemView) and child.model() is not None:
            model = child.model()
            top = QModelIndex()
            try:
                columns = model.columnCount(top)
            except TypeError:  # a list model keeps its one column to itself
                columns = 1
            for row in range(min(model.rowCount(top), 500)):
                for column in range(columns):
                    found.append(str(model.data(model.index(row, column)) or ""))
    return found


def leaf_actions(menu: QMenu) -> Iterator[QAction]:
    """The actions a person can reach in a menu: visible ones, in visible submenus."""
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            yield from leaf_actions(submenu)
        else:
            yield action


def triggered_actions(
    main: MainWindow, qtbot: QtBot, settle: Callable[[], None], where: list[str]
) -> Iterator[str]:
    """Trigger each action a person can reach in the menus; yield its name once it has run.

    ``where[0]`` names the action being tried, for whoever answers its modal questions.
    """
    for top in main.menuBar().actions():
        menu = top.menu()
        if not top.isVisible() or not isinstance(menu, QMenu):
            continue
        for action in leaf_actions(menu):
            if action.text() in NOT_WALKED or not action.isEnabled():
                continue
            where[0] = action.text().replace("&", "")
            action.trigger()
            settle()
            qtbot.wait(80)
            settle()
            yield where[0]


@pytest.mark.parametrize("username", sorted(ACCOUNTS))
def test_no_screen_shows_another_contingent(
    username: str, mission: TwoContingents, qtbot: QtBot, tmp_path: Path
) -> None:
    copy = tmp_path / "mission.sqlite"
    shutil.copyfile(mission.path, copy)
    database = open_database(f"sqlite:///{copy}")
    runner = TaskRunner()
    actor = sign_in(database, username, DEMO_PASSWORD)
    context = AppContext(database, runner, actor, as_of=dt.date(2026, 11, 27))
    main = MainWindow(
        context, QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    )
    qtbot.addWidget(main)
    main.show()

    def settle() -> None:
        for _ in range(4):
            runner.wait_idle()
            qtbot.wait(5)

    seen: list[tuple[str, list[str]]] = []
    where = ["the window"]

    def answer_modal() -> None:
        """Read and dismiss whatever asks for an answer (file choosers, questions)."""
        modal = QApplication.activeModalWidget()
        if modal is not None and modal is not main:
            seen.append((where[0], texts_of(modal)))
            if isinstance(modal, QDialog):
                modal.reject()
            modal.close()

    timer = QTimer()
    timer.timeout.connect(answer_modal)
    timer.start(30)
    try:
        main.refresh()
        settle()
        seen.append(("the window", texts_of(main)))
        walked = []
        for name in triggered_actions(main, qtbot, settle, where):
            walked.append(name)
            for widget in QApplication.topLevelWidgets():
                if widget is not main and widget.isVisible():
                    seen.append((name, texts_of(widget)))
                    widget.close()
            seen.append((name, [main.statusBar().currentMessage()]))
            settle()
    finally:
        timer.stop()
        main.close()
        settle()
        runner.shutdown()
        database.close()
    print(username, walked)
    assert "Refresh" in walked and "Readiness report…" in walked
    forbidden = forbidden_for(username)
    leaks = sorted(
        {
            f"{place}: {token}"
            for place, texts in seen
            for text in texts
            for token in forbidden
            if token.casefold() in text.casefold()  # names are often shown in capitals
        }
    )
    refused = sorted(
        {f"{place}: {text}" for place, texts in seen for text in texts if REFUSAL.search(text)}
    )
    assert leaks == []
    assert refused == []
