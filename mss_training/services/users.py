"""Accounts: signing in, the lock-out after wrong passwords, and managing accounts.

Passwords are kept only as argon2id hashes (argon2-cffi), never in plain text, never in
the audit log. After ``LOCK_AFTER`` wrong passwords in a row an account refuses every
attempt for a delay that doubles with each further failure, so that guessing is slow.
"""

import datetime as dt
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from mss_training.dates import utc_now
from mss_training.db import Database
from mss_training.db.ledger import touched
from mss_training.domain import UserRole
from mss_training.errors import InputError, MssError, NotFoundError
from mss_training.models import Contingent, User
from mss_training.services.audit import record_change
from mss_training.services.permissions import (
    LIMITABLE_ROLES,
    ROLE_NAMES,
    Actor,
    Permission,
    limits_for,
    require,
)

LOCK_AFTER = 5
FIRST_DELAY = dt.timedelta(seconds=30)
LONGEST_DELAY = dt.timedelta(hours=1)
MIN_PASSWORD_LENGTH = 8
USERNAME_PATTERN = re.compile(r"[a-z0-9][a-z0-9._@-]{1,99}")

# argon2-cffi's defaults are argon2id with 64 MiB and 3 passes: slow to guess, quick to check.
_HASHER = PasswordHasher()
# Checked against when the username is unknown, so that a wrong name takes as long as a
# wrong password and does not tell whether the account exists.
_DUMMY_HASH = _HASHER.hash("not a password of anyone")


class SignInError(MssError):
    """A refused sign-in: wrong name or password, a locked or disabled account."""


WRONG_CREDENTIALS = "Wrong username or password."


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


def _wait_text(remaining: dt.timedelta) -> str:
    seconds = max(1, math.ceil(remaining.total_seconds()))
    if seconds < 60:
        return f"{seconds} seconds"
    minutes = math.ceil(seconds / 60)
    return "1 minute" if minutes == 1 else f"{minutes} minutes"


def locked_message(remaining: dt.timedelta) -> str:
    return (
        f"Too many wrong passwords: this account is locked; wait {_wait_text(remaining)} "
        "and try again, or ask an administrator to reset the password."
    )


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
    locked_until: dt.datetime | None
    disabled: bool
    actor: Actor


def sign_in(
    database: Database, username: str, password: str, *, now: dt.datetime | None = None
) -> Actor:
    """The account's Actor if the password is right; SignInError with a plain sentence if not.

    The password is checked outside any write transaction (it takes a moment by design);
    the outcome, a failure counted or a successful sign-in, is written after.
    """
    now = now or utc_now()
    name = normalise_username(username)
    with database.reading() as session:
        if not has_accounts(session):
            raise SignInError(
                "This database has no user accounts yet; create the first administrator."
            )
        user = session.scalar(select(User).where(User.username == name))
        attempt = (
            _Attempt(user.id, user.password_hash, user.locked_until, user.disabled, actor_of(user))
            if user is not None
            else None
        )
    if attempt is None:
        _verify(_DUMMY_HASH, password)
        raise SignInError(WRONG_CREDENTIALS)
    if attempt.locked_until is not None and attempt.locked_until > now:
        raise SignInError(locked_message(attempt.locked_until - now))
    right = bool(password) and _verify(attempt.password_hash, password)
    delay = dt.timedelta(0)
    with database.transaction() as session:
        if not right:
            failed = session.scalar(
                update(User)
                .where(User.id == attempt.user_id)
                .values(failed_attempts=User.failed_attempts + 1)
                .returning(User.failed_attempts)
            )
            delay = lock_delay(failed or 0)
            if delay:
                session.execute(
                    update(User).where(User.id == attempt.user_id).values(locked_until=now + delay)
                )
        elif not attempt.disabled:
            values: dict[str, object] = {
                "failed_attempts": 0,
                "locked_until": None,
                "last_login_at": now,
            }
            if _HASHER.check_needs_rehash(attempt.password_hash):
                values["password_hash"] = hash_password(password)
                # The hash is part of the account's sealed row (db/row_digests.py); the
                # sign-in counters are not, so only a new hash is an audited change.
                touched(session, User.__table__, [attempt.user_id])
                record_change(
                    session, actor=attempt.actor.username, action="rehash", entity="user",
                    summary=f"Stored {attempt.actor.username}'s password hash anew",
                )  # fmt: skip
            session.execute(update(User).where(User.id == attempt.user_id).values(**values))
    if not right:
        if delay:
            raise SignInError(locked_message(delay))
        raise SignInError(WRONG_CREDENTIALS)
    if attempt.disabled:
        raise SignInError(
            f"The account {name} is disabled; ask an administrator if you still need it."
        )
    return attempt.actor


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
            return "disabled"
        if self.locked_until and self.locked_until > utc_now():
            return f"locked until {self.locked_until.astimezone():%Y-%m-%d %H:%M}"
        return "active"

    @property
    def actor(self) -> Actor:
        return Actor(
            self.username, self.role, limits_for(self.role, self.contingents), self.display_name
        )


