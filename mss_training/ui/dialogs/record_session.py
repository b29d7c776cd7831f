"""Record a training session: the module and dates, who came, how each did, then save it all.

Everything is saved in one transaction at the end, or not at all.
"""

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QComboBox,
    QCompleter,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from mss_training.documents.signin import Attendee, SignInSheet
from mss_training.domain import Assessment, Outcome
from mss_training.services.curriculum import ModuleView
from mss_training.services.personnel import OfficerRef, OfficerRow
from mss_training.services.training import AttendeeResult, SessionInput
from mss_training.ui.dialogs.forms import add_contingents, plain_label, problem_label
from mss_training.ui.language import QT_TRANSLATE_NOOP
from mss_training.ui.theme import Ink, ink_style

LANGUAGES = (
    ("en", QT_TRANSLATE_NOOP("SessionPage", "English")),
    ("fr", QT_TRANSLATE_NOOP("SessionPage", "French")),
    ("es", QT_TRANSLATE_NOOP("SessionPage", "Spanish")),
    ("ht", QT_TRANSLATE_NOOP("SessionPage", "Haitian Creole")),
)
OUTCOME_WORDS = {"p": Outcome.PASS, "pass": Outcome.PASS, "f": Outcome.FAIL, "fail": Outcome.FAIL}


@dataclass
class Lookups:
    """What the wizard reads as the user goes: small, indexed reads of the database."""

    modules: list[ModuleView]
    load_officers: Callable[[str, str | None], list[OfficerRow]]
    load_units: Callable[[str], list[str]]
    find_numbers: Callable[[list[str]], tuple[list[OfficerRow], list[str]]]
    print_sign_in: Callable[[SignInSheet], None]
    # The contingents the signed-in training officer records for (None: all of them).
    contingents: frozenset[str] | None = None


class SessionPage(QWizardPage):
    def __init__(self, modules: list[ModuleView]) -> None:
        super().__init__()
        self.setTitle(self.tr("The session"))
        self.setSubTitle(self.tr("Which module, when and where."))
        self.modules = {module.code: module for module in modules}
        self.module = QComboBox()
        self.module.setEditable(True)
        self.module.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for module in modules:
            self.module.addItem(f"{module.code} · {module.title}", module.code)
        completer = self.module.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.module.setAccessibleName(self.tr("Module"))
        today = QDate.currentDate()
        self.starts = QDateEdit(today)
        self.ends = QDateEdit(today)
        for edit in (self.starts, self.ends):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.location = QLineEdit()
        self.location.setPlaceholderText(self.tr("e.g. MSS base, Port-au-Prince"))
        self.instructors = QLineEdit()
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
        form.addRow(self.tr("Lan&guage"), self.language)
        form.addRow(self.problem)

    def chosen_module(self) -> ModuleView | None:
        code = self.module.currentData()
        text = self.module.currentText().split("·")[0].strip().upper()
        return self.modules.get(code) or self.modules.get(text)

    def first_day(self) -> dt.date:
        date = self.starts.date()
        return dt.date(date.year(), date.month(), date.day())

    def last_day(self) -> dt.date:
        date = self.ends.date()
        return dt.date(date.year(), date.month(), date.day())

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        if self.chosen_module() is None:
            self.problem.setText(self.tr("Choose a module of the curriculum."))
        elif self.last_day() < self.first_day():
            self.problem.setText(self.tr("The last day is before the first."))
        elif self.last_day() > dt.date.today():
            self.problem.setText(self.tr("Record a session once it has taken place."))
        elif not self.location.text().strip():
            self.problem.setText(self.tr("Say where the session took place."))
        else:
            self.problem.clear()
            return True
        return False


