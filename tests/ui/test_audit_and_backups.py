"""Audit histories, the warning on start when the trail is broken, and backups, in the app."""

import datetime as dt
import sqlite3
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from mss_training.domain import Outcome, UserRole
from mss_training.models import Officer, Result
from mss_training.services.audit import record_change
from mss_training.services.backups import database_file
from mss_training.services.permissions import Actor
from mss_training.services.training import amend_result
from mss_training.ui.dialogs.audit_history import AuditHistoryDialog
from mss_training.ui.dialogs.backup_settings import BackupSettingsDialog
from tests.mission import ACTOR, set_up_for_the_command_line
from tests.ui.conftest import Window

SCREENSHOTS = Path("/tmp/a1/png")


def _officer_with_a_corrected_result(window: Window) -> tuple[int, uuid.UUID]:
    """An officer whose result the test corrects through the service, so history has it."""
    database = window.main.context.database
    with database.reading() as session:
        officer_id, result_uid = session.execute(
            select(Officer.id, Result.uid)
            .join(Result, Result.officer_id == Officer.id)
            .where(Result.kind == "original")
            .order_by(Result.id)
            .limit(1)
        ).one()
    with database.transaction() as session:
        amend_result(
            session, result_uid, attended=True, score=None, outcome=Outcome.PASS,
            reason="attendance sheet found", actor=ACTOR,
        )  # fmt: skip
    return officer_id, result_uid


def _open_history(window: Window, qtbot: QtBot, click: object) -> AuditHistoryDialog:
    with qtbot.waitSignal(window.main.history_shown, timeout=10000):
        click()  # type: ignore[operator]
        window.settle()
    dialog = window.main.history_dialog
    assert isinstance(dialog, AuditHistoryDialog)
    return dialog


def _save(widget: object, name: str) -> None:
    if SCREENSHOTS.is_dir():
        widget.grab().save(str(SCREENSHOTS / name))  # type: ignore[attr-defined]


def test_an_officers_history_and_a_results_history_open_from_the_record(
    window: Window, qtbot: QtBot
) -> None:
    officer_id, result_uid = _officer_with_a_corrected_result(window)
    with qtbot.waitSignal(window.main.officer_shown, timeout=5000):
        window.main.show_officer(officer_id)
        window.settle()
    record = window.main.officer_dialog
    officer_history = _open_history(
        window, qtbot,
        lambda: qtbot.mouseClick(record.officer_history_button, Qt.MouseButton.LeftButton),
    )  # fmt: skip
    shown = [
        officer_history.model.row_values(row) for row in range(officer_history.model.rowCount())
    ]
    assert any(
        row[2] == ACTOR.username and row[3] == "amend result" and "attendance sheet" in row[4]
        for row in shown
    ), shown
    _save(officer_history, "history-officer.png")
    officer_history.close()

    row = next(i for i, line in enumerate(record.record.history) if line.uid == result_uid)
    record.history_view.setCurrentIndex(record.history.index(row, 0))
    result_history = _open_history(window, qtbot, record.result_history_action.trigger)
    actions = [
        result_history.model.row_values(r)[3] for r in range(result_history.model.rowCount())
    ]
    assert "amend result" in actions
    result_history.close()
    session_history = _open_history(window, qtbot, record.session_history_action.trigger)
    assert "session" in session_history.windowTitle()
    session_history.close()
    window.settle()


@pytest.mark.tampers
def test_a_broken_trail_is_a_warning_on_start_and_the_window_stays_usable(
    window: Window, qtbot: QtBot
) -> None:
    main = window.main
    with qtbot.waitSignal(main.audit_checked, timeout=30000) as intact:
        main.check_audit_trail()
    assert intact.args[0].intact and main.audit_banner.isHidden()

    path = database_file(main.context.database.url)
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE audit_log SET actor = 'nobody' WHERE number = 2")
    with qtbot.waitSignal(main.audit_checked, timeout=30000) as broken:
        main.on_started()
    window.settle()
    assert not broken.args[0].intact
    assert main.audit_banner.isVisible()
    assert "The audit trail is broken." in main.audit_banner.text()
    assert "Entry 2 (" in main.audit_banner.text()
    _save(main, "audit-warning.png")
    # Non-blocking: no dialog waits for an answer, and the window still works.
    assert [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)] == []
    main.refresh()
    window.settle()


def _backup_dialog(window: Window, qtbot: QtBot) -> BackupSettingsDialog:
    window.main.backups_action.trigger()
    window.settle()
    qtbot.waitUntil(
        lambda: isinstance(getattr(window.main, "backup_dialog", None), BackupSettingsDialog)
    )
    return window.main.backup_dialog


