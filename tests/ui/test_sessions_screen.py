"""The Sessions screen, as a training officer uses it: thousands of sessions searched and
filtered at once, one opened to its attendees, its sign-in sheet and certificates printed,
a planned session planned and its results recorded, its history shown."""

import datetime as dt
import io
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableWidgetItem
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from mss_training.domain import UserRole
from mss_training.models import Contingent, Officer, TrainingSession
from mss_training.services.permissions import Actor
from mss_training.services.personnel import OfficerRef
from mss_training.services.planned_sessions import PlanInput, plan_session
from mss_training.ui.dialogs.audit_history import AuditHistoryDialog
from mss_training.ui.dialogs.pdf_preview import PdfPreviewDialog
from mss_training.ui.dialogs.plan_session import PlanSessionDialog
from mss_training.ui.dialogs.planned_results import PlannedResultsDialog
from mss_training.ui.views.sessions import SessionsView
from tests.mission import ACTOR
from tests.ui.conftest import Window

SCREENSHOTS = Path("/tmp/planned/png")
YESTERDAY = dt.date.today() - dt.timedelta(days=1)


def kenyans(window: Window, count: int) -> list[str]:
    with window.main.context.database.reading() as session:
        return list(
            session.scalars(
                select(Officer.service_number)
                .join(Contingent, Contingent.id == Officer.contingent_id)
                .where(Contingent.code == "KEN", Officer.status == "active")
                .order_by(Officer.id)
                .limit(count)
            )
        )


def planned(window: Window, numbers: list[str], place: str = "Camp Planned-Ahead") -> str:
    with window.main.context.database.transaction() as session:
        ref = plan_session(
            session,
            PlanInput(
                "CDT-101", YESTERDAY, YESTERDAY, place,
                tuple(OfficerRef("KEN", n) for n in numbers), instructors="Insp. Otieno",
            ),
            ACTOR,
        )  # fmt: skip
    return ref.reference


def shown(window: Window, qtbot: QtBot) -> SessionsView:
    view = window.main.sessions
    with qtbot.waitSignal(view.searched, timeout=20000):
        qtbot.keyClick(
            window.main, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier
            | Qt.KeyboardModifier.ShiftModifier,
        )  # fmt: skip
        view.refresh()
        window.settle()
    assert window.main.tabs.currentWidget() is view and view.search.hasFocus()
    return view


def search(window: Window, qtbot: QtBot, view: SessionsView, text: str) -> None:
    with qtbot.waitSignal(view.searched, timeout=20000):
        view.search.clear()
        qtbot.keyClicks(view.search, text)
        window.settle()


def open_first(window: Window, qtbot: QtBot, view: SessionsView) -> None:
    with qtbot.waitSignal(view.opened, timeout=20000):
        view.search.setFocus()
        qtbot.keyClick(view.search, Qt.Key.Key_Return)
        window.settle()


def test_thousands_of_sessions_are_listed_and_searched(
    window: Window, qtbot: QtBot, qtmodeltester: ModelTester
) -> None:
    view = shown(window, qtbot)
    with window.main.context.database.reading() as session:
        every = session.scalar(select(func.count()).select_from(TrainingSession)) or 0
    assert every > 1000
    assert view.model.rowCount() == every
    assert view.count.text() == f"{every} sessions"
    qtmodeltester.check(view.model)
    reference = planned(window, kenyans(window, 3))
    search(window, qtbot, view, "planned-ahead")
    assert view.model.rowCount() == 1
    assert view.model.index(0, 0).data() == reference
    assert view.model.index(0, 4).data() == "Planned"


def test_filters_narrow_the_list(window: Window, qtbot: QtBot) -> None:
    view = shown(window, qtbot)
    every = view.model.rowCount()
    planned(window, kenyans(window, 2))
    with qtbot.waitSignal(view.searched, timeout=20000):
        view.state.setCurrentIndex(view.state.findText("Planned"))
        window.settle()
    assert view.model.rowCount() == 3  # the demo's two of next week, and this one
    view.state.setCurrentIndex(0)
    with qtbot.waitSignal(view.searched, timeout=20000):
        view.module.setCurrentIndex(view.module.findData("UOF-101"))
        window.settle()
    uof = view.model.rowCount()
    assert 0 < uof < every
    assert {view.model.index(row, 1).data() for row in range(uof)} == {"UOF-101"}
    with qtbot.waitSignal(view.searched, timeout=20000):
        qtbot.keyClicks(view.starts_from, "2026-11-01")
        window.settle()
    recent = view.model.rowCount()
    assert 0 < recent < uof
    assert all(view.model.line(row).ends_on >= dt.date(2026, 11, 1) for row in range(recent))  # type: ignore[union-attr]
    with qtbot.waitSignal(view.searched, timeout=20000):
        view.contingent.setCurrentIndex(view.contingent.findData("JAM"))
        window.settle()
    assert view.model.rowCount() < recent
    # A date that cannot be read is named; the list stays as it was.
    before = view.model.rowCount()
    view.ends_by.setText("2026-02-30")
    qtbot.wait(400)
    window.settle()
    assert "2026-02-30" in view.count.text() and "not a valid date" in view.count.text()
    assert view.model.rowCount() == before


