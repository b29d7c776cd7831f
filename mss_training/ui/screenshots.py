"""`make screenshots`: render each main screen on a demo mission to PNG, offscreen.

``--lang fr`` (es, ht) renders them in that language at 1366×768, the smallest screen
the mission's laptops have, to check that longer French and Spanish text still fits: the
offscreen screen itself is that size, so that each dialog opens as it does there.
"""

import dataclasses
import json
import os
import sqlite3
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QWidget

from mss_training.cli import main as cli_main
from mss_training.db import Database, open_database
from mss_training.domain import SiteRole
from mss_training.io.curriculum_file import default_curriculum
from mss_training.services.demo import DEMO_PASSWORD, demo_accounts_text
from mss_training.services.permissions import system_actor
from mss_training.services.personnel import (
    OfficerRef,
    active_officers,
    find_officer,
    officer_details,
    search_officer_ids,
    update_officer,
)
from mss_training.services.setup import set_up_database
from mss_training.services.users import sign_in
from mss_training.sync.export import plan_export, write_bundle
from mss_training.sync.identity import enrol_site, own_identity
from mss_training.sync.merge import import_bundle
from mss_training.ui.context import AppContext
from mss_training.ui.dialogs.plan import PlanDialog
from mss_training.ui.dialogs.sign_in import SignInDialog, check_with
from mss_training.ui.language import apply_language
from mss_training.ui.main_window import MainWindow
from mss_training.ui.tasks import TaskRunner
from mss_training.ui.theme import dark_palette

TODAY = "2026-11-27"
# Who the screenshots' own set-up is recorded as.
SCREENSHOTS = system_actor("screenshots")


def settle(application: QApplication, runner: TaskRunner) -> None:
    for _ in range(5):
        runner.wait_idle()
        application.processEvents()


def grab(widget: QWidget, path: Path) -> None:
    widget.grab().save(str(path))
    print(f"wrote {path}")


def grab_wizard(
    application: QApplication, runner: TaskRunner, window: MainWindow, out: Path
) -> None:
    window.record_session()
    settle(application, runner)
    wizard = window.wizard
    page = wizard.session_page
    page.module.setCurrentIndex(page.module.findData("UOF-101"))
    page.starts.setDate(page.starts.date().addDays(-1))
    page.location.setText("MSS base, Port-au-Prince")
    settle(application, runner)
    if page.instructed() is None:
        page.instructors.setText("Insp. Grace Wanjiru")
    else:
        # Taught by qualified instructors only: one offered, from another contingent than
        # the Jamaican attendees.
        offered = [page.instructor_pick.itemData(i) for i in range(page.instructor_pick.count())]
        page.instructor_pick.setCurrentIndex(
            next(i for i, reference in enumerate(offered) if not reference.startswith("JAM"))
        )
        page.add_instructor.click()
    wizard.next()
    attendees = wizard.attendees_page
    attendees.contingent.setCurrentIndex(attendees.contingent.findData("JAM"))
    for index in range(min(12, attendees.candidates.count())):
        attendees.candidates.item(index).setCheckState(Qt.CheckState.Checked)
    settle(application, runner)
    grab(wizard, out / "screen-attendees.png")
    wizard.next()
    table = wizard.results_page.table
    for row, score in enumerate(("92", "85", "74", "88", "90")):
        item = table.item(row, 3)
        if item is not None:
            item.setText(score)
    settle(application, runner)
    grab(wizard, out / "screen-results.png")
    wizard.discard()


def grab_import(
    application: QApplication, runner: TaskRunner, window: MainWindow, out: Path, work: Path
) -> None:
    sheet = work / "roster-benin.csv"
    sheet.write_text(
        "Matricule;Nom;Prénom(s);Grade;Pays;Unité;Rôle(s);Sexe\n"
        "BJ-0101;Houngbédji;Afiavi;Brigadier;Bénin;UPC Bénin;FPU;F\n"
        "BJ-0102;Zinsou;Rodrigue;Gardien de la paix;Bénin;UPC Bénin;FPU;M\n"
        "BJ-0103;Agossou;Armel;Inspecteur;Atlantide;UPC Bénin;FPU;M\n"
        "BJ-0104;Sossou;Prudence;Brigadier-chef;Bénin;UPC Bénin;PILOTE;F\n",
        encoding="utf-8-sig",
    )
    window.import_spreadsheet()
    wizard = window.import_wizard
    wizard.file_page.path.setText(str(sheet))
    wizard.next()
    for _ in range(10):
        settle(application, runner)
    grab(wizard, out / "screen-import.png")
    wizard.reject()


