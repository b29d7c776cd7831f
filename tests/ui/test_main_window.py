"""The window driven as a commander and a training officer would, checked against the database."""

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCharts import QStackedBarSeries
from PySide6.QtCore import QSettings, Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from mss_training.services.readiness import ReadinessQuery
from mss_training.services.readiness_summary import readiness_summary
from mss_training.ui.dialogs.officer import OfficerDialog
from mss_training.ui.dialogs.officer_list import OfficerListDialog
from mss_training.ui.language import shown_date
from mss_training.ui.models.table import RowsModel
from tests.ui.conftest import TODAY, Window

AS_OF = dt.date.fromisoformat(TODAY)


def open_dialogs(kind: type) -> list:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def test_dashboard_shows_the_missions_readiness(window: Window) -> None:
    dashboard = window.main.dashboard
    with window.main.context.database.reading() as session:
        expected = readiness_summary(session, ReadinessQuery(as_of=AS_OF))
    assert dashboard.cards["total"].value.text() == f"{expected.overall.total:,}"
    assert dashboard.cards["ready"].value.text() == f"{expected.overall.percent_ready:.1f}%"
    assert dashboard.cards["not_ready"].value.text() == f"{expected.overall.not_ready:,}"
    (series,) = dashboard.chart.series()
    assert isinstance(series, QStackedBarSeries)
    ready, expiring, on_hold, not_ready = series.barSets()
    codes = sorted(expected.by_contingent)
    overall = expected.overall
    # Ready and expiring are those free to go; the trained but held are on hold.
    assert sum(expiring.at(i) for i in range(expiring.count())) == (
        overall.expiring - overall.expiring_held
    )
    assert [int(ready.at(i)) for i in range(ready.count())] == [
        expected.by_contingent[code].counts.ready - expected.by_contingent[code].counts.ready_held
        for code in codes
    ]
    assert sum(on_hold.at(i) for i in range(on_hold.count())) == overall.trained_but_held > 0
    assert sum(not_ready.at(i) for i in range(not_ready.count())) == overall.not_ready
    assert dashboard.cards["on_hold"].value.text() == f"{overall.on_hold:,}"
    assert dashboard.coverage.rowCount() > 15
    assert dashboard.coverage.headerData(1, Qt.Orientation.Horizontal) == codes[0]


def test_filters_and_the_as_of_date_change_the_figures(window: Window) -> None:
    dashboard = window.main.dashboard
    whole = dashboard.cards["total"].value.text()
    dashboard.contingent.setCurrentIndex(dashboard.contingent.findData("KEN"))
    window.settle()
    assert dashboard.summary is not None
    assert set(dashboard.summary.by_contingent) == {"KEN"}
    assert dashboard.cards["total"].value.text() != whole
    units = [dashboard.unit.itemData(i) for i in range(1, dashboard.unit.count())]
    assert "1st Formed Police Unit" in units
    dashboard.unit.setCurrentIndex(dashboard.unit.findData("1st Formed Police Unit"))
    window.settle()
    assert set(dashboard.summary.by_unit) == {("KEN", "1st Formed Police Unit")}
    dashboard.as_of.setDate(dashboard.as_of.date().addYears(2))
    window.settle()
    # Two years on, everything that expires has expired: nobody is ready.
    assert dashboard.summary.overall.ready == 0


def test_clicking_a_bar_lists_those_officers_and_opens_one(
    window: Window, qtbot: QtBot, tmp_path: Path
) -> None:
    dashboard = window.main.dashboard
    (series,) = dashboard.chart.series()
    assert isinstance(series, QStackedBarSeries)
    not_ready = series.barSets()[3]
    codes = sorted(dashboard.summary.by_contingent) if dashboard.summary else []
    not_ready.clicked.emit(codes.index("KEN"))
    window.settle()
    (listing,) = open_dialogs(OfficerListDialog)
    rows = [listing.model.row_values(r) for r in range(listing.model.rowCount())]
    assert rows and all(row[2] == "KEN" and row[4] == "not ready" for row in rows)
    assert len(rows) == dashboard.summary.by_contingent["KEN"].counts.not_ready  # type: ignore[union-attr]
    assert all(row[5] for row in rows)  # each one says what is missing
    with qtbot.waitSignal(window.main.officer_shown, timeout=5000):
        listing.table.setCurrentIndex(listing.model.index(0, 0))
        qtbot.keyClick(listing.table, Qt.Key.Key_Return)
        window.settle()
    (record,) = open_dialogs(OfficerDialog)
    # The dashboard's date, said as the window's language says dates.
    as_of = shown_date(dt.date(2026, 11, 27))
    assert record.verdict.text() == f"Not ready as of {as_of}"
    assert listing.isVisible()  # Enter opened the officer and left the list open
    assert listing.windowTitle() == f"KEN: officers not ready, as of {as_of}"
    # The list can be kept: exported as a sheet and printed (here to a PDF file).
    sheet = tmp_path / "not-ready.csv"
    listing.export_to(sheet)
    lines = sheet.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("Service no.,Name") and len(lines) == len(rows) + 1
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "not-ready.pdf"))
    listing.print_to(printer)
    text = PdfReader(tmp_path / "not-ready.pdf").pages[0].extract_text()
    assert as_of in " ".join(text.split()) and "ACHIENG" in text
    listing.close()
    # The bars by keyboard: the arrows choose one, Enter lists its officers.
    chart = dashboard.chart_view
    asked: list[tuple[str, str, str]] = []
    dashboard.drill_down.connect(lambda *args: asked.append(args))
    for key in (Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Return):
        qtbot.keyClick(chart, key)
    assert asked == [(codes[1], "on_hold", "")]
    assert not_ready.selectedBars() == [] and series.barSets()[2].selectedBars() == [1]
    window.settle()


