"""Holds in the window: the Holds screen, where coordinators place and lift them."""

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout

from mss_training.services.holds import HoldInput, HoldLine, lift_hold, list_holds, place_hold
from mss_training.services.permissions import Permission
from mss_training.ui.screen_fit import fit_to_screen, widen_to_columns
from mss_training.ui.views.holds import HoldsView
from mss_training.ui.window.base import WindowBase


class HoldsActions(WindowBase):
    """Opens the Holds screen and carries its requests to the services."""

    def show_holds(self) -> None:
        actor = self.context.actor
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Eligibility holds"))
        fit_to_screen(dialog, 980, 520)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        view = HoldsView(may_manage=actor.may(Permission.MANAGE_HOLDS), parent=dialog)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(view, 1)
        layout.addWidget(buttons)
        view.reload_requested.connect(lambda open_only: self._read_holds(view, open_only))
        view.place_requested.connect(lambda entry: self._place_hold(view, entry))
        view.lift_requested.connect(lambda uid, reason: self._lift_hold(view, uid, reason))
        self.holds_dialog = dialog
        self.holds_view = view
        dialog.show()
        self._read_holds(view, view.open_only.isChecked())

    def _read_holds(self, view: HoldsView, open_only: bool) -> None:
        database, actor = self.context.database, self.context.actor

        def read() -> list[HoldLine]:
            with database.reading() as session:
                return list_holds(session, actor, open_on=dt.date.today() if open_only else None)

        def show(lines: list[HoldLine]) -> None:
            view.show_lines(lines)
            # The holds' dialog as wide as their columns (long reasons, French headers).
            widen_to_columns(view.window(), view.table)

        self.context.runner.run(read, show, self.show_error)

    def _place_hold(self, view: HoldsView, entry: HoldInput) -> None:
        database, actor = self.context.database, self.context.actor

        def write() -> None:
            with database.transaction() as session:
                place_hold(session, entry, actor)

        self.context.runner.run(write, lambda _: self._changed(view), self.show_error)

    def _lift_hold(self, view: HoldsView, uid: str, reason: str) -> None:
        database, actor = self.context.database, self.context.actor

        def write() -> None:
            with database.transaction() as session:
                lift_hold(session, uid, reason, actor)

        self.context.runner.run(write, lambda _: self._changed(view), self.show_error)

    def _changed(self, view: HoldsView) -> None:
        self._read_holds(view, view.open_only.isChecked())
        self.refresh()
