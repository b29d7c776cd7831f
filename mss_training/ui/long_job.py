"""Long work with a progress dialog and a Cancel button; the window never freezes."""

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from mss_training.progress import Progress
from mss_training.ui.tasks import TaskRunner

T = TypeVar("T")


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
    dialog = QProgressDialog(title, parent.tr("Cancel"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    bridge = _ProgressBridge(dialog)

    def show(done: int, total: int, what: str) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, max(total, 1)))
        if what:
            dialog.setLabelText(what)

    bridge.reported.connect(show)
    progress = Progress(lambda done, total, what: bridge.reported.emit(done, total, what))
    dialog.canceled.connect(progress.cancel)

    def finished(result: T) -> None:
        dialog.reset()
        dialog.close()
        on_done(result)

    def failed(message: str) -> None:
        dialog.reset()
        dialog.close()
        on_error(message)

    runner.run(lambda: task(progress), finished, failed)
    return dialog
