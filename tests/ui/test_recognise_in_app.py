"""Recognising a qualification from an officer's record: a coordinator records a pass from
an outside body and the record shows it; a training officer is not offered the action."""

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from mss_training.services.personnel import search_officer_ids
from mss_training.ui.dialogs.recognise import RecogniseDialog
from tests.ui.conftest import Window
from tests.ui.test_every_dialog_fits import too_big
from tests.ui.test_sign_in import sign_out_and_in_as

COLLEGE = "Kenya National Police College"


def _kenyan(window: Window) -> int:
    with window.main.context.database.reading() as session:
        return search_officer_ids(session, contingent="KEN", status="active")[0]


def test_a_coordinator_recognises_a_pass_from_the_officer_record(
    window: Window, qtbot: QtBot
) -> None:
    main = window.main
    with qtbot.waitSignal(main.officer_shown, timeout=5000):
        main.show_officer(_kenyan(window))
        window.settle()
    record = main.officer_dialog
    assert not record.recognise_button.isHidden()

    def answer() -> None:
        (asking,) = [w for w in QApplication.topLevelWidgets() if isinstance(w, RecogniseDialog)]
        assert too_big(asking) is None  # fits a 1280×720 laptop
        asking.module.setCurrentIndex(asking.module.findData("UOF-101"))
        asking.passed_on.setDate(QDate(2026, 5, 2))
        asking._check()
        window.settle()
        # Refused by the service, in its words: still open, what was typed kept.
        assert asking.isVisible()
        assert asking.problem.text().startswith("Say which body gave the qualification")
        qtbot.keyClicks(asking.body, COLLEGE)
        qtbot.keyClicks(asking.reference, "KNPC-2026-0417")
        asking._check()

    QTimer.singleShot(50, answer)
    with qtbot.waitSignal(main.officer_shown, timeout=10000):
        qtbot.mouseClick(record.recognise_button, Qt.MouseButton.LeftButton)
        window.settle()
    window.settle()
    shown = main.officer_dialog
    recognised = [line for line in shown.record.history if line.location.startswith("Recog")]
    assert [(line.module, line.completed_on, line.location) for line in recognised] == [
        ("UOF-101", dt.date(2026, 5, 2), f"Recognised: {COLLEGE}, KNPC-2026-0417")
    ]
    shown.close()


def test_a_training_officer_is_not_offered_the_action(
    window: Window, monkeypatch: pytest.MonkeyPatch
) -> None:
    sign_out_and_in_as(window, "trainer", monkeypatch)
    window.main.show_officer(_kenyan(window))
    window.settle()
    assert window.main.officer_dialog.recognise_button.isHidden()
