"""Who may do what: each role's permissions and the contingents an account is limited to.

Services that write take the signed-in ``Actor`` and check it here before they change
anything, so the command line and the app refuse the same things with the same words.
docs/users.md explains the roles to users.
"""

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import select

from mss_training.db.readers import Reader
from mss_training.db.tables import contingents as contingent_table
from mss_training.domain import UserRole
from mss_training.errors import MssError
from mss_training.messages import N_, _
from mss_training.words import USER_ROLE


class PermissionDeniedError(MssError):
    """The signed-in user's role, or their contingent limits, do not allow the action."""


class Permission(StrEnum):
    READ = "read records and readiness"
    PRINT = "print reports, rosters and sign-in sheets"
    EXPORT = "export to spreadsheets"
    RECORD_TRAINING = "record or correct sessions and results"
    EDIT_PERSONNEL = "add, edit or import officers"
    ISSUE_CERTIFICATES = "issue certificates"
    REVOKE_CERTIFICATES = "revoke certificates"
    GRANT_EXEMPTIONS = "grant exemptions"
    # A pass from an outside body (a national academy) stands for the mission's own and can
    # qualify its first instructors: no mission instructor vouches for it, a coordinator does.
    RECOGNISE_QUALIFICATIONS = "record qualifications recognised from outside the mission"
    MANAGE_HOLDS = "place or lift eligibility holds"
    # Holds name misconduct cases and medical files: their reasons and references are for
    # those who handle them; others learn only that, and of which kind, an officer is held.
    SEE_HOLD_DETAILS = "see the reasons and references of eligibility holds"
    EDIT_CURRICULUM = "edit or publish the curriculum"
    RESOLVE_CONFLICTS = "resolve conflicting edits from other sites"
    SYNC = "exchange sync bundles"
    SET_UP = "set up a database"
    MANAGE_USERS = "manage user accounts"
    SETTINGS = "change settings"
    # A copy holds every contingent's records; a restore replaces them all.
    BACK_UP = "back up the database"
    RESTORE = "restore a backup"
    COPY_KEY = "copy the signing key to another computer"
    # A briefing's figure, signed in the installation's name with the commander's word.
    TAKE_SNAPSHOTS = "take signed readiness snapshots"


_EVERYONE = {Permission.READ, Permission.PRINT, Permission.EXPORT}
_TRAINING = {
    Permission.RECORD_TRAINING,
    Permission.EDIT_PERSONNEL,
    Permission.ISSUE_CERTIFICATES,
    Permission.REVOKE_CERTIFICATES,
}
ROLE_PERMISSIONS: dict[UserRole, frozenset[Permission]] = {
    UserRole.ADMINISTRATOR: frozenset(
        _EVERYONE
        | {
            Permission.MANAGE_USERS,
            Permission.SETTINGS,
            Permission.SET_UP,
            Permission.BACK_UP,
            Permission.RESTORE,
            Permission.COPY_KEY,
            Permission.TAKE_SNAPSHOTS,
            Permission.SEE_HOLD_DETAILS,
            Permission.RECOGNISE_QUALIFICATIONS,
        }
    ),
    UserRole.COORDINATOR: frozenset(
        _EVERYONE
        | _TRAINING
        | {
            Permission.GRANT_EXEMPTIONS,
            Permission.RECOGNISE_QUALIFICATIONS,
            Permission.MANAGE_HOLDS,
            Permission.SEE_HOLD_DETAILS,
            Permission.EDIT_CURRICULUM,
            Permission.RESOLVE_CONFLICTS,
            Permission.SET_UP,
            Permission.SYNC,
            Permission.BACK_UP,
            Permission.TAKE_SNAPSHOTS,
        }
    ),
    UserRole.TRAINING_OFFICER: frozenset(_EVERYONE | _TRAINING | {Permission.SYNC}),
    UserRole.COMMANDER: frozenset(_EVERYONE | {Permission.TAKE_SNAPSHOTS}),
}

# Coordinators work for the whole mission, administrators look after the installation;
# only the roles that work for one contingent may be limited to some.
LIMITABLE_ROLES = frozenset({UserRole.TRAINING_OFFICER, UserRole.COMMANDER})

