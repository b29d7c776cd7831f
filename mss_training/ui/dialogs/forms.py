"""The layout the app's editing dialogs share: labelled fields, a problem line, Save and Cancel."""

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget


def plain_label(text: str = "") -> QLabel:
    """A label that shows its text as typed: a QLabel would read "<b>" in a name or in a
    message quoting one as markup."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


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
