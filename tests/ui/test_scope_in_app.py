"""The scope rule in the window: a Kenya-limited training officer pasting Jamaican numbers,
and the controls a role may not use, which are not offered at all."""

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from mss_training.db import open_database
from mss_training.services.demo import DEMO_PASSWORD
from mss_training.services.users import sign_in
from mss_training.ui.context import AppContext
from mss_training.ui.dialogs.record_session import RecordSessionWizard
from mss_training.ui.main_window import MainWindow
from mss_training.ui.tasks import TaskRunner
from tests.two_contingents import TwoContingents, build_two_contingents, quick_passwords


@pytest.fixture(scope="module")
def mission(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TwoContingents]:
    with quick_passwords():
        yield build_two_contingents(tmp_path_factory.mktemp("scope-app") / "mission.sqlite")


class Signed:
    def __init__(self, main: MainWindow, qtbot: QtBot) -> None:
        self.main, self.qtbot = main, qtbot

    def settle(self) -> None:
        for _ in range(4):
            self.main.context.runner.wait_idle()
            self.qtbot.wait(5)


@pytest.fixture
def window_as(mission: TwoContingents, qtbot: QtBot, tmp_path: Path) -> Iterator[object]:
    opened: list[MainWindow] = []

    def open_as(username: str) -> Signed:
        copy = tmp_path / f"{username}.sqlite"
        shutil.copyfile(mission.path, copy)
        database = open_database(f"sqlite:///{copy}")
        context = AppContext(
            database, TaskRunner(), sign_in(database, username, DEMO_PASSWORD),
            as_of=dt.date(2026, 11, 27),
        )  # fmt: skip
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        main = MainWindow(context, settings)
        qtbot.addWidget(main)
        main.show()
        opened.append(main)
        signed = Signed(main, qtbot)
        signed.settle()
        return signed

    yield open_as
    for main in opened:
        for widget in QApplication.topLevelWidgets():
            if widget is not main and widget.isVisible():
                widget.close()
        main.close()
        main.context.runner.wait_idle()
        main.context.runner.shutdown()
        main.context.database.close()


def test_pasting_another_contingents_numbers_says_so_at_once_and_shows_no_name(
    window_as: object, qtbot: QtBot
) -> None:
    assert callable(window_as)
    window: Signed = window_as("trainer")
    window.main.record_session()
    window.settle()
    (wizard,) = [
        w for w in QApplication.topLevelWidgets()
        if isinstance(w, RecordSessionWizard) and w.isVisible()
    ]  # fmt: skip
    page = wizard.session_page
    page.module.setCurrentIndex(page.module.findData("CDT-101"))
    qtbot.keyClicks(page.location, "Kiganjo")
    wizard.next()
    attendees = wizard.attendees_page
    attendees.paste.setPlainText("JCF-9902\nKP-4472")
    qtbot.mouseClick(attendees.add_pasted, Qt.MouseButton.LeftButton)
    assert attendees.unknown.text() == "Not found in your account's contingents (KEN): JCF-9902"
    assert [row.service_number for row in attendees.chosen.values()] == ["KP-4472"]
    shown = " ".join(
        attendees.candidates.item(index).text() for index in range(attendees.candidates.count())
    )
    assert "BLACKWOODZ" not in shown.upper() and "NYAMBURAX" in shown
    wizard.reject()


# A copy holds every contingent: coordinators and administrators may take one (inside,
# only an administrator is offered Restore: tests/ui/test_audit_and_backups.py).
@pytest.mark.parametrize(
    ("username", "offered"),
    [("admin", True), ("coordinator", True), ("trainer", False), ("commander", False)],
)
def test_backups_are_offered_only_to_those_who_may_copy_every_contingent(
    window_as: object, username: str, offered: bool
) -> None:
    assert callable(window_as)
    window: Signed = window_as(username)
    backups = window.main.backups_action
    assert (backups.isVisible(), backups.isEnabled()) == (offered, offered)