def _hq_with_a_conflict(database: Database, work: Path) -> Path:
    """An HQ that knows the window's site and a bundle from it that conflicts with the site."""
    hq = open_database(f"sqlite:///{work / 'hq.sqlite'}", site_name="Mission HQ",
                       site_role=SiteRole.HQ)  # fmt: skip
    with hq.transaction() as session:
        set_up_database(session, default_curriculum(), SCREENSHOTS)
    with hq.reading() as session:
        hq_identity = own_identity(session)
    with database.transaction() as session:
        enrol_site(session, hq_identity, SCREENSHOTS)
        site = own_identity(session)
    with hq.transaction() as session:
        enrol_site(session, site, SCREENSHOTS)
    for source, target, name in ((database, hq, "to-hq"), (hq, database, "to-site")):
        with source.reading() as session:
            summary = write_bundle(
                session, plan_export(session, work / f"{name}.mssync", SCREENSHOTS)
            )
        with target.transaction() as session:
            import_bundle(session, summary.path, SCREENSHOTS)
    with database.reading() as session:
        number = active_officers(session, "JAM")[3].service_number
    for where, rank in ((hq, "Senior Sergeant"), (database, "Inspector")):
        with where.transaction() as session:
            officer = find_officer(session, OfficerRef("JAM", number))
            details = dataclasses.replace(officer_details(session, officer.id), rank=rank)
            update_officer(session, officer.id, details, SCREENSHOTS)
    with hq.reading() as session:
        summary = write_bundle(session, plan_export(session, work / "from-hq.mssync", SCREENSHOTS))
    hq.close()
    return summary.path


def grab_sync(
    application: QApplication, runner: TaskRunner, window: MainWindow, out: Path, work: Path
) -> None:
    bundle = _hq_with_a_conflict(window.context.database, work)
    window.show_sites()
    settle(application, runner)
    grab(window.sites_dialog, out / "screen-sync-sites.png")
    window.sites_dialog.close()
    window.preview_bundle(bundle)
    for _ in range(10):
        settle(application, runner)
    grab(window.import_preview, out / "screen-sync-import.png")
    window.import_preview.accept()
    for _ in range(10):
        settle(application, runner)
    settle(application, runner)
    grab(window.conflicts_dialog, out / "screen-sync-conflicts.png")
    window.conflicts_dialog.close()


def grab_safety(
    application: QApplication, runner: TaskRunner, window: MainWindow, out: Path, officer_id: int
) -> None:
    """An officer's audit history, the backup settings, and the warning of a broken trail."""
    database = window.context.database
    with database.transaction() as session:
        details = officer_details(session, officer_id)
        update_officer(session, officer_id, replace(details, rank="Sergeant"), window.context.actor)
    window.show_history("officer", officer_id, "the officer")
    settle(application, runner)
    grab(window.history_dialog, out / "screen-history.png")
    window.history_dialog.close()
    window.open_backup_settings()
    settle(application, runner)
    grab(window.backup_dialog, out / "screen-backups.png")
    window.backup_dialog.close()
    with sqlite3.connect(database.url.removeprefix("sqlite:///")) as connection:
        connection.execute("UPDATE audit_log SET actor = 'someone' WHERE number = 3")
    window.tabs.setCurrentWidget(window.dashboard)
    window.check_audit_trail()
    settle(application, runner)
    grab(window, out / "screen-audit-warning.png")


def grab_accounts(
    application: QApplication, runner: TaskRunner, window: MainWindow, out: Path
) -> None:
    """The sign-in on the demo mission (with its hint), and the administrator's Users dialog."""
    database = window.context.database
    dialog = SignInDialog(
        database.display_name, check_with(database, runner), demo_accounts_text(), window
    )
    dialog.username.setText("trainer")
    dialog.show()
    settle(application, runner)
    grab(dialog, out / "screen-sign-in.png")
    dialog.close()
    window.context.actor = sign_in(database, "admin", DEMO_PASSWORD)
    window.apply_role()
    window.manage_users()
    settle(application, runner)
    window.users_dialog.table.selectRow(3)
    grab(window.users_dialog, out / "screen-users.png")
    window.users_dialog.close()


