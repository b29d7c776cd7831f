"""Data in and out of the window: databases, imports, exports, the curriculum."""

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
)

from mss_training.config import APP_NAME, database_url
from mss_training.db import Database, open_database
from mss_training.io.curriculum_file import default_curriculum
from mss_training.io.tables import write_table
from mss_training.progress import Progress
from mss_training.services.curriculum import (
    publish_version,
)
from mss_training.services.curriculum_editing import DraftInfo, save_module, start_draft
from mss_training.services.exports import (
    curriculum_table,
    personnel_table,
    readiness_table,
    results_table,
)
from mss_training.services.permissions import Actor, Permission
from mss_training.services.readiness import ReadinessQuery, for_actor
from mss_training.services.results_import import import_results, preview_results_import
from mss_training.services.roster_import import (
    RosterImportPreview,
    import_roster,
    preview_roster_import,
)
from mss_training.services.setup import set_up_database
from mss_training.ui.dialogs.import_wizard import ImportWizard, Preview
from mss_training.ui.dialogs.module_editor import ModuleEditor
from mss_training.ui.dialogs.sign_in import ask_who
from mss_training.ui.long_job import run_long_job
from mss_training.ui.window.base import WindowBase


class DataActions(WindowBase):
    """Opening databases, importing and exporting, editing the curriculum."""

    def choose_database(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open database"), str(Path.home()), self.tr("Databases (*.sqlite *.db)")
        )
        if path:
            self.switch_database(database_url(path), create=False)

    def new_database(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("New database"), str(Path.home() / "mss-training.sqlite"),
            self.tr("Databases (*.sqlite)"),
        )  # fmt: skip
        if path:
            self.switch_database(database_url(path), create=True)

    def switch_database(self, url: str, *, create: bool) -> None:
        """Open another database, sign in to it (a new one asks for its first administrator,
        then gets the shared curriculum) and show it."""
        self.context.runner.run(
            lambda: open_database(url, create=create), self._sign_in_to, self.show_error
        )

    def _sign_in_to(self, database: Database) -> None:
        actor = ask_who(database, self.context.runner, self)
        if actor is None:
            database.close()
            return

        def set_up() -> Database:
            # Adds contingents or the curriculum a database lacks; nothing when it has them.
            if actor.may(Permission.SET_UP):
                with database.transaction() as session:
                    set_up_database(session, default_curriculum(), actor)
            return database

        def failed(message: str) -> None:
            database.close()
            self.show_error(message)

        self.context.runner.run(set_up, lambda _: self._use_database(database, actor), failed)

    def _use_database(self, database: Database, actor: Actor) -> None:
        old = self.context.database
        self.context.database = database
        self.context.actor = actor
        old.close()
        self.apply_role()
        self.setWindowTitle(f"{APP_NAME} — {database.display_name}")
        self.database_label.setText(self.tr("Database: {0}").format(database.display_name))
        self.refresh()

    def import_spreadsheet(self) -> None:
        wizard = ImportWizard(self._preview_import, self)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.accepted.connect(
            lambda: self.run_import(
                wizard.file_page.kind(),
                Path(wizard.file_page.path.text().strip()),
                wizard.preview_page.mapping(),
                wizard.preview_page.skip_invalid.isChecked(),
            )
        )
        self.import_wizard = wizard
        wizard.open()

    def _preview_import(
        self, kind: str, path: Path, mapping: dict[str, str], done: Callable[[Preview], None]
    ) -> None:
        database, within = self.context.database, self.context.actor.contingents

        def preview() -> Preview:
            with database.reading() as session:
                if kind == "roster":
                    return preview_roster_import(session, path, mapping, within=within)
                return preview_results_import(session, path, mapping, within=within)

        page = self.import_wizard.preview_page
        self.context.runner.run(preview, done, page.show_error)

    def run_import(self, kind: str, path: Path, mapping: dict[str, str], skip: bool) -> None:
        database, actor = self.context.database, self.context.actor

        def work(progress: Progress) -> Preview:
            with database.transaction() as session:
                if kind == "roster":
                    return import_roster(
                        session, path, actor, mapping=mapping, skip_invalid=skip, progress=progress
                    )
                return import_results(
                    session, path, actor, mapping=mapping, skip_invalid=skip, progress=progress
                )

        def done(preview: Preview) -> None:
            if isinstance(preview, RosterImportPreview):
                text = self.tr("Imported {0}: {1} officers added, {2} updated.").format(
                    path.name, preview.created, preview.updated
                )
            else:
                text = self.tr("Imported {0}: {1} results in {2} sessions.").format(
                    path.name, preview.new_results, preview.sessions
                )
            self.statusBar().showMessage(text, 15_000)
            self.imported.emit(text)
            self.refresh()

        run_long_job(self, self.context.runner, self.tr("Importing {0}").format(path.name),
                     work, done, self.show_error)  # fmt: skip

    def export(self, what: str) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export"), str(Path.home() / f"{what}.xlsx"),
            self.tr("Excel workbook (*.xlsx);;CSV (*.csv)"),
        )  # fmt: skip
        if path:
            self.export_to(what, Path(path))

    def export_to(self, what: str, path: Path) -> None:
        database, as_of, actor = self.context.database, self.context.as_of, self.context.actor
        through = self.context.through  # the dashboard's tour, if one is set

        def work() -> int:
            with database.reading() as session:
                if what == "personnel":
                    table = personnel_table(session, actor.contingents)
                elif what == "results":
                    table = results_table(session, actor.contingents)
                elif what == "curriculum":
                    table = curriculum_table(session)
                else:
                    query = for_actor(ReadinessQuery(as_of=as_of, through=through), actor)
                    table = readiness_table(session, query)
                return write_table(path, table.headers, table.rows, title=table.title)

        def done(count: int) -> None:
            text = self.tr("Exported {0} rows to {1}.").format(count, path)
            self.statusBar().showMessage(text, 15_000)
            self.exported.emit(text)

        self.context.runner.run(work, done, self.show_error)

    def start_draft(self, label: str) -> None:
        database, actor = self.context.database, self.context.actor

        def write() -> DraftInfo:
            with database.transaction() as session:
                return start_draft(session, label, actor)

        self.context.runner.run(write, lambda _draft: self.curriculum.refresh(), self.show_error)

    def edit_module(self, code: str) -> None:
        """The module editor for a module of the draft ("" for a new one)."""
        draft = self.curriculum.draft
        curriculum = self.curriculum.curriculum
        if draft is None or curriculum is None:
            return
        module = next((m for m in curriculum.modules if m.code == code), None)
        requirements = [r for r in curriculum.requirements if r.module == code]
        database, actor = self.context.database, self.context.actor

        def save(
            table: dict[str, Any], done: Callable[[object], None], failed: Callable[[str], None]
        ) -> None:
            def write() -> None:
                with database.transaction() as session:
                    save_module(session, draft.label, table, actor)

            def saved(result: object) -> None:
                done(result)
                self.module_saved.emit(table["code"])
                self.curriculum.refresh()

            self.context.runner.run(write, saved, failed)

        editor = ModuleEditor(curriculum.roles, requirements, save, module, self)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.module_editor = editor
        editor.open()

    def publish_draft(self, label: str) -> None:
        database, actor = self.context.database, self.context.actor

        def write() -> None:
            with database.transaction() as session:
                publish_version(session, label, actor)

        def done(_: None) -> None:
            self.statusBar().showMessage(self.tr("Published curriculum {0}.").format(label), 15_000)
            self.refresh()

        self.context.runner.run(write, done, self.show_error)
