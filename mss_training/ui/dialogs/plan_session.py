"""Plan a session ahead: module, days, place, instructors, language, seats, who is expected.

Attendees are pasted as service numbers of one contingent, or filled in from a unit (or a
whole contingent). The dialog stays open, with everything typed, until the plan is stored.
"""

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from mss_training.dates import parse_date
from mss_training.errors import MssError
from mss_training.services.curriculum import ModuleView
from mss_training.services.personnel import OfficerRef
from mss_training.services.planned_sessions import PlanInput, SheetAttendees, service_numbers
from mss_training.ui.dialogs.forms import (
    add_contingents,
    lay_out_dialog,
    plain_label,
    problem_label,
    save_entered,
)
from mss_training.ui.language import QT_TRANSLATE_NOOP, module_named
from mss_training.ui.screen_fit import fit_to_screen

LANGUAGES = (
    ("en", QT_TRANSLATE_NOOP("PlanSessionDialog", "English")),
    ("fr", QT_TRANSLATE_NOOP("PlanSessionDialog", "French")),
    ("es", QT_TRANSLATE_NOOP("PlanSessionDialog", "Spanish")),
    ("ht", QT_TRANSLATE_NOOP("PlanSessionDialog", "Haitian Creole")),
)

UnitLookup = Callable[[str, str | None, Callable[[tuple[OfficerRef, ...]], None]], None]
SheetLookup = Callable[[Path, str | None, Callable[[SheetAttendees], None]], None]
Save = Callable[[PlanInput, Callable[[object], None], Callable[[str], None]], None]


