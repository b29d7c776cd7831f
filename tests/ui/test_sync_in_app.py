"""Sync from the window: enrol HQ, preview and import its bundle, export one, settle a conflict."""

import dataclasses
import datetime as dt
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QTableWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from mss_training.db import Database
from mss_training.models import Officer, Result, Site
from mss_training.services.permissions import Actor
from mss_training.services.personnel import OfficerRef, find_officer, officer_details
from mss_training.services.personnel import update_officer as update
from mss_training.services.training import AttendeeResult, SessionInput, record_session
from mss_training.sync.identity import own_identity
from mss_training.ui.context import AppContext
from mss_training.ui.main_window import MainWindow
from mss_training.ui.tasks import TaskRunner
from tests.sync.nodes import ACTOR, Node
from tests.ui.conftest import Window


def _hq(tmp_path: Path) -> Node:
    return Node.create(
        "Mission HQ", f"sqlite:///{tmp_path / 'hq.sqlite'}", tmp_path / "hq", hq=True
    )


def _enrol_in_dialog(window: Window, qtbot: QtBot, code: str) -> None:
    window.main.show_sites()
    window.settle()
    dialog = window.main.sites_dialog
    # A site takes every record HQ sends: only HQ limits whom it takes which contingents from.
    assert not dialog.other_contingents.isVisibleTo(dialog)
    dialog.other.setText(code)
    dialog.other_name.setText("Mission HQ")
    dialog.enrol_button.click()
    window.settle()
    trust = {
        _cell(dialog.table, row, 0): _cell(dialog.table, row, 3)
        for row in range(dialog.table.rowCount())
    }
    assert trust["Mission HQ"].startswith("enrolled")
    dialog.close()


def _cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    assert item is not None
    return item.text()


def _rank(window: Window, number: str) -> str | None:
    with window.main.context.database.reading() as session:
        return session.scalar(select(Officer.rank).where(Officer.service_number == number))


def test_a_site_enrols_hq_previews_its_bundle_and_imports_it(
    window: Window, qtbot: QtBot, tmp_path: Path
) -> None:
    hq = _hq(tmp_path)
    with hq.database.reading() as session:
        code = own_identity(session).code
    _enrol_in_dialog(window, qtbot, code)
    with window.main.context.database.reading() as session:
        hq.enrol_identity(own_identity(session))
    hq.add_officer("HQ-77", family="Pierre", contingent="HTI")
    bundle = hq.export()

    with qtbot.waitSignal(window.main.bundle_previewed, timeout=20_000) as previewed:
        window.main.preview_bundle(bundle)
    preview = window.main.import_preview
    assert "Would add: 1 officer." in preview.text.toPlainText()
    assert _rank(window, "HQ-77") is None and not _has(window, "HQ-77")
    with qtbot.waitSignal(window.main.bundle_imported, timeout=20_000):
        preview.import_button.click()
    assert previewed.args[0].added["officers"] == 1
    assert _has(window, "HQ-77")

    # And back: the site's bundle for HQ goes in at HQ.
    out = tmp_path / "to-hq.mssync"
    with qtbot.waitSignal(window.main.bundle_exported, timeout=60_000):
        window.main.write_bundle(out, "Mission HQ")
    report = hq.receive(out)
    with window.main.context.database.reading() as session:
        officers = len(session.scalars(select(Officer.id)).all())
    # Everything the site has, less the officer that came from HQ in the first place.
    assert report.added["officers"] == officers - 1 and report.added["results"] > 1000


def _has(window: Window, number: str) -> bool:
    with window.main.context.database.reading() as session:
        found = session.scalar(select(Officer.id).where(Officer.service_number == number))
    return found is not None