def test_backup_settings_back_up_now_and_restore(
    window: Window, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    main = window.main
    # Backup settings are an administrator's.
    main.context.actor = Actor("admin", UserRole.ADMINISTRATOR)
    main.apply_role()  # File → Backups is offered to administrators only
    dialog = _backup_dialog(window, qtbot)
    folder = tmp_path / "usb stick"
    dialog.folder.setText(str(folder))
    dialog.keep_daily.setValue(3)
    _save(dialog, "backup-settings.png")
    with qtbot.waitSignal(dialog.finished, timeout=10000):
        dialog._save()
        window.settle()
    dialog = _backup_dialog(window, qtbot)
    assert (dialog.folder.text(), dialog.keep_daily.value()) == (str(folder), 3)
    with qtbot.waitSignal(main.backed_up, timeout=30000) as taken:
        qtbot.mouseClick(dialog.back_up_button, Qt.MouseButton.LeftButton)
    copy = Path(taken.args[0])
    assert copy.parent == folder and copy.name.endswith(f"{dt.date.today().isoformat()}.sqlite")

    # Something recorded after the copy is gone once the copy is restored.
    database = main.context.database
    with database.transaction() as session:
        officer = session.scalars(select(Officer).limit(1)).one()
        officer.family_name = "Changed after the backup"
        record_change(
            session, actor=ACTOR.username, action="update", entity="officer",
            summary="Renamed after the backup",
        )  # fmt: skip
    monkeypatch.setattr(
        QMessageBox, "question", lambda *_args, **_kw: QMessageBox.StandardButton.Yes
    )
    with qtbot.waitSignal(main.restored, timeout=30000):
        dialog.confirm_restore(copy)
    window.settle()
    assert main.context.database is not database
    with main.context.database.reading() as session:
        names = session.scalars(select(Officer.family_name)).all()
    assert "Changed after the backup" not in names
    assert "kept as" in dialog.message.text()
    aside = list(database_file(database.url).parent.glob("mission.before-restore-*.sqlite"))
    assert len(aside) == 1
    dialog.close()
    window.settle()


def test_backups_refused_plainly_on_postgresql_in_the_dialog(qtbot: QtBot) -> None:
    from mss_training.services.backups import POSTGRES_REFUSAL
    from mss_training.services.settings import BackupSettings

    dialog = BackupSettingsDialog(BackupSettings(), None, POSTGRES_REFUSAL)
    qtbot.addWidget(dialog)
    assert not dialog.back_up_button.isEnabled() and not dialog.restore_button.isEnabled()
    assert "pg_dump" in dialog.message.text()


def test_a_sessions_history_from_the_sessions_screen(window: Window, qtbot: QtBot) -> None:
    view = window.main.sessions
    window.main.sessions_action.trigger()
    window.settle()
    with qtbot.waitSignal(view.opened, timeout=10000):
        qtbot.keyClick(view.search, Qt.Key.Key_Return)  # the first (latest) session
        window.settle()
    reference = view.model.index(0, 0).data()
    dialog = _open_history(window, qtbot, view.history_button.click)
    assert reference in dialog.windowTitle() and dialog.windowTitle().startswith("History of")
    dialog.close()
    window.settle()


def test_restore_is_offered_to_administrators_only_and_asks_again_for_another_installation(
    window: Window, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    main = window.main
    dialog = _backup_dialog(window, qtbot)  # the coordinator: may back up, not restore
    assert dialog.back_up_button.isVisibleTo(dialog)
    assert not dialog.restore_button.isVisibleTo(dialog)
    dialog.close()
    window.settle()
    main.context.actor = Actor("admin", UserRole.ADMINISTRATOR)
    main.apply_role()
    dialog = _backup_dialog(window, qtbot)
    assert dialog.restore_button.isVisibleTo(dialog)
    other = tmp_path / "other.sqlite"
    set_up_for_the_command_line(f"sqlite:///{other}")
    asked: list[str] = []

    def refuse(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "warning", refuse)
    with qtbot.assertNotEmitted(main.restored):
        dialog.restore_requested.emit(other)
        window.settle()
    assert asked and "another installation" in asked[0]
    dialog.close()
    window.settle()


@pytest.mark.tampers
def test_a_record_changed_behind_the_programs_back_is_named_on_start(
    window: Window, qtbot: QtBot
) -> None:
    """The start-up check names a result edited with sqlite3, not only a broken trail."""
    main = window.main
    path = database_file(main.context.database.url)
    with sqlite3.connect(path) as connection:
        row = connection.execute("SELECT max(id) FROM results WHERE outcome = 'fail'").fetchone()[0]
        connection.execute(f"UPDATE results SET outcome = 'pass' WHERE id = {row}")
    with qtbot.waitSignal(main.audit_checked, timeout=30000) as checked:
        main.on_started()
    window.settle()
    assert not checked.args[0].intact
    assert main.audit_banner.isVisible()
    assert f"Results row {row} (" in main.audit_banner.text()
    assert "was changed behind the program's back" in main.audit_banner.text()