def offscreen_application(width: int, height: int) -> QApplication:
    """The application, drawing offscreen on one screen of ``width`` × ``height``.

    Qt's offscreen screen is 800×800 unless told otherwise, and dialogs size themselves to
    their screen (ui/screen_fit.py): each dialog is drawn as it opens on that laptop.
    """
    found = QApplication.instance()
    if isinstance(found, QApplication):
        return found
    with tempfile.TemporaryDirectory() as folder:
        config = Path(folder) / "screen.json"
        screen = {"name": "laptop", "x": 0, "y": 0, "width": width, "height": height,
                  "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}  # fmt: skip
        config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
        if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
            os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
        return QApplication(sys.argv[:1])


def kenyan_plan(application: QApplication, runner: TaskRunner, window: MainWindow) -> PlanDialog:
    """The training plan of the Kenyan contingent, made and shown."""
    window.show_plan_screen()
    plan = window.plan_dialog
    plan.contingent.setCurrentIndex(plan.contingent.findData("KEN"))
    plan.make_button.click()
    for _ in range(40):
        settle(application, runner)
        if plan.modules.rowCount():
            break
    return plan


def grab_dialogs(
    application: QApplication, runner: TaskRunner, window: MainWindow, out: Path
) -> None:
    """The dialogs opened most after the main screens: the training plan, planning a
    session, certificates, a report's options, holds, a new officer, checking a
    certificate."""
    plan = kenyan_plan(application, runner, window)
    grab(plan, out / "screen-plan.png")
    plan.close()
    opened = (
        (window.plan_session, "session_plan_dialog", "screen-plan-session.png"),
        (window.choose_certificates, "certificates_dialog", "screen-certificates.png"),
        (lambda: window.preview_report("readiness"), "report_options_dialog",
         "screen-report-options.png"),
        (window.show_holds, "holds_dialog", "screen-holds.png"),
        (lambda: window.officer_form(None), "form", "screen-officer-form.png"),
        (window.verify_certificate, "verify_dialog", "screen-verify.png"),
    )  # fmt: skip
    for open_dialog, name, file in opened:
        open_dialog()
        settle(application, runner)
        dialog = getattr(window, name)
        grab(dialog, out / file)
        dialog.close()
        settle(application, runner)


def main(folder: str, dark: bool = False, language: str = "en") -> int:
    """Render the screens into ``folder``; ``dark`` draws them in a desktop's dark mode,
    ``language`` in that language on a laptop's screen (1366×768)."""
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    size = (1400, 900) if language == "en" else (1366, 768)
    application = offscreen_application(*size)
    apply_language(language)
    if dark:
        application.setStyle("Fusion")
        application.setPalette(dark_palette())
    with tempfile.TemporaryDirectory() as work:
        db = str(Path(work) / "demo.sqlite")
        cli_main(["--db", db, "demo", "--officers", "2000", "--today", TODAY])
        database = open_database(f"sqlite:///{db}")
        runner = TaskRunner()
        settings = QSettings(str(Path(work) / "settings.ini"), QSettings.Format.IniFormat)
        coordinator = sign_in(database, "coordinator", DEMO_PASSWORD)
        context = AppContext(database, runner, coordinator)
        window = MainWindow(context, settings)
        window.resize(*size)
        window.show()
        window.refresh()
        settle(application, runner)
        grab(window, out / "screen-readiness.png")
        window.tabs.setCurrentWidget(window.personnel)
        window.personnel.search.setText("dorel")
        window.personnel.refresh()
        settle(application, runner)
        window.personnel.search.setText("")
        window.personnel.refresh()
        settle(application, runner)
        grab(window, out / "screen-personnel.png")
        window.tabs.setCurrentWidget(window.curriculum)
        category = window.curriculum.tree.topLevelItem(2)
        module = category.child(0) if category is not None else None
        if module is not None:
            window.curriculum.tree.setCurrentItem(module)
        settle(application, runner)
        grab(window, out / "screen-curriculum.png")
        window.show_sessions()
        window.sessions.refresh()
        settle(application, runner)
        window.sessions.table.selectRow(0)
        settle(application, runner)
        grab(window, out / "screen-sessions.png")
        with database.reading() as session:
            officer_id = search_officer_ids(session, "", contingent="KEN", status="active")[3]
        window.officer_shown.connect(lambda _title: None)
        window.show_officer(officer_id)
        settle(application, runner)
        dialogs = [w for w in application.topLevelWidgets() if w.isVisible() and w is not window]
        if dialogs:
            grab(dialogs[0], out / "screen-officer.png")
        for dialog in dialogs:
            dialog.close()
        grab_wizard(application, runner, window, out)
        grab_dialogs(application, runner, window, out)
        grab_import(application, runner, window, out, Path(work))
        grab_sync(application, runner, window, out, Path(work))
        # Here, not at the top: that module uses this one's helpers.
        from mss_training.ui.screenshot_dialogs import grab_inner_dialogs

        grab_inner_dialogs(application, runner, window, out, officer_id)
        grab_safety(application, runner, window, out, officer_id)
        grab_accounts(application, runner, window, out)
        window.close()
        runner.shutdown()
        database.close()
    return 0


if __name__ == "__main__":
    arguments = [a for a in sys.argv[1:] if a != "--dark"]
    chosen = "en"
    if "--lang" in arguments:
        at = arguments.index("--lang")
        chosen = arguments[at + 1]
        del arguments[at : at + 2]
    raise SystemExit(
        main(arguments[0] if arguments else "docs/images", "--dark" in sys.argv, chosen)
    )
