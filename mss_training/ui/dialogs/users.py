"""Administrators manage accounts: add, change role and contingent limits, disable, reset."""

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mss_training.domain import UserRole
from mss_training.errors import InputError
from mss_training.services.permissions import LIMITABLE_ROLES
from mss_training.services.reference import known_contingents
from mss_training.services.users import (
    NewUser,
    UserInfo,
    add_user,
    change_user,
    list_users,
    reset_password,
    set_disabled,
)
from mss_training.ui.context import AppContext
from mss_training.ui.dialogs.forms import choice_table, lay_out_form, problem_label
from mss_training.ui.language import QT_TRANSLATE_NOOP
from mss_training.ui.screen_fit import fit_to_screen, widen_to_columns
from mss_training.ui.theme import Ink, ink_style
from mss_training.words import word

COLUMNS = (
    QT_TRANSLATE_NOOP("UsersDialog", "Username"),
    QT_TRANSLATE_NOOP("UsersDialog", "Name"),
    QT_TRANSLATE_NOOP("UsersDialog", "Role"),
    QT_TRANSLATE_NOOP("UsersDialog", "Contingents"),
    QT_TRANSLATE_NOOP("UsersDialog", "Status"),
    QT_TRANSLATE_NOOP("UsersDialog", "Last sign-in"),
)


