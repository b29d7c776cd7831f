"""Record a training session: the module and dates, who came, how each did, then save it all.

Everything is saved in one transaction at the end, or not at all; the wizard closes only
once the save has succeeded, so a refusal is shown where it can still be mended. Until
then the session is kept as a draft on disk on every change, so that closing the window,
a crash or a power cut loses nothing: the next start offers it again.
"""

import datetime as dt
import html
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from mss_training.domain import Outcome
from mss_training.errors import InputError
from mss_training.services.curriculum import ModuleView
from mss_training.services.instructors import SEPARATOR, InstructorChoice
from mss_training.services.personnel import OfficerRow
from mss_training.services.session_drafts import (
    SessionDraft,
    discard_draft,
    save_draft,
)
from mss_training.services.training import (
    ModuleRules,
    RecordedSession,
    SessionInput,
    check_session_entry,
    future_date_problem,
)
from mss_training.ui.date_field import DateField
from mss_training.ui.dialogs.forms import add_contingents, plain_label, problem_label
from mss_training.ui.dialogs.session_results import ResultsPage, officer_name
from mss_training.ui.language import QT_TRANSLATE_NOOP, current_language, module_named
from mss_training.ui.screen_fit import fit_to_screen
from mss_training.ui.theme import Ink, ink, ink_style

if TYPE_CHECKING:
    from mss_training.documents.signin import SignInSheet

LANGUAGES = (
    ("en", QT_TRANSLATE_NOOP("SessionPage", "English")),
    ("fr", QT_TRANSLATE_NOOP("SessionPage", "French")),
    ("es", QT_TRANSLATE_NOOP("SessionPage", "Spanish")),
    ("ht", QT_TRANSLATE_NOOP("SessionPage", "Haitian Creole")),
)

Saving = Callable[[SessionInput, Callable[[RecordedSession], None], Callable[[str], None]], None]
# (module, instructors as typed, last day, attendees' officer ids): why they could not
# teach it, or None.
InstructorsCheck = Callable[[str, str, dt.date, Collection[int]], str | None]
# (module, last day): the officers who could teach it, to pick from.
InstructorsOffered = Callable[[str, dt.date], list[InstructorChoice]]


def _no_instructor_problem(
    module: str, instructors: str, day: dt.date, attendees: Collection[int]
) -> str | None:
    return None


def _no_instructors_offered(module: str, day: dt.date) -> list[InstructorChoice]:
    return []


@dataclass
class Lookups:
    """What the wizard reads and does as the user goes, each on the window's worker."""

    modules: list[ModuleView]
    # The rules that decide each module's outcome, by module code.
    rules: dict[str, ModuleRules]
    load_officers: Callable[[str, str | None], list[OfficerRow]]
    load_units: Callable[[str], list[str]]
    find_numbers: Callable[[list[str]], tuple[list[OfficerRow], list[str]]]
    # Shows the sheet's PDF over the given window (the wizard, which is modal).
    print_sign_in: "Callable[[SignInSheet, QWidget], None]"
    # Checks and saves the session as record_session does; reports the sentence if refused.
    save: Saving
    # The contingents the signed-in training officer records for (None: all of them).
    contingents: frozenset[str] | None = None
    # Where the draft of this database and account is kept (None: not kept).
    draft_path: Path | None = None
    today: dt.date = field(default_factory=dt.date.today)
    # The sentence refusing an attendee of a contingent the account does not record for,
    # as the save would word it, or None (services.permissions.contingent_refusal).
    scope_refusal: Callable[[str], str | None] = field(default=lambda _contingent: None)
    # For a module taught by qualified instructors only (services/instructors.py).
    instructors_problem: InstructorsCheck = _no_instructor_problem
    instructor_choices: InstructorsOffered = _no_instructors_offered


