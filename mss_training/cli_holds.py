"""`mss-training holds ...`: eligibility holds on officers (coordinators place and lift them)."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from mss_training.cli_support import date_argument, on_terminal, print_table, signed_in
from mss_training.domain import HoldKind, VettingStatus
from mss_training.io.columns import parse_mapping

if TYPE_CHECKING:
    from mss_training.services.hold_import import HoldImportPreview
    from mss_training.services.holds import HoldLine


def command_holds_add(args: argparse.Namespace, out: TextIO) -> int:
    from mss_training.services.holds import HoldInput, place_hold
    from mss_training.services.personnel import OfficerRef

    entry = HoldInput(
        officer=OfficerRef(args.contingent, args.service_number),
        kind=HoldKind(args.kind),
        reason=args.reason,
        since=args.since or dt.date.today(),
        vetting_status=VettingStatus(args.status) if args.status else None,
        reference=args.reference or "",
        until=args.until,
    )
    with signed_in(args) as (database, actor), database.transaction() as session:
        uid = place_hold(session, entry, actor)
    what = f"{args.kind} ({args.status})" if args.status else args.kind
    print(
        on_terminal(f"Placed a {what} hold on {args.contingent.upper()} {args.service_number}: "
                    f"hold {uid.hex[:8]}."),
        file=out,
    )  # fmt: skip
    return 0


def _row(line: HoldLine) -> tuple[str, ...]:
    lifted = f"{line.lifted_on} by {line.lifted_by}" if line.lifted_on else ""
    return (
        line.short_id,
        f"{line.contingent} {line.service_number}",
        f"{line.family_name.upper()}, {line.given_names}",
        line.kind,
        line.status,
        f"{line.since}",
        f"{line.until or ''}",
        lifted,
        line.reason if line.reason is not None else "(not shown to your role)",
        line.reference or "",
    )


def command_holds_list(args: argparse.Namespace, out: TextIO) -> int:
    from mss_training.services.holds import list_holds
    from mss_training.services.permissions import Permission, require

    with signed_in(args) as (database, actor), database.reading() as session:
        require(actor, Permission.READ)
        lines = list_holds(
            session,
            actor,
            contingent=args.contingent,
            open_on=(args.as_of or dt.date.today()) if args.open else None,
        )
    if not lines:
        print("No holds.", file=out)
        return 0
    headers = (
        "Id", "Officer", "Name", "Kind", "Status", "Since", "Until", "Lifted", "Reason",
        "Reference",
    )  # fmt: skip
    print_table(headers, [_row(line) for line in lines], out)
    return 0


def command_holds_lift(args: argparse.Namespace, out: TextIO) -> int:
    from mss_training.services.holds import lift_hold

    with signed_in(args) as (database, actor), database.transaction() as session:
        line = lift_hold(session, args.id, args.reason, actor, on=args.on)
    print(
        on_terminal(f"Lifted the {line.kind} hold on {line.contingent} {line.service_number} "
                    f"from {line.lifted_on}."),
        file=out,
    )  # fmt: skip
    return 0


def _print_hold_preview(preview: HoldImportPreview, out: TextIO) -> None:
    for change in preview.holds:
        print(
            on_terminal(f"  row {change.row}: {change.contingent} {change.service_number} "
                        f"{change.kind} ({change.status}) from {change.since}"),
            file=out,
        )  # fmt: skip
    for problem in preview.rejected:
        print(on_terminal(f"  row {problem.row}: {problem.reason}"), file=out)


def command_holds_import(args: argparse.Namespace, out: TextIO) -> int:
    from mss_training.services.hold_import import HOLD_FIELDS, import_holds, preview_hold_import

    mapping = parse_mapping(args.map or [], HOLD_FIELDS)
    with (
        signed_in(args) as (database, actor),
        database.reading() if args.dry_run else database.transaction() as session,
    ):
        if args.dry_run:
            preview = preview_hold_import(session, args.file, actor, mapping)
        else:
            preview = import_holds(
                session, args.file, actor, mapping, skip_invalid=args.skip_invalid
            )
    verb = "Would place" if args.dry_run else "Placed"
    print(
        f"{verb} {len(preview.holds)} hold(s); {len(preview.rejected)} row(s) rejected.", file=out
    )
    _print_hold_preview(preview, out)
    return 0


def add_hold_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    holds = commands.add_parser("holds", help="eligibility holds (vetting, conduct, medical, ...)")
    actions = holds.add_subparsers(dest="action", metavar="ACTION", required=True)

    add = actions.add_parser("add", help="place a hold, or record a vetting, on an officer")
    add.add_argument("service_number", metavar="SERVICE_NUMBER")
    add.add_argument("--contingent", required=True, metavar="CODE")
    add.add_argument("--kind", required=True, choices=[kind.value for kind in HoldKind])
    add.add_argument(
        "--status",
        choices=[status.value for status in VettingStatus],
        help="where a vetting stands (vetting holds only)",
    )
    add.add_argument("--reason", required=True, metavar="TEXT")
    add.add_argument("--reference", metavar="TEXT", help="a case or file number")
    add.add_argument("--since", type=date_argument, metavar="YYYY-MM-DD", help="default: today")
    add.add_argument(
        "--until", type=date_argument, metavar="YYYY-MM-DD", help="its last day (default: none)"
    )
    add.set_defaults(handler=command_holds_add)

    listing = actions.add_parser("list", help="the holds your account may see")
    listing.add_argument("--contingent", metavar="CODE")
    listing.add_argument("--open", action="store_true", help="only those holding officers back")
    listing.add_argument(
        "--as-of", type=date_argument, metavar="YYYY-MM-DD", help="with --open (default: today)"
    )
    listing.set_defaults(handler=command_holds_list)

    lift = actions.add_parser("lift", help="lift a hold (it is kept, marked lifted)")
    lift.add_argument("id", metavar="ID", help="the hold's id, as `holds list` shows it")
    lift.add_argument("--reason", required=True, metavar="TEXT")
    lift.add_argument(
        "--on", type=date_argument, metavar="YYYY-MM-DD", help="its first day lifted (today)"
    )
    lift.set_defaults(handler=command_holds_lift)

    importer = actions.add_parser("import", help="place the holds of a sheet (CSV or XLSX)")
    importer.add_argument("file", type=Path, metavar="FILE")
    importer.add_argument("--dry-run", action="store_true", help="preview; write nothing")
    importer.add_argument(
        "--skip-invalid", action="store_true", help="import the valid rows, skip the others"
    )
    importer.add_argument(
        "--map", action="append", metavar="HEADER=FIELD", help="name a column's field"
    )
    importer.set_defaults(handler=command_holds_import)
