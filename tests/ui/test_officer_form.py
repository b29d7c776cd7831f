"""Adding and correcting officers in the window, with each mistake named before saving."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from mss_training.models import AuditEntry, Officer
from mss_training.ui.dialogs.officer_form import OfficerForm
from tests.ui.conftest import Window


def form_of(window: Window) -> OfficerForm:
    window.settle()
    form = window.main.form
    assert form.isVisible()
    return form


def save(form: OfficerForm, qtbot: QtBot) -> None:
    button = form.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_adding_an_officer_names_mistakes_then_saves(window: Window, qtbot: QtBot) -> None:
    window.main.tabs.setCurrentWidget(window.main.personnel)
    qtbot.mouseClick(window.main.personnel.add_button, Qt.MouseButton.LeftButton)
    form = form_of(window)
    form.contingent.setCurrentIndex(form.contingent.findData("BLZ"))
    qtbot.keyClicks(form.service_number, "BZ-0042")
    qtbot.keyClicks(form.given_names, "Yesenia")
    save(form, qtbot)
    assert form.problem.text() == "Enter the officer's family name."
    form.family_name.setText("Núñez Castillo")  # QTest can only type ASCII
    qtbot.keyClicks(form.deployment_start, "2026-02-30")
    save(form, qtbot)
    assert "not a valid date" in form.problem.text()
    form.deployment_start.clear()
    form.roles.item(0).setCheckState(Qt.CheckState.Checked)
    with qtbot.waitSignal(window.main.officer_saved, timeout=5000):
        save(form, qtbot)
        window.settle()
    with window.main.context.database.reading() as session:
        officer = session.scalars(select(Officer).where(Officer.service_number == "BZ-0042")).one()
        assert (officer.family_name, officer.contingent.code) == ("Núñez Castillo", "BLZ")
        assert len(officer.roles) == 1


def test_editing_an_officer_is_audited_and_duplicates_refused(window: Window, qtbot: QtBot) -> None:
    personnel = window.main.personnel
    window.main.tabs.setCurrentWidget(personnel)
    qtbot.keyClicks(personnel.search, "HT-0002")
    qtbot.waitUntil(lambda: personnel.model.rowCount() == 1, timeout=5000)
    personnel.table.setCurrentIndex(personnel.model.index(0, 0))
    qtbot.mouseClick(personnel.edit_button, Qt.MouseButton.LeftButton)
    form = form_of(window)
    assert form.family_name.text() == "Dorelien"
    assert not form.contingent.isEnabled()
    form.service_number.setText("HT-0001")  # Jean-Robert Dorélien has it
    save(form, qtbot)
    qtbot.waitUntil(lambda: "already has an officer" in form.problem.text(), timeout=5000)
    form.service_number.setText("HT-0002")
    form.rank.setText("Inspecteur")
    with qtbot.waitSignal(window.main.officer_saved, timeout=5000):
        save(form, qtbot)
        window.settle()
    with window.main.context.database.reading() as session:
        rank = session.scalar(select(Officer.rank).where(Officer.service_number == "HT-0002"))
        entry = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
    assert rank == "Inspecteur"
    assert entry is not None and entry.action == "update"
    assert entry.before == {"rank": None} and entry.after == {"rank": "Inspecteur"}