class SessionPage(QWizardPage):
    """Which module, when and where; each field checked as it is typed.

    Signals:
        edited(): anything on the page changed.
    """

    edited = Signal()

    def __init__(
        self,
        modules: list[ModuleView],
        today: dt.date,
        instructors_problem: InstructorsCheck = _no_instructor_problem,
        instructor_choices: InstructorsOffered = _no_instructors_offered,
    ) -> None:
        super().__init__()
        self.today = today
        self.instructors_problem = instructors_problem
        self.instructor_choices = instructor_choices
        self.setTitle(self.tr("The session"))
        self.setSubTitle(self.tr("Which module, when and where."))
        self.modules = {module.code: module for module in modules}
        self.module = QComboBox()
        self.module.setEditable(True)
        self.module.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for module in modules:
            self.module.addItem(module_named(module), module.code)
        completer = self.module.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.module.setAccessibleName(self.tr("Module"))
        day = QDate(today.year, today.month, today.day)
        self.starts = DateField(day)
        self.ends = DateField(day)
        self.starts.setAccessibleName(self.tr("First day"))
        self.ends.setAccessibleName(self.tr("Last day"))
        self.location = QLineEdit()
        self.location.setPlaceholderText(self.tr("e.g. MSS base, Port-au-Prince"))
        self.instructors = QLineEdit()
        self.instructors.setAccessibleName(self.tr("Instructors"))
        # For a module taught by qualified instructors: pick them by number or name.
        self.instructor_pick = QComboBox()
        self.instructor_pick.setEditable(True)
        self.instructor_pick.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.instructor_pick.setAccessibleName(self.tr("Qualified instructor to add"))
        pick_line = self.instructor_pick.lineEdit()
        if pick_line is not None:
            pick_line.setPlaceholderText(
                self.tr("Find a qualified instructor by service number or name")
            )
        pick_completer = self.instructor_pick.completer()
        if pick_completer is not None:
            pick_completer.setFilterMode(Qt.MatchFlag.MatchContains)
            pick_completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.add_instructor = QPushButton(self.tr("A&dd instructor"))
        self.add_instructor.clicked.connect(self._add_picked)
        self.instructor_picker = QWidget()
        picker = QHBoxLayout(self.instructor_picker)
        picker.setContentsMargins(0, 0, 0, 0)
        picker.addWidget(self.instructor_pick, 1)
        picker.addWidget(self.add_instructor)
        self.instructor_rule = plain_label()
        self.instructor_rule.setWordWrap(True)
        self.language = QComboBox()
        for code, name in LANGUAGES:
            self.language.addItem(self.tr(name), code)
        self.problem = problem_label()
        form = QFormLayout(self)
        form.addRow(self.tr("&Module"), self.module)
        form.addRow(self.tr("&First day"), self.starts)
        form.addRow(self.tr("&Last day"), self.ends)
        form.addRow(self.tr("L&ocation"), self.location)
        form.addRow(self.tr("&Instructor(s)"), self.instructors)
        form.addRow("", self.instructor_picker)
        form.addRow("", self.instructor_rule)
        form.addRow(self.tr("Lan&guage"), self.language)
        form.addRow(self.problem)
        for field_ in (self.starts, self.ends):
            field_.dateChanged.connect(self._edited)
            field_.problem_changed.connect(self._edited)
        for edit in (self.location, self.instructors):
            edit.textChanged.connect(self._edited)
        for combo in (self.module, self.language):
            combo.currentIndexChanged.connect(self._edited)
        self.module.editTextChanged.connect(self._edited)
        self._offered: tuple[str, dt.date] | None = None
        self._show_instructor_rule()

    def _edited(self) -> None:
        # Dates are told at once; an empty place only when Next is pressed.
        self._show_instructor_rule()
        problem = self.problem_now()
        self.problem.setText("" if problem == self._no_place() else (problem or ""))
        self.edited.emit()

    def instructed(self) -> ModuleView | None:
        """The module chosen, if it is taught by qualified instructors only."""
        module = self.chosen_module()
        if module is None or not (module.instructor_requires or module.instructor_current):
            return None
        return module

    def _show_instructor_rule(self) -> None:
        """For a module taught by qualified instructors: what they need, and who has it."""
        module = self.instructed()
        self.instructor_picker.setVisible(module is not None)
        self.instructor_rule.setVisible(module is not None)
        if module is None:
            self.instructors.setPlaceholderText(self.tr("Names, as free text"))
            self._offered = None
            return
        needed = list(module.instructor_requires)
        if module.instructor_current and module.code not in needed:
            needed.append(module.code)
        self.instructors.setPlaceholderText(self.tr("e.g. KEN 00123; JAM 0042"))
        self.instructor_rule.setText(
            self.tr(
                "{0} is taught by qualified instructors only: each must hold {1} on the last "
                "day. Name them by contingent and service number, separated by ';'."
            ).format(module.code, ", ".join(needed))
        )
        wanted = (module.code, self.last_day())
        if wanted == self._offered or self.ends.problem():
            return
        self._offered = wanted
        self.instructor_pick.clear()
        for choice in self.instructor_choices(*wanted):
            self.instructor_pick.addItem(f"{choice.reference} · {choice.name}", choice.reference)
        self.instructor_pick.setCurrentIndex(-1)

    def _add_picked(self) -> None:
        """The officer picked goes after those already named."""
        typed = self.instructor_pick.currentText().split("·")[0].strip()
        reference = self.instructor_pick.currentData() or typed
        if not reference:
            return
        named = [part.strip() for part in self.instructors.text().split(SEPARATOR) if part.strip()]
        if reference not in named:
            named.append(reference)
        self.instructors.setText(f"{SEPARATOR} ".join(named))
        self.instructor_pick.setCurrentIndex(-1)
        self.instructor_pick.clearEditText()

    def chosen_module(self) -> ModuleView | None:
        code = self.module.currentData()
        text = self.module.currentText().split("·")[0].strip().upper()
        return self.modules.get(code) or self.modules.get(text)

    def first_day(self) -> dt.date:
        return self.starts.day()

    def last_day(self) -> dt.date:
        return self.ends.day()

    def _no_place(self) -> str:
        try:
            check_session_entry(self.today, self.today, "", "", "en", "")
        except InputError as error:
            return str(error)
        return ""

    def problem_now(self) -> str | None:
        """What stops the page, in the words the save would use, or None."""
        if self.chosen_module() is None:
            return self.tr("Choose a module of the curriculum.")
        for edit in (self.starts, self.ends):
            if edit.problem():
                return edit.problem()
        future = future_date_problem(self.last_day(), self.today)
        if future:
            return self.tr("A session is recorded once it has taken place: {0}.").format(future)
        try:
            check_session_entry(
                self.first_day(),
                self.last_day(),
                self.location.text(),
                self.instructors.text(),
                str(self.language.currentData()),
                "",
            )
        except InputError as error:
            return str(error)
        module = self.instructed()
        problem = (
            self.instructors_problem(module.code, self.instructors.text(), self.last_day(), ())
            if module is not None
            else None
        )
        # Told on the field itself too, before Save: the save would refuse it in these words.
        self.instructors.setStyleSheet(
            f"border: 1px solid {ink(Ink.PROBLEM).name()};" if problem else ""
        )
        self.instructors.setToolTip(problem or "")
        return problem

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        problem = self.problem_now()
        self.problem.setText(problem or "")
        return problem is None


