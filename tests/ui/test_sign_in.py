"""Signing in, signing out, and a window that offers each role only what it may do."""

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from mss_training.db import open_database
from mss_training.models import AuditEntry, User
from mss_training.services.demo import DEMO_PASSWORD, demo_accounts_text
from mss_training.services.permissions import Actor
from mss_training.services.personnel import search_officer_ids
from mss_training.services.users import WRONG_CREDENTIALS, sign_in
from mss_training.ui.dialogs.sign_in import (
    FirstAdministratorDialog,
    SignInDialog,
    check_with,
    create_with,
)
from mss_training.ui.dialogs.users import AccountForm, PasswordForm, UsersDialog
from mss_training.ui.tasks import TaskRunner
from tests.ui.conftest import Window


def click_ok(
    buttons: QDialogButtonBox,
    qtbot: QtBot,
    which: QDialogButtonBox.StandardButton = QDialogButtonBox.StandardButton.Ok,
) -> None:
    button = buttons.button(which)
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_twice(password: str, form: AccountForm | PasswordForm, qtbot: QtBot) -> None:
    qtbot.keyClicks(form.password, password)
    qtbot.keyClicks(form.again, password)


def test_the_sign_in_dialog_refuses_plainly_then_signs_in(window: Window, qtbot: QtBot) -> None:
    context = window.main.context
    dialog = SignInDialog(
        "demo.sqlite", check_with(context.database, context.runner), demo_accounts_text()
    )
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.hint.isVisible() and "password mss-demo" in dialog.hint.text()
    click_ok(dialog.buttons, qtbot)
    assert dialog.problem.text() == "Enter your username."
    qtbot.keyClicks(dialog.username, "trainer")
    qtbot.keyClicks(dialog.password, "not-it")
    click_ok(dialog.buttons, qtbot)
    window.settle()
    assert dialog.problem.text() == WRONG_CREDENTIALS
    assert dialog.password.text() == "" and dialog.result() != QDialog.DialogCode.Accepted
    qtbot.keyClicks(dialog.password, DEMO_PASSWORD)
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        click_ok(dialog.buttons, qtbot)
        window.settle()
    assert dialog.actor is not None
    assert (dialog.actor.username, dialog.actor.contingents) == ("trainer", frozenset({"KEN"}))


def test_a_new_database_asks_for_its_first_administrator(qtbot: QtBot, tmp_path: Path) -> None:
    database = open_database(f"sqlite:///{tmp_path / 'new.sqlite'}")
    runner = TaskRunner()
    dialog = FirstAdministratorDialog(database.display_name, create_with(database, runner))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.username, "amorales")
    qtbot.keyClicks(dialog.password, "short")
    qtbot.keyClicks(dialog.again, "short")
    click_ok(dialog.buttons, qtbot)
    runner.wait_idle()
    qtbot.waitUntil(lambda: "at least 8 characters" in dialog.problem.text(), timeout=5000)
    for field in (dialog.password, dialog.again):
        field.setText("a long enough one")
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        click_ok(dialog.buttons, qtbot)
    assert dialog.actor is not None and dialog.actor.role_name == "administrator"
    with database.reading() as session:
        assert session.scalars(select(User.username)).all() == ["amorales"]
        setup_actors = set(session.scalars(select(AuditEntry.actor)))
    # The curriculum was loaded in their name; the program sealed the new identity.
    assert setup_actors == {"amorales", "mss-training"}
    runner.shutdown()
    database.close()


def sign_out_and_in_as(window: Window, username: str, monkeypatch: pytest.MonkeyPatch) -> Actor:
    """Sign out, and sign in as someone else (the modal sign-in answered by the test)."""
    actor = sign_in(window.main.context.database, username, DEMO_PASSWORD)
    monkeypatch.setattr("mss_training.ui.window.accounts.ask_who", lambda *_args, **_options: actor)
    with window.qtbot.waitSignal(window.main.signed_in, timeout=5000):
        window.main.sign_out()
    window.settle()
    return actor