def test_a_coordinator_settles_a_conflict_in_the_app(
    window: Window, qtbot: QtBot, tmp_path: Path
) -> None:
    hq = _hq(tmp_path)
    database = window.main.context.database
    with hq.database.reading() as session:
        hq_identity = own_identity(session)
    with database.reading() as session:
        site_identity = own_identity(session)
    hq.enrol_identity(site_identity)
    _enrol_in_dialog(window, qtbot, hq_identity.code)
    first = tmp_path / "first.mssync"
    with qtbot.waitSignal(window.main.bundle_exported, timeout=60_000):
        window.main.write_bundle(first, "Mission HQ")
    hq.receive(first)
    # The same officer's rank changed at HQ and at the site, neither knowing of the other.
    hq.edit_officer("HT-0001", contingent="HTI", rank="Inspecteur")
    with database.transaction() as session:
        officer = find_officer(session, OfficerRef("HTI", "HT-0001"))
        details = officer_details(session, officer.id)
        update(
            session,
            officer.id,
            dataclasses.replace(details, rank="Agent 2"),
            window.main.context.actor,
        )
    with qtbot.waitSignal(window.main.bundle_imported, timeout=60_000) as imported:
        window.main.import_bundle(hq.export())
    assert len(imported.args[0].conflicts) == 1
    window.settle()  # the conflicts open by themselves
    dialog = window.main.conflicts_dialog
    assert dialog.table.rowCount() == 1
    assert {_cell(dialog.table, 0, 2), _cell(dialog.table, 0, 4)} == {
        "Inspecteur",
        "Agent 2",
    }
    other = _cell(dialog.table, 0, 4)
    dialog.other_button.click()
    window.settle()
    assert dialog.table.rowCount() == 0
    assert _rank(window, "HT-0001") == other
    dialog.close()


def _record_sheet(database: Database, actor: Actor) -> None:
    on = dt.date(2026, 3, 2)
    with database.transaction() as session:
        record_session(
            session,
            SessionInput(
                module="HR-101",
                starts_on=on,
                ends_on=on,
                location="Gressier annex",
                results=tuple(
                    AttendeeResult(OfficerRef("HTI", number), score=80.0)
                    for number in ("HT-0001", "HT-0002")
                ),
            ),
            actor,
        )


def test_a_coordinator_merges_a_session_recorded_at_two_installations(
    window: Window, qtbot: QtBot, tmp_path: Path
) -> None:
    hq = _hq(tmp_path)
    database = window.main.context.database
    with hq.database.reading() as session:
        hq_identity = own_identity(session)
    with database.reading() as session:
        hq.enrol_identity(own_identity(session))
    _enrol_in_dialog(window, qtbot, hq_identity.code)
    first = tmp_path / "first.mssync"
    with qtbot.waitSignal(window.main.bundle_exported, timeout=60_000):
        window.main.write_bundle(first, "Mission HQ")
    hq.receive(first)
    # One sign-in sheet typed up here and at HQ.
    _record_sheet(database, window.main.context.actor)
    _record_sheet(hq.database, ACTOR)
    with qtbot.waitSignal(window.main.bundle_imported, timeout=60_000):
        window.main.import_bundle(hq.export())
    window.main.show_duplicates()
    window.settle()
    dialog = window.main.duplicates_dialog
    rows = [
        row
        for row in range(dialog.table.rowCount())
        if _cell(dialog.table, row, 2) == "Gressier annex"
    ]
    assert len(rows) == 1
    assert "Mission HQ" in _cell(dialog.table, rows[0], 4) + _cell(dialog.table, rows[0], 3)
    dialog.table.selectRow(rows[0])
    dialog.keep_first_button.click()
    window.settle()
    assert all(
        _cell(dialog.table, row, 2) != "Gressier annex" for row in range(dialog.table.rowCount())
    )
    with database.reading() as session:
        voids = session.scalars(select(Result).where(Result.kind == "void")).all()
        assert sum("Duplicate of session" in (void.reason or "") for void in voids) == 2
    dialog.close()


def test_hq_enrols_a_site_for_some_contingents_only_from_the_window(
    qtbot: QtBot, tmp_path: Path
) -> None:
    hq = _hq(tmp_path)
    site = Node.create("Embakasi", f"sqlite:///{tmp_path / 'site.sqlite'}", tmp_path / "site")
    with site.database.reading() as session:
        code = own_identity(session).code
    runner = TaskRunner()
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    main = MainWindow(AppContext(hq.database, runner, ACTOR), settings)
    qtbot.addWidget(main)
    window = Window(main, qtbot)
    try:
        main.show_sites()
        window.settle()
        dialog = main.sites_dialog
        assert dialog.other_contingents.isVisibleTo(dialog)
        dialog.other.setText(code)
        dialog.other_name.setText("Embakasi")
        dialog.other_contingents.setText("ken, jam")
        dialog.enrol_button.click()
        window.settle()
        trust = {
            _cell(dialog.table, row, 0): _cell(dialog.table, row, 3)
            for row in range(dialog.table.rowCount())
        }
        assert trust["Embakasi"].endswith("for JAM,KEN")
        with hq.database.reading() as session:
            limit = session.scalar(select(Site.contingents).where(Site.name == "Embakasi"))
        assert limit == ["JAM", "KEN"]
        dialog.close()
    finally:
        main.close()
        runner.shutdown()
