"""What a training officer does in the window: officers, sessions, corrections."""

import datetime as dt
import uuid
from collections.abc import Callable, Collection
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QMessageBox,
    QWidget,
)

from mss_training.domain import ReadinessStatus
from mss_training.services.curriculum import (
    ModuleView,
    RoleView,
    curriculum_view,
    module_titles,
)
from mss_training.services.instructors import InstructorChoice, instructor_choices
from mss_training.services.instructors import instructors_problem as instructors_problem_now
from mss_training.services.officer_record import HistoryLine, OfficerRecord, officer_record
from mss_training.services.permissions import (
    Permission,
    contingent_refusal,
    may_recognise_qualifications,
)
from mss_training.services.personnel import (
    OfficerDetails,
    OfficerInput,
    OfficerRef,
    OfficerRow,
    active_officers,
    add_officers,
    officer_details,
    officer_id_for,
    officers_by_service_number,
    unit_names,
    update_officer,
)
from mss_training.services.readiness import ON_HOLD, OfficerReadiness, officers_in
from mss_training.services.recognition import RecognitionInput, recognise_qualification
from mss_training.services.reference import known_contingents
from mss_training.services.results_import import active_module_rules
from mss_training.services.session_drafts import SessionDraft, draft_path, load_draft
from mss_training.services.setup import installation_name
from mss_training.services.training import (
    ModuleRules,
    RecordedSession,
    SessionInput,
    amend_result,
    record_session,
    void_result,
)
from mss_training.ui.dialogs.correct_result import Correction, CorrectResultDialog
from mss_training.ui.dialogs.officer import OfficerDialog
from mss_training.ui.dialogs.officer_form import OfficerForm
from mss_training.ui.dialogs.officer_list import OfficerListDialog
from mss_training.ui.dialogs.recognise import RecogniseDialog, Recognition
from mss_training.ui.dialogs.record_session import Lookups, RecordSessionWizard
from mss_training.ui.language import current_language, module_named, shown_date
from mss_training.ui.window.documents import DocumentActions
from mss_training.ui.window.safety import SafetyActions
from mss_training.words import word_for

if TYPE_CHECKING:
    from mss_training.documents.signin import SignInSheet


