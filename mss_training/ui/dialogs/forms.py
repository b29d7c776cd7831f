"""Layouts the app's dialogs share: labelled fields with a problem line, Save and Cancel;
read-only tables of rows."""

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTableView,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from mss_training.services.reference import known_contingents
from mss_training.ui.theme import Ink, ink_style


def add_contingents(combo: QComboBox, within: frozenset[str] | None) -> None:
    """Offer the contributing countries, only those of ``within`` (an account's limits) if set."""
    for info in known_contingents():
        if within is None or info.code in within:
            combo.addItem(f"{info.code} · {info.name}", info.code)


def plain_label(text: str = "") -> QLabel:
    """A label that shows its text as typed: a QLabel would read "<b>" in a name or in a
    message quoting one as markup."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def problem_label() -> QLabel:
    """The line where a dialog says, in red and in one sentence, what stops it."""
    label = plain_label()
    label.setWordWrap(True)
    label.setStyleSheet(ink_style(Ink.PROBLEM))
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
    return lay_out_dialog(dialog, form, problem, save, QDialogButtonBox.StandardButton.Save)


def lay_out_dialog(
    dialog: QDialog,
    form: QFormLayout,
    problem: QLabel,
    accept: Callable[[], None],
    accept_button: QDialogButtonBox.StandardButton = QDialogButtonBox.StandardButton.Ok,
) -> QDialogButtonBox:
    """A form laid out already, then the problem line, then the accepting button and Cancel."""
    buttons = QDialogButtonBox(accept_button | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    layout.addWidget(problem)
    layout.addWidget(buttons)
    return buttons


def choice_table(headers: list[str], name: str) -> QTableWidget:
    """A table of whole rows, one of which is chosen to act on; not edited in place."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.setAccessibleName(name)
    return table


def read_only_table(model: QAbstractItemModel, name: str) -> QTableView:
    """A table of whole rows to read and select, not edit; ``name`` is its accessible name."""
    view = QTableView()
    view.setModel(model)
    view.verticalHeader().hide()
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.horizontalHeader().setStretchLastSection(True)
    view.setAccessibleName(name)
    view.setTabKeyNavigation(False)  # Tab leaves it; the arrows move within
    fit_columns(view)
    return view


# The widest a column grows to show its cells: longer texts (reasons, notes) are cut,
# and shown whole in the cell's tooltip or by widening the column.
_WIDEST_COLUMN = 320


def fit_columns(view: QTableView) -> None:
    """Columns wide enough for their cells, up to a limit, and never narrower than their
    header (fit_headers)."""
    view.resizeColumnsToContents()
    header = view.horizontalHeader()
    for column in range(header.count()):
        header.resizeSection(column, min(header.sectionSize(column), _WIDEST_COLUMN))
    fit_headers(view)


def hint_width(field: QLineEdit) -> int:
    """The width that shows ``field``'s placeholder whole (hints run 20–30% longer in
    French and Spanish), with the clear button's room when it has one."""
    room = 12 + (22 if field.isClearButtonEnabled() else 0)
    return field.fontMetrics().horizontalAdvance(field.placeholderText()) + room


def fit_headers(view: QTableView) -> None:
    """Widen any column narrower than its header, whatever the language (French and
    Spanish headers run 20–30% longer than English); reads no row, so big tables too."""
    header = view.horizontalHeader()
    for column in range(header.count()):
        wanted = header.sectionSizeHint(column)
        if header.sectionSize(column) < wanted:
            header.resizeSection(column, wanted)


Save = Callable[[Any, Callable[[object], None], Callable[[str], None]], None]


def save_entered(
    dialog: QDialog, entered: object, problem: QLabel, buttons: QWidget, save: Save
) -> None:
    """Store what a dialog's fields hold (or say why not, a str), keeping it open until then.

    ``save(entered, done, failed)`` runs off the window's thread; a refusal comes back on
    the problem line with everything still typed.
    """
    if isinstance(entered, str):
        problem.setText(entered)
        return
    problem.clear()
    buttons.setEnabled(False)

    def failed(message: str) -> None:
        buttons.setEnabled(True)
        problem.setText(message)

    save(entered, lambda _result: dialog.accept(), failed)


def choose_file_to_save(
    parent: QWidget, title: str, suggested: Path, filters: str, chosen: Callable[[Path], None]
) -> QFileDialog:
    """Ask where to save without blocking (the asker may sit over a modal wizard); call
    ``chosen`` with the path once one is picked."""
    chooser = QFileDialog(parent, title, str(suggested), filters)
    chooser.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    chooser.setDefaultSuffix(suggested.suffix.lstrip(".") or "csv")
    chooser.selectFile(str(suggested))
    chooser.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    chooser.fileSelected.connect(lambda path: chosen(Path(path)))
    chooser.open()
    return chooser