class AttendeesPage(QWizardPage):
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
            item = QListWidgetItem(
                f"{row.family_name.upper()}, {row.given_names} · {row.service_number} · "
                f"{row.rank or ''}"
            )
            item.setData(Qt.ItemDataRole.UserRole, row)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if row.id in self.chosen else Qt.CheckState.Unchecked
            )
            self.candidates.addItem(item)
        self.candidates.blockSignals(False)
        self._update_count()

    def _toggled(self, item: QListWidgetItem) -> None:
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

    def _print_sign_in(self) -> None:
        session_page = self.wizard().page(0)
        assert isinstance(session_page, SessionPage)
        module = session_page.chosen_module()
        attendees = sorted(self.chosen.values(), key=lambda r: (r.contingent, r.family_name))
        self.lookups.print_sign_in(
            SignInSheet(
                module_code=module.code if module else "",
                module_title=module.title if module else "",
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
            )
        )

    def _update_count(self) -> None:
        self.count.setText(self.tr("%n attendees chosen", "", len(self.chosen)))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return bool(self.chosen)


class ResultsPage(QWizardPage):
    """One row per attendee; Tab and the number keys are all a fast typist needs."""

    def __init__(self, session_page: SessionPage, attendees: AttendeesPage) -> None:
        super().__init__()
        self.session_page = session_page
        self.attendees = attendees
        self.setTitle(self.tr("Results"))
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Service no."), self.tr("Attended"), self.tr("Result")]
        )
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Results of each attendee"))
        self.problem = problem_label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problem)
        delegate = self.table.itemDelegate()
        if delegate is not None:
            delegate.closeEditor.connect(self._tab_to_next_attendee)

    def _tab_to_next_attendee(
        self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint
    ) -> None:
        """Tab goes from one attendee's result straight to the next one's, editor open."""
        row = self.table.indexAt(editor.geometry().center()).row() + 1
        if hint != QAbstractItemDelegate.EndEditHint.EditNextItem or row >= self.table.rowCount():
            return

        def go() -> None:
            self.table.setCurrentCell(row, 3)
            item = self.table.item(row, 3)
            if item is not None and item.flags() & Qt.ItemFlag.ItemIsEditable:
                self.table.editItem(item)

        # After the view has finished its own move, which would land on a read-only cell.
        QTimer.singleShot(0, go)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        module = self.session_page.chosen_module()
        assert module is not None
        assessment = Assessment(module.assessment)
        if assessment is Assessment.SCORED:
            self.setSubTitle(
                self.tr(
                    "Type each score and press Tab for the next (pass mark {0}); "
                    "untick who did not attend."
                ).format(f"{module.pass_mark:g}")
            )
        elif assessment is Assessment.PASS_FAIL:
            self.setSubTitle(
                self.tr("Type P (pass) or F (fail), Tab for the next; untick who did not attend.")
            )
        else:
            self.setSubTitle(self.tr("Attending is passing; untick who did not attend."))
        rows = sorted(self.attendees.chosen.values(), key=lambda r: (r.family_name, r.given_names))
        self.table.blockSignals(True)
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            name = QTableWidgetItem(f"{row.family_name.upper()}, {row.given_names}")
            name.setData(Qt.ItemDataRole.UserRole, row)
            name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
            number = QTableWidgetItem(row.service_number)
            number.setFlags(number.flags() & ~Qt.ItemFlag.ItemIsEditable)
            attended = QTableWidgetItem()
            attended.setFlags(
                (attended.flags() | Qt.ItemFlag.ItemIsUserCheckable) & ~Qt.ItemFlag.ItemIsEditable
            )
            attended.setCheckState(Qt.CheckState.Checked)
            result = QTableWidgetItem("")
            if assessment is Assessment.ATTENDANCE:
                result.setFlags(result.flags() & ~Qt.ItemFlag.ItemIsEditable)
            for column, item in enumerate((name, number, attended, result)):
                self.table.setItem(index, column, item)
        self.table.blockSignals(False)
        if rows:
            # The typist starts on the first result without reaching for the mouse.
            self.table.setCurrentCell(0, 3)
            # After the wizard has placed its own focus on the page.
            QTimer.singleShot(0, self.table.setFocus)

    def _cell(self, row: int, column: int) -> QTableWidgetItem:
        item = self.table.item(row, column)
        assert item is not None
        return item

    def attendee_results(self) -> list[AttendeeResult] | str:
        """The results typed in, or a sentence naming the first thing to correct."""
        module = self.session_page.chosen_module()
        assert module is not None
        assessment = Assessment(module.assessment)
        results: list[AttendeeResult] = []
        for index in range(self.table.rowCount()):
            row: OfficerRow = self._cell(index, 0).data(Qt.ItemDataRole.UserRole)
            ref = OfficerRef(row.contingent, row.service_number)
            attended = self._cell(index, 2).checkState() == Qt.CheckState.Checked
            text = self._cell(index, 3).text().strip().lower().replace(",", ".")
            if not attended:
                results.append(AttendeeResult(ref, attended=False))
            elif assessment is Assessment.SCORED:
                try:
                    score = float(text)
                except ValueError:
                    return self.tr("Row {0} ({1}) needs a score from 0 to 100.").format(
                        index + 1, row.family_name
                    )
                if not 0 <= score <= 100:
                    return self.tr("Row {0}: a score is from 0 to 100.").format(index + 1)
                results.append(AttendeeResult(ref, score=score))
            elif assessment is Assessment.PASS_FAIL:
                outcome = OUTCOME_WORDS.get(text)
                if outcome is None:
                    return self.tr("Row {0} ({1}) needs P (pass) or F (fail).").format(
                        index + 1, row.family_name
                    )
                results.append(AttendeeResult(ref, outcome=outcome))
            else:
                results.append(AttendeeResult(ref))
        return results

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        checked = self.attendee_results()
        if isinstance(checked, str):
            self.problem.setText(checked)
            return False
        self.problem.clear()
        return True


