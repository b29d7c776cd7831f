"""Script tokens: a site's script signs in once with the password, then with a token.

A password sign-in costs one argon2id check at 64 MiB and two write transactions (the
attempt counted, then taken back); a script of 200 commands paid that 200 times. A token
is 32 random bytes, so its SHA-256 is as hard to reverse as the token is to guess: checking
it is one read and one hash. What it cannot do, it cannot do whatever the role
(permissions.NEEDS_PASSWORD): issue tokens, change a password, manage accounts. It dies
when it expires, when it is revoked, when its account is disabled, and with the password
it was issued under. docs/users.md says what a stolen database file gives.

Checking a token at sign-in is services/token_sign_in.py, which reads without the ORM. This
module must not import services.users: that would bring argon2 to every script.
"""

import datetime as dt
import secrets
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mss_training.dates import utc_now
from mss_training.errors import InputError, NotFoundError
from mss_training.messages import _
from mss_training.models import ScriptToken, User
from mss_training.services.permissions import (
    ISSUE_TOKENS,
    Actor,
    may_revoke_token,
    require_password_sign_in,
    sees_every_token,
)
from mss_training.services.token_sign_in import token_digest, utc_minute
from mss_training.text_limits import column_length, text_problem

# Recognisable in a log or a leaked file, like GitHub's "ghp_".
TOKEN_PREFIX = "msst_"
DEFAULT_HOURS = 12
MOST_HOURS = 7 * 24


@dataclass(frozen=True)
class IssuedToken:
    """A new token: ``token`` is shown once and never stored."""

    id: int
    username: str
    label: str
    expires_at: dt.datetime
    token: str


@dataclass(frozen=True)
class TokenInfo:
    id: int
    username: str
    label: str
    created_at: dt.datetime
    expires_at: dt.datetime
    revoked_at: dt.datetime | None
    password_changed: bool

    def status(self, now: dt.datetime | None = None) -> str:
        if self.revoked_at is not None:
            return _("revoked {when:%Y-%m-%d %H:%M} UTC").format(when=self.revoked_at)
        if self.password_changed:
            return _("void: the password changed")
        if self.expires_at <= (now or utc_now()):
            return _("expired")
        return _("active")


def check_token_request(hours: int, label: str) -> str:
    """Refuse a lifetime or label a token may not have (before anyone signs in, so that a
    refusal writes nothing); the label as it will be kept."""
    if hours > MOST_HOURS:
        raise InputError(
            _("A script token lasts at most 7 days ({most} hours); ask for fewer hours.").format(
                most=MOST_HOURS
            )
        )
    if hours < 1:
        raise InputError(_("A script token lasts at least one hour."))
    label = label.strip()
    problem = text_problem(label, column_length(ScriptToken.label))
    if problem:
        raise InputError(_("A token's label {problem}.").format(problem=problem))
    return label


def issue_token(
    session: Session, actor: Actor, *, hours: int, label: str, now: dt.datetime | None = None
) -> IssuedToken:
    """A new token for the signed-in account, valid ``hours`` from now."""
    require_password_sign_in(actor, ISSUE_TOKENS)
    label = check_token_request(hours, label)
    user = session.scalar(select(User).where(User.username == actor.username))
    if user is None:
        raise NotFoundError(_("There is no account {name}.").format(name=actor.username))
    now = now or utc_now()
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    row = ScriptToken(
        user_id=user.id,
        token_hash=token_digest(token),
        label=label,
        created_at=now,
        expires_at=now + dt.timedelta(hours=hours),
        password_digest=token_digest(user.password_hash),
    )
    session.add(row)
    session.flush()
    named = f" ({label})" if label else ""
    _record(
        session, actor=actor.username, action="issue_token",
        summary=f"Issued script token {row.id}{named} to {user.username}, "
        f"valid until {utc_minute(row.expires_at)}",
        after={"token": row.id, "label": label, "expires_at": row.expires_at.isoformat()},
    )  # fmt: skip
    return IssuedToken(row.id, user.username, label, row.expires_at, token)


def list_tokens(session: Session, actor: Actor) -> list[TokenInfo]:
    """The actor's own tokens; an administrator's (signed in with the password): everyone's."""
    query = (
        select(ScriptToken, User.username, User.password_hash)
        .join(User, User.id == ScriptToken.user_id)
        .order_by(ScriptToken.id)
    )
    if not sees_every_token(actor):
        query = query.where(User.username == actor.username)
    return [
        TokenInfo(
            row.id,
            username,
            row.label,
            row.created_at,
            row.expires_at,
            row.revoked_at,
            row.password_digest != token_digest(password_hash),
        )
        for row, username, password_hash in session.execute(query)
    ]


def revoke_token(
    session: Session, actor: Actor, token_id: int, *, now: dt.datetime | None = None
) -> TokenInfo:
    """Revoke one token: one's own, or anyone's for an administrator."""
    found = session.execute(
        select(ScriptToken, User.username)
        .join(User, User.id == ScriptToken.user_id)
        .where(ScriptToken.id == token_id)
    ).one_or_none()
    if found is None or not may_revoke_token(actor, found[1]):
        # Another's token is answered as one that does not exist: ids cannot be probed.
        if sees_every_token(actor):
            raise NotFoundError(_("There is no script token {id}.").format(id=token_id))
        raise NotFoundError(_("There is no script token {id} of yours.").format(id=token_id))
    row, username = found
    if row.revoked_at is not None:
        raise InputError(_("Script token {id} is already revoked.").format(id=token_id))
    row.revoked_at = now or utc_now()
    _record_revoked(session, actor.username, [(row, username)], "")
    return TokenInfo(
        row.id, username, row.label, row.created_at, row.expires_at, row.revoked_at, False
    )


def revoke_tokens_of(session: Session, by: str, user: User, why: str) -> None:
    """Revoke every live token of ``user``, in the caller's audited change (a password
    reset or change, a disabled account)."""
    now = utc_now()
    rows = session.scalars(
        select(ScriptToken).where(
            ScriptToken.user_id == user.id,
            ScriptToken.revoked_at.is_(None),
            ScriptToken.expires_at > now,
        )
    ).all()
    for row in rows:
        row.revoked_at = now
    if rows:
        _record_revoked(session, by, [(row, user.username) for row in rows], why)


def follow_new_hash(session: Session, user: User, old_hash: str) -> None:
    """Keep the live tokens of ``user`` when the same password is stored anew under
    stronger hashing settings (a rehash at sign-in is not a new password)."""
    for row in session.scalars(
        select(ScriptToken).where(
            ScriptToken.user_id == user.id, ScriptToken.password_digest == token_digest(old_hash)
        )
    ):
        row.password_digest = token_digest(user.password_hash)


def _record(session: Session, **entry: Any) -> None:
    """An entry of the trail about an account's tokens."""
    # Imported here, not above: the audit trail's writer (and its signing) is for issuing
    # and revoking; a script signing in with a token only reads.
    from mss_training.services.audit import record_change

    record_change(session, entity="user", **entry)


def _record_revoked(
    session: Session, by: str, rows: list[tuple[ScriptToken, str]], why: str
) -> None:
    for row, username in rows:
        named = f" ({row.label})" if row.label else ""
        _record(
            session, actor=by, action="revoke_token",
            summary=f"Revoked script token {row.id}{named} of {username}{why}",
            after={"token": row.id},
        )  # fmt: skip
