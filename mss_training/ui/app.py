"""Start the desktop app on a database, with plain messages when it cannot be opened."""

import datetime as dt
import logging
import sqlite3
import sys
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy.exc import DBAPIError

from mss_training import __version__
from mss_training.config import APP_NAME
from mss_training.db import Database, open_database
from mss_training.errors import MssError
from mss_training.logs import set_up_logging
from mss_training.services.backups import automatic_backup
from mss_training.ui.context import AppContext
from mss_training.ui.crash import CrashReporter
from mss_training.ui.dialogs.sign_in import ask_who
from mss_training.ui.icons import app_icon
from mss_training.ui.language import app_settings, apply_language, language_for
from mss_training.ui.main_window import MainWindow
from mss_training.ui.tasks import TaskRunner


def run_app(database_url: str, argv: Sequence[str] | None = None, *, create: bool = False) -> int:
    """Open the main window on ``database_url`` (made there only if ``create``)."""
    set_up_logging()
    application = QApplication.instance() or QApplication(list(argv or sys.argv[:1]))
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    QCoreApplication.setOrganizationName("MSS")
    if isinstance(application, QApplication):
        application.setWindowIcon(app_icon())
    # The sign-in speaks the language last chosen here (or the system's); whoever signs
    # in then gets their own.
    apply_language(language_for(app_settings()))
    crashes = CrashReporter(application)
    crashes.install()
    try:
        return _run_window(database_url, application, create=create)
    finally:
        crashes.uninstall()


def _run_window(database_url: str, application: QCoreApplication, *, create: bool) -> int:
    try:
        database = open_database(database_url, create=create)
    except MssError as error:
        QMessageBox.critical(None, APP_NAME, str(error))
        return 1
    runner = TaskRunner()
    # The smoke test of an installed or frozen app waits for this line in the log.
    logging.getLogger(__name__).info("Showing the sign-in for %s", database.display_name)
    actor = ask_who(database, runner)
    if actor is None:
        runner.shutdown()
        database.close()
        return 0
    window = MainWindow(AppContext(database, runner, actor))
    window.show()
    window.refresh()
    window.on_started()
    window.offer_kept_draft()
    status = application.exec()
    runner.shutdown()
    _back_up_on_closing(window.context.database)
    window.context.database.close()
    return int(status)


def _back_up_on_closing(database: Database) -> None:
    """Today's copy again if the database changed since; a failure must not stop closing."""
    try:
        automatic_backup(database, dt.date.today())
    except (MssError, OSError, sqlite3.Error, DBAPIError) as error:
        logging.getLogger(__name__).warning("The backup on closing failed: %s", error)