def test_a_session_opens_to_its_attendees_and_prints_its_sign_in_sheet(
    window: Window, qtbot: QtBot
) -> None:
    view = shown(window, qtbot)
    numbers = kenyans(window, 3)
    reference = planned(window, numbers)
    search(window, qtbot, view, "planned-ahead")
    open_first(window, qtbot, view)
    assert reference in view.heading.text() and "planned" in view.heading.text()
    assert sorted(view.attendees.row_values(r)[0] for r in range(3)) == sorted(numbers)
    assert view.sign_in_button.isEnabled() and view.record_button.isEnabled()
    assert not view.certificates_button.isEnabled()  # nobody has passed yet
    with qtbot.waitSignal(window.main.pdf_shown, timeout=20000):
        qtbot.mouseClick(view.sign_in_button, Qt.MouseButton.LeftButton)
        window.settle()
    (preview,) = [w for w in QApplication.topLevelWidgets() if isinstance(w, PdfPreviewDialog)]
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(preview.data)).pages)
    assert "3 expected attendees" in text and "Camp Planned-Ahead" in text
    preview.close()
    with qtbot.waitSignal(window.main.history_shown, timeout=20000):
        qtbot.mouseClick(view.history_button, Qt.MouseButton.LeftButton)
        window.settle()
    history = window.main.history_dialog
    assert isinstance(history, AuditHistoryDialog)
    assert reference in history.windowTitle()
    history.close()
    window.settle()


def test_a_planned_sessions_results_are_recorded_and_its_certificates_printed(
    window: Window, qtbot: QtBot
) -> None:
    view = shown(window, qtbot)
    numbers = kenyans(window, 3)
    planned(window, numbers)
    search(window, qtbot, view, "planned-ahead")
    open_first(window, qtbot, view)
    qtbot.mouseClick(view.record_button, Qt.MouseButton.LeftButton)
    window.settle()
    dialog = window.main.results_dialog
    assert isinstance(dialog, PlannedResultsDialog)
    table = dialog.table

    def cell(row: int, column: int) -> QTableWidgetItem:
        item = table.item(row, column)
        assert item is not None
        return item

    rows = {cell(row, 0).text(): row for row in range(table.rowCount())}
    cell(rows[numbers[2]], 3).setCheckState(Qt.CheckState.Unchecked)  # did not come
    # A mistake first: the dialog says so and keeps what was typed.
    cell(rows[numbers[0]], 4).setText("ninety")
    cell(rows[numbers[1]], 4).setText("55")
    dialog.submit()
    assert dialog.problem.text() == f"Type a score from 0 to 100 for {numbers[0]}."
    assert dialog.isVisible() and cell(rows[numbers[1]], 4).text() == "55"
    cell(rows[numbers[0]], 4).setText("91")
    with qtbot.waitSignals([dialog.accepted, view.searched], timeout=20000):
        dialog.submit()
        window.settle()
    assert "1 passed, 1 absent" in window.main.statusBar().currentMessage()
    open_first(window, qtbot, view)
    outcomes = sorted(view.attendees.row_values(r)[5] for r in range(3))
    assert outcomes == ["absent", "fail", "pass"]
    assert view.certificates_button.isEnabled() and not view.record_button.isEnabled()
    with qtbot.waitSignal(window.main.pdf_shown, timeout=60000):
        qtbot.mouseClick(view.certificates_button, Qt.MouseButton.LeftButton)
        window.settle()
    previews = [w for w in QApplication.topLevelWidgets() if isinstance(w, PdfPreviewDialog)]
    assert previews and previews[0].document.pageCount() == 1


def test_a_session_is_planned_in_the_window(window: Window, qtbot: QtBot) -> None:
    view = shown(window, qtbot)
    qtbot.mouseClick(view.plan_button, Qt.MouseButton.LeftButton)
    window.settle()
    dialog = window.main.session_plan_dialog
    assert isinstance(dialog, PlanSessionDialog)
    dialog.module.setCurrentIndex(dialog.module.findData("CDT-101"))
    qtbot.keyClicks(dialog.starts, "2027-02-30")
    qtbot.keyClicks(dialog.location, "Kiganjo range")
    dialog.contingent.setCurrentIndex(dialog.contingent.findData("KEN"))
    numbers = kenyans(window, 2)
    dialog.numbers.setPlainText(", ".join(numbers))
    dialog.submit()
    assert "not a valid date" in dialog.problem.text() and dialog.isVisible()
    dialog.starts.setText("2027-03-08")
    with qtbot.waitSignal(view.searched, timeout=20000):
        dialog.submit()
        window.settle()
    assert "Planned a CDT-101 session for 2 attendees" in window.main.statusBar().currentMessage()
    search(window, qtbot, view, "kiganjo range")
    assert "Planned" in [view.model.index(r, 4).data() for r in range(view.model.rowCount())]


def test_a_training_officer_sees_their_contingents_sessions_only(
    window: Window, qtbot: QtBot
) -> None:
    planned(window, kenyans(window, 1), place="Camp Kenyan-Only")
    main = window.main
    main.context.actor = Actor("trainer", UserRole.TRAINING_OFFICER, frozenset({"KEN"}))
    main.apply_role()
    view = shown(window, qtbot)
    mine = view.model.rowCount()
    with main.context.database.reading() as session:
        every = session.scalar(select(func.count()).select_from(TrainingSession)) or 0
    assert 0 < mine < every
    assert [view.contingent.itemData(i) for i in range(view.contingent.count())] == [None, "KEN"]
    search(window, qtbot, view, "kenyan-only")
    assert view.model.rowCount() == 1
    open_first(window, qtbot, view)
    assert {view.attendees.row_values(r)[2] for r in range(view.attendees.rowCount())} == {"KEN"}


def test_the_screen_at_1280_by_720(window: Window, qtbot: QtBot) -> None:
    window.main.resize(1280, 720)
    view = shown(window, qtbot)
    planned(window, kenyans(window, 5))
    view.refresh()
    window.settle()
    open_first(window, qtbot, view)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    assert window.main.grab().save(str(SCREENSHOTS / "sessions-1280x720.png"))
    for button in (view.sign_in_button, view.certificates_button, view.history_button):
        assert button.isVisible() and button.visibleRegion().boundingRect().width() > 0
