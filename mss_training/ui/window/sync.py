"""Sync in the window: sites and enrolment, bundles out and in, conflicts."""

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from mss_training.errors import InputError
from mss_training.progress import Progress
from mss_training.services.scoped_reads import visible_conflicts
from mss_training.sync.bundle import SUFFIX
from mss_training.sync.conflicts import ConflictRow, resolve_conflict
from mss_training.sync.duplicates import DuplicatePair, likely_duplicates, settle_duplicate
from mss_training.sync.export import ExportSummary, plan_export, record_export, write_bundle
from mss_training.sync.identity import (
    KnownSite,
    SiteIdentity,
    enrol_site,
    known_sites,
    own_identity,
    read_identity,
)
from mss_training.sync.merge import import_bundle
from mss_training.sync.merge_report import MergeReport
from mss_training.ui.dialogs.conflicts import ConflictsDialog
from mss_training.ui.dialogs.duplicates import DuplicatesDialog
from mss_training.ui.dialogs.sync_bundle import ExportBundleDialog, ImportPreviewDialog
from mss_training.ui.dialogs.sync_sites import SitesDialog
from mss_training.ui.language import QT_TRANSLATE_NOOP, shown_number
from mss_training.ui.long_job import run_long_job
from mss_training.ui.window.base import WindowBase

# A file filter shown in two dialogs: marked here, translated where it is shown.
BUNDLE_FILTER = QT_TRANSLATE_NOOP("SyncActions", "Sync bundles (*.mssync)")