def test_the_on_hold_part_of_a_bar_lists_the_trained_officers_held_back(window: Window) -> None:
    dashboard = window.main.dashboard
    assert dashboard.summary is not None
    (series,) = dashboard.chart.series()
    assert isinstance(series, QStackedBarSeries)
    on_hold = series.barSets()[2]
    codes = sorted(dashboard.summary.by_contingent)
    index = next(i for i in range(on_hold.count()) if on_hold.at(i))
    on_hold.clicked.emit(index)
    window.settle()
    (listing,) = open_dialogs(OfficerListDialog)
    rows = [listing.model.row_values(r) for r in range(listing.model.rowCount())]
    assert len(rows) == on_hold.at(index)
    assert all(row[2] == codes[index] and row[4] != "not ready" for row in rows)
    assert listing.windowTitle() == f"{codes[index]}: officers on hold, as of 27 November 2026"
    listing.close()


def test_deploying_for_a_number_of_days_counts_what_lapses_in_the_tour(
    window: Window, qtbot: QtBot, tmp_path: Path
) -> None:
    dashboard = window.main.dashboard
    assert not dashboard.cards["lapsing"].isVisible()
    dashboard.tour_days.setValue(180)
    window.settle()
    summary = dashboard.summary
    assert summary is not None and summary.through == AS_OF + dt.timedelta(days=179)
    with window.main.context.database.reading() as session:
        expected = readiness_summary(session, ReadinessQuery(as_of=AS_OF, through=summary.through))
    assert dashboard.cards["lapsing"].isVisible()
    assert dashboard.cards["lapsing"].value.text() == f"{expected.overall.lapsing:,}"
    first = expected.refreshers[0]
    title = dashboard.coverage.titles[first.module]  # the module's title, in English here
    assert (
        dashboard.cards["lapsing"]
        .toolTip()
        .startswith(f"{first.month}  {first.module} {title}: {first.officers}")
    )
    assert "in the tour" in dashboard.cards["expiring"].caption.text()
    assert dashboard.status_line.text().endswith("through Tuesday, 25 May 2027")
    # The officers behind a bar are listed through the same tour: what lapses, says so.
    window.main.show_officers_behind("KEN", "expiring", "")
    window.settle()
    (listing,) = open_dialogs(OfficerListDialog)
    assert listing.windowTitle() == (
        "KEN: officers expiring soon, as of 27 November 2026, through the tour to 2027-05-25"
    )
    gaps = [listing.model.row_values(r)[5] for r in range(listing.model.rowCount())]
    lapsing = next(r for r, gap in enumerate(gaps) if "lapses" in gap)
    # Their record, opened from the list, counts through the same tour.
    with qtbot.waitSignal(window.main.officer_shown, timeout=5000):
        listing.table.setCurrentIndex(listing.model.index(lapsing, 0))
        qtbot.keyClick(listing.table, Qt.Key.Key_Return)
        window.settle()
    (record,) = open_dialogs(OfficerDialog)
    assert record.verdict.text().startswith(
        "Expiring soon as of 27 November 2026, through the tour to 25 May 2027"
    )
    states = [record.requirements.row_values(r) for r in range(record.requirements.rowCount())]
    assert any(row[1] == "lapses in the tour" and row[3] for row in states)
    record.close()
    listing.close()
    # Exported from the window, readiness is counted through the same tour.
    sheet = tmp_path / "tour.csv"
    window.main.export_to("readiness", sheet)
    window.settle()
    assert ",lapses," in sheet.read_text(encoding="utf-8-sig")
    dashboard.tour_days.setValue(0)
    window.settle()
    assert not dashboard.cards["lapsing"].isVisible()