# The roles' English names (audit summaries, the command line); the window says word(role).
ROLE_NAMES = USER_ROLE
# The pieces of a refusal, each translated (mss_training.messages) where it is said.
_ROLE_PLURALS = {
    UserRole.ADMINISTRATOR: N_("Administrators"),
    UserRole.COORDINATOR: N_("Coordinators"),
    UserRole.TRAINING_OFFICER: N_("Training officers"),
    UserRole.COMMANDER: N_("Commanders"),
}
_ROLE_TO_ASK = {
    UserRole.ADMINISTRATOR: N_("an administrator"),
    UserRole.COORDINATOR: N_("a coordinator"),
    UserRole.TRAINING_OFFICER: N_("a training officer"),
    UserRole.COMMANDER: N_("a commander"),
}
_ROLE_ALSO = {
    UserRole.ADMINISTRATOR: N_("or administrator"),
    UserRole.COORDINATOR: N_("or coordinator"),
    UserRole.TRAINING_OFFICER: N_("or training officer"),
    UserRole.COMMANDER: N_("or commander"),
}
_ACTIONS = {
    Permission.READ: N_("read records and readiness"),
    Permission.PRINT: N_("print reports, rosters and sign-in sheets"),
    Permission.EXPORT: N_("export to spreadsheets"),
    Permission.RECORD_TRAINING: N_("record or correct sessions and results"),
    Permission.EDIT_PERSONNEL: N_("add, edit or import officers"),
    Permission.ISSUE_CERTIFICATES: N_("issue certificates"),
    Permission.REVOKE_CERTIFICATES: N_("revoke certificates"),
    Permission.GRANT_EXEMPTIONS: N_("grant exemptions"),
    Permission.RECOGNISE_QUALIFICATIONS: N_(
        "record qualifications recognised from outside the mission"
    ),
    Permission.EDIT_CURRICULUM: N_("edit or publish the curriculum"),
    Permission.RESOLVE_CONFLICTS: N_("resolve conflicting edits from other sites"),
    Permission.SYNC: N_("exchange sync bundles"),
    Permission.SET_UP: N_("set up a database"),
    Permission.MANAGE_USERS: N_("manage user accounts"),
    Permission.SETTINGS: N_("change settings"),
    Permission.BACK_UP: N_("back up the database"),
    Permission.RESTORE: N_("restore a backup"),
    Permission.COPY_KEY: N_("copy the signing key to another computer"),
}


# What a script token may not do whatever the role (docs/users.md): each would let whoever
# holds a stolen token keep the account, or the installation, after the token expires.
NEEDS_PASSWORD = frozenset({Permission.MANAGE_USERS, Permission.RESTORE, Permission.COPY_KEY})
# The acts on one's own credentials that need the password itself, as their refusal says them.
ISSUE_TOKENS = N_("issue script tokens")
CHANGE_PASSWORD = N_("change a password")


def role_plural(role: UserRole) -> str:
    """The people of ``role``, e.g. "Coordinators", in the language in use."""
    return _(_ROLE_PLURALS[role])


@dataclass(frozen=True)
class Actor:
    """Who is acting: a signed-in account, named in every record and audit entry it makes.

    ``contingents`` is the set of contingent codes the account is limited to, or None
    for every contingent. ``signed_in_with_token``: by a script token, not the password.
    """

    username: str
    role: UserRole
    contingents: frozenset[str] | None = None
    display_name: str = ""
    signed_in_with_token: bool = False

    def may(self, permission: Permission) -> bool:
        if self.signed_in_with_token and permission in NEEDS_PASSWORD:
            return False
        return permission in ROLE_PERMISSIONS[self.role]

    def covers(self, contingent: str) -> bool:
        return self.contingents is None or contingent.strip().upper() in self.contingents

    @property
    def role_name(self) -> str:
        return ROLE_NAMES[self.role]

    @property
    def scope_text(self) -> str:
        """E.g. "all contingents" or "KEN, JAM"."""
        if self.contingents is None:
            return _("all contingents")
        return ", ".join(sorted(self.contingents))


def sees_hold_details(actor: Actor) -> bool:
    """Whether the actor may read why an officer is held and the case's reference."""
    return actor.may(Permission.SEE_HOLD_DETAILS)


def may_recognise_qualifications(actor: Actor) -> bool:
    """Whether the actor may record a pass an outside body gave (coordinators and
    administrators): the command line and the officer record's action both ask this."""
    return actor.may(Permission.RECOGNISE_QUALIFICATIONS)


def system_actor(name: str) -> Actor:
    """The program itself acting (the demo generator), named as such in its records."""
    return Actor(name, UserRole.COORDINATOR, None, name)


