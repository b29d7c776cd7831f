"""One officer in full: requirement checklist, results and their corrections, certificates,
and the holds that keep them from deploying."""

from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mss_training.domain import Outcome, ReadinessStatus
from mss_training.services.hold_rules import hold_kinds
from mss_training.services.officer_record import OfficerRecord
from mss_training.ui.dialogs.forms import read_only_table
from mss_training.ui.language import shown_date
from mss_training.ui.models.officers import status_text
from mss_training.ui.models.table import RowsModel
from mss_training.ui.screen_fit import fit_to_screen
from mss_training.ui.theme import STATUS_INKS, STATUS_TONES, Tone, ink_style
from mss_training.words import word, word_for


class OfficerDialog(QDialog):
    """Shows an officer's record as of the dashboard's date.

    Signals:
        correct_requested: (history line, void) the user wants to correct or void a result.
        revoke_requested: (serial, reason) the user revokes a certificate.
        history_requested: (what, key, title) the audit history of the officer (key: its
            id), of a result or of the session that recorded it (key: the result's uid).
        recognise_requested: the user records a pass the officer earned outside the mission.

    ``titles`` (code -> title in the window's language) are the tooltips of its modules.
    """

    correct_requested = Signal(object, bool)
    recognise_requested = Signal()
    revoke_requested = Signal(str, str)
    history_requested = Signal(str, object, str)

    def __init__(
        self,
        record: OfficerRecord,
        parent: QWidget | None = None,
        *,
        may_correct: bool = False,
        may_revoke: bool = False,
        may_recognise: bool = False,
        titles: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.record = record
        self.titles: Mapping[str, str] = titles or {}
        officer = record.officer
        self.setWindowTitle(f"{officer.family_name.upper()}, {officer.given_names}")
        fit_to_screen(self, 820, 560)
        # lupdate reads no call inside an f-string: the words are looked up first.
        service_number, roles, status = (
            self.tr("Service number"),
            self.tr("Roles"),
            self.tr("Status"),
        )
        heading = QLabel(
            f"<h2>{_escape(officer.given_names)} {_escape(officer.family_name)}</h2>"
            f"{_escape(officer.rank or '')} · {service_number} "
            f"{_escape(officer.service_number)} · {officer.contingent}"
            f"{' · ' + _escape(officer.unit) if officer.unit else ''}<br>"
            f"{roles}: {officer.roles or '—'} · {status}: "
            f"{status_text(officer.status)}"
        )
        heading.setWordWrap(True)
        overall = record.readiness.status.value if record.readiness else "ready"
        verdict = word_for(ReadinessStatus, overall).capitalize()
        if record.as_of is not None:
            # Counted on the dashboard's date, which may not be today: said, not implied.
            verdict = self.tr("{0} as of {1}").format(verdict, shown_date(record.as_of))
        if record.through is not None:
            verdict = self.tr("{0}, through the tour to {1}").format(
                verdict, shown_date(record.through)
            )
        held = record.readiness.holds if record.readiness else ()
        if held:
            # Held back whatever the training: shown at once, in the verdict's own line.
            verdict = self.tr("{0} · not deployable: held back ({1})").format(
                verdict, hold_kinds(held)
            )
            overall = "not_ready"
        self.verdict = QLabel(verdict)
        self.verdict.setStyleSheet(
            ink_style(STATUS_INKS[overall], "font-size: 14pt; font-weight: 600;")
        )

        requirements = record.readiness.requirements if record.readiness else ()
        statuses = [state.status.value for state in requirements]
        self.requirements = RowsModel(
            [
                self.tr("Module"),
                self.tr("Status as of {0}").format(record.as_of.isoformat())
                if record.as_of
                else self.tr("Status"),
                self.tr("Completed"),
                # The last valid day, as the certificate and the readiness report name it.
                self.tr("Valid until"),
            ],
            [
                [
                    s.module,
                    word(s.status),
                    s.completed_on or "",
                    s.last_valid_day or (self.tr("does not expire") if s.completed_on else ""),
                ]
                for s in requirements
            ],
            lambda row, _column: STATUS_TONES.get(statuses[row]),
            titles,
        )
        corrected = [line.corrected for line in record.history]
        self.history = RowsModel(
            [
                self.tr("Date"), self.tr("Module"), self.tr("Outcome"), self.tr("Score"),
                self.tr("Entry"), self.tr("Reason"), self.tr("Location"), self.tr("Recorded by"),
            ],
            [
                [
                    line.completed_on, line.module, word_for(Outcome, line.outcome),
                    "" if line.score is None else f"{line.score:g}",
                    line.kind + (" (corrected since)" if line.corrected else ""),
                    line.reason, line.location, line.recorded_by,
                ]
                for line in record.history
            ],
            lambda row, _column: Tone.NEUTRAL if corrected[row] else None,
            titles,
        )  # fmt: skip
        self.certificates = RowsModel(
            [self.tr("Serial"), self.tr("Module"), self.tr("Issued"), self.tr("Valid until"), ""],
            [
                [
                    c.serial,
                    c.module,
                    c.issued_on,
                    c.last_valid_day or "",
                    "revoked" if c.revoked else "",
                ]
                for c in record.certificates
            ],
            titles=titles,
        )
        hidden = self.tr("(not shown to your role)")
        lifted = [line.lifted_on is not None for line in record.holds]
        self.holds = RowsModel(
            [
                self.tr("Kind"), self.tr("Status"), self.tr("Since"), self.tr("Until"),
                self.tr("Lifted"), self.tr("Reason"), self.tr("Reference"), self.tr("Placed by"),
            ],
            [
                [
                    line.kind, line.status, line.since, line.until or "",
                    f"{line.lifted_on} ({line.lifted_by})" if line.lifted_on else "",
                    hidden if line.reason is None else line.reason,
                    hidden if line.reference is None else line.reference,
                    line.placed_by,
                ]
                for line in record.holds
            ],
            lambda row, _column: Tone.NEUTRAL if lifted[row] else None,
        )  # fmt: skip
        self.history_view = read_only_table(self.history, self.tr("Results"))
        self.correct_button = QPushButton(self.tr("&Correct…"))
        self.void_button = QPushButton(self.tr("&Void…"))
        self.correct_button.clicked.connect(lambda: self._request(void=False))
        self.void_button.clicked.connect(lambda: self._request(void=True))
        history_page = QWidget()
        history_layout = QVBoxLayout(history_page)
        history_layout.addWidget(self.history_view, 1)
        actions = QHBoxLayout()
        actions.addWidget(
            QLabel(self.tr("A correction is a new entry with a reason; nothing is overwritten."))
        )
        actions.addStretch()
        actions.addWidget(self.correct_button)
        actions.addWidget(self.void_button)
        for button in (self.correct_button, self.void_button):
            button.setVisible(may_correct)
        self.recognise_button = QPushButton(self.tr("Reco&gnise a qualification…"))
        self.recognise_button.setToolTip(
            self.tr("A pass earned outside the mission, such as at a national police academy")
        )
        self.recognise_button.clicked.connect(self.recognise_requested.emit)
        self.recognise_button.setVisible(may_recognise)
        actions.addWidget(self.recognise_button)
        history_layout.addLayout(actions)
        self.result_history_action = QAction(self.tr("History of this &result…"), self)
        self.result_history_action.triggered.connect(lambda: self._result_history("result"))
        self.session_history_action = QAction(self.tr("History of its &session…"), self)
        self.session_history_action.triggered.connect(lambda: self._result_history("session"))
        # Right-click on a result offers its history and its session's.
        self.history_view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.history_view.addActions([self.result_history_action, self.session_history_action])
        result_history_button = QPushButton(self.tr("Result &history…"))
        result_history_button.clicked.connect(self.result_history_action.trigger)
        actions.insertWidget(actions.count() - 2, result_history_button)
        tabs = QTabWidget()
        tabs.addTab(
            read_only_table(self.requirements, self.tr("Requirements")), self.tr("Requirements")
        )
        tabs.addTab(history_page, self.tr("Results and corrections"))
        self.certificates_view = read_only_table(self.certificates, self.tr("Certificates"))
        self.revoke_button = QPushButton(self.tr("&Revoke…"))
        self.revoke_button.clicked.connect(self._revoke)
        self.revoke_button.setVisible(may_revoke)
        certificates_page = QWidget()
        certificates_layout = QVBoxLayout(certificates_page)
        certificates_layout.addWidget(self.certificates_view, 1)
        certificates_row = QHBoxLayout()
        certificates_row.addStretch()
        certificates_row.addWidget(self.revoke_button)
        certificates_layout.addLayout(certificates_row)
        tabs.addTab(certificates_page, self.tr("Certificates"))
        tabs.addTab(read_only_table(self.holds, self.tr("Holds")), self.tr("Holds"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.officer_history_button = buttons.addButton(
            self.tr("Hi&story…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.officer_history_button.setToolTip(
            self.tr("Every audited change to this officer, their results and certificates")
        )
        self.officer_history_button.clicked.connect(
            lambda: self.history_requested.emit("officer", officer.id, self.windowTitle())
        )
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.verdict)
        layout.addWidget(tabs, 1)
        layout.addWidget(buttons)
        self.tabs = tabs

    def _revoke(self) -> None:
        row = _selected(self.certificates_view)
        if row is None or self.record.certificates[row].revoked:
            QMessageBox.information(
                self, self.windowTitle(), self.tr("Choose a certificate that is still valid.")
            )
            return
        serial = self.record.certificates[row].serial
        reason, accepted = QInputDialog.getText(
            self,
            self.tr("Revoke certificate"),
            self.tr("Why is {0} revoked? (required)").format(serial),
        )
        if accepted and reason.strip():
            self.revoke_requested.emit(serial, reason.strip())

    def _result_history(self, what: str) -> None:
        row = _selected(self.history_view)
        if row is None:
            QMessageBox.information(self, self.windowTitle(), self.tr("Choose a result first."))
            return
        line = self.record.history[row]
        title = f"{self.windowTitle()}, {line.module} {line.completed_on}"
        if what == "session":
            title = self.tr("the {0} session ending {1}").format(line.module, line.completed_on)
        self.history_requested.emit(what, line.uid, title)

    def _request(self, *, void: bool) -> None:
        row = _selected(self.history_view)
        if row is None:
            QMessageBox.information(self, self.windowTitle(), self.tr("Choose a result first."))
            return
        line = self.record.history[row]
        if line.corrected or line.kind == "void":
            QMessageBox.information(
                self,
                self.windowTitle(),
                self.tr("That entry was already corrected; correct its latest version."),
            )
            return
        self.correct_requested.emit(line, void)


def _selected(view: QTableView) -> int | None:
    index = view.currentIndex()
    return index.row() if index.isValid() else None


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
