"""`mss-training users ...`: accounts, for administrators (and anyone's own password)."""

import argparse
from typing import TextIO

from mss_training.cli_support import (
    TOKEN_ENV,
    authenticate,
    new_password,
    on_terminal,
    open_from,
    positive_argument,
    print_table,
    signed_in,
)
from mss_training.domain import UserRole
from mss_training.errors import InputError


def _limits(args: argparse.Namespace) -> tuple[str, ...]:
    return tuple(code for text in args.contingents or [] for code in text.split(",") if code)


def command_users_add(args: argparse.Namespace, out: TextIO) -> int:
    from mss_training.services.users import NewUser, add_first_administrator, add_user, has_accounts

    role = UserRole(args.role)
    with open_from(args) as database:
        with database.reading() as session:
            first = not has_accounts(session)
        # The one command that works on a database without accounts: its first administrator.
        actor = None if first else authenticate(database)
        entry = NewUser(
            args.username, args.name or "", role, new_password(args.password, args.username),
            _limits(args),
        )  # fmt: skip
        with database.transaction() as session:
            if actor is None:
                added = add_first_administrator(session, entry)
            else:
                added = add_user(session, actor, entry)
    scope = f", limited to {', '.join(added.contingents)}" if added.contingents else ""
    print(f"Added the {added.role_name} account {added.username}{scope}.", file=out)
    return 0


def command_users_list(args: argparse.Namespace, out: TextIO) -> int:
    from mss_training.services.users import list_users

    with signed_in(args) as (database, actor), database.reading() as session:
        users = list_users(session, actor)
    rows = [
        (
            user.username,
            user.display_name,
            user.role_name,
            ", ".join(user.contingents) or "all",
            user.status,
            f"{user.last_login_at.astimezone():%Y-%m-%d %H:%M}" if user.last_login_at else "never",
        )
        for user in users
    ]
    print_table(("Username", "Name", "Role", "Contingents", "Status", "Last sign-in"), rows, out)
    return 0


def command_users_disable(args: argparse.Namespace, out: TextIO) -> int:
    from mss_training.services.users import set_disabled

    disable = args.action == "disable"
    with signed_in(args) as (database, actor), database.transaction() as session:
        set_disabled(session, actor, args.username, disable)
    print(f"The account {args.username} is {'disabled' if disable else 'enabled'}.", file=out)
    return 0


def command_users_password(args: argparse.Namespace, out: TextIO) -> int:
    """`users password` (one's own) or `users reset-password NAME` (an administrator's)."""
    from mss_training.services.users import reset_password, set_own_password

    own = args.action == "password"
    with signed_in(args) as (database, actor):
        whose = actor.username if own else args.username
        password = new_password(args.password, whose)
        with database.transaction() as session:
            if own:
                set_own_password(session, actor, password)
            else:
                reset_password(session, actor, whose, password)
    if own:
        print(f"Your password ({whose}) is changed.", file=out)
    else:
        print(f"The password of {whose} is reset; any lock-out is lifted.", file=out)
    return 0


def command_users_change(args: argparse.Namespace, out: TextIO) -> int:
    from mss_training.services.users import change_user, list_users

    with signed_in(args) as (database, actor), database.transaction() as session:
        current = next(
            (u for u in list_users(session, actor) if u.username == args.username.lower()), None
        )
        if current is None:
            raise InputError(f"There is no account {args.username}.")
        change_user(
            session, actor, current.username,
            role=UserRole(args.role) if args.role else current.role,
            contingents=() if args.all_contingents else (_limits(args) or current.contingents),
            display_name=args.name if args.name is not None else current.display_name,
        )  # fmt: skip
    print(f"The account {args.username} is changed.", file=out)
    return 0


def command_users_token(args: argparse.Namespace, out: TextIO) -> int:
    from mss_training.services.tokens import check_token_request, issue_token

    check_token_request(args.hours, args.label or "")
    with signed_in(args) as (database, actor), database.transaction() as session:
        issued = issue_token(session, actor, hours=args.hours, label=args.label or "")
    # The token alone on the first line, for `TOKEN=$(mss-training users token | head -1)`.
    print(issued.token, file=out)
    print(f"export {TOKEN_ENV}={issued.token}", file=out)
    print(
        f"Script token {issued.id} of {issued.username}, valid until "
        f"{issued.expires_at:%Y-%m-%d %H:%M} UTC; it is not shown again.",
        file=out,
    )
    return 0


