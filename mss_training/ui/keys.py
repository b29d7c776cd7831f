"""Keyboard paths the views share: a key on one widget that does what a click would."""

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget


class KeyAction(QObject):
    """Runs ``action`` when one of ``keys`` is pressed on ``widget`` (and eats the key)."""

    def __init__(
        self, widget: QWidget, keys: tuple[Qt.Key, ...], action: Callable[[], None]
    ) -> None:
        super().__init__(widget)
        self.keys = keys
        self.action = action
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in self.keys
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            self.action()
            return True
        return super().eventFilter(watched, event)