class AttendeesPage(QWizardPage):
    """Who came: ticked from a contingent's list or pasted as service numbers.

    Signals:
        edited(): the attendees chosen changed.
    """

    edited = Signal()

    def __init__(self, lookups: Lookups) -> None:
        super().__init__()
        self.lookups = lookups
        self.setTitle(self.tr("Attendees"))
        self.setSubTitle(
            self.tr("Tick who attended, or paste their service numbers, one per line.")
        )
        self.chosen: dict[int, OfficerRow] = {}
        self.contingent = QComboBox()
        add_contingents(self.contingent, lookups.contingents)
        self.contingent.setAccessibleName(self.tr("Contingent"))
        self.unit = QComboBox()
        self.unit.setAccessibleName(self.tr("Unit"))
        self.candidates = QListWidget()
        self.candidates.setAccessibleName(self.tr("Officers to choose from"))
        self.select_all = QPushButton(self.tr("Tick &all shown"))
        self.paste = QPlainTextEdit()
        self.paste.setPlaceholderText(self.tr("Paste service numbers here"))
        self.paste.setMaximumHeight(90)
        self.add_pasted = QPushButton(self.tr("A&dd pasted numbers"))
        self.unknown = plain_label()
        self.unknown.setWordWrap(True)
        self.unknown.setStyleSheet(ink_style(Ink.PROBLEM))
        self.count = QLabel()
        self.sign_in = QPushButton(self.tr("Print &sign-in sheet…"))
        self.sign_in.clicked.connect(self._print_sign_in)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Contingent")))
        filters.addWidget(self.contingent, 1)
        filters.addWidget(QLabel(self.tr("Unit")))
        filters.addWidget(self.unit, 1)
        filters.addWidget(self.select_all)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.candidates, 1)
        layout.addWidget(self.paste)
        row = QHBoxLayout()
        row.addWidget(self.add_pasted)
        row.addWidget(self.unknown, 1)
        layout.addLayout(row)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.sign_in)
        layout.addLayout(bottom)
        self.contingent.currentIndexChanged.connect(lambda _: self._load_units())
        self.unit.currentIndexChanged.connect(lambda _: self._load_candidates())
        self.candidates.itemChanged.connect(self._toggled)
        self.select_all.clicked.connect(self._tick_all)
        self.add_pasted.clicked.connect(self._add_pasted)
        self._load_units()

    def _load_units(self) -> None:
        code = self.contingent.currentData()
        self.unit.blockSignals(True)
        self.unit.clear()
        self.unit.addItem(self.tr("All units"), None)
        for name in self.lookups.load_units(code):
            self.unit.addItem(name, name)
        self.unit.blockSignals(False)
        self._load_candidates()

    def _load_candidates(self) -> None:
        rows = self.lookups.load_officers(self.contingent.currentData(), self.unit.currentData())
        self.candidates.blockSignals(True)
        self.candidates.clear()
        for row in rows:
            item = QListWidgetItem(f"{officer_name(row)} · {row.service_number} · {row.rank or ''}")
            item.setData(Qt.ItemDataRole.UserRole, row)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if row.id in self.chosen else Qt.CheckState.Unchecked
            )
            self.candidates.addItem(item)
        self.candidates.blockSignals(False)
        self._update_count()

    def _toggled(self, item: QListWidgetItem) -> None:
        # A click on the box makes its row current: the next Down and Space go on from it.
        self.candidates.setCurrentItem(item)
        row: OfficerRow = item.data(Qt.ItemDataRole.UserRole)
        if item.checkState() == Qt.CheckState.Checked:
            self.chosen[row.id] = row
        else:
            self.chosen.pop(row.id, None)
        self._update_count()

    def _tick_all(self) -> None:
        for index in range(self.candidates.count()):
            self.candidates.item(index).setCheckState(Qt.CheckState.Checked)

    def _add_pasted(self) -> None:
        numbers = self.paste.toPlainText().replace(",", "\n").replace(";", "\n").split()
        found, unknown = self.lookups.find_numbers(numbers)
        for row in found:
            self.chosen[row.id] = row
        if not unknown:
            self.unknown.setText("")
        elif self.lookups.contingents is None:
            self.unknown.setText(self.tr("Not found: {0}").format(", ".join(unknown)))
        else:
            # Another contingent's officers are not looked up at all: told here, at paste
            # time, with nothing of who they are, rather than refused at Save.
            self.unknown.setText(
                self.tr("Not found in your account's contingents ({0}): {1}").format(
                    ", ".join(sorted(self.lookups.contingents)), ", ".join(unknown)
                )
            )
        self._load_candidates()

    def restore(self, attendees: tuple[OfficerRow, ...]) -> None:
        self.chosen = {row.id: row for row in attendees}
        self._load_candidates()

    def _print_sign_in(self) -> None:
        # The sheet's module brings ReportLab: loaded when a sheet is printed, not with the window.
        from mss_training.documents.signin import Attendee, SignInSheet

        session_page = self.wizard().page(0)
        assert isinstance(session_page, SessionPage)
        module = session_page.chosen_module()
        attendees = sorted(self.chosen.values(), key=lambda r: (r.contingent, r.family_name))
        self.lookups.print_sign_in(
            SignInSheet(
                module_code=module.code if module else "",
                module_title=module.title_in(session_page.language.currentData()) if module else "",
                starts_on=session_page.first_day(),
                ends_on=session_page.last_day(),
                location=session_page.location.text().strip(),
                instructors=session_page.instructors.text().strip(),
                language=session_page.language.currentData(),
                attendees=[
                    Attendee(
                        r.service_number, r.family_name, r.given_names, r.rank or "", r.contingent
                    )
                    for r in attendees
                ],
            ),
            self.wizard(),
        )

    def _update_count(self) -> None:
        self.count.setText(self.tr("%n attendees chosen", "", len(self.chosen)))
        self.completeChanged.emit()
        self.edited.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return bool(self.chosen)

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        """An instructor of the session ticked as an attendee is told here, before Save."""
        session_page = self.wizard().page(0)
        assert isinstance(session_page, SessionPage)
        module = session_page.instructed()
        if module is None:
            return True
        problem = self.lookups.instructors_problem(
            module.code, session_page.instructors.text(), session_page.last_day(), set(self.chosen)
        )
        self.unknown.setText(problem or "")
        return problem is None