def command_users_tokens(args: argparse.Namespace, out: TextIO) -> int:
    from mss_training.services.tokens import list_tokens

    with signed_in(args) as (database, actor), database.reading() as session:
        tokens = list_tokens(session, actor)
    rows = [
        (
            str(token.id),
            token.username,
            token.label,
            f"{token.created_at:%Y-%m-%d %H:%M}",
            f"{token.expires_at:%Y-%m-%d %H:%M}",
            token.status(),
        )
        for token in tokens
    ]
    headers = ("ID", "Account", "Label", "Issued (UTC)", "Expires (UTC)", "Status")
    print_table(headers, rows, out)
    return 0


def command_users_revoke_token(args: argparse.Namespace, out: TextIO) -> int:
    from mss_training.services.tokens import revoke_token

    with signed_in(args) as (database, actor), database.transaction() as session:
        revoked = revoke_token(session, actor, args.token_id)
    named = f", {revoked.label}" if revoked.label else ""
    print(
        on_terminal(f"Script token {revoked.id} ({revoked.username}{named}) is revoked."),
        file=out,
    )
    return 0


def _add_token_commands(actions: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    token = actions.add_parser(
        "token", help=f"a token for scripts, signed in with the password (sets ${TOKEN_ENV})"
    )
    token.add_argument(
        "--hours", type=positive_argument, default=12, metavar="N",
        help="how long it signs in: 12 hours unless given, at most 168 (7 days)",
    )  # fmt: skip
    token.add_argument("--label", metavar="TEXT", help="what it is for: nightly report")
    token.set_defaults(handler=command_users_token)
    tokens = actions.add_parser("tokens", help="your script tokens (administrators: everyone's)")
    tokens.set_defaults(handler=command_users_tokens)
    revoke = actions.add_parser("revoke-token", help="stop a script token signing in")
    revoke.add_argument("token_id", type=positive_argument, metavar="ID")
    revoke.set_defaults(handler=command_users_revoke_token)


def add_user_commands(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    users = commands.add_parser("users", help="user accounts (administrators)")
    actions = users.add_subparsers(dest="action", metavar="ACTION", required=True)
    roles = [role.value for role in UserRole]
    limits_help = "limit a training officer or commander to contingents (codes, comma-separated)"

    add = actions.add_parser("add", help="add an account (the first one needs no sign-in)")
    add.add_argument("username", metavar="NAME")
    add.add_argument("--role", choices=roles, required=True)
    add.add_argument("--name", metavar="TEXT", help="the person's full name")
    add.add_argument("--contingents", action="append", metavar="CODES", help=limits_help)
    add.add_argument("--password", metavar="PASSWORD", help="asked for when left out")
    add.set_defaults(handler=command_users_add)

    listing = actions.add_parser("list", help="every account, its role and status")
    listing.set_defaults(handler=command_users_list)

    for verb, what in (("disable", "stop an account signing in"), ("enable", "let it again")):
        toggle = actions.add_parser(verb, help=what)
        toggle.add_argument("username", metavar="NAME")
        toggle.set_defaults(handler=command_users_disable)

    reset = actions.add_parser("reset-password", help="set a new password, lift a lock-out")
    reset.add_argument("username", metavar="NAME")
    reset.add_argument("--password", metavar="PASSWORD", help="asked for when left out")
    reset.set_defaults(handler=command_users_password)

    own = actions.add_parser("password", help="change your own password (any account)")
    own.add_argument("--password", metavar="PASSWORD", help="the new one (asked for when left out)")
    own.set_defaults(handler=command_users_password)

    change = actions.add_parser("change", help="change an account's role, limits or name")
    change.add_argument("username", metavar="NAME")
    change.add_argument("--role", choices=roles)
    change.add_argument("--name", metavar="TEXT")
    scope = change.add_mutually_exclusive_group()
    scope.add_argument("--contingents", action="append", metavar="CODES", help=limits_help)
    scope.add_argument("--all-contingents", action="store_true", help="lift contingent limits")
    change.set_defaults(handler=command_users_change)
    _add_token_commands(actions)
