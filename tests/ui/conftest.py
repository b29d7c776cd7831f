"""A real main window over a real demo database, offscreen, that must not leak widgets."""

import datetime as dt
import gc
import shutil
from collections.abc import Iterator
from importlib.resources import as_file, files
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from mss_training.cli import main as cli_main
from mss_training.db import open_database
from mss_training.services.demo import DEMO_PASSWORD
from mss_training.services.personnel import OfficerInput, add_officers
from mss_training.services.users import sign_in
from mss_training.ui.context import AppContext
from mss_training.ui.main_window import MainWindow
from mss_training.ui.tasks import TaskRunner
from tests.mission import ACTOR

TODAY = "2026-11-27"
AS_OF = dt.date.fromisoformat(TODAY)


@pytest.fixture(autouse=True)
def _collect_qt_garbage_on_the_gui_thread() -> Iterator[None]:
    """Collect each test's reference cycles here, on the window's thread.

    A cycle holding Qt objects (a dialog and the slot that closes it) left for later is
    collected wherever the collector next runs, perhaps on the database worker thread,
    and deleting a widget there crashes the interpreter.
    """
    yield
    gc.collect()


@pytest.fixture(autouse=True)
def _locale_kept() -> Iterator[None]:
    """Each test ends in the locale it began in: one that switches the window's language
    and back to English (en_US) would change how the dates of the tests after it read."""
    before = QLocale()
    yield
    QLocale.setDefault(before)


@pytest.fixture(scope="session", autouse=True)
def _english_plural_forms(qapp: QApplication) -> Iterator[None]:
    """English's plural forms ("1 row rejected"), as the app loads them for English, without
    changing the locale the window tests' dates are written in."""
    english = QTranslator()
    with as_file(files("mss_training.resources.translations") / "mss_training_en.qm") as qm:
        assert english.load(str(qm))
    QCoreApplication.installTranslator(english)
    yield
    QCoreApplication.removeTranslator(english)


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo mission with a few officers whose names need care, made once."""
    path = tmp_path_factory.mktemp("ui") / "demo.sqlite"
    assert cli_main(["--db", str(path), "demo", "--officers", "300", "--today", TODAY]) == 0
    database = open_database(f"sqlite:///{path}")
    with database.transaction() as session:
        add_officers(
            session,
            [
                OfficerInput("HTI", "HT-0001", "Dorélien", "Jean-Robert", roles=("IPO",)),
                OfficerInput("HTI", "HT-0002", "Dorelien", "Marie-Claude", roles=("IPO",)),
            ],
            ACTOR,
        )
    database.close()
    return path


class Window:
    """The window under test and a way to let its background work finish."""

    def __init__(self, main: MainWindow, qtbot: QtBot) -> None:
        self.main = main
        self.qtbot = qtbot

    def settle(self) -> None:
        for _ in range(4):
            self.main.context.runner.wait_idle()
            self.qtbot.wait(5)


@pytest.fixture
def window(qtbot: QtBot, demo_file: Path, tmp_path: Path) -> Iterator[Window]:
    """The main window over a copy of the demo mission, so tests cannot disturb each other."""
    copy = tmp_path / "mission.sqlite"
    shutil.copyfile(demo_file, copy)
    database = open_database(f"sqlite:///{copy}")
    runner = TaskRunner()
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    coordinator = sign_in(database, "coordinator", DEMO_PASSWORD)
    context = AppContext(database, runner, coordinator, as_of=dt.date.fromisoformat(TODAY))
    main = MainWindow(context, settings)
    qtbot.addWidget(main)
    main.show()
    main.refresh()
    wrapped = Window(main, qtbot)
    wrapped.settle()
    yield wrapped
    main.close()
    wrapped.settle()
    runner.shutdown()
    context.database.close()
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible() and widget is not main:
            widget.close()
    qtbot.wait(5)
    leaked = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert leaked == [], f"windows left open: {leaked}"