def check_password(password: str, username: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise InputError(f"A password needs at least {MIN_PASSWORD_LENGTH} characters.")
    if password.strip().lower() == username:
        raise InputError("A password cannot be the username.")


def _checked_limits(session: Session, role: UserRole, contingents: Sequence[str]) -> list[str]:
    codes = sorted({code.strip().upper() for code in contingents if code.strip()})
    if codes and role not in LIMITABLE_ROLES:
        raise InputError(
            f"{ROLE_NAMES[role].capitalize()}s work for every contingent; only training "
            "officers and commanders can be limited to some."
        )
    known = set(session.scalars(select(Contingent.code).where(Contingent.code.in_(codes))))
    unknown = [code for code in codes if code not in known]
    if unknown:
        raise NotFoundError(f"There is no contingent {unknown[0]!r}.")
    return codes


def _add(session: Session, entry: NewUser, by: str) -> UserInfo:
    name = normalise_username(entry.username)
    if not USERNAME_PATTERN.fullmatch(name):
        raise InputError(
            "A username is 2 to 100 letters, digits, dots, dashes, underscores or @, "
            "starting with a letter or digit."
        )
    if session.scalar(select(User.id).where(User.username == name)) is not None:
        raise InputError(f"There is already an account {name}.")
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
        raise InputError("This database already has accounts; an administrator adds new ones.")
    if entry.role is not UserRole.ADMINISTRATOR:
        raise InputError("The first account must be an administrator.")
    return _add(session, entry, normalise_username(entry.username))


def add_user(session: Session, actor: Actor, entry: NewUser) -> UserInfo:
    require(actor, Permission.MANAGE_USERS)
    return _add(session, entry, actor.username)


def _user(session: Session, username: str) -> User:
    name = normalise_username(username)
    user = session.scalar(select(User).where(User.username == name))
    if user is None:
        raise NotFoundError(f"There is no account {name}.")
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
            f"{user.username} is the only active administrator; add another one first."
        )


def set_disabled(session: Session, actor: Actor, username: str, disabled: bool) -> None:
    """Disable an account (its records keep its name) or enable it again."""
    require(actor, Permission.MANAGE_USERS)
    user = _user(session, username)
    if user.disabled == disabled:
        return
    if disabled:
        if user.username == actor.username:
            raise InputError("You cannot disable your own account.")
        _keep_an_administrator(session, user)
    user.disabled = disabled
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
    record_change(
        session,
        actor=actor.username,
        action="reset_password",
        entity="user",
        summary=f"Reset the password of account {user.username}",
    )


def set_own_password(session: Session, actor: Actor, password: str) -> None:
    """The signed-in person's new password (they signed in with the old one just before)."""
    user = _user(session, actor.username)
    check_password(password, user.username)
    user.password_hash = hash_password(password)
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
    except SignInError as error:
        if str(error) == WRONG_CREDENTIALS:
            raise SignInError("The current password is wrong.") from None
        raise
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
            raise InputError("You cannot take the administrator role from your own account.")
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
