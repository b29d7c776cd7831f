"""The Holds screen and an officer's holds, used as a coordinator would."""

from pathlib import Path

from PySide6.QtCore import QDate, Qt, QTimer
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from mss_training.domain import HoldKind
from mss_training.models import Contingent, EligibilityHold, Officer
from mss_training.ui.views.holds import HoldsView
from tests.ui.conftest import Window


def _fill_and_accept(view: HoldsView, number: str) -> None:
    form = view.hold_form
    form.contingent.setText("HTI")
    form.service_number.setText(number)
    form.kind.setCurrentIndex(form.kind.findData(HoldKind.CONDUCT.value))
    form.reason.setText("Allegation under inquiry")
    form.reference.setText("CD-2026-031")
    form.since.setDate(QDate(2026, 11, 1))  # before the dashboard's day, the demo's today
    form.accept()


def test_a_coordinator_places_a_hold_and_sees_it_everywhere(
    window: Window, qtbot: QtBot, tmp_path: Path
) -> None:
    main = window.main
    before = int(main.dashboard.cards["on_hold"].value.text().replace(",", ""))
    main.holds_action.trigger()
    window.settle()
    view = main.holds_view
    demo_holds = [line.service_number for line in view.lines]  # the demo mission's own
    QTimer.singleShot(0, lambda: _fill_and_accept(view, "HT-0001"))
    qtbot.mouseClick(view.place_button, Qt.MouseButton.LeftButton)
    window.settle()
    numbers = [line.service_number for line in view.lines]
    assert sorted(numbers) == sorted([*demo_holds, "HT-0001"])
    row = numbers.index("HT-0001")
    assert view.model.data(view.model.index(row, 7)) == "Allegation under inquiry"
    main.holds_dialog.grab().save(str(tmp_path / "holds.png"))
    main.holds_dialog.close()
    window.settle()
    assert main.dashboard.cards["on_hold"].value.text() == f"{before + 1:,}"

    with main.context.database.reading() as session:
        officer_id = session.scalar(
            select(Officer.id)
            .join(Contingent, Contingent.id == Officer.contingent_id)
            .where(Contingent.code == "HTI", Officer.service_number == "HT-0001")
        )
        reference = select(EligibilityHold.reference).where(
            EligibilityHold.officer_id == officer_id
        )
        assert session.scalar(reference) == "CD-2026-031"
    assert officer_id is not None
    main.show_officer(officer_id)
    window.settle()
    dialog = main.officer_dialog
    assert "not deployable: held back (conduct and discipline)" in dialog.verdict.text()
    assert dialog.holds.rowCount() == 1
    dialog.tabs.setCurrentIndex(dialog.tabs.count() - 1)
    dialog.grab().save(str(tmp_path / "officer-holds.png"))
    dialog.close()