def passes_module(module: ModuleView, result: AttendeeResult) -> bool:
    if not result.attended:
        return False
    if module.assessment == Assessment.SCORED.value:
        mark = module.pass_mark or 0
        return result.score is not None and result.score >= mark
    if module.assessment == Assessment.PASS_FAIL.value:
        return result.outcome is Outcome.PASS
    return True


class ReviewPage(QWizardPage):
    def __init__(self, wizard: "RecordSessionWizard") -> None:
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(self.tr("Review and save"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addStretch()

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        entry = self.wizard_.session_input()
        assert entry is not None
        attended = sum(result.attended for result in entry.results)
        module = self.wizard_.session_page.chosen_module()
        assert module is not None
        passes = sum(passes_module(module, result) for result in entry.results)
        self.summary.setText(
            self.tr(
                "<p><b>{0}</b> · {1}</p><p>{2} to {3} at {4}</p>"
                "<p>{5} attendees, {6} present, {7} passed.</p>"
                "<p>Saving records all of it at once. A result saved by mistake is corrected "
                "later with an amendment; nothing is overwritten.</p>"
            ).format(
                module.code, module.title, entry.starts_on.isoformat(), entry.ends_on.isoformat(),
                entry.location, len(entry.results), attended, passes,
            )
        )  # fmt: skip


class RecordSessionWizard(QWizard):
    """The guided flow; ``session_input()`` is what it will save."""

    def __init__(self, lookups: Lookups, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record a training session"))
        self.resize(820, 640)
        self.session_page = SessionPage(lookups.modules)
        self.attendees_page = AttendeesPage(lookups)
        self.results_page = ResultsPage(self.session_page, self.attendees_page)
        self.review_page = ReviewPage(self)
        for page in (self.session_page, self.attendees_page, self.results_page, self.review_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Save session"))

    def session_input(self) -> SessionInput | None:
        module = self.session_page.chosen_module()
        results = self.results_page.attendee_results()
        if module is None or isinstance(results, str):
            return None
        return SessionInput(
            module=module.code,
            starts_on=self.session_page.first_day(),
            ends_on=self.session_page.last_day(),
            location=self.session_page.location.text().strip(),
            instructors=self.session_page.instructors.text().strip(),
            language=self.session_page.language.currentData(),
            results=tuple(results),
        )