def _action(permission: Permission) -> str:
    return _(_ACTIONS.get(permission, permission.value))


def require_password_sign_in(actor: Actor, action: str) -> None:
    """Refuse to a script token an act that needs the password (``action``: one of
    ``NEEDS_PASSWORD``'s, ``ISSUE_TOKENS`` or ``CHANGE_PASSWORD``)."""
    if actor.signed_in_with_token:
        raise PermissionDeniedError(
            _("A script token cannot {action}; sign in with the password.").format(action=_(action))
        )


def sees_every_token(actor: Actor) -> bool:
    """Whether the actor lists everyone's script tokens, not only their own."""
    return actor.may(Permission.MANAGE_USERS)


def may_revoke_token(actor: Actor, owner: str) -> bool:
    """Whether the actor may revoke a script token of ``owner``: their own, or anyone's for
    an administrator signed in with the password."""
    return owner == actor.username or actor.may(Permission.MANAGE_USERS)


def require(actor: Actor, permission: Permission) -> None:
    """Refuse, with one plain sentence, what the actor's role does not allow."""
    if permission in NEEDS_PASSWORD:
        require_password_sign_in(actor, _ACTIONS[permission])
    if not actor.may(permission):
        first, *others = [
            role for role, granted in ROLE_PERMISSIONS.items() if permission in granted
        ]
        ask = " ".join([_(_ROLE_TO_ASK[first]), *(_(_ROLE_ALSO[role]) for role in others)])
        raise PermissionDeniedError(
            _("{roles} cannot {action}; ask {ask}.").format(
                roles=_(_ROLE_PLURALS[actor.role]), action=_action(permission), ask=ask
            )
        )


def require_whole_mission(actor: Actor, permission: Permission) -> None:
    """Refuse to an account limited to some contingents what concerns them all."""
    require(actor, permission)
    if actor.contingents is not None:
        raise PermissionDeniedError(
            _(
                "Your account is limited to {scope}; to {action}, which carries every "
                "contingent's records, ask a coordinator."
            ).format(scope=actor.scope_text, action=_action(permission))
        )


def require_contingents(
    session: Reader, actor: Actor, permission: Permission, contingents: Iterable[str]
) -> None:
    """Refuse an action on officers of contingents the actor is not limited to."""
    require(actor, permission)
    if actor.contingents is None:
        return
    names = dict(session.execute(select(contingent_table.c.code, contingent_table.c.name)).all())
    refusal = contingent_refusal(actor, permission, contingents, names)
    if refusal:
        raise PermissionDeniedError(refusal)


def contingent_refusal(
    actor: Actor, permission: Permission, contingents: Iterable[str], names: Mapping[str, str]
) -> str | None:
    """The sentence refusing an action on officers of contingents the actor is not limited
    to, or None; ``names`` are the contingents' names by code (the window checks each row
    of its wizard with it, in the words the save would use)."""
    if actor.contingents is None:
        return None
    outside = sorted({code.strip().upper() for code in contingents} - actor.contingents)
    if not outside:
        return None
    mine = _listed(names.get(code, code) for code in sorted(actor.contingents))
    theirs = _listed(names.get(code, code) for code in outside)
    return _("{roles} limited to {mine} cannot {action} for {theirs} officers.").format(
        roles=_(_ROLE_PLURALS[actor.role]), mine=mine, action=_action(permission), theirs=theirs
    )


def _listed(names: Iterable[str]) -> str:
    """Names joined for a sentence: Kenya; Kenya and Jamaica; Kenya, Jamaica and Belize."""
    items = list(names)
    if len(items) == 1:
        return items[0]
    return _("{some} and {last}").format(some=", ".join(items[:-1]), last=items[-1])


def visible_contingents(actor: Actor, asked: str | None = None) -> frozenset[str] | None:
    """The contingents the actor may read about (None: all), refusing one they may not."""
    if asked and not actor.covers(asked):
        raise PermissionDeniedError(
            _("Your account is limited to {scope}; it cannot show {asked}.").format(
                scope=actor.scope_text, asked=asked.upper()
            )
        )
    return actor.contingents


def limits_for(role: UserRole, contingents: Collection[str]) -> frozenset[str] | None:
    """The stored limits of an account as an Actor's scope (an empty list means all)."""
    if role not in LIMITABLE_ROLES or not contingents:
        return None
    return frozenset(code.upper() for code in contingents)
