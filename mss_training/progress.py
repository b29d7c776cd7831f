"""Progress and cancellation for long work, without Qt: the services report, the UI shows."""

import threading
from collections.abc import Callable

from mss_training.errors import MssError
from mss_training.messages import _


class CancelledError(MssError):
    """The user cancelled; the transaction rolls back and nothing is changed."""

    def __init__(self) -> None:
        super().__init__(_("Cancelled; nothing was changed."))


class Progress:
    """Handed to long service calls: they report how far they are and stop when asked."""

    def __init__(self, report: Callable[[int, int, str], None] | None = None) -> None:
        self._report = report
        self._cancelled = threading.Event()

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def step(self, done: int, total: int, what: str = "") -> None:
        """Report progress; raise CancelledError if the user asked to stop."""
        if self._cancelled.is_set():
            raise CancelledError()
        if self._report is not None:
            self._report(done, total, what)


NO_PROGRESS = Progress()