class RecordsActions(DocumentActions, SafetyActions):
    """Officers' records, recording sessions, adding and correcting officers and results."""

    def show_officer(self, officer_id: int) -> None:
        database, as_of, actor = self.context.database, self.context.as_of, self.context.actor
        through = self.context.through

        language = current_language()

        def read() -> tuple[OfficerRecord, dict[str, str]]:
            with database.reading() as session:
                record = officer_record(session, officer_id, as_of, actor, through)
                return record, module_titles(session, language)

        self.context.runner.run(read, self._open_record, self.show_error)

    def _open_record(self, found: tuple[OfficerRecord, dict[str, str]]) -> None:
        record, titles = found
        actor, contingent = self.context.actor, record.officer.contingent
        dialog = OfficerDialog(
            record,
            self,
            titles=titles,
            may_correct=actor.may(Permission.RECORD_TRAINING) and actor.covers(contingent),
            may_revoke=actor.may(Permission.REVOKE_CERTIFICATES) and actor.covers(contingent),
            may_recognise=may_recognise_qualifications(actor) and actor.covers(contingent),
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.correct_requested.connect(
            lambda line, void: self.correct_result(dialog, line, void=void)
        )
        dialog.revoke_requested.connect(lambda serial, reason: self.revoke(dialog, serial, reason))
        dialog.history_requested.connect(self.show_history)
        dialog.recognise_requested.connect(lambda: self.recognise(dialog))
        self.officer_dialog = dialog
        dialog.show()
        self.officer_shown.emit(dialog.windowTitle())

    def recognise(self, dialog: OfficerDialog) -> None:
        """Record a pass the officer earned outside the mission; then show the record again."""
        database, actor = self.context.database, self.context.actor
        officer = dialog.record.officer
        with database.reading() as session:
            modules = [(m.code, module_named(m)) for m in curriculum_view(session).modules]

        def save(
            values: Recognition, saved: Callable[[object], None], refused: Callable[[str], None]
        ) -> None:
            module, passed_on, body, reference = values
            entry = RecognitionInput(
                OfficerRef(officer.contingent, officer.service_number), module, passed_on, body,
                reference,
            )  # fmt: skip

            def write() -> None:
                with database.transaction() as session:
                    recognise_qualification(session, entry, actor)

            self.context.runner.run(write, saved, refused)

        who = f"{officer.contingent} {officer.service_number}"
        asking = RecogniseDialog(who, modules, dt.date.today(), dialog, save)
        self.recognise_dialog = asking
        if asking.exec() != QDialog.DialogCode.Accepted:
            return
        dialog.close()
        message = self.tr("Qualification recognised for {0}.").format(who)
        self.statusBar().showMessage(message, 15_000)
        self.show_officer(officer.id)
        self.dashboard.refresh()

    def revoke(self, dialog: OfficerDialog, serial: str, reason: str) -> None:
        database, actor = self.context.database, self.context.actor
        officer_id = dialog.record.officer.id

        def write() -> None:
            from mss_training.services.certificates import revoke_certificate

            with database.transaction() as session:
                revoke_certificate(session, serial, reason, actor)

        def done(_: None) -> None:
            dialog.close()
            self.statusBar().showMessage(self.tr("Certificate {0} revoked.").format(serial), 15_000)
            self.certificate_revoked.emit(serial)
            self.show_officer(officer_id)

        self.context.runner.run(write, done, self.show_error)

    def correct_result(self, dialog: OfficerDialog, line: HistoryLine, *, void: bool) -> None:
        """Amend or void a result after asking for the reason; then show the record again."""
        database, actor = self.context.database, self.context.actor
        officer_id = dialog.record.officer.id

        def save(
            values: Correction, saved: Callable[[object], None], refused: Callable[[str], None]
        ) -> None:
            attended, score, outcome, reason = values

            def write() -> None:
                with database.transaction() as session:
                    if void:
                        void_result(session, line.uid, reason=reason, actor=actor)
                    else:
                        amend_result(
                            session, line.uid, attended=attended, score=score, outcome=outcome,
                            reason=reason, actor=actor,
                        )  # fmt: skip

            self.context.runner.run(write, saved, refused)

        asking = CorrectResultDialog(
            line, void=void, parent=dialog, save=save,
            module_title=dialog.titles.get(line.module, ""),
        )  # fmt: skip
        self.correction_dialog = asking
        if asking.exec() != QDialog.DialogCode.Accepted:
            return
        dialog.close()
        self.result_corrected.emit(line.uid)
        self.show_officer(officer_id)
        self.dashboard.refresh()

    def show_officer_by_uid(self, uid_text: str) -> None:
        database = self.context.database

        def find() -> int:
            with database.reading() as session:
                return officer_id_for(session, uuid.UUID(uid_text))

        self.context.runner.run(find, self.show_officer, self.show_error)

    def show_officers_behind(self, contingent: str, status: str, module: str) -> None:
        query = self.dashboard.query()
        unit = query.unit if query.contingent == contingent else None
        scoped = type(query)(
            as_of=query.as_of,
            warn_days=query.warn_days,
            phase=query.phase,
            contingent=contingent,
            unit=unit,
            contingents=query.contingents,
            through=query.through,
        )
        database = self.context.database

        def find() -> list[OfficerReadiness]:
            with database.reading() as session:
                return officers_in(session, scoped, status=status, module=module)

        # The list names where and when it counts: its unit, if one was chosen, and the date.
        where = f"{contingent} · {unit}" if unit else contingent
        if module:
            title = self.tr("{0}: officers who still need {1}, as of {2}").format(
                where, module, shown_date(query.as_of)
            )
        else:
            # The status in the window's words (as the officer's record says it).
            label = self.tr("on hold") if status == ON_HOLD else word_for(ReadinessStatus, status)
            title = self.tr("{0}: officers {1}, as of {2}").format(
                where, label, shown_date(query.as_of)
            )

        if query.through is not None:
            title = self.tr("{0}, through the tour to {1}").format(title, query.through.isoformat())

        def show(officers: list[OfficerReadiness]) -> None:
            # Its module brings Qt's print support: loaded when a list is first shown.

            dialog = OfficerListDialog(title, officers, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open_officer.connect(self.show_officer_by_uid)
            dialog.show()
            self.officer_list = dialog

        self.context.runner.run(find, show, self.show_error)

    def _lookups(self, modules: list[ModuleView], rules: dict[str, ModuleRules]) -> Lookups:
        database, actor = self.context.database, self.context.actor

        def load_officers(contingent: str, unit: str | None) -> list[OfficerRow]:
            with database.reading() as session:
                return active_officers(session, contingent, unit)

        def load_units(contingent: str) -> list[str]:
            with database.reading() as session:
                return unit_names(session, contingent)

        def find_numbers(numbers: list[str]) -> tuple[list[OfficerRow], list[str]]:
            with database.reading() as session:
                return officers_by_service_number(session, numbers, within=actor.contingents)

        def print_sign_in(sheet: "SignInSheet", over: QWidget) -> None:
            from mss_training.services.reports import planned_sign_in_pdf

            # The footer names the installation (one row read by its key).
            with database.reading() as session:
                author = installation_name(session)
            self.show_pdf(
                self.tr("Sign-in sheet"),
                planned_sign_in_pdf(sheet, author),
                f"sign-in {sheet.module_code} {sheet.starts_on}.pdf",
                over,
            )

        def save(
            entry: SessionInput,
            done: Callable[[RecordedSession], None],
            refused: Callable[[str], None],
        ) -> None:
            def write() -> RecordedSession:
                with database.transaction() as session:
                    return record_session(session, entry, actor)

            self.context.runner.run(write, done, refused)

        names = {info.code: info.name for info in known_contingents()}

        def scope_refusal(contingent: str) -> str | None:
            return contingent_refusal(actor, Permission.RECORD_TRAINING, [contingent], names)

        def instructors_problem(
            module: str, instructors: str, day: dt.date, attendees: Collection[int]
        ) -> str | None:
            with database.reading() as session:
                return instructors_problem_now(session, module, instructors, day, attendees)

        def choices(module: str, day: dt.date) -> list[InstructorChoice]:
            with database.reading() as session:
                return instructor_choices(session, module, day)

        return Lookups(
            modules, rules, load_officers, load_units, find_numbers, print_sign_in, save,
            actor.contingents, draft_path(database.url, actor.username),
            scope_refusal=scope_refusal,
            instructors_problem=instructors_problem, instructor_choices=choices,
        )  # fmt: skip

    def record_session(self) -> None:
        """Open the wizard, on the draft kept from last time if there is one."""
        database = self.context.database
        path = draft_path(database.url, self.context.actor.username)

        def read() -> tuple[list[ModuleView], dict[str, ModuleRules], SessionDraft | None]:
            with database.reading() as session:
                modules = list(curriculum_view(session).modules)
                rules = {rule.code: rule for rule in active_module_rules(session).values()}
            return modules, rules, load_draft(path)

        self.context.runner.run(read, lambda found: self._open_wizard(*found), self.show_error)

    def offer_kept_draft(self) -> None:
        """At start: a session left unsaved (closed, crashed, power cut) is offered again."""
        draft = load_draft(draft_path(self.context.database.url, self.context.actor.username))
        if draft is None or not draft.has_entries:
            return
        question = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Unsaved session"),
            self.tr(
                "A session you were recording was not saved: {0}, {1}, at {2}, "
                "{3} attendees. Go on with it now?"
            ).format(draft.module, draft.starts_on, draft.location, len(draft.attendees)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        question.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        question.accepted.connect(self.record_session)
        self.draft_question = question
        question.open()

    def _open_wizard(
        self,
        modules: list[ModuleView],
        rules: dict[str, ModuleRules],
        draft: SessionDraft | None,
    ) -> None:
        wizard = RecordSessionWizard(self._lookups(modules, rules), self, draft)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.saved.connect(self._saved)
        self.wizard = wizard
        wizard.open()
        self.wizard_opened.emit()

    def _saved(self, recorded: RecordedSession) -> None:
        self.statusBar().showMessage(
            self.tr("Saved {0} session: {1} results, {2} passed.").format(
                recorded.module, recorded.results, recorded.passed
            ),
            10_000,
        )
        self.session_saved.emit(recorded)
        self.refresh()
        if recorded.passed:
            question = QMessageBox(
                QMessageBox.Icon.Question,
                self.tr("Session saved"),
                self.tr("{0} of {1} attendees passed {2}. Print their certificates now?").format(
                    recorded.passed, recorded.results, recorded.module
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                self,
            )
            question.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            question.accepted.connect(lambda: self.print_certificates(recorded.uid.hex))
            question.open()

    def officer_form(self, officer_id: int | None) -> None:
        """Open the form to add an officer (``None``) or to edit one."""
        database = self.context.database

        def read() -> tuple[list[RoleView], OfficerDetails | None]:
            with database.reading() as session:
                roles = list(curriculum_view(session).roles)
                details = officer_details(session, officer_id) if officer_id else None
                return roles, details

        self.context.runner.run(
            read, lambda found: self._show_form(officer_id, *found), self.show_error
        )

    def _show_form(
        self, officer_id: int | None, roles: list[RoleView], details: OfficerDetails | None
    ) -> None:
        database, actor = self.context.database, self.context.actor

        def save(
            entered: OfficerDetails, done: Callable[[object], None], failed: Callable[[str], None]
        ) -> None:
            def write() -> None:
                with database.transaction() as session:
                    if officer_id is None:
                        add_officers(session, [OfficerInput(**vars(entered))], actor)
                    else:
                        update_officer(session, officer_id, entered, actor)

            def saved(result: object) -> None:
                done(result)
                self.officer_saved.emit(entered.service_number)
                self.personnel.refresh()
                self.dashboard.refresh()

            self.context.runner.run(write, saved, failed)

        form = OfficerForm(roles, save, details, self, self.context.actor.contingents)
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.form = form
        form.open()
