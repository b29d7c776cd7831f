"""The officer's record names a pass's last valid day, as its certificate prints it."""

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from mss_training.services.certificates import IssueOptions, certificate_for_officer
from mss_training.services.officer_record import officer_record
from mss_training.ui.dialogs.officer import OfficerDialog
from tests.mission import ACTOR, Mission
from tests.test_validity_end_dates import AS_OF, LAST_DAY, OfficerRef, _officer_id, mission

__all__ = ["mission"]  # the fixture, shared


def test_the_record_shows_valid_until_the_last_valid_day(
    mission: Mission, qtbot: QtBot, tmp_path: Path
) -> None:
    with mission.database.transaction() as session:
        certificate_for_officer(session, OfficerRef("KEN", "K-1"), "PF", ACTOR, IssueOptions())
    with mission.database.reading() as session:
        record = officer_record(session, _officer_id(mission, "K-1"), AS_OF, ACTOR)
    dialog = OfficerDialog(record)
    qtbot.addWidget(dialog)
    for model in (dialog.requirements, dialog.certificates):
        column = [
            model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())
        ].index("Valid until")
        assert model.data(model.index(0, column)) == LAST_DAY.isoformat()
    dialog.resize(900, 600)
    dialog.grab().save(str(tmp_path / "officer-record.png"))
