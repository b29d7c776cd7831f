"""Accounts: signing in, the lock-out after wrong passwords, and managing accounts.

Passwords are kept only as argon2id hashes (argon2-cffi), never in plain text, never in
the audit log. After ``LOCK_AFTER`` wrong passwords in a row an account refuses every
attempt for a delay that doubles with each further failure, so that guessing is slow.
"""

import datetime as dt
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mss_training.dates import utc_now
from mss_training.db import Database
from mss_training.domain import UserRole
from mss_training.errors import InputError, MssError, NotFoundError
from mss_training.messages import N_, _
from mss_training.models import Contingent, User
from mss_training.services.audit import record_change
from mss_training.services.permissions import (
    CHANGE_PASSWORD,
    LIMITABLE_ROLES,
    ROLE_NAMES,
    Actor,
    Permission,
    limits_for,
    require,
    require_password_sign_in,
    role_plural,
)
from mss_training.services.tokens import follow_new_hash, revoke_tokens_of

LOCK_AFTER = 5
FIRST_DELAY = dt.timedelta(seconds=30)
LONGEST_DELAY = dt.timedelta(hours=1)
MIN_PASSWORD_LENGTH = 8
USERNAME_PATTERN = re.compile(r"[a-z0-9][a-z0-9._@-]{1,99}")

# argon2-cffi's defaults are argon2id with 64 MiB and 3 passes: slow to guess, quick to check.
_HASHER = PasswordHasher()


@functools.cache
def _dummy_hash() -> str:
    """Checked against when the username is unknown, so that a wrong name takes as long as a
    wrong password and does not tell whether the account exists.

    Made on first use, not at import: a 64 MiB hash costs every command a fraction of a
    second, and most commands never sign anyone in.
    """
    return _HASHER.hash("not a password of anyone")


class SignInError(MssError):
    """A refused sign-in: wrong name or password, a locked or disabled account."""


class WrongCredentialsError(SignInError):
    """The one answer to every refused sign-in but a disabled account's right password."""


# It says nothing of whether the name exists or is locked, and still tells its owner why
# to wait; said in the language in use (WRONG_CREDENTIALS is the English).
_WRONG_CREDENTIALS = N_(
    "Wrong username or password (after {count} wrong passwords in a row an account "
    "waits 30 seconds or more before it signs in again)."
)


WRONG_CREDENTIALS = _WRONG_CREDENTIALS.format(count=LOCK_AFTER)


def hash_password(password: str) -> str:
    return _HASHER.hash(password)