class AccountForm(QDialog):
    """A new account (with its password) or an existing one's role, limits and name.

    ``save(entry, done, failed)`` stores it; the form closes once it has.
    """

    def __init__(
        self,
        save: Callable[[NewUser, Callable[[object], None], Callable[[str], None]], None],
        existing: UserInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self.setWindowTitle(self.tr("Change account") if existing else self.tr("Add an account"))
        self.username = QLineEdit()
        self.display_name = QLineEdit()
        self.role = QComboBox()
        for role in UserRole:
            self.role.addItem(word(role).capitalize(), role.value)
        self.contingents = QListWidget()
        self.contingents.setMaximumHeight(160)
        for info in known_contingents():
            item = QListWidgetItem(f"{info.code} · {info.name}")
            item.setData(Qt.ItemDataRole.UserRole, info.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.contingents.addItem(item)

        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.problem = QLabel(
            self.tr("Tick no contingent for all of them. Only training officers and commanders "
                    "can be limited.")
        )  # fmt: skip
        self.problem.setWordWrap(True)
        rows: list[tuple[str, QWidget]] = [
            (self.tr("&Username"), self.username),
            (self.tr("Full &name"), self.display_name),
            (self.tr("&Role"), self.role),
            (self.tr("Limited to &contingents"), self.contingents),
        ]
        if existing is None:
            rows += [(self.tr("&Password"), self.password), (self.tr("&Again"), self.again)]
        self.buttons = lay_out_form(self, rows, self.problem, self.submit)
        self.role.currentIndexChanged.connect(lambda _: self._role_changed())
        if existing is not None:
            self.username.setText(existing.username)
            self.username.setEnabled(False)
            self.display_name.setText(existing.display_name)
            self.role.setCurrentIndex(self.role.findData(existing.role.value))
            for index in range(self.contingents.count()):
                item = self.contingents.item(index)
                ticked = item.data(Qt.ItemDataRole.UserRole) in existing.contingents
                item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        self._role_changed()

    def _role_changed(self) -> None:
        self.contingents.setEnabled(UserRole(self.role.currentData()) in LIMITABLE_ROLES)

    def entry(self) -> NewUser:
        if self.password.text() != self.again.text():
            raise InputError(self.tr("The two passwords differ."))
        role = UserRole(self.role.currentData())
        ticked = tuple(
            str(self.contingents.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.contingents.count())
            if self.contingents.item(i).checkState() == Qt.CheckState.Checked
        )
        return NewUser(
            self.username.text(),
            self.display_name.text(),
            role,
            self.password.text(),
            ticked if role in LIMITABLE_ROLES else (),
        )

    def submit(self) -> None:
        self.problem.setStyleSheet(ink_style(Ink.PROBLEM))
        try:
            entry = self.entry()
        except InputError as error:
            self.problem.setText(str(error))
            return
        self.buttons.setEnabled(False)
        self._save(entry, lambda _: self.accept(), self._failed)

    def _failed(self, message: str) -> None:
        self.buttons.setEnabled(True)
        self.problem.setText(message)


SavePassword = Callable[[str, str, Callable[[object], None], Callable[[str], None]], None]


class PasswordForm(QDialog):
    """A new password typed twice, and the current one when a person changes their own.

    ``save(current, new, done, failed)`` stores it; ``current`` is "" for an administrator's
    reset.
    """

    def __init__(
        self, username: str, save: SavePassword, parent: QWidget | None = None, *, own: bool = False
    ) -> None:
        super().__init__(parent)
        self._save = save
        self.setWindowTitle(
            self.tr("Change my password")
            if own
            else self.tr("Reset the password of {0}").format(username)
        )
        self.current = QLineEdit()
        self.password = QLineEdit()
        self.again = QLineEdit()
        for field in (self.current, self.password, self.again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.problem = QLabel(
            self.tr("At least 8 characters, known to you alone.")
            if own
            else self.tr("The account can sign in at once; a lock-out is lifted.")
        )
        self.problem.setWordWrap(True)
        rows: list[tuple[str, QWidget]] = (
            [(self.tr("&Current password"), self.current)] if own else []
        )
        rows += [(self.tr("New &password"), self.password), (self.tr("&Again"), self.again)]
        self.buttons = lay_out_form(self, rows, self.problem, self.submit)
        self.setMinimumWidth(380)

    def submit(self) -> None:
        self.problem.setStyleSheet(ink_style(Ink.PROBLEM))
        if self.password.text() != self.again.text():
            self.problem.setText(self.tr("The two passwords differ."))
            return
        self.buttons.setEnabled(False)
        self._save(self.current.text(), self.password.text(), lambda _: self.accept(), self._failed)

    def _failed(self, message: str) -> None:
        self.buttons.setEnabled(True)
        self.problem.setText(message)


class UsersDialog(QDialog):
    """Every account of the database, and what an administrator does to them."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.users: list[UserInfo] = []
        self.setWindowTitle(self.tr("User accounts"))
        self.table = choice_table([self.tr(name) for name in COLUMNS], self.tr("User accounts"))
        self.table.horizontalHeader().setStretchLastSection(True)
        self.add_button = QPushButton(self.tr("&Add…"))
        self.change_button = QPushButton(self.tr("&Change…"))
        self.disable_button = QPushButton(self.tr("&Disable"))
        self.reset_button = QPushButton(self.tr("&Reset password…"))
        self.add_button.clicked.connect(lambda: self.open_form(None))
        self.change_button.clicked.connect(lambda: self.open_form(self.selected()))
        self.disable_button.clicked.connect(self.toggle_disabled)
        self.reset_button.clicked.connect(self.open_password_form)
        self.problem = problem_label()
        buttons = QHBoxLayout()
        for button in (self.add_button, self.change_button, self.disable_button):
            buttons.addWidget(button)
        buttons.addWidget(self.reset_button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        note = QLabel(
            self.tr("Accounts are disabled, never deleted, so that the records they made keep "
                    "a known author. Changes apply from the account's next sign-in.")
        )  # fmt: skip
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problem)
        layout.addWidget(close)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        fit_to_screen(self, 860, 380)
        self.refresh()

    def _run(self, work: Callable[[], object], done: Callable[[object], None],
             failed: Callable[[str], None]) -> None:  # fmt: skip
        self.context.runner.run(work, done, failed)

    def refresh(self) -> None:
        database, actor = self.context.database, self.context.actor

        def read() -> list[UserInfo]:
            with database.reading() as session:
                return list_users(session, actor)

        self.context.runner.run(read, self._show, self.problem.setText)

    def _show(self, users: list[UserInfo]) -> None:
        chosen = self.selected()
        self.users = users
        self.table.setRowCount(len(users))
        for row, user in enumerate(users):
            last = user.last_login_at
            cells = (
                user.username,
                user.display_name,
                word(user.role),
                ", ".join(user.contingents) or self.tr("all"),
                user.status,
                f"{last.astimezone():%Y-%m-%d %H:%M}" if last else self.tr("never"),
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
            if chosen and user.username == chosen.username:
                self.table.selectRow(row)
        self.table.resizeColumnsToContents()
        widen_to_columns(self, self.table)
        self._selection_changed()

    def selected(self) -> UserInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.users[rows[0].row()] if rows and rows[0].row() < len(self.users) else None

    def _selection_changed(self) -> None:
        user = self.selected()
        for button in (self.change_button, self.disable_button, self.reset_button):
            button.setEnabled(user is not None)
        self.disable_button.setText(
            self.tr("&Enable") if user and user.disabled else self.tr("&Disable")
        )

    def _saved(self, done: Callable[[object], None]) -> Callable[[object], None]:
        def saved(result: object) -> None:
            done(result)
            self.refresh()

        return saved

    def open_form(self, existing: UserInfo | None) -> None:
        database, actor = self.context.database, self.context.actor

        def save(
            entry: NewUser, done: Callable[[object], None], failed: Callable[[str], None]
        ) -> None:
            def write() -> None:
                with database.transaction() as session:
                    if existing is None:
                        add_user(session, actor, entry)
                    else:
                        change_user(
                            session, actor, existing.username, role=entry.role,
                            contingents=entry.contingents, display_name=entry.display_name,
                        )  # fmt: skip

            self._run(write, self._saved(done), failed)

        form = AccountForm(save, existing, self)
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.form = form
        form.open()

    def toggle_disabled(self) -> None:
        user = self.selected()
        if user is None:
            return
        database, actor = self.context.database, self.context.actor

        def write() -> None:
            with database.transaction() as session:
                set_disabled(session, actor, user.username, not user.disabled)

        self.problem.clear()
        self._run(write, lambda _: self.refresh(), self.problem.setText)

    def open_password_form(self) -> None:
        user = self.selected()
        if user is None:
            return
        database, actor = self.context.database, self.context.actor

        def save(
            _current: str, password: str, done: Callable[[object], None],
            failed: Callable[[str], None],
        ) -> None:  # fmt: skip
            def write() -> None:
                with database.transaction() as session:
                    reset_password(session, actor, user.username, password)

            self._run(write, self._saved(done), failed)

        password_form = PasswordForm(user.username, save, self)
        password_form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.password_form = password_form
        password_form.open()