def test_clicking_a_coverage_cell_lists_who_still_needs_the_module(
    window: Window, qtbot: QtBot
) -> None:
    dashboard = window.main.dashboard
    view = dashboard.coverage_view
    module_row = next(
        r for r in range(dashboard.coverage.rowCount())
        if dashboard.coverage.row_values(r)[0] == "FRM-101"
    )  # fmt: skip
    index = dashboard.coverage.index(module_row, 1)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )
    window.settle()
    (listing,) = open_dialogs(OfficerListDialog)
    assert "FRM-101" in listing.windowTitle()
    gaps = [listing.model.row_values(r)[5] for r in range(listing.model.rowCount())]
    assert all("FRM-101" in gap for gap in gaps)
    assert (
        f"as of {shown_date(dt.date.fromisoformat(TODAY))}" in listing.windowTitle()
    )  # the list names its date
    listing.close()
    # The keyboard does the same: Enter, or Space, on the current cell; Tab leaves the map.
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Space):
        view.setCurrentIndex(index)
        qtbot.keyClick(view, key)
        window.settle()
        (listing,) = open_dialogs(OfficerListDialog)
        assert "FRM-101" in listing.windowTitle()
        listing.close()
    assert not view.tabKeyNavigation()


def test_search_as_you_type_ignores_accents(window: Window, qtbot: QtBot) -> None:
    personnel = window.main.personnel
    window.main.tabs.setCurrentWidget(personnel)
    qtbot.keyClicks(personnel.search, "dorelien")
    qtbot.waitUntil(lambda: personnel.model.rowCount() == 2, timeout=5000)
    names = {personnel.model.index(r, 1).data() for r in range(2)}
    assert names == {"Dorélien", "Dorelien"}
    personnel.search.clear()
    qtbot.keyClicks(personnel.search, "HT-0001")
    qtbot.waitUntil(lambda: personnel.model.rowCount() == 1, timeout=5000)
    assert personnel.model.index(0, 2).data() == "Jean-Robert"
    # Enter in the search box goes to the first result; Enter there opens the officer.
    qtbot.keyClick(personnel.search, Qt.Key.Key_Return)
    assert personnel.table.currentIndex().row() == 0
    with qtbot.waitSignal(window.main.officer_shown, timeout=5000):
        qtbot.keyClick(personnel.table, Qt.Key.Key_Return)
        window.settle()


def test_opening_an_officer_shows_requirements_and_history(window: Window, qtbot: QtBot) -> None:
    personnel = window.main.personnel
    window.main.tabs.setCurrentWidget(personnel)
    personnel.contingent.setCurrentIndex(personnel.contingent.findData("KEN"))
    window.settle()
    assert personnel.model.rowCount() > 10
    centre = personnel.table.visualRect(personnel.model.index(0, 0)).center()
    viewport = personnel.table.viewport()
    with qtbot.waitSignal(window.main.officer_shown, timeout=5000):
        # A double-click is a click and a second, quick one.
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=centre)
        qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=centre)
        window.settle()
    (record,) = open_dialogs(OfficerDialog)
    assert record.requirements.rowCount() >= 10
    assert record.history.rowCount() >= 1
    assert personnel.model.index(0, 1).data().upper() in record.windowTitle()


def test_ctrl_f_goes_to_the_search_box_and_settings_are_remembered(
    window: Window, qtbot: QtBot, tmp_path: Path
) -> None:
    qtbot.keyClick(window.main, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.main.tabs.currentWidget() is window.main.personnel
    assert window.main.personnel.search.hasFocus()
    window.main.close()
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert str(settings.value("window/tab")) == "1"
    assert settings.value("window/geometry") is not None


def test_a_damaged_database_is_a_plain_message(
    window: Window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    broken = tmp_path / "broken.sqlite"
    broken.write_bytes(b"not a database" * 200)
    window.main.switch_database(f"sqlite:///{broken}", create=False)
    window.settle()
    assert shown and "damaged or is not an MSS Training database" in shown[0]
    assert "Traceback" not in shown[0]
    assert window.main.context.database.display_name != str(broken)


def test_table_models_pass_the_model_tester(window: Window, qtmodeltester: ModelTester) -> None:
    window.main.personnel.refresh()
    window.settle()
    qtmodeltester.check(window.main.personnel.model)
    qtmodeltester.check(window.main.dashboard.coverage)
    qtmodeltester.check(RowsModel(["a", "b"], [[1, "x"], [2, None]]))


def test_personnel_filters_by_contingent_unit_and_role(window: Window, qtbot: QtBot) -> None:
    personnel = window.main.personnel
    window.main.tabs.setCurrentWidget(personnel)
    personnel.contingent.setCurrentIndex(personnel.contingent.findData("KEN"))
    window.settle()
    everyone = personnel.model.rowCount()
    personnel.unit.setCurrentIndex(personnel.unit.findData("1st Formed Police Unit"))
    window.settle()
    personnel.role.setCurrentIndex(personnel.role.findData("FPU"))
    window.settle()
    rows = [
        [personnel.model.index(r, c).data() for c in range(8)]
        for r in range(personnel.model.rowCount())
    ]
    assert 0 < len(rows) < everyone
    assert all(row[4] == "KEN" and row[5] == "1st Formed Police Unit" for row in rows)
    assert all("FPU" in row[6].split(", ") for row in rows)
