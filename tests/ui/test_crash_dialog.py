"""A bug in the window or in a worker thread shows a plain dialog and leaves a crash file."""

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from mss_training.config import log_dir
from mss_training.logs import CRASH_FILES_KEPT, prune_crash_files, write_crash_file
from mss_training.ui.crash import CRASH_SENTENCE, CrashReporter


@pytest.fixture
def reporter(qtbot: QtBot) -> Iterator[CrashReporter]:
    crashes = CrashReporter()
    crashes.install()
    yield crashes
    crashes.uninstall()
    for dialog in list(crashes.dialogs):
        dialog.close()


def _crash_dialog(qtbot: QtBot, reporter: CrashReporter) -> QMessageBox:
    qtbot.waitUntil(lambda: bool(reporter.dialogs), timeout=5000)
    dialog = reporter.dialogs[-1]
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    return dialog


def _crash_files() -> list[Path]:
    return sorted(log_dir().glob("crash-*.log"))


def test_a_bug_in_a_slot_shows_the_dialog_and_saves_the_details(
    qtbot: QtBot, reporter: CrashReporter
) -> None:
    def a_slot_with_a_bug() -> None:
        raise ZeroDivisionError("deliberate fault for the test")

    QTimer.singleShot(0, a_slot_with_a_bug)
    dialog = _crash_dialog(qtbot, reporter)

    assert dialog.text() == CRASH_SENTENCE
    [crash_file] = _crash_files()
    assert str(crash_file) in dialog.informativeText()
    saved = crash_file.read_text(encoding="utf-8")
    assert "a_slot_with_a_bug" in saved and "deliberate fault for the test" in saved
    assert "a_slot_with_a_bug" in dialog.detailedText()


def test_copy_details_puts_the_traceback_on_the_clipboard_and_keeps_the_dialog_open(
    qtbot: QtBot, reporter: CrashReporter
) -> None:
    QTimer.singleShot(0, lambda: [][1])
    dialog = _crash_dialog(qtbot, reporter)
    [copy] = [b for b in dialog.findChildren(QPushButton) if b.text() == "Copy details"]

    copy.click()

    assert "IndexError" in QGuiApplication.clipboard().text()
    assert dialog.isVisible()


def test_a_bug_in_a_worker_thread_reaches_the_window_thread(
    qtbot: QtBot, reporter: CrashReporter
) -> None:
    def work() -> None:
        raise RuntimeError("worker fault for the test")

    worker = threading.Thread(target=work, name="mss-test-worker")
    worker.start()
    worker.join()
    dialog = _crash_dialog(qtbot, reporter)

    assert dialog.thread() is QApplication.instance().thread()  # type: ignore[union-attr]
    assert "worker fault for the test" in _crash_files()[-1].read_text(encoding="utf-8")


def test_old_crash_files_are_pruned() -> None:
    for _ in range(CRASH_FILES_KEPT + 5):
        try:
            raise ValueError("one of many")
        except ValueError as error:
            write_crash_file(error)
    prune_crash_files(log_dir())

    assert len(_crash_files()) == CRASH_FILES_KEPT
