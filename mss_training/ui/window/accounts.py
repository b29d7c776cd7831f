"""Who is signed in: the status line, signing out or switching user, managing accounts."""

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog

from mss_training.services.permissions import Permission
from mss_training.services.users import change_own_password
from mss_training.ui.dialogs.record_session import RecordSessionWizard
from mss_training.ui.dialogs.sign_in import ask_who
from mss_training.ui.dialogs.users import PasswordForm, UsersDialog
from mss_training.ui.language import LANGUAGE_NAMES, current_language, remember_language
from mss_training.ui.window.base import WindowBase
from mss_training.words import word


class AccountActions(WindowBase):
    """Signing out and in again, the Users dialog, and showing only what the role may do."""

    def apply_role(self) -> None:
        """Show who is signed in, and only the actions their role allows."""
        actor = self.context.actor
        self.user_label.setText(
            self.tr("Signed in as {0} · {1} · {2}").format(
                actor.display_name or actor.username, word(actor.role), actor.scope_text
            )
        )
        shown = {
            self.new_session_action: actor.may(Permission.RECORD_TRAINING),
            self.plan_session_action: actor.may(Permission.RECORD_TRAINING),
            self.import_action: actor.may(Permission.RECORD_TRAINING)
            or actor.may(Permission.EDIT_PERSONNEL),
            self.certificates_action: actor.may(Permission.ISSUE_CERTIFICATES),
            self.snapshot_action: actor.may(Permission.TAKE_SNAPSHOTS),
            self.holds_action: actor.may(Permission.MANAGE_HOLDS),
            self.users_action: actor.may(Permission.MANAGE_USERS),
            # A bundle carries every contingent: not for an account limited to some.
            self.export_bundle_action: actor.may(Permission.SYNC) and actor.contingents is None,
            self.import_bundle_action: actor.may(Permission.SYNC) and actor.contingents is None,
            self.conflicts_action: actor.may(Permission.RESOLVE_CONFLICTS),
            # Sessions of every contingent are compared: not for an account limited to some.
            self.duplicates_action: actor.may(Permission.RESOLVE_CONFLICTS)
            and actor.contingents is None,
            self.sites_action: actor.may(Permission.SYNC) or actor.may(Permission.SET_UP),
            # A copy holds every contingent's records (docs/audit-and-backups.md); inside,
            # only an administrator is offered Restore.
            self.backups_action: actor.may(Permission.BACK_UP),
        }
        for action, allowed in shown.items():
            action.setVisible(allowed)
            action.setEnabled(allowed)
        self.records_menu.menuAction().setVisible(actor.may(Permission.RECORD_TRAINING))
        self.sync_menu.menuAction().setVisible(
            any(
                action.isVisible()
                for action in self.sync_menu.actions()
                if not action.isSeparator()
            )
        )
        self.dashboard.apply_actor()
        self.personnel.apply_actor()
        self.sessions.apply_actor()
        self.curriculum.apply_actor()

    def sign_out(self) -> None:
        """Hide the records, ask who is next; quit when nobody signs in."""
        # The next person must not find the last one's dialogs open.
        for dialog in self.findChildren(QDialog):
            if isinstance(dialog, RecordSessionWizard):
                dialog.put_away()  # kept as this account's draft, offered when they return
            else:
                dialog.close()
        # Nor the last one's As-of date: each person starts on today.
        self.dashboard.reset_as_of()
        self.hide()
        actor = ask_who(self.context.database, self.context.runner, settings=self.settings)
        if actor is None:
            self.close()
            return
        self.context.actor = actor
        self._note_language()
        self.apply_role()
        self.show()
        self.refresh()
        self.signed_in.emit(actor.username)
        self.offer_kept_draft()

    def choose_language(self, action: QAction) -> None:
        """Keep the signed-in person's language; the window is built in it when next opened."""
        code = str(action.data())
        remember_language(self.settings, code, self.context.actor.username)
        self._note_language(code)

    def _note_language(self, code: str | None = None) -> None:
        """Tick the person's language, and say when the menus will show it."""
        code = code or current_language()
        for action in self.language_actions.actions():
            action.setChecked(action.data() == code)
        if code != self.built_in_language:
            self.statusBar().showMessage(
                self.tr("The window shows {0} the next time it opens.").format(
                    LANGUAGE_NAMES[code]
                ),
                30_000,
            )

    def change_own_password(self) -> None:
        """The signed-in person changes their password, proving the current one first."""
        database, actor = self.context.database, self.context.actor

        def save(
            current: str, new: str, done: Callable[[object], None], failed: Callable[[str], None]
        ) -> None:
            self.context.runner.run(
                lambda: change_own_password(database, actor, current, new), done, failed
            )

        form = PasswordForm(actor.username, save, self, own=True)
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.password_form = form
        form.open()

    def manage_users(self) -> None:
        dialog = UsersDialog(self.context, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.users_dialog = dialog
        dialog.show()