class ReviewPage(QWizardPage):
    def __init__(self, wizard: "RecordSessionWizard") -> None:
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(self.tr("Review and save"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.problem = problem_label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.problem)
        layout.addStretch()

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        module = self.wizard_.session_page.chosen_module()
        checked = self.wizard_.results_page.attendee_results()
        assert module is not None and not isinstance(checked, str)
        self.problem.clear()

        def names(outcome: Outcome) -> str:
            found = [officer_name(row) for row, _, decided in checked if decided is outcome]
            return html.escape("; ".join(found)) if found else self.tr("nobody")

        present = sum(decided is not Outcome.ABSENT for _, _, decided in checked)
        passed = sum(decided in (Outcome.PASS, Outcome.ATTENDED) for _, _, decided in checked)
        page = self.wizard_.session_page
        self.summary.setText(
            self.tr(
                "<p><b>{0}</b> · {1}</p><p>{2} to {3} at {4}</p>"
                "<p>{5} attendees, {6} present, {7} passed.</p>"
                "<p><b>Failed:</b> {8}</p><p><b>Absent:</b> {9}</p>"
                "<p>Saving records all of it at once. A result saved by mistake is corrected "
                "later with an amendment; nothing is overwritten.</p>"
            ).format(
                html.escape(module.code), html.escape(module.title_in(current_language())),
                page.first_day().isoformat(), page.last_day().isoformat(),
                html.escape(page.location.text().strip()), len(checked), present, passed,
                names(Outcome.FAIL), names(Outcome.ABSENT),
            )
        )  # fmt: skip


class RecordSessionWizard(QWizard):
    """The guided flow; ``session_input()`` is what it will save.

    Signals:
        saved(RecordedSession): the session was saved (the wizard then closes).
    """

    saved = Signal(object)

    def __init__(
        self, lookups: Lookups, parent: QWidget | None = None, draft: SessionDraft | None = None
    ) -> None:
        super().__init__(parent)
        self.lookups = lookups
        self.setWindowTitle(self.tr("Record a training session"))
        fit_to_screen(self, 820, 600)
        self.session_page = SessionPage(
            lookups.modules,
            lookups.today,
            lookups.instructors_problem,
            lookups.instructor_choices,
        )
        self.attendees_page = AttendeesPage(lookups)
        self.results_page = ResultsPage(
            self._rules, lambda: list(self.attendees_page.chosen.values()), lookups.scope_refusal
        )
        self.review_page = ReviewPage(self)
        for page in (self.session_page, self.attendees_page, self.results_page, self.review_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Save session"))
        self._saving = False
        self._restoring = False
        self._closed = False
        if draft is not None:
            self._restore(draft)
        for edited in (self.session_page, self.attendees_page, self.results_page):
            edited.edited.connect(self.keep_draft)
        self.currentIdChanged.connect(lambda _: self.keep_draft())

    def _rules(self) -> ModuleRules:
        module = self.session_page.chosen_module()
        assert module is not None
        return self.lookups.rules[module.code]

    def draft(self) -> SessionDraft:
        page = self.session_page
        module = page.chosen_module()
        return SessionDraft(
            module=module.code if module else "",
            starts_on=page.starts.text(),
            ends_on=page.ends.text(),
            location=page.location.text(),
            instructors=page.instructors.text(),
            language=str(page.language.currentData()),
            attendees=tuple(self.attendees_page.chosen.values()),
            results=tuple(self.results_page.lines()),
            page=max(self.currentId(), 0),
            saved_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        )

    def keep_draft(self) -> None:
        """Write the draft as it now is; nothing worth keeping yet leaves no file."""
        path = self.lookups.draft_path
        if path is None or self._restoring or self._saving or self._closed:
            return
        draft = self.draft()
        try:
            if draft.has_entries:
                save_draft(path, draft)
            else:
                discard_draft(path)
        except OSError as error:
            self.setToolTip(self.tr("The draft cannot be kept ({0}).").format(error.strerror))

    def _restore(self, draft: SessionDraft) -> None:
        self._restoring = True
        page = self.session_page
        index = page.module.findData(draft.module)
        if index >= 0:
            page.module.setCurrentIndex(index)
        # As typed, even a date that was not yet a date: it is told again, not changed.
        for edit, text in ((page.starts, draft.starts_on), (page.ends, draft.ends_on)):
            edit.setText(text)
            edit.textEdited.emit(text)
        page.location.setText(draft.location)
        page.instructors.setText(draft.instructors)
        language = page.language.findData(draft.language)
        if language >= 0:
            page.language.setCurrentIndex(language)
        self.attendees_page.restore(draft.attendees)
        self.results_page.restore(list(draft.results))
        self.restart()
        while self.currentId() < min(draft.page, 2) and self.validateCurrentPage():
            self.next()
        self._restoring = False

    def session_input(self) -> SessionInput | None:
        module = self.session_page.chosen_module()
        checked = self.results_page.attendee_results()
        if module is None or isinstance(checked, str):
            return None
        page = self.session_page
        return SessionInput(
            module=module.code,
            starts_on=page.first_day(),
            ends_on=page.last_day(),
            location=page.location.text().strip(),
            instructors=page.instructors.text().strip(),
            language=page.language.currentData(),
            results=tuple(result for _, result, _ in checked),
        )

    def accept(self) -> None:
        """Save first, then close: a refusal is shown here, with everything still typed."""
        entry = self.session_input()
        if entry is None or self._saving:
            return
        self._saving = True
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        self.review_page.problem.setText(self.tr("Saving…"))
        self.lookups.save(entry, self._saved, self._refused)

    def _saved(self, recorded: RecordedSession) -> None:
        if self.lookups.draft_path is not None:
            discard_draft(self.lookups.draft_path)
        self.saved.emit(recorded)
        super().accept()

    def _refused(self, message: str) -> None:
        self._saving = False
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        self.review_page.problem.setText(message)

    def done(self, result: int) -> None:
        """Closed: the draft stays as last kept (tearing down the pages must not rewrite it)."""
        self._closed = True
        super().done(result)

    def put_away(self) -> None:
        """Close without asking, keeping the draft (at sign-out: the next person's turn)."""
        self.keep_draft()
        super().reject()

    def discard(self) -> None:
        """Close and forget the draft, without asking."""
        if self.lookups.draft_path is not None:
            discard_draft(self.lookups.draft_path)
        super().reject()

    def reject(self) -> None:
        """Escape or the title bar's close: ask first when something typed would be lost."""
        if self._saving:
            return
        if not self.draft().has_entries:
            self.discard()
            return
        question = QMessageBox(
            QMessageBox.Icon.Question,
            self.windowTitle(),
            self.tr(
                "This session is not saved yet. Keep it as a draft to finish later, "
                "or discard what was typed?"
            ),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        keep = question.addButton(self.tr("&Keep draft"), QMessageBox.ButtonRole.AcceptRole)
        drop = question.addButton(self.tr("&Discard"), QMessageBox.ButtonRole.DestructiveRole)
        question.addButton(self.tr("Go &back"), QMessageBox.ButtonRole.RejectRole)
        question.setDefaultButton(keep)
        question.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.close_question = question

        def answered() -> None:
            if question.clickedButton() is keep:
                self.keep_draft()
                super(RecordSessionWizard, self).reject()
            elif question.clickedButton() is drop:
                self.discard()

        question.finished.connect(answered)
        question.open()
