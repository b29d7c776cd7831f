"""`mss-training audit ...`, `backup` and `restore`: the commands that keep records safe."""

from __future__ import annotations

import argparse
import datetime as dt
import os
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from mss_training.cli_support import LazyChoices, authenticate, new_password, open_from, signed_in
from mss_training.config import database_url
from mss_training.errors import DatabaseAccessError

if TYPE_CHECKING:
    from mss_training.services.audit_history import AuditLine


def command_audit_verify(args: argparse.Namespace, out: TextIO) -> int:
    from mss_training.services.audit import verify_audit_trail

    with signed_in(args) as (database, _), database.reading() as session:
        verification = verify_audit_trail(session)
    if verification.intact:
        print(
            f"Audit trail OK: {verification.entries} entries, each linked to the one before "
            "and the last signed by this installation"
            + (f", and {verification.witnessed}." if verification.witnessed else "."),
            file=out,
        )
        return 0
    if verification.problem:
        print(f"Audit trail BROKEN: {verification.problem}", file=out)
    else:
        print(
            f"Audit trail intact ({verification.entries} entries), but stored records were "
            "changed outside MSS Training:",
            file=out,
        )
    for sentence in verification.rows_problems:
        print(sentence, file=out)
    return 1


def print_audit_lines(lines: list[AuditLine], out: TextIO) -> None:
    if not lines:
        print(
            "No audit entries name this record: records that came in with an import or a "
            "demo mission share one entry that counts all their rows.",
            file=out,
        )
    for line in lines:
        print(
            f"#{line.number}  {line.at:%Y-%m-%d %H:%M} UTC  {line.actor}  "
            f"{line.action} {line.entity}",
            file=out,
        )
        print(f"    {line.summary}", file=out)
        for change in line.changes():
            print(f"      {change}", file=out)


def command_audit_show(args: argparse.Namespace, out: TextIO) -> int:
    from mss_training.services.audit_history import AuditSubject, history_of, recent_entries

    with signed_in(args) as (database, actor), database.reading() as session:
        within = actor.contingents  # a limited account reads its contingents' entries only
        if args.key is None:
            lines = recent_entries(session, args.limit, within)
        else:
            subject = AuditSubject(args.entity)
            lines = history_of(session, subject, args.key, args.contingent, within)
    print_audit_lines(lines, out)
    return 0


def command_backup(args: argparse.Namespace, out: TextIO) -> int:
    from mss_training.services.backups import back_up, database_file

    source = database_file(database_url(args.db))  # PostgreSQL: refused before signing in
    with signed_in(args) as (_, actor):
        target = back_up(source, args.file, actor)
    print(f"Backed up {source} to {target}.", file=out)
    return 0


def command_restore(args: argparse.Namespace, out: TextIO) -> int:
    from mss_training.services.backups import database_file
    from mss_training.services.restoring import check_restore, restore

    target = database_file(database_url(args.db))
    # A copy that is not sound, or not this installation's, is refused before signing in.
    check_restore(target, args.file, other_installation=args.other_installation)
    actor = None
    try:
        database = open_from(args)
    except DatabaseAccessError:
        # Missing, damaged or refused: the administrator signs in to the copy instead.
        database = None
    if database is not None:
        with database:
            actor = authenticate(database)
    restored = restore(
        target,
        args.file,
        dt.datetime.now(),
        actor,
        sign_in_to_copy=authenticate,
        other_installation=args.other_installation,
    )
    print(
        f"Restored {args.file} (a copy of {restored.copy.date_text}) as {target}; "
        f"the restore is in its audit trail, by {restored.actor}.",
        file=out,
    )
    if restored.aside is not None:
        print(f"The database it replaced is kept as {restored.aside}.", file=out)
    return 0


def _transport_passphrase() -> str:
    from mss_training.keystore import PASSPHRASE_ENV

    return os.environ.get(PASSPHRASE_ENV) or new_password(
        None, "the key file", f"${PASSPHRASE_ENV}"
    )


def command_keys(args: argparse.Namespace, out: TextIO) -> int:
    from mss_training.keystore import PASSPHRASE_ENV
    from mss_training.services.signing_keys import export_signing_key, import_signing_key

    with signed_in(args) as (database, actor):
        if args.action == "export":
            passphrase = _transport_passphrase()
            with database.transaction() as session:
                path = export_signing_key(session, actor, args.file, passphrase)
            print(f"Wrote this installation's signing key to {path}, encrypted.", file=out)
        else:
            with database.transaction() as session:
                path = import_signing_key(
                    session, actor, args.file, os.environ.get(PASSPHRASE_ENV, "")
                )
            print(f"This computer now holds the signing key, in {path}.", file=out)
    return 0


def add_safety_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:

    audit = commands.add_parser("audit", help="the tamper-evident audit trail")
    actions = audit.add_subparsers(dest="action", metavar="ACTION", required=True)
    verify = actions.add_parser("verify", help="check that no entry was changed or removed")
    verify.set_defaults(handler=command_audit_verify)
    show = actions.add_parser("show", help="the history of a record, or the latest entries")
    show.add_argument(
        "--entity",
        choices=LazyChoices("mss_training.services.audit_history", "AuditSubject"),
        default="officer",
        metavar="KIND",
        help="the kind of record (%(choices)s; default officer)",
    )
    show.add_argument(
        "key", nargs="?", metavar="UID_OR_NUMBER",
        help="a UID, service number, session reference or certificate serial",
    )  # fmt: skip
    show.add_argument("--contingent", metavar="CODE", help="with a service number")
    show.add_argument("--limit", type=int, default=50, metavar="N", help="without a record")
    show.set_defaults(handler=command_audit_show)

    keys = commands.add_parser("keys", help="copy the signing key to another computer")
    key_actions = keys.add_subparsers(dest="action", metavar="ACTION", required=True)
    for name, what in (("export", "write the key to FILE"), ("import", "keep FILE's key here")):
        key_command = key_actions.add_parser(name, help=f"{what} (administrators)")
        key_command.add_argument("file", type=Path, metavar="FILE")
        key_command.set_defaults(handler=command_keys)

    backup = commands.add_parser(
        "backup", help="copy the (SQLite) database to a new file (coordinators, administrators)"
    )
    backup.add_argument("file", type=Path, metavar="FILE")
    backup.set_defaults(handler=command_backup)
    restore_command = commands.add_parser(
        "restore",
        help="replace the database with a checked copy, keeping it aside (administrators)",
    )
    restore_command.add_argument("file", type=Path, metavar="FILE")
    restore_command.add_argument(
        "--other-installation",
        action="store_true",
        help="restore a copy of another installation, taking on its identity",
    )
    restore_command.set_defaults(handler=command_restore)
