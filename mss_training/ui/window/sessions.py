"""The Sessions screen's actions: plan a session, print its sheets, record its results."""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt

from mss_training.services.curriculum import ModuleView, curriculum_view
from mss_training.services.personnel import OfficerRef
from mss_training.services.planned_sessions import (
    HeldSession,
    PlanInput,
    PlannedRef,
    SheetAttendees,
    attendees_of,
    change_attendees,
    plan_session,
    read_attendee_sheet,
    record_planned_results,
)
from mss_training.services.session_list import SessionDetail, session_detail
from mss_training.services.training import AttendeeResult
from mss_training.ui.dialogs.attendees_on_the_day import AttendeeChanges, AttendeesOnTheDayDialog
from mss_training.ui.dialogs.plan_session import PlanSessionDialog
from mss_training.ui.dialogs.planned_results import PlannedResultsDialog
from mss_training.ui.language import current_language
from mss_training.ui.window.documents import DocumentActions
from mss_training.ui.window.safety import SafetyActions


class SessionActions(DocumentActions, SafetyActions):
    """What the Sessions screen asks of the window; its signals are connected here."""

    def connect_sessions(self) -> None:
        view = self.sessions
        view.print_sign_in.connect(self.print_sign_in)
        view.print_certificates.connect(self.print_certificates)
        view.record_results.connect(self.record_planned)
        view.change_attendees.connect(self.change_attendees)
        view.show_history.connect(lambda ref, title: self.show_history("session", ref, title))
        view.plan_session.connect(self.plan_session)

    def show_sessions(self) -> None:
        """Records → Sessions: the screen of every session, its search box ready."""
        self.tabs.setCurrentWidget(self.sessions)
        self.sessions.search.setFocus()
        self.sessions.search.selectAll()

    def print_sign_in(self, reference: str) -> None:
        database, within = self.context.database, self.context.actor.contingents

        def build() -> bytes:
            from mss_training.services.reports import sign_in_sheet_pdf

            with database.reading() as session:
                return sign_in_sheet_pdf(session, reference, within=within)

        self.context.runner.run(
            build,
            lambda data: self.show_pdf(self.tr("Sign-in sheet"), data, f"sign-in {reference}.pdf"),
            self.show_error,
        )

    def record_planned(self, reference: str) -> None:
        database, actor = self.context.database, self.context.actor
        language = current_language()

        def read() -> SessionDetail:
            with database.reading() as session:
                return session_detail(session, reference, actor.contingents, language)

        self.context.runner.run(read, self._open_results, self.show_error)

    def _open_results(self, detail: SessionDetail) -> None:
        database, actor = self.context.database, self.context.actor
        reference = detail.line.reference

        def save(
            results: list[AttendeeResult],
            done: Callable[[object], None],
            failed: Callable[[str], None],
        ) -> None:
            def write() -> HeldSession:
                with database.transaction() as session:
                    return record_planned_results(session, reference, results, actor)

            def saved(held: HeldSession) -> None:
                done(held)
                self.statusBar().showMessage(
                    self.tr("Recorded {0} results in {1}: {2} passed, {3} absent.").format(
                        held.results, held.module, held.passed, held.absent
                    ),
                    10_000,
                )
                self.sessions.refresh()
                self.dashboard.refresh()

            self.context.runner.run(write, saved, failed)

        dialog = PlannedResultsDialog(detail, save, self, actor.contingents)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.results_dialog = dialog
        dialog.open()

    def change_attendees(self, reference: str) -> None:
        """Attendees on the day: add who came as well, mark who was reported absent."""
        database, actor = self.context.database, self.context.actor
        language = current_language()

        def read() -> SessionDetail:
            with database.reading() as session:
                return session_detail(session, reference, actor.contingents, language)

        self.context.runner.run(read, self._open_attendees, self.show_error)

    def _open_attendees(self, detail: SessionDetail) -> None:
        database, actor = self.context.database, self.context.actor
        reference = detail.line.reference

        def save(
            changes: AttendeeChanges,
            done: Callable[[object], None],
            failed: Callable[[str], None],
        ) -> None:
            def write() -> tuple[int, int]:
                with database.transaction() as session:
                    return change_attendees(
                        session, reference, changes.added, changes.absent, actor
                    )

            def saved(counts: tuple[int, int]) -> None:
                done(counts)
                self.statusBar().showMessage(
                    self.tr("Session {0}: {1} attendees added, {2} marked absent.").format(
                        reference, *counts
                    ),
                    10_000,
                )
                self.sessions.open_reference(reference)

            self.context.runner.run(write, saved, failed)

        dialog = AttendeesOnTheDayDialog(detail, save, self, actor.contingents)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.attendees_dialog = dialog
        dialog.open()

    def plan_session(self) -> None:
        database = self.context.database

        def read() -> list[ModuleView]:
            with database.reading() as session:
                return list(curriculum_view(session).modules)

        self.context.runner.run(read, self._open_plan, self.show_error)

    def _open_plan(self, modules: list[ModuleView]) -> None:
        database, actor = self.context.database, self.context.actor

        def unit_of(
            contingent: str, unit: str | None, then: Callable[[tuple[OfficerRef, ...]], None]
        ) -> None:
            def read() -> tuple[OfficerRef, ...]:
                with database.reading() as session:
                    return attendees_of(session, contingent, unit, actor.contingents)

            self.context.runner.run(read, then, self.show_error)

        def sheet_of(
            path: Path, contingent: str | None, then: Callable[[SheetAttendees], None]
        ) -> None:
            def read() -> SheetAttendees:
                with database.reading() as session:
                    return read_attendee_sheet(session, path, contingent, actor.contingents)

            self.context.runner.run(read, then, self.show_error)

        def save(
            entry: PlanInput, done: Callable[[object], None], failed: Callable[[str], None]
        ) -> None:
            def write() -> PlannedRef:
                with database.transaction() as session:
                    return plan_session(session, entry, actor)

            def saved(planned: PlannedRef) -> None:
                done(planned)
                self.statusBar().showMessage(
                    self.tr("Planned a {0} session for {1} attendees: reference {2}.").format(
                        planned.module, planned.attendees, planned.reference
                    ),
                    15_000,
                )
                self.sessions.refresh()

            self.context.runner.run(write, saved, failed)

        dialog = PlanSessionDialog(modules, unit_of, save, self, actor.contingents, sheet_of)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.session_plan_dialog = dialog
        dialog.open()
