"""Correcting a saved result from an officer's record: a new entry with a reason."""

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.orm import aliased

from mss_training.domain import Assessment, ResultKind
from mss_training.models import Module, ModuleRevision, Officer, Result
from mss_training.ui.dialogs.correct_result import CorrectResultDialog
from tests.ui.conftest import Window


def test_correcting_a_score_adds_an_amendment_and_keeps_the_original(
    window: Window, qtbot: QtBot
) -> None:
    database = window.main.context.database
    newer = aliased(Result)
    with database.reading() as session:
        officer_id, result_uid = session.execute(
            select(Officer.id, Result.uid)
            .join(Result, Result.officer_id == Officer.id)
            .join(ModuleRevision, ModuleRevision.module_id == Result.module_id)
            .join(Module, Module.id == Result.module_id)
            .where(
                ModuleRevision.assessment == Assessment.SCORED.value,
                Result.kind == ResultKind.ORIGINAL.value,
                Result.score.is_not(None),
                ~select(newer.id).where(newer.supersedes_id == Result.id).exists(),
            )
            .limit(1)
        ).one()
    with qtbot.waitSignal(window.main.officer_shown, timeout=5000):
        window.main.show_officer(officer_id)
        window.settle()
    record = window.main.officer_dialog
    row = next(i for i, line in enumerate(record.record.history) if line.uid == result_uid)
    record.history_view.setCurrentIndex(record.history.index(row, 0))

    def answer() -> None:
        (asking,) = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, CorrectResultDialog)
        ]
        asking.score.setText("150")
        qtbot.keyClicks(asking.reason, "Score mistyped from the range sheet")
        asking._check()
        window.settle()
        # Refused by the service, in its words: still open, the reason still typed.
        assert asking.isVisible()
        assert asking.problem.text() == "A score must be from 0 to 100, not 150."
        assert asking.reason.text() == "Score mistyped from the range sheet"
        asking.score.setText("99")
        asking._check()

    QTimer.singleShot(50, answer)
    with qtbot.waitSignal(window.main.result_corrected, timeout=10000):
        qtbot.mouseClick(record.correct_button, Qt.MouseButton.LeftButton)
        window.settle()
    with database.reading() as session:
        original = session.scalars(select(Result).where(Result.uid == result_uid)).one()
        amendment = session.scalars(select(Result).where(Result.supersedes_id == original.id)).one()
    assert original.score != 99.0  # the original is kept as it was
    assert (amendment.kind, amendment.score) == (ResultKind.AMENDMENT.value, 99.0)
    assert amendment.reason == "Score mistyped from the range sheet"
    window.settle()
