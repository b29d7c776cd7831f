"""The window's last resort: a bug anywhere becomes a plain dialog and a crash file.

A windowed program has no terminal, so an exception escaping a slot or a thread would
otherwise vanish. Every write is a transaction, so a bug can only lose what was being
typed, never what was saved; the dialog says so.
"""

import sys
import threading
import types
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from mss_training.config import APP_NAME
from mss_training.logs import write_crash_file
from mss_training.ui.language import QT_TRANSLATE_NOOP

CRASH_SENTENCE = QT_TRANSLATE_NOOP(
    "CrashReporter", "Something went wrong in MSS Training. Nothing you saved is lost."
)


class CrashReporter(QObject):
    """Catches what nothing else caught, on the window's thread and on worker threads.

    Signals:
        crashed: (details, crash file path or "") of a bug, delivered on the window's
            thread whichever thread raised it.
    """

    crashed = Signal(str, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.crashed.connect(self._show, Qt.ConnectionType.QueuedConnection)
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        self.dialogs: list[QMessageBox] = []

    def install(self) -> None:
        sys.excepthook = self._on_exception
        threading.excepthook = self._on_thread_exception

    def uninstall(self) -> None:
        sys.excepthook = self._previous_hook
        threading.excepthook = self._previous_thread_hook

    def _on_exception(
        self,
        kind: type[BaseException],
        error: BaseException,
        trace: types.TracebackType | None,
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self._previous_hook(kind, error, trace)
            return
        self.report(error.with_traceback(trace), "the window")

    def _on_thread_exception(self, hook_args: threading.ExceptHookArgs) -> None:
        if hook_args.exc_value is None or isinstance(hook_args.exc_value, SystemExit):
            return
        name = hook_args.thread.name if hook_args.thread is not None else "a worker"
        self.report(hook_args.exc_value, f"thread {name}")

    def report(self, error: BaseException, where: str) -> None:
        """Save the details and show the dialog (queued, so any thread may call this)."""
        path = write_crash_file(error, where)
        details = f"{type(error).__name__}: {error}"
        self.crashed.emit(details, str(path) if path else "")

    def _show(self, details: str, path: str) -> None:
        dialog = crash_dialog(details, Path(path) if path else None, QApplication.activeWindow())
        self.dialogs.append(dialog)
        dialog.finished.connect(lambda _result: self.dialogs.remove(dialog))
        dialog.open()


def crash_dialog(details: str, path: Path | None, parent: QWidget | None) -> QMessageBox:
    """The dialog a bug shows: the plain sentence, where the details are, and a copy button."""
    translate = QCoreApplication.translate
    dialog = QMessageBox(
        QMessageBox.Icon.Critical,
        APP_NAME,
        translate("CrashReporter", CRASH_SENTENCE),
        parent=parent,
    )
    where = (
        translate("CrashReporter", "The details were saved in {0}.").format(path)
        if path
        else translate("CrashReporter", "The details could not be saved.")
    )
    dialog.setInformativeText(
        translate(
            "CrashReporter",
            "{0} Please send them to your mission's MSS Training support, "
            "with what you were doing. You can carry on working.",
        ).format(where)
    )
    full = path.read_text(encoding="utf-8") if path and path.exists() else details
    dialog.setDetailedText(full)
    copy = dialog.addButton(
        translate("CrashReporter", "Copy details"), QMessageBox.ButtonRole.ActionRole
    )
    dialog.addButton(QMessageBox.StandardButton.Close)
    # An action-role button would close the box; copying should leave it open.
    copy.clicked.disconnect()
    copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(full))
    return dialog
