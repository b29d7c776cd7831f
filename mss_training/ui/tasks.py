"""Database work off the window's thread: one serial worker, results back through signals."""

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal

from mss_training.errors import MssError
from mss_training.logs import write_crash_file

T = TypeVar("T")


class _Bridge(QObject):
    """Lives on the window's thread, so its signals deliver results there.

    Signals:
        finished: (callback, result) of a task that ran to its end.
        failed: (callback, message) of a task that raised.
    """

    # No bool arguments: PySide6 on Python 3.11 miscounts references to True and False
    # passed through queued connections, which crashes the interpreter at exit.
    finished = Signal(object, object)
    failed = Signal(object, str)


class TaskRunner(QObject):
    """Runs database work one task at a time on a worker thread.

    Tasks never touch widgets; their results come back to ``on_done`` on the window's
    thread. Environment problems (MssError) come back as plain sentences; anything else
    is logged as a bug and reported as one.

    Signals:
        busy_changed: how many tasks are queued or running (0 when idle).
    """

    busy_changed = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="mss-db")
        self._bridge = _Bridge()
        self._bridge.finished.connect(self._deliver)
        self._bridge.failed.connect(self._deliver_failure)
        self._pending = 0

    def run(
        self,
        task: Callable[[], T],
        on_done: Callable[[T], None],
        on_error: Callable[[str], None] | None = None,
    ) -> Future[T]:
        self._pending += 1
        self.busy_changed.emit(self._pending)
        future = self._executor.submit(task)
        future.add_done_callback(lambda done: self._report(done, on_done, on_error))
        return future

    def _report(
        self,
        future: Future[Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[str], None] | None,
    ) -> None:
        if future.cancelled():  # dropped at shutdown: nobody is waiting for it any more
            return
        error = future.exception()
        if error is None:
            self._bridge.finished.emit(on_done, future.result())
        elif isinstance(error, MssError):
            self._bridge.failed.emit(on_error, str(error))
        else:
            path = write_crash_file(error, "a background task")
            where = f" The details were saved in {path}." if path else ""
            self._bridge.failed.emit(
                on_error,
                f"Something went wrong inside the program ({type(error).__name__}); "
                f"this is a bug, not your mistake. Nothing you saved is lost.{where}",
            )

    def _finish_one(self) -> None:
        self._pending -= 1
        self.busy_changed.emit(self._pending)

    def _deliver(self, callback: Callable[[Any], None], result: object) -> None:
        self._finish_one()
        callback(result)

    def _deliver_failure(self, callback: Callable[[str], None] | None, message: str) -> None:
        self._finish_one()
        if callback is not None:
            callback(message)

    def wait_idle(self) -> None:
        """Block until queued tasks are done (tests and shutdown)."""
        self._executor.submit(lambda: None).result()

    def shutdown(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)