class SyncActions(WindowBase):
    """The Sync menu's work; every step runs on the worker, every write in one transaction."""

    def show_sites(self) -> None:
        database = self.context.database

        def read() -> tuple[SiteIdentity, list[KnownSite]]:
            with database.reading() as session:
                return own_identity(session), known_sites(session)

        self.context.runner.run(read, self._open_sites_dialog, self.show_error)

    def _open_sites_dialog(self, found: tuple[SiteIdentity, list[KnownSite]]) -> None:
        identity, sites = found
        dialog = SitesDialog(identity, sites, self._enrol, self._save_identity, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.sites_dialog = dialog
        dialog.open()

    def _enrol(
        self,
        text: str,
        name: str,
        contingents: list[str] | None,
        done: Callable[[list[KnownSite]], None],
        failed: Callable[[str], None],
    ) -> None:
        database, actor = self.context.database, self.context.actor

        def write() -> list[KnownSite]:
            identity = read_identity(text, name or None)
            with database.transaction() as session:
                enrol_site(session, identity, actor, contingents)
            with database.reading() as session:
                return known_sites(session)

        self.context.runner.run(write, done, failed)

    def _save_identity(self, path: Path) -> None:
        database = self.context.database

        def write() -> Path:
            with database.reading() as session:
                text = own_identity(session).to_json()
            try:
                path.write_text(text + "\n", encoding="utf-8")
            except OSError as error:
                raise InputError(f"Cannot write {path}: {error.strerror or error}.") from None
            return path

        def done(written: Path) -> None:
            self.statusBar().showMessage(self.tr("Saved {0}.").format(written), 15_000)

        self.context.runner.run(write, done, self.show_error)

    def export_bundle(self) -> None:
        database = self.context.database

        def read() -> list[KnownSite]:
            with database.reading() as session:
                return known_sites(session)

        self.context.runner.run(read, self._choose_export, self.show_error)

    def _choose_export(self, sites: list[KnownSite]) -> None:
        dialog = ExportBundleDialog(sites, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.export_dialog = dialog

        def chosen() -> None:
            name = (dialog.for_site() or "everyone").replace(" ", "-")
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save sync bundle"), str(Path.home() / f"to-{name}{SUFFIX}"),
                self.tr(BUNDLE_FILTER),
            )  # fmt: skip
            if path:
                self.write_bundle(Path(path), dialog.for_site(), dialog.since_moment())

        dialog.accepted.connect(chosen)
        dialog.open()

    def write_bundle(
        self, path: Path, for_site: str | None, since: dt.datetime | None = None
    ) -> None:
        database, actor = self.context.database, self.context.actor

        def work(progress: Progress) -> ExportSummary:
            with database.reading() as session:
                plan = plan_export(session, path, actor, for_site=for_site, since=since)
                summary = write_bundle(session, plan, progress)
            with database.transaction() as session:
                record_export(session, summary, actor)
            return summary

        def done(summary: ExportSummary) -> None:
            counted = ", ".join(
                f"{shown_number(n)} {what}" for what, n in summary.counts.items() if n
            )
            text = self.tr("Wrote {0}: {1}.").format(path.name, counted)
            self.statusBar().showMessage(text, 15_000)
            self.bundle_exported.emit(text)

        run_long_job(self, self.context.runner, self.tr("Writing {0}").format(path.name),
                     work, done, self.show_error)  # fmt: skip

    def choose_bundle(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import sync bundle"), str(Path.home()), self.tr(BUNDLE_FILTER)
        )
        if path:
            self.preview_bundle(Path(path))

    def preview_bundle(self, path: Path) -> None:
        """Check and rehearse the import, show what it would do, then import if asked."""
        database, actor = self.context.database, self.context.actor

        def rehearse(progress: Progress) -> MergeReport:
            with database.rehearsal() as session:
                return import_bundle(session, path, actor, progress)

        def show(report: MergeReport) -> None:
            dialog = ImportPreviewDialog(path.name, report, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.accepted.connect(lambda: self.import_bundle(path))
            self.import_preview = dialog
            dialog.open()
            self.bundle_previewed.emit(report)

        run_long_job(self, self.context.runner, self.tr("Checking {0}").format(path.name),
                     rehearse, show, self.show_error)  # fmt: skip

    def import_bundle(self, path: Path) -> None:
        database, actor = self.context.database, self.context.actor

        def work(progress: Progress) -> MergeReport:
            with database.transaction() as session:
                return import_bundle(session, path, actor, progress)

        def done(report: MergeReport) -> None:
            self.statusBar().showMessage(report.lines(dry_run=False)[1], 15_000)
            self.refresh()
            self.bundle_imported.emit(report)
            if report.conflicts:
                # A coordinator should see at once what two sites disagree about.
                self.show_conflicts()
            elif report.likely_duplicates and self.duplicates_action.isEnabled():
                self.show_duplicates()

        run_long_job(self, self.context.runner, self.tr("Importing {0}").format(path.name),
                     work, done, self.show_error)  # fmt: skip

    def show_conflicts(self) -> None:
        database, within = self.context.database, self.context.actor.contingents

        def read() -> list[ConflictRow]:
            with database.reading() as session:
                return visible_conflicts(session, within)

        self.context.runner.run(read, self._open_conflicts_dialog, self.show_error)

    def _open_conflicts_dialog(self, conflicts: list[ConflictRow]) -> None:
        dialog = ConflictsDialog(conflicts, self._resolve, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.conflicts_dialog = dialog
        dialog.open()

    def _resolve(
        self,
        conflict_id: int,
        choice: int,
        done: Callable[[list[ConflictRow]], None],
        failed: Callable[[str], None],
    ) -> None:
        database, actor = self.context.database, self.context.actor

        def write() -> list[ConflictRow]:
            with database.transaction() as session:
                resolve_conflict(session, conflict_id, choice=choice, actor=actor)
            with database.reading() as session:
                return visible_conflicts(session, actor.contingents)

        def resolved(rows: list[ConflictRow]) -> None:
            done(rows)
            self.refresh()

        self.context.runner.run(write, resolved, failed)

    def show_duplicates(self) -> None:
        database, actor = self.context.database, self.context.actor

        def read() -> list[DuplicatePair]:
            with database.reading() as session:
                return likely_duplicates(session, actor)

        self.context.runner.run(read, self._open_duplicates_dialog, self.show_error)

    def _open_duplicates_dialog(self, pairs: list[DuplicatePair]) -> None:
        dialog = DuplicatesDialog(pairs, self._settle_duplicate, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.duplicates_dialog = dialog
        dialog.open()

    def _settle_duplicate(
        self,
        pair: DuplicatePair,
        choice: str,
        done: Callable[[list[DuplicatePair]], None],
        failed: Callable[[str], None],
    ) -> None:
        database, actor = self.context.database, self.context.actor

        def write() -> list[DuplicatePair]:
            with database.transaction() as session:
                settle_duplicate(session, pair, choice, actor)
            with database.reading() as session:
                return likely_duplicates(session, actor)

        def settled(pairs: list[DuplicatePair]) -> None:
            done(pairs)
            self.refresh()

        self.context.runner.run(write, settled, failed)
