"""The layout the app's editing dialogs share: labelled fields, a problem line, Save and Cancel."""

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from mss_training.services.reference import known_contingents


def add_contingents(combo: QComboBox, within: frozenset[str] | None) -> None:
    """Offer the contributing countries, only those of ``within`` (an account's limits) if set."""
    for info in known_contingents():
        if within is None or info.code in within:
            combo.addItem(f"{info.code} · {info.name}", info.code)


def lay_out_form(
    dialog: QDialog,
    rows: Sequence[tuple[str, QWidget]],
    problem: QLabel,
    save: Callable[[], None],
) -> QDialogButtonBox:
    """Label each field (its accessible name too), then the problem line and the buttons."""
    form = QFormLayout()
    for label, widget in rows:
        widget.setAccessibleName(label.replace("&", ""))
        form.addRow(label, widget)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(save)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    layout.addWidget(problem)
    layout.addWidget(buttons)
    return buttons