def test_a_commander_sees_only_their_contingent_and_cannot_record(
    window: Window, monkeypatch: pytest.MonkeyPatch
) -> None:
    main = window.main
    assert main.new_session_action.isVisible() and not main.users_action.isVisible()
    assert not main.personnel.add_button.isHidden()
    sign_out_and_in_as(window, "commander", monkeypatch)
    assert main.isVisible()
    assert "Demo commander (Jamaica) · commander · JAM" in main.user_label.text()
    assert not main.new_session_action.isVisible()
    assert not main.records_menu.menuAction().isVisible()
    assert not main.certificates_action.isVisible() and not main.import_action.isVisible()
    assert main.readiness_report_action.isVisible()  # reading and printing stay
    assert not main.personnel.add_button.isVisible()
    assert not main.curriculum.new_draft_button.isVisible()
    offered = [
        main.dashboard.contingent.itemData(i) for i in range(main.dashboard.contingent.count())
    ]
    assert offered == [None, "JAM"]
    assert main.dashboard.summary is not None
    assert set(main.dashboard.summary.by_contingent) == {"JAM"}
    assert main.personnel.model.rowCount() > 0
    with main.context.database.reading() as session:
        jamaicans = set(search_officer_ids(session, contingent="JAM", status="active"))
    shown = {main.personnel.model.officer_id(row) for row in range(main.personnel.model.rowCount())}
    assert shown <= jamaicans


def test_a_training_officer_may_correct_only_their_contingents_results(
    window: Window, monkeypatch: pytest.MonkeyPatch
) -> None:
    sign_out_and_in_as(window, "trainer", monkeypatch)
    main = window.main
    assert main.new_session_action.isVisible() and not main.personnel.add_button.isHidden()
    assert main.curriculum.new_draft_button.isHidden()
    with main.context.database.reading() as session:
        kenyan = search_officer_ids(session, contingent="KEN", status="active")[0]
        jamaican = search_officer_ids(session, contingent="JAM", status="active")[0]
    main.show_officer(kenyan)
    window.settle()
    assert not main.officer_dialog.correct_button.isHidden()
    assert not main.officer_dialog.revoke_button.isHidden()
    main.officer_dialog.close()
    errors: list[str] = []
    monkeypatch.setattr(main, "show_error", errors.append)
    main.show_officer(jamaican)
    window.settle()
    assert errors == ["Your account is limited to KEN; it cannot show JAM."]
    main.record_session()
    window.settle()
    chooser = main.wizard.attendees_page.contingent
    assert [chooser.itemData(i) for i in range(chooser.count())] == ["KEN"]
    main.wizard.reject()


def test_an_administrator_adds_an_account_in_the_users_dialog(
    window: Window, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    sign_out_and_in_as(window, "admin", monkeypatch)
    main = window.main
    assert main.users_action.isVisible() and not main.new_session_action.isVisible()
    main.users_action.trigger()
    window.settle()
    dialog: UsersDialog = main.users_dialog
    assert [user.username for user in dialog.users] == [
        "admin",
        "commander",
        "coordinator",
        "trainer",
    ]
    dialog.add_button.click()
    form = dialog.form
    qtbot.keyClicks(form.username, "jbrown")
    qtbot.keyClicks(form.display_name, "Kerry-Ann Brown")
    form.role.setCurrentIndex(form.role.findData("commander"))
    form.contingents.item(1).setCheckState(Qt.CheckState.Checked)  # JAM
    type_twice("brown-secret", form, qtbot)
    click_ok(form.buttons, qtbot, QDialogButtonBox.StandardButton.Save)
    window.settle()
    assert [user.username for user in dialog.users][3] == "jbrown"
    added = sign_in(main.context.database, "jbrown", "brown-secret")
    assert (added.role_name, added.contingents) == ("commander", frozenset({"JAM"}))
    dialog.table.selectRow(3)
    dialog.disable_button.click()
    window.settle()
    assert dialog.users[3].disabled and dialog.disable_button.text() == "&Enable"
    dialog.close()


def test_a_person_changes_their_own_password_knowing_the_current_one(
    window: Window, qtbot: QtBot
) -> None:
    main = window.main
    main.password_action.trigger()
    form = main.password_form
    assert form.current.isVisible()
    qtbot.keyClicks(form.current, "not-it")
    type_twice("a new secret", form, qtbot)
    click_ok(form.buttons, qtbot, QDialogButtonBox.StandardButton.Save)
    window.settle()
    assert form.problem.text() == "The current password is wrong."
    form.current.setText(DEMO_PASSWORD)
    with qtbot.waitSignal(form.accepted, timeout=10000):
        click_ok(form.buttons, qtbot, QDialogButtonBox.StandardButton.Save)
        window.settle()
    assert sign_in(main.context.database, "coordinator", "a new secret").username == "coordinator"


def test_the_next_person_starts_on_today_not_on_the_last_ones_as_of_date(
    window: Window, monkeypatch: pytest.MonkeyPatch
) -> None:
    dashboard = window.main.dashboard
    dashboard.as_of.setDate(dashboard.as_of.date().addYears(2))
    window.settle()
    sign_out_and_in_as(window, "commander", monkeypatch)
    assert dashboard.as_of.day() == dt.date.today()
    assert window.main.context.as_of == dt.date.today()
