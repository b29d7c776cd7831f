"""Long work with a progress dialog and a Cancel button; the window never freezes."""

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QProgressBar, QProgressDialog, QWidget

from mss_training.progress import Progress
from mss_training.ui.tasks import TaskRunner

T = TypeVar("T")
SHOW_AFTER_MS = 300
# QProgressDialog shows itself from a timer of its own and, when modal, runs the event
# loop inside setValue(); a job ending just as it shows could close the dialog from
# within its own call and hang the window. So the dialog never shows itself: a timer
# of ours shows it while the job runs, and the bar is updated directly.
_NEVER_BY_ITSELF_MS = 2**31 - 1


class _ProgressBridge(QObject):
    """Carries reports from the worker thread to the dialog on the window's thread.

    Signals:
        reported: (done, total, what).
    """

    reported = Signal(int, int, str)


def run_long_job(
    parent: QWidget,
    runner: TaskRunner,
    title: str,
    task: Callable[[Progress], T],
    on_done: Callable[[T], None],
    on_error: Callable[[str], None],
) -> QProgressDialog:
    """Run ``task`` on the worker with a progress dialog; Cancel makes it roll back."""
    cancel = QCoreApplication.translate("LongJob", "Cancel")
    dialog = QProgressDialog(title, cancel, 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(_NEVER_BY_ITSELF_MS)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    bar = dialog.findChild(QProgressBar)
    bridge = _ProgressBridge(dialog)
    running = [True]

    def show(done: int, total: int, what: str) -> None:
        if not running[0]:
            return
        if bar is not None:
            bar.setRange(0, max(total, 1))
            bar.setValue(min(done, max(total, 1)))
        if what:
            dialog.setLabelText(what)

    def appear() -> None:
        if running[0]:
            dialog.show()

    bridge.reported.connect(show)
    progress = Progress(lambda done, total, what: bridge.reported.emit(done, total, what))
    dialog.canceled.connect(progress.cancel)
    QTimer.singleShot(SHOW_AFTER_MS, dialog, appear)

    def end() -> None:
        running[0] = False
        dialog.hide()
        dialog.deleteLater()

    def finished(result: T) -> None:
        end()
        on_done(result)

    def failed(message: str) -> None:
        end()
        on_error(message)

    runner.run(lambda: task(progress), finished, failed)
    return dialog
