"""Signing in with a script token (services/tokens.py issues and revokes them): one read.

Apart from issuing and revoking, which write through the ORM and the audit trail, so that a
script's every command signs in reading Core tables alone: neither the ORM nor argon2 (this
module must not import services.users) is imported to check a token.
"""

import datetime as dt
import hashlib

from sqlalchemy import select

from mss_training.dates import utc_now
from mss_training.db.readers import Reader
from mss_training.db.tables import script_tokens, users
from mss_training.domain import UserRole
from mss_training.messages import N_, _
from mss_training.services.permissions import Actor, PermissionDeniedError, limits_for

FOR_A_NEW_ONE = N_("sign in with the password for a new one (mss-training users token)")


def token_digest(text: str) -> str:
    """The SHA-256 a token (or a password hash, to tie a token to it) is kept as."""
    # surrogateescape: bytes of the environment that are not UTF-8 hash like any others.
    return hashlib.sha256(text.encode("utf-8", "surrogateescape")).hexdigest()


def utc_minute(moment: dt.datetime) -> str:
    return f"{moment.astimezone(dt.UTC):%Y-%m-%d %H:%M} UTC"


def sign_in_with_token(session: Reader, token: str, *, now: dt.datetime | None = None) -> Actor:
    """The Actor of the account the token is for, as the account is now: one read."""
    now = now or utc_now()
    found = session.execute(
        select(
            script_tokens.c.revoked_at,
            script_tokens.c.expires_at,
            script_tokens.c.password_digest,
            users.c.username,
            users.c.display_name,
            users.c.role,
            users.c.contingents,
            users.c.disabled,
            users.c.password_hash,
        )
        .join(users, users.c.id == script_tokens.c.user_id)
        .where(script_tokens.c.token_hash == token_digest(token.strip()))
    ).one_or_none()
    if found is None:
        raise PermissionDeniedError(
            _("This script token is not known to this database; {fix}.").format(
                fix=_(FOR_A_NEW_ONE)
            )
        )
    if found.revoked_at is not None:
        raise PermissionDeniedError(
            _("This script token was revoked on {when}.").format(when=utc_minute(found.revoked_at))
        )
    if found.expires_at <= now:
        raise PermissionDeniedError(
            _("This script token expired on {when}; {fix}.").format(
                when=utc_minute(found.expires_at), fix=_(FOR_A_NEW_ONE)
            )
        )
    if found.disabled:
        raise PermissionDeniedError(
            _("The account {name} is disabled; ask an administrator if you still need it.").format(
                name=found.username
            )
        )
    if found.password_digest != token_digest(found.password_hash):
        raise PermissionDeniedError(
            _(
                "The password of {name} has changed since this script token was issued; {fix}."
            ).format(name=found.username, fix=_(FOR_A_NEW_ONE))
        )
    role = UserRole(found.role)
    return Actor(
        found.username,
        role,
        limits_for(role, found.contingents),
        found.display_name,
        signed_in_with_token=True,
    )
