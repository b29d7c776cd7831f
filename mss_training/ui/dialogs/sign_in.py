"""Who is using the app: the sign-in dialog, and the first administrator of a new database."""

from collections.abc import Callable

from PySide6.QtCore import QEvent, QSettings, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from mss_training.config import APP_NAME
from mss_training.db import Database
from mss_training.domain import UserRole
from mss_training.errors import MssError
from mss_training.io.curriculum_file import default_curriculum
from mss_training.services.demo import demo_accounts_text, is_demo_database
from mss_training.services.permissions import Actor
from mss_training.services.setup import set_up_database
from mss_training.services.users import NewUser, add_first_administrator, has_accounts, sign_in
from mss_training.ui.language import (
    LANGUAGE_NAMES,
    app_settings,
    apply_language,
    current_language,
    language_for,
    remember_language,
)
from mss_training.ui.tasks import TaskRunner
from mss_training.ui.theme import Ink, hint_style, ink_style

Submit = Callable[[str, str, Callable[[Actor], None], Callable[[str], None]], None]
CreateAdministrator = Callable[[NewUser, Callable[[Actor], None], Callable[[str], None]], None]


def _password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


def _form(dialog: QDialog, intro: QLabel, rows: list[tuple[str, QWidget]], problem: QLabel,
          ok_text: str, submit: Callable[[], None], footer: QWidget | None = None,
          ) -> QDialogButtonBox:  # fmt: skip
    """The intro, labelled fields, the problem line, the buttons and a footer, top to bottom."""
    intro.setWordWrap(True)
    form = QFormLayout()
    for label, widget in rows:
        widget.setAccessibleName(label.replace("&", ""))
        form.addRow(label, widget)
    problem.setWordWrap(True)
    problem.setStyleSheet(ink_style(Ink.PROBLEM))
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.accepted.connect(submit)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(intro)
    layout.addLayout(form)
    layout.addWidget(problem)
    layout.addWidget(buttons)
    if footer is not None:
        layout.addWidget(footer)
    dialog.setMinimumWidth(420)
    return buttons


class SignInDialog(QDialog):
    """Username and password; ``submit(username, password, done, failed)`` checks them.

    The check runs off the window's thread (a password hash takes a moment by design);
    a refusal shows its sentence (wrong password, locked for how long, disabled) in place.
    The language list changes the dialog's own language at once; the choice is kept for
    the account that signs in (``chosen_language``).
    """

    def __init__(
        self, where: str, submit: Submit, hint: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._submit = submit
        self._where = where
        self.actor: Actor | None = None
        self.chosen_language: str | None = None
        self.intro = QLabel()
        self.username = QLineEdit()
        self.password = _password_field()
        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(current_language()))
        self.language.currentIndexChanged.connect(self._choose_language)
        self.problem = QLabel()
        self.hint = QLabel(hint)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(hint_style())
        self.hint.setVisible(bool(hint))
        self.buttons = _form(
            self, self.intro,
            [(self.tr("&Username"), self.username), (self.tr("&Password"), self.password),
             (self.tr("&Language"), self.language)],
            self.problem, self.tr("Sign in"), self.check, self.hint,
        )  # fmt: skip
        self._retranslate()
        self.password.returnPressed.connect(self.check)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sign in — {0}").format(APP_NAME))
        self.intro.setText(
            self.tr("<b>{0}</b><br>Sign in to the database {1}.").format(APP_NAME, self._where)
        )
        labels = {
            self.username: self.tr("&Username"),
            self.password: self.tr("&Password"),
            self.language: self.tr("&Language"),
        }
        for label in self.findChildren(QLabel):
            buddy = label.buddy()
            if buddy in labels:
                label.setText(labels[buddy])
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        # After the children: the button box puts back its own OK text on this event.
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "buttons"):
            QTimer.singleShot(0, self._retranslate)
        super().changeEvent(event)

    def _choose_language(self) -> None:
        self.chosen_language = str(self.language.currentData())
        apply_language(self.chosen_language)
        self.problem.clear()

    def check(self) -> None:
        if not self.username.text().strip():
            self.problem.setText(self.tr("Enter your username."))
            self.username.setFocus()
            return
        self.problem.setText(self.tr("Checking…"))
        self.buttons.setEnabled(False)
        self._submit(self.username.text(), self.password.text(), self._accepted, self._refused)

    def _accepted(self, actor: Actor) -> None:
        self.actor = actor
        self.password.clear()
        self.accept()

    def _refused(self, message: str) -> None:
        self.buttons.setEnabled(True)
        self.problem.setText(message)
        self.password.clear()
        self.password.setFocus()


