"""Filter controls the dashboard and the personnel table share."""

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox

from mss_training.services.permissions import Actor
from mss_training.services.personnel import unit_names
from mss_training.ui.context import AppContext
from mss_training.ui.dialogs.forms import add_contingents


class ContingentChooser(QComboBox):
    """Every contingent, or one; only those the signed-in account may see."""

    def __init__(self, everyone: str) -> None:
        super().__init__()
        self.everyone = everyone
        self.setAccessibleName(self.tr("Contingent"))
        # As wide as its longest name: "JDF Infantry", not "JDF Infar".
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

    def offer(self, actor: Actor) -> None:
        """List the contingents ``actor`` may see, keeping the choice where it still is."""
        chosen = self.currentData()
        self.blockSignals(True)
        self.clear()
        limited = actor.contingents is not None
        self.addItem(self.tr("All my contingents") if limited else self.everyone, None)
        add_contingents(self, actor.contingents)
        self.setCurrentIndex(max(0, self.findData(chosen)))
        self.blockSignals(False)


class UnitChooser(QComboBox):
    """All units, or one unit of the chosen contingent; empty and disabled without one."""

    def __init__(self) -> None:
        super().__init__()
        self.addItem(self.tr("All units"), None)
        self.setEnabled(False)
        self.setAccessibleName(self.tr("Unit"))
        # As wide as its longest name: "JDF Infantry", not "JDF Infar".
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

    def load(self, context: AppContext, contingent: str | None, then: Callable[[], None]) -> None:
        """Offer the units of ``contingent`` (read off the window's thread), then call ``then``."""
        database = context.database

        def units() -> list[str]:
            if not contingent:
                return []
            with database.reading() as session:
                return unit_names(session, contingent)

        def show(names: list[str]) -> None:
            self.blockSignals(True)
            self.clear()
            self.addItem(self.tr("All units"), None)
            for name in names:
                self.addItem(name, name)
            self.setEnabled(bool(names))
            self.blockSignals(False)
            then()

        context.runner.run(units, show, lambda _message: then())
