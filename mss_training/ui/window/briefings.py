"""Briefings from the window: signed readiness snapshots taken, listed, re-checked, saved."""

import datetime as dt
import json
import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from mss_training.documents.wording import document_language
from mss_training.io.files import write_file
from mss_training.services.permissions import Permission
from mss_training.services.planned_sessions import PlanInput, PlannedRef
from mss_training.services.snapshot_check import check_report, check_snapshot
from mss_training.services.snapshots import (
    SnapshotLine,
    TakenSnapshot,
    kept_snapshot,
    list_snapshots,
    take_snapshot,
)
from mss_training.services.training_plan import (
    ModulePlan,
    PlanRequest,
    TrainingPlan,
    plan_line_sessions,
    plan_pdf_for,
    training_plan,
    with_titles,
)
from mss_training.ui.dialogs.plan import PlanDialog
from mss_training.ui.dialogs.plan_line import PlanLineDialog
from mss_training.ui.dialogs.snapshots import SnapshotListDialog, TakeSnapshotDialog
from mss_training.ui.language import current_language
from mss_training.ui.window.base import WindowBase


class BriefingActions(WindowBase):
    """Reports → Training plan, Readiness snapshot and Snapshots taken."""

    def show_plan_screen(self) -> None:
        # A deployment is planned months ahead: start from a quarter after the day shown.
        deploy_on = self.dashboard.query().as_of + dt.timedelta(days=90)
        actor = self.context.actor
        dialog = PlanDialog(
            deploy_on, actor.contingents, self,
            may_plan_sessions=actor.may(Permission.RECORD_TRAINING),
        )  # fmt: skip
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.plan_requested.connect(lambda request: self._make_plan(dialog, request))
        dialog.print_requested.connect(self._print_plan)
        dialog.sessions_requested.connect(
            lambda plan, line: self._plan_line_sessions(dialog, plan, line)
        )
        self.plan_dialog = dialog
        dialog.show()

    def _plan_line_sessions(self, over: PlanDialog, plan: TrainingPlan, line: ModulePlan) -> None:
        """Confirm, then plan, the sessions one line of the plan needs, with its attendees."""
        database, actor = self.context.database, self.context.actor

        def save(
            entries: tuple[PlanInput, ...],
            done: Callable[[object], None],
            failed: Callable[[str], None],
        ) -> None:
            def write() -> list[PlannedRef]:
                with database.transaction() as session:
                    return plan_line_sessions(session, entries, actor)

            def saved(planned: list[PlannedRef]) -> None:
                done(planned)
                self.statusBar().showMessage(
                    self.tr("Planned {0} {1} sessions: {2}.").format(
                        len(planned), line.module, ", ".join(p.reference for p in planned)
                    ),
                    15_000,
                )
                self.sessions.refresh()

            self.context.runner.run(write, saved, failed)

        dialog = PlanLineDialog(plan, line, save, over)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.plan_line_dialog = dialog
        dialog.open()

    def _plan_work(self, request: PlanRequest) -> Callable[[], TrainingPlan]:
        """The plan's work, for the database thread: it holds no widget."""
        database, actor = self.context.database, self.context.actor

        language = document_language(current_language())

        def work() -> TrainingPlan:
            from mss_training.services.curriculum import module_titles

            with database.reading() as session:
                # The modules' titles in the window's language, where the curriculum has it.
                titles = module_titles(session, language)
                return with_titles(training_plan(session, actor, request), titles)

        return work

    def _make_plan(self, dialog: PlanDialog, request: PlanRequest) -> None:
        self.context.runner.run(self._plan_work(request), dialog.show_plan, self.show_error)

    def _print_plan(self, request: PlanRequest) -> None:
        work = self._plan_work(request)

        language = document_language(current_language())

        def build() -> bytes:
            return plan_pdf_for(work(), language)

        self.context.runner.run(
            build,
            lambda data: self.show_pdf(
                self.tr("Training plan"), data, f"plan {request.contingent} {request.deploy_on}.pdf"
            ),
            self.show_error,
        )

    def ask_for_snapshot(self) -> None:
        query = self.dashboard.query()
        dialog = TakeSnapshotDialog(
            query.as_of,
            query.contingent,
            self.context.actor.contingents,
            self,
            tour_days=self.dashboard.tour_days.value(),
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._take_snapshot(dialog))
        self.snapshot_dialog = dialog
        dialog.open()

    def _take_snapshot(self, dialog: TakeSnapshotDialog) -> None:
        request = dialog.request()
        database, actor = self.context.database, self.context.actor

        def take() -> TakenSnapshot:
            with database.transaction() as session:
                return take_snapshot(session, actor, request)

        def taken(snapshot: TakenSnapshot) -> None:
            self.statusBar().showMessage(
                self.tr("Snapshot {0} taken: {1} of {2} officers ready.").format(
                    snapshot.fingerprint, snapshot.ready, snapshot.officers
                ),
                15_000,
            )
            self.show_pdf(
                self.tr("Readiness snapshot"), snapshot.pdf,
                f"snapshot {request.as_of} {snapshot.fingerprint}.pdf",
            )  # fmt: skip

        self.context.runner.run(take, taken, self.show_error)

    def show_snapshots(self) -> None:
        database, actor = self.context.database, self.context.actor

        def read() -> list[SnapshotLine]:
            with database.reading() as session:
                return list_snapshots(session, actor)

        def show(lines: list[SnapshotLine]) -> None:
            dialog = SnapshotListDialog(lines, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.check_requested.connect(lambda uid: self._check_snapshot(dialog, uid))
            dialog.save_requested.connect(self._save_snapshot)
            self.snapshots_dialog = dialog
            dialog.show()

        self.context.runner.run(read, show, self.show_error)

    def _check_snapshot(self, dialog: SnapshotListDialog, uid: uuid.UUID) -> None:
        database, actor = self.context.database, self.context.actor

        def check() -> str:
            with database.reading() as session:
                document = json.loads(kept_snapshot(session, actor, uid))
                return "\n".join(check_report(check_snapshot(session, actor, document)))

        self.context.runner.run(check, dialog.show_check, self.show_error)

    def _save_snapshot(self, uid: uuid.UUID) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the signed snapshot"), str(Path.home() / f"snapshot {uid}.json"),
            self.tr("Snapshots (*.json)"),
        )  # fmt: skip
        if not path:
            return
        database, actor = self.context.database, self.context.actor

        def save() -> str:
            with database.reading() as session:
                text = kept_snapshot(session, actor, uid)
            write_file(Path(path), text.encode("utf-8"))
            return path

        def saved(where: str) -> None:
            self.statusBar().showMessage(
                self.tr("Saved the snapshot to {0}.").format(where), 10_000
            )

        self.context.runner.run(save, saved, self.show_error)
