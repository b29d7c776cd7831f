"""Add an officer, or correct one's record, with each mistake named before saving."""

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from mss_training.dates import parse_date
from mss_training.domain import OfficerStatus
from mss_training.errors import InputError
from mss_training.services.curriculum import RoleView
from mss_training.services.personnel import OfficerDetails
from mss_training.ui.dialogs.forms import add_contingents, lay_out_form, problem_label
from mss_training.ui.language import QT_TRANSLATE_NOOP
from mss_training.ui.models.officers import status_text

GENDERS = (
    ("", "—"),
    ("F", QT_TRANSLATE_NOOP("OfficerForm", "Female")),
    ("M", QT_TRANSLATE_NOOP("OfficerForm", "Male")),
    ("X", QT_TRANSLATE_NOOP("OfficerForm", "Other")),
)


class OfficerForm(QDialog):
    """``save(details, done, failed)`` stores the officer; the form closes once it has."""

    def __init__(
        self,
        roles: Sequence[RoleView],
        save: Callable[[OfficerDetails, Callable[[object], None], Callable[[str], None]], None],
        existing: OfficerDetails | None = None,
        parent: QWidget | None = None,
        contingents: frozenset[str] | None = None,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self.setWindowTitle(self.tr("Edit officer") if existing else self.tr("Add an officer"))
        self.contingent = QComboBox()
        add_contingents(self.contingent, contingents)
        self.service_number = QLineEdit()
        self.family_name = QLineEdit()
        self.given_names = QLineEdit()
        self.rank = QLineEdit()
        self.unit = QLineEdit()
        self.roles = QListWidget()
        self.roles.setMaximumHeight(150)
        for role in roles:
            item = QListWidgetItem(f"{role.code} · {role.name}")
            item.setData(Qt.ItemDataRole.UserRole, role.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.roles.addItem(item)
        self.gender = QComboBox()
        for code, name in GENDERS:
            self.gender.addItem(self.tr(name), code)
        self.status = QComboBox()
        for status in OfficerStatus:
            self.status.addItem(status_text(status.value), status.value)
        self.deployment_start = QLineEdit()
        self.deployment_end = QLineEdit()
        for edit in (self.deployment_start, self.deployment_end):
            edit.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.problem = problem_label()
        self.buttons = lay_out_form(
            self,
            [
                (self.tr("&Contingent"), self.contingent),
                (self.tr("&Service number"), self.service_number),
                (self.tr("&Family name"), self.family_name),
                (self.tr("&Given names"), self.given_names),
                (self.tr("&Rank"), self.rank),
                (self.tr("&Unit"), self.unit),
                (self.tr("R&oles"), self.roles),
                (self.tr("Gen&der"), self.gender),
                (self.tr("S&tatus"), self.status),
                (self.tr("Deployed &from"), self.deployment_start),
                (self.tr("Deployed un&til"), self.deployment_end),
            ],
            self.problem,
            self.submit,
        )
        if existing is not None:
            self._fill(existing)

    def _fill(self, details: OfficerDetails) -> None:
        self.contingent.setCurrentIndex(self.contingent.findData(details.contingent))
        self.contingent.setEnabled(False)
        self.service_number.setText(details.service_number)
        self.family_name.setText(details.family_name)
        self.given_names.setText(details.given_names)
        self.rank.setText(details.rank or "")
        self.unit.setText(details.unit or "")
        for index in range(self.roles.count()):
            item = self.roles.item(index)
            checked = item.data(Qt.ItemDataRole.UserRole) in details.roles
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.gender.setCurrentIndex(max(0, self.gender.findData(details.gender or "")))
        self.status.setCurrentIndex(self.status.findData(details.status.value))
        start, end = details.deployment_start, details.deployment_end
        self.deployment_start.setText(start.isoformat() if start else "")
        self.deployment_end.setText(end.isoformat() if end else "")

    def details(self) -> OfficerDetails:
        """The form as an officer's details; InputError names the first field to correct."""
        dates = []
        for edit, what in (
            (self.deployment_start, "deployment start"),
            (self.deployment_end, "deployment end"),
        ):
            text = edit.text().strip()
            dates.append(parse_date(text, what) if text else None)
        if not self.service_number.text().strip():
            raise InputError(self.tr("Enter the officer's service number."))
        if not self.family_name.text().strip():
            raise InputError(self.tr("Enter the officer's family name."))
        if not self.given_names.text().strip():
            raise InputError(self.tr("Enter the officer's given names."))
        roles = tuple(
            self.roles.item(index).data(Qt.ItemDataRole.UserRole)
            for index in range(self.roles.count())
            if self.roles.item(index).checkState() == Qt.CheckState.Checked
        )
        return OfficerDetails(
            contingent=self.contingent.currentData(),
            service_number=self.service_number.text().strip(),
            family_name=self.family_name.text().strip(),
            given_names=self.given_names.text().strip(),
            rank=self.rank.text().strip() or None,
            unit=self.unit.text().strip() or None,
            roles=roles,
            gender=self.gender.currentData() or None,
            status=OfficerStatus(self.status.currentData()),
            deployment_start=dates[0],
            deployment_end=dates[1],
        )

    def submit(self) -> None:
        try:
            details = self.details()
        except InputError as error:
            self.problem.setText(str(error))
            return
        self.problem.clear()
        self.buttons.setEnabled(False)
        self._save(details, lambda _result: self.accept(), self._failed)

    def _failed(self, message: str) -> None:
        self.buttons.setEnabled(True)
        self.problem.setText(message)
