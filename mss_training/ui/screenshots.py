"""`make screenshots`: render each main screen on a demo mission to PNG, offscreen."""

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from mss_training.cli import main as cli_main
from mss_training.db import open_database
from mss_training.services.personnel import search_officer_ids
from mss_training.ui.context import AppContext
from mss_training.ui.main_window import MainWindow
from mss_training.ui.tasks import TaskRunner

TODAY = "2026-11-27"


def settle(application: QApplication, runner: TaskRunner) -> None:
    for _ in range(5):
        runner.wait_idle()
        application.processEvents()


def grab(widget: QWidget, path: Path) -> None:
    widget.grab().save(str(path))
    print(f"wrote {path}")


def main(folder: str) -> int:
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    application = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(application, QApplication)
    with tempfile.TemporaryDirectory() as work:
        db = str(Path(work) / "demo.sqlite")
        cli_main(["--db", db, "demo", "--officers", "2000", "--today", TODAY])
        database = open_database(f"sqlite:///{db}")
        runner = TaskRunner()
        settings = QSettings(str(Path(work) / "settings.ini"), QSettings.Format.IniFormat)
        context = AppContext(database, runner)
        window = MainWindow(context, settings)
        window.resize(1400, 900)
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
        with database.reading() as session:
            officer_id = search_officer_ids(session, "", contingent="KEN", status="active")[3]
        window.officer_shown.connect(lambda _title: None)
        window.show_officer(officer_id)
        settle(application, runner)
        dialogs = [w for w in application.topLevelWidgets() if w.isVisible() and w is not window]
        if dialogs:
            grab(dialogs[0], out / "screen-officer.png")
        window.close()
        runner.shutdown()
        database.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1] if len(sys.argv) > 1 else "docs/images"))
