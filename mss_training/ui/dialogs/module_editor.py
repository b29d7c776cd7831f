"""Edit one module of a draft curriculum, with every problem named before it is saved."""

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from mss_training.domain import ALL_ROLES, Assessment, DeliveryMode, Phase
from mss_training.services.curriculum import ModuleView, RequirementView, RoleView
from mss_training.ui.dialogs.forms import lay_out_form, problem_label
from mss_training.ui.screen_fit import fit_to_screen
from mss_training.words import word_for

NONE = "—"


class ModuleEditor(QDialog):
    """``save(table, done, failed)`` stores the module; the editor closes once it has."""

    def __init__(
        self,
        roles: Sequence[RoleView],
        requirements: Sequence[RequirementView],
        save: Callable[[dict[str, Any], Callable[[object], None], Callable[[str], None]], None],
        module: ModuleView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self.setWindowTitle(self.tr("Edit module") if module else self.tr("New module"))
        fit_to_screen(self, 720, 720)
        self.code = QLineEdit()
        self.title = QLineEdit()
        self.category = QLineEdit()
        self.hours = QDoubleSpinBox()
        self.hours.setRange(0, 400)
        self.hours.setDecimals(1)
        self.delivery = QComboBox()
        for mode in DeliveryMode:
            self.delivery.addItem(word_for(DeliveryMode, mode.value), mode.value)
        self.assessment = QComboBox()
        for kind in Assessment:
            self.assessment.addItem(word_for(Assessment, kind.value), kind.value)
        self.pass_mark = QSpinBox()
        self.pass_mark.setRange(0, 100)
        self.pass_mark.setSpecialValueText(NONE)
        self.validity = QSpinBox()
        self.validity.setRange(0, 120)
        self.validity.setSpecialValueText(self.tr("never expires"))
        self.validity.setSuffix(self.tr(" months"))
        self.prerequisites = QLineEdit()
        self.prerequisites.setPlaceholderText(self.tr("Module codes, separated by commas"))
        self.description = QPlainTextEdit()
        self.description.setMaximumHeight(90)
        self.objectives = QPlainTextEdit()
        self.objectives.setPlaceholderText(self.tr("One objective per line"))
        self.objectives.setMaximumHeight(90)
        role_codes = [ALL_ROLES, *[role.code for role in roles]]
        self.requirements = QTableWidget(0, 3)
        self.requirements.setHorizontalHeaderLabels(
            [self.tr("Role"), self.tr("Phase"), self.tr("Contingent (optional)")]
        )
        self.requirements.horizontalHeader().setStretchLastSection(True)
        self._role_codes = role_codes
        for requirement in requirements:
            self.add_requirement(requirement.role, requirement.phase, requirement.contingent or "")
        for _ in range(2):
            self.add_requirement("", "", "")
        self.problems = problem_label()
        self.buttons = lay_out_form(
            self,
            [
                (self.tr("&Code"), self.code),
                (self.tr("&Title"), self.title),
                (self.tr("C&ategory"), self.category),
                (self.tr("&Hours"), self.hours),
                (self.tr("&Delivery"), self.delivery),
                (self.tr("A&ssessment"), self.assessment),
                (self.tr("&Pass mark"), self.pass_mark),
                (self.tr("&Valid for"), self.validity),
                (self.tr("P&rerequisites"), self.prerequisites),
                (self.tr("D&escription"), self.description),
                (self.tr("&Objectives"), self.objectives),
                (self.tr("Re&quired of"), self.requirements),
            ],
            self.problems,
            self.submit,
        )
        if module is not None:
            self._fill(module)

    def add_requirement(self, role: str, phase: str, contingent: str) -> None:
        row = self.requirements.rowCount()
        self.requirements.insertRow(row)
        roles = QComboBox()
        roles.addItem(NONE, "")
        for code in self._role_codes:
            roles.addItem(code, code)
        roles.setCurrentIndex(max(0, roles.findData(role)))
        phases = QComboBox()
        phases.addItem(NONE, "")
        for value in Phase:
            phases.addItem(word_for(Phase, value.value), value.value)
        phases.setCurrentIndex(max(0, phases.findData(phase)))
        for column, box in ((0, roles), (1, phases)):
            self.requirements.setCellWidget(row, column, box)
            # A column as wide as its longest choice ("pre-deployment"): not cut short.
            width = max(self.requirements.columnWidth(column), box.sizeHint().width())
            self.requirements.setColumnWidth(column, width)
        self.requirements.setItem(row, 2, QTableWidgetItem(contingent))

    def _fill(self, module: ModuleView) -> None:
        self.code.setText(module.code)
        self.code.setReadOnly(True)
        self.title.setText(module.title)
        self.category.setText(module.category)
        self.hours.setValue(module.hours)
        self.delivery.setCurrentIndex(max(0, self.delivery.findData(module.delivery_mode)))
        self.assessment.setCurrentIndex(max(0, self.assessment.findData(module.assessment)))
        self.pass_mark.setValue(int(module.pass_mark or 0))
        self.validity.setValue(module.validity_months or 0)
        self.prerequisites.setText(", ".join(module.prerequisites))
        self.description.setPlainText(module.description)
        self.objectives.setPlainText("\n".join(module.objectives))

    def table(self) -> dict[str, Any]:
        """The form as the curriculum file would write the module."""
        table: dict[str, Any] = {
            "code": self.code.text().strip().upper(),
            "title": self.title.text(),
            "category": self.category.text(),
            "hours": self.hours.value(),
            "delivery": self.delivery.currentData(),
            "assessment": self.assessment.currentData(),
            "description": self.description.toPlainText(),
            "prerequisites": [
                code.strip().upper()
                for code in self.prerequisites.text().split(",")
                if code.strip()
            ],
            "objectives": [
                line.strip() for line in self.objectives.toPlainText().splitlines() if line.strip()
            ],
            "requirements": [],
        }
        if self.pass_mark.value():
            table["pass_mark"] = self.pass_mark.value()
        if self.validity.value():
            table["validity_months"] = self.validity.value()
        for row in range(self.requirements.rowCount()):
            role = self.requirements.cellWidget(row, 0)
            phase = self.requirements.cellWidget(row, 1)
            contingent = self.requirements.item(row, 2)
            assert isinstance(role, QComboBox) and isinstance(phase, QComboBox)
            if not role.currentData() and not phase.currentData():
                continue
            entry = {"role": role.currentData() or "", "phase": phase.currentData() or ""}
            code = contingent.text().strip().upper() if contingent is not None else ""
            if code:
                entry["contingent"] = code
            table["requirements"].append(entry)
        return table

    def submit(self) -> None:
        self.problems.clear()
        self.buttons.setEnabled(False)
        self._save(self.table(), lambda _result: self.accept(), self._failed)

    def _failed(self, message: str) -> None:
        self.buttons.setEnabled(True)
        self.problems.setText(message)