class PlanSessionDialog(QDialog):
    """``save(plan, done, failed)`` stores the plan; ``unit_of(contingent, unit, then)``
    reads a unit's active officers for the attendee list; ``sheet_of(path, contingent,
    then)`` reads a sheet of attendees with those of its numbers nobody answers to."""

    def __init__(
        self,
        modules: list[ModuleView],
        unit_of: UnitLookup,
        save: Save,
        parent: QWidget | None = None,
        within: frozenset[str] | None = None,
        sheet_of: SheetLookup | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Plan a training session"))
        self._unit_of, self._save, self._sheet_of = unit_of, save, sheet_of
        # The attendees of a sheet, with their contingents, while the list shows them.
        self.sheet: SheetAttendees | None = None
        self.module = QComboBox()
        for module in modules:
            self.module.addItem(module_named(module), module.code)
        self.starts = QLineEdit()
        self.starts.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.ends = QLineEdit()
        self.ends.setPlaceholderText(self.tr("the first day, if left empty"))
        self.location = QLineEdit()
        self.instructors = QLineEdit()
        # Modules taught by qualified instructors only name officers (services/instructors.py).
        self.instructors.setPlaceholderText(
            self.tr("names; for a module taught by qualified instructors: KEN 00123; JAM 0042")
        )
        self.language = QComboBox()
        for code, name in LANGUAGES:
            self.language.addItem(QCoreApplication.translate("PlanSessionDialog", name), code)
        self.seats = QSpinBox()
        self.seats.setRange(0, 1000)
        self.seats.setSpecialValueText(self.tr("no limit"))
        self.contingent = QComboBox()
        add_contingents(self.contingent, within)
        self.unit = QLineEdit()
        self.unit.setPlaceholderText(self.tr("a unit, or empty for the whole contingent"))
        self.fill_button = QPushButton(self.tr("&Fill from unit"))
        self.fill_button.clicked.connect(self._fill_from_unit)
        unit_row = QHBoxLayout()
        unit_row.addWidget(self.unit, 1)
        unit_row.addWidget(self.fill_button)
        self.numbers = QPlainTextEdit()
        self.numbers.setPlaceholderText(
            self.tr("Paste service numbers, one a line or comma-separated")
        )
        self.sheet_button = QPushButton(self.tr("From a s&heet…"))
        self.sheet_button.setToolTip(
            self.tr("A CSV or Excel sheet with a service_number column (and a contingent one)")
        )
        self.sheet_button.clicked.connect(self._choose_sheet)
        self.sheet_button.setVisible(sheet_of is not None)
        self.sheet_note = plain_label()
        self.sheet_note.setWordWrap(True)
        self.numbers.textChanged.connect(self._typed_over_sheet)
        self.problem = problem_label()
        form = QFormLayout()
        for label, widget in (
            (self.tr("&Module"), self.module),
            (self.tr("&First day"), self.starts),
            (self.tr("&Last day"), self.ends),
            (self.tr("&Place"), self.location),
            (self.tr("&Instructor(s)"), self.instructors),
            (self.tr("Lan&guage"), self.language),
            (self.tr("&Seats"), self.seats),
            (self.tr("&Contingent"), self.contingent),
        ):
            widget.setAccessibleName(label.replace("&", ""))
            form.addRow(label, widget)
        self.unit.setAccessibleName(self.tr("Unit"))
        unit_label = QLabel(self.tr("&Unit"))
        unit_label.setBuddy(self.unit)
        form.addRow(unit_label, unit_row)
        self.numbers.setAccessibleName(self.tr("Expected attendees' service numbers"))
        form.addRow(self.tr("&Attendees"), self.numbers)
        form.addRow("", self.sheet_button)
        form.addRow("", self.sheet_note)
        self.buttons = lay_out_dialog(
            self, form, self.problem, self.submit, QDialogButtonBox.StandardButton.Save
        )
        fit_to_screen(self, 620, 560)

    def _fill_from_unit(self) -> None:
        code = self.contingent.currentData()
        if code:
            self._unit_of(code, self.unit.text().strip() or None, self._filled)

    def _choose_sheet(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Sheet of expected attendees"), str(Path.home()),
            self.tr("Sheets (*.csv *.xlsx)"),
        )  # fmt: skip
        if path:
            self.load_sheet(Path(path))

    def load_sheet(self, path: Path) -> None:
        """Read a sheet's attendees (off the window's thread) and preview them."""
        if self._sheet_of is not None:
            self._sheet_of(
                path, self.contingent.currentData(), lambda found: self._sheet_read(path, found)
            )

    def _sheet_read(self, path: Path, found: SheetAttendees) -> None:
        self.numbers.setPlainText("\n".join(ref.service_number for ref in found.refs))
        self.sheet = found  # after the text: typing over it afterwards forgets the sheet
        codes = sorted({ref.contingent.upper() for ref in found.refs})
        note = self.tr("{0} attendees from {1} ({2}).").format(
            len(found.refs), path.name, ", ".join(codes)
        )
        if found.unknown:
            note += " " + self.tr("Not found, to correct before saving: {0}.").format(
                ", ".join(f"{ref.service_number} ({ref.contingent})" for ref in found.unknown)
            )
        self.sheet_note.setText(note)

    def _typed_over_sheet(self) -> None:
        if self.sheet is not None:
            self.sheet = None
            self.sheet_note.setText(self.tr("The list is typed now, not the sheet's."))

    def _filled(self, refs: tuple[OfficerRef, ...]) -> None:
        self.numbers.setPlainText("\n".join(ref.service_number for ref in refs))
        self.sheet_note.clear()
        if not refs:
            self.problem.setText(self.tr("That unit has no active officers."))

    def plan(self) -> PlanInput | str:
        """What was entered, or the sentence saying what cannot be read."""
        try:
            starts = parse_date(self.starts.text(), "first day")
            ends: dt.date = (
                parse_date(self.ends.text(), "last day") if self.ends.text().strip() else starts
            )
            attendees = (
                self.sheet.refs
                if self.sheet is not None
                else service_numbers(self.numbers.toPlainText(), self.contingent.currentData())
            )
        except MssError as error:
            return str(error)
        return PlanInput(
            module=self.module.currentData() or "",
            starts_on=starts,
            ends_on=ends,
            location=self.location.text(),
            attendees=attendees,
            instructors=self.instructors.text().strip(),
            language=self.language.currentData(),
            seats=self.seats.value() or None,
        )

    def submit(self) -> None:
        save_entered(self, self.plan(), self.problem, self.buttons, self._save)