def _verify(stored_hash: str, password: str) -> bool:
    try:
        return _HASHER.verify(stored_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def lock_delay(failed_attempts: int) -> dt.timedelta:
    """How long an account refuses sign-ins after this many failures in a row."""
    if failed_attempts < LOCK_AFTER:
        return dt.timedelta(0)
    doublings = min(failed_attempts - LOCK_AFTER, 16)
    return min(FIRST_DELAY * 2**doublings, LONGEST_DELAY)


def normalise_username(text: str) -> str:
    return text.strip().lower()


def has_accounts(session: Session) -> bool:
    return session.scalar(select(User.id).limit(1)) is not None


def actor_of(user: User) -> Actor:
    role = UserRole(user.role)
    return Actor(user.username, role, limits_for(role, user.contingents), user.display_name)


@dataclass(frozen=True)
class _Attempt:
    user_id: int
    password_hash: str
    disabled: bool
    actor: Actor


def sign_in(
    database: Database, username: str, password: str, *, now: dt.datetime | None = None
) -> Actor:
    """The account's Actor if the password is right; SignInError with a plain sentence if not.

    One write transaction checks the lock and counts the attempt as a failure before the
    password is checked, so that however many programs guess at once, an account has at
    most ``LOCK_AFTER`` passwords checked before its lock: the transaction takes the write
    lock first (BEGIN IMMEDIATE on SQLite, the user's row FOR UPDATE on PostgreSQL). The
    slow argon2 check runs after that commit, not while holding the lock; a right password
    then takes the attempt back in a second transaction.

    An unknown name, a wrong password and a locked account get the same answer, in the same
    time (a dummy hash is checked where no password is); whether an account is disabled is
    told only to its right password.
    """
    now = now or utc_now()
    name = normalise_username(username)
    with database.transaction() as session:
        if not has_accounts(session):
            raise SignInError(
                _("This database has no user accounts yet; create the first administrator.")
            )
        attempt = _count_attempt(session, name, now)
    if attempt is None:
        _verify(_dummy_hash(), password)
        raise WrongCredentialsError(_(_WRONG_CREDENTIALS).format(count=LOCK_AFTER))
    right = bool(password) and _verify(attempt.password_hash, password)
    if not right:
        raise WrongCredentialsError(_(_WRONG_CREDENTIALS).format(count=LOCK_AFTER))
    with database.transaction() as session:
        user = session.get(User, attempt.user_id, with_for_update=True)
        assert user is not None
        # The attempt counted as a failure is taken back: a right password starts again.
        user.failed_attempts = 0
        user.locked_until = None
        if not attempt.disabled:
            user.last_login_at = now
            if _HASHER.check_needs_rehash(attempt.password_hash):
                user.password_hash = hash_password(password)
                follow_new_hash(session, user, attempt.password_hash)
                # The hash is part of the account's sealed row (db/row_digests.py); the
                # sign-in counters are not, so only a new hash is an audited change.
                record_change(
                    session, actor=attempt.actor.username, action="rehash", entity="user",
                    summary=f"Stored {attempt.actor.username}'s password hash anew",
                )  # fmt: skip
    if attempt.disabled:
        raise SignInError(
            _("The account {name} is disabled; ask an administrator if you still need it.").format(
                name=name
            )
        )
    return attempt.actor


def _count_attempt(session: Session, name: str, now: dt.datetime) -> _Attempt | None:
    """The account to check the password of, its attempt already counted; None when there
    is no such account or it is locked (no password of it is checked then)."""
    user = session.scalar(select(User).where(User.username == name).with_for_update())
    if user is None or (user.locked_until is not None and user.locked_until > now):
        return None
    user.failed_attempts = (user.failed_attempts or 0) + 1
    delay = lock_delay(user.failed_attempts)
    if delay:
        user.locked_until = now + delay
    return _Attempt(user.id, user.password_hash, user.disabled, actor_of(user))


@dataclass(frozen=True)
class NewUser:
    username: str
    display_name: str
    role: UserRole
    password: str
    contingents: tuple[str, ...] = ()


@dataclass(frozen=True)
class UserInfo:
    username: str
    display_name: str
    role: UserRole
    contingents: tuple[str, ...]
    disabled: bool
    locked_until: dt.datetime | None
    created_at: dt.datetime
    last_login_at: dt.datetime | None

    @property
    def role_name(self) -> str:
        return ROLE_NAMES[self.role]

    @property
    def status(self) -> str:
        """What the account can do now: active, disabled, or locked until a local time."""
        if self.disabled:
            return _("disabled")
        if self.locked_until and self.locked_until > utc_now():
            return _("locked until {when:%Y-%m-%d %H:%M}").format(
                when=self.locked_until.astimezone()
            )
        return _("active")

    @property
    def actor(self) -> Actor:
        return Actor(
            self.username, self.role, limits_for(self.role, self.contingents), self.display_name
        )


def check_password(password: str, username: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise InputError(
            _("A password needs at least {least} characters.").format(least=MIN_PASSWORD_LENGTH)
        )
    if password.strip().lower() == username:
        raise InputError(_("A password cannot be the username."))


def _checked_limits(session: Session, role: UserRole, contingents: Sequence[str]) -> list[str]:
    codes = sorted({code.strip().upper() for code in contingents if code.strip()})
    if codes and role not in LIMITABLE_ROLES:
        raise InputError(
            _(
                "{roles} work for every contingent; only training officers and "
                "commanders can be limited to some."
            ).format(roles=role_plural(role))
        )
    known = set(session.scalars(select(Contingent.code).where(Contingent.code.in_(codes))))
    unknown = [code for code in codes if code not in known]
    if unknown:
        raise NotFoundError(_("There is no contingent {unknown!r}.").format(unknown=unknown[0]))
    return codes


def _add(session: Session, entry: NewUser, by: str) -> UserInfo:
    name = normalise_username(entry.username)
    if not USERNAME_PATTERN.fullmatch(name):
        raise InputError(
            _(
                "A username is 2 to 100 letters, digits, dots, dashes, underscores or @, "
                "starting with a letter or digit."
            )
        )
    if session.scalar(select(User.id).where(User.username == name)) is not None:
        raise InputError(_("There is already an account {name}.").format(name=name))
    check_password(entry.password, name)
    user = User(
        username=name,
        display_name=entry.display_name.strip() or name,
        role=entry.role.value,
        contingents=_checked_limits(session, entry.role, entry.contingents),
        disabled=False,
        password_hash=hash_password(entry.password),
        failed_attempts=0,
    )
    session.add(user)
    session.flush()
    record_change(
        session,
        actor=by,
        action="create",
        entity="user",
        summary=f"Added account {name} ({ROLE_NAMES[entry.role]})",
        after={"username": name, "role": entry.role.value, "contingents": user.contingents},
    )
    return _info(user)


def add_first_administrator(session: Session, entry: NewUser) -> UserInfo:
    """The first account of a database, which must be an administrator; it signs itself up."""
    if has_accounts(session):
        raise InputError(_("This database already has accounts; an administrator adds new ones."))
    if entry.role is not UserRole.ADMINISTRATOR:
        raise InputError(_("The first account must be an administrator."))
    return _add(session, entry, normalise_username(entry.username))


def add_user(session: Session, actor: Actor, entry: NewUser) -> UserInfo:
    require(actor, Permission.MANAGE_USERS)
    return _add(session, entry, actor.username)


def _user(session: Session, username: str) -> User:
    name = normalise_username(username)
    user = session.scalar(select(User).where(User.username == name))
    if user is None:
        raise NotFoundError(_("There is no account {name}.").format(name=name))
    return user


def _info(user: User) -> UserInfo:
    return UserInfo(
        user.username,
        user.display_name,
        UserRole(user.role),
        tuple(user.contingents),
        user.disabled,
        user.locked_until,
        user.created_at,
        user.last_login_at,
    )


def list_users(session: Session, actor: Actor) -> list[UserInfo]:
    require(actor, Permission.MANAGE_USERS)
    return [_info(user) for user in session.scalars(select(User).order_by(User.username))]


def _other_active_administrators(session: Session, user: User) -> int:
    return (
        session.scalar(
            select(func.count())
            .select_from(User)
            .where(
                User.role == UserRole.ADMINISTRATOR.value,
                User.disabled.is_(False),
                User.id != user.id,
            )
        )
        or 0
    )


def _keep_an_administrator(session: Session, user: User) -> None:
    """Refuse a change that would leave nobody able to manage accounts."""
    if user.role == UserRole.ADMINISTRATOR.value and not _other_active_administrators(
        session, user
    ):
        raise InputError(
            _("{username} is the only active administrator; add another one first.").format(
                username=user.username
            )
        )


def set_disabled(session: Session, actor: Actor, username: str, disabled: bool) -> None:
    """Disable an account (its records keep its name) or enable it again."""
    require(actor, Permission.MANAGE_USERS)
    user = _user(session, username)
    if user.disabled == disabled:
        return
    if disabled:
        if user.username == actor.username:
            raise InputError(_("You cannot disable your own account."))
        _keep_an_administrator(session, user)
    user.disabled = disabled
    if disabled:
        revoke_tokens_of(session, actor.username, user, ", with its account disabled")
    record_change(
        session,
        actor=actor.username,
        action="disable" if disabled else "enable",
        entity="user",
        summary=f"{'Disabled' if disabled else 'Enabled'} account {user.username}",
        after={"disabled": disabled},
    )


def reset_password(session: Session, actor: Actor, username: str, password: str) -> None:
    """Give an account a new password and lift its lock-out; the audit says who did it."""
    require(actor, Permission.MANAGE_USERS)
    user = _user(session, username)
    check_password(password, user.username)
    user.password_hash = hash_password(password)
    user.failed_attempts = 0
    user.locked_until = None
    revoke_tokens_of(session, actor.username, user, ", with its password reset")
    record_change(
        session,
        actor=actor.username,
        action="reset_password",
        entity="user",
        summary=f"Reset the password of account {user.username}",
    )


def set_own_password(session: Session, actor: Actor, password: str) -> None:
    """The signed-in person's new password (they signed in with the old one just before)."""
    require_password_sign_in(actor, CHANGE_PASSWORD)
    user = _user(session, actor.username)
    check_password(password, user.username)
    user.password_hash = hash_password(password)
    revoke_tokens_of(session, actor.username, user, ", with its password changed")
    record_change(
        session,
        actor=actor.username,
        action="change_password",
        entity="user",
        summary=f"{user.username} changed their password",
    )


def change_own_password(database: Database, actor: Actor, current: str, new: str) -> None:
    """A signed-in person's new password, once they prove the current one.

    The check counts towards the lock-out like a sign-in, so that whoever finds a window
    left signed in cannot take the account over by guessing.
    """
    try:
        sign_in(database, actor.username, current)
    except WrongCredentialsError:
        raise SignInError(_("The current password is wrong.")) from None
    with database.transaction() as session:
        set_own_password(session, actor, new)


def change_user(
    session: Session,
    actor: Actor,
    username: str,
    *,
    role: UserRole,
    contingents: Sequence[str],
    display_name: str,
) -> None:
    """Change an account's role, contingent limits or name."""
    require(actor, Permission.MANAGE_USERS)
    user = _user(session, username)
    limits = _checked_limits(session, role, contingents)
    before = {"role": user.role, "contingents": list(user.contingents), "name": user.display_name}
    after = {"role": role.value, "contingents": limits, "name": display_name.strip() or username}
    if before == after:
        return
    if role is not UserRole.ADMINISTRATOR:
        if user.username == actor.username:
            raise InputError(_("You cannot take the administrator role from your own account."))
        _keep_an_administrator(session, user)
    user.role = role.value
    user.contingents = limits
    user.display_name = display_name.strip() or user.username
    record_change(
        session,
        actor=actor.username,
        action="update",
        entity="user",
        summary=f"Changed account {user.username}",
        before=before,
        after=after,
    )