class FirstAdministratorDialog(QDialog):
    """A database with no accounts asks for its first administrator before anything else."""

    def __init__(
        self,
        where: str,
        create: CreateAdministrator,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._create = create
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("First administrator — {0}").format(APP_NAME))
        self.intro = QLabel(
            self.tr(
                "The database {0} has no user accounts yet. Create its first administrator, "
                "who then adds an account for each person who uses it."
            ).format(where)
        )
        self.username = QLineEdit()
        self.display_name = QLineEdit()
        self.password = _password_field()
        self.again = _password_field()
        self.problem = QLabel()
        self.buttons = _form(
            self, self.intro,
            [
                (self.tr("&Username"), self.username),
                (self.tr("Full &name"), self.display_name),
                (self.tr("&Password"), self.password),
                (self.tr("&Again"), self.again),
            ],
            self.problem, self.tr("Create"), self.check,
        )  # fmt: skip

    def check(self) -> None:
        if self.password.text() != self.again.text():
            self.problem.setText(self.tr("The two passwords differ."))
            return
        entry = NewUser(
            self.username.text(),
            self.display_name.text(),
            UserRole.ADMINISTRATOR,
            self.password.text(),
        )
        self.buttons.setEnabled(False)
        self._create(entry, self._created, self._refused)

    def _created(self, actor: Actor) -> None:
        self.actor = actor
        self.accept()

    def _refused(self, message: str) -> None:
        self.buttons.setEnabled(True)
        self.problem.setText(message)


def check_with(database: Database, runner: TaskRunner) -> Submit:
    """The SignInDialog's check: the password verified on the worker, off the window's thread."""

    def check(
        username: str, password: str, done: Callable[[Actor], None], failed: Callable[[str], None]
    ) -> None:
        runner.run(lambda: sign_in(database, username, password), done, failed)

    return check


def create_with(database: Database, runner: TaskRunner) -> CreateAdministrator:
    """The FirstAdministratorDialog's action: the account, then the shared curriculum."""

    def create(
        entry: NewUser, done: Callable[[Actor], None], failed: Callable[[str], None]
    ) -> None:
        def write() -> Actor:
            with database.transaction() as session:
                admin = add_first_administrator(session, entry).actor
                set_up_database(session, default_curriculum(), admin)
                return admin

        runner.run(write, done, failed)

    return create


def settle_language(settings: QSettings, username: str, chosen: str | None) -> str:
    """The language of ``username``'s window: the one just ``chosen`` at sign-in (kept for
    them), else the one they chose before; it is installed, and kept for the next sign-in."""
    code = chosen or language_for(settings, username)
    remember_language(settings, code, username if chosen else None)
    if code != current_language():
        apply_language(code)
    return code


def ask_who(
    database: Database,
    runner: TaskRunner,
    parent: QWidget | None = None,
    settings: QSettings | None = None,
) -> Actor | None:
    """Sign in to ``database`` (or create its first administrator); None if the user cancels.

    Whoever signs in gets their own language (``settle_language``).
    """
    settings = settings or app_settings()

    def read() -> tuple[bool, bool]:
        with database.reading() as session:
            return has_accounts(session), is_demo_database(session)

    # A glance at the small accounts table, before any window is usable.
    try:
        accounts, demo = runner.run(read, lambda _: None).result()
    except MssError as error:  # a locked or damaged database: say so, and sign nobody in
        QMessageBox.warning(parent, APP_NAME, str(error))
        return None
    if not accounts:
        first = FirstAdministratorDialog(
            database.display_name, create_with(database, runner), parent
        )
        first.exec()
        if first.actor is not None:
            settle_language(settings, first.actor.username, None)
        return first.actor
    hint = demo_accounts_text() if demo else ""
    dialog = SignInDialog(database.display_name, check_with(database, runner), hint, parent)
    dialog.exec()
    if dialog.actor is not None:
        settle_language(settings, dialog.actor.username, dialog.chosen_language)
    return dialog.actor
