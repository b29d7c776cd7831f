"""`mss-training audit ...`, `backup` and `restore`: the commands that keep records safe."""

import argparse
import datetime as dt
from pathlib import Path
from typing import TextIO

from mss_training.cli_support import signed_in
from mss_training.config import database_url
from mss_training.services.audit import verify_audit_trail
from mss_training.services.audit_history import (
    AuditLine,
    AuditSubject,
    history_of,
    recent_entries,
)
from mss_training.services.backups import back_up, database_file, restore


def command_audit_verify(args: argparse.Namespace, out: TextIO) -> int:
    with signed_in(args) as (database, _), database.reading() as session:
        verification = verify_audit_trail(session)
    if verification.intact:
        print(
            f"Audit trail OK: {verification.entries} entries, each linked to the one before "
            "and the last signed by this installation.",
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
    with signed_in(args) as (database, _), database.reading() as session:
        if args.key is None:
            lines = recent_entries(session, args.limit)
        else:
            lines = history_of(session, AuditSubject(args.entity), args.key, args.contingent)
    print_audit_lines(lines, out)
    return 0


def command_backup(args: argparse.Namespace, out: TextIO) -> int:
    # No sign-in: a backup and a restore are copies of files, which whoever can reach the
    # files can make anyway (docs/users.md says what a login protects).
    source = database_file(database_url(args.db))
    target = back_up(source, args.file)
    print(f"Backed up {source} to {target}.", file=out)
    return 0


def command_restore(args: argparse.Namespace, out: TextIO) -> int:
    target = database_file(database_url(args.db))
    restored = restore(target, args.file, dt.datetime.now())
    print(f"Restored {args.file} as {target}.", file=out)
    if restored.aside is not None:
        print(f"The database it replaced is kept as {restored.aside}.", file=out)
    return 0


def add_safety_commands(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    audit = commands.add_parser("audit", help="the tamper-evident audit trail")
    actions = audit.add_subparsers(dest="action", metavar="ACTION", required=True)
    verify = actions.add_parser("verify", help="check that no entry was changed or removed")
    verify.set_defaults(handler=command_audit_verify)
    show = actions.add_parser("show", help="the history of a record, or the latest entries")
    show.add_argument(
        "--entity", choices=[subject.value for subject in AuditSubject], default="officer"
    )
    show.add_argument(
        "key", nargs="?", metavar="UID_OR_NUMBER",
        help="a UID, service number, session reference or certificate serial",
    )  # fmt: skip
    show.add_argument("--contingent", metavar="CODE", help="with a service number")
    show.add_argument("--limit", type=int, default=50, metavar="N", help="without a record")
    show.set_defaults(handler=command_audit_show)

    backup = commands.add_parser("backup", help="copy the (SQLite) database to a new file")
    backup.add_argument("file", type=Path, metavar="FILE")
    backup.set_defaults(handler=command_backup)
    restore_command = commands.add_parser(
        "restore", help="replace the database with a checked copy, keeping it aside"
    )
    restore_command.add_argument("file", type=Path, metavar="FILE")
    restore_command.set_defaults(handler=command_restore)
