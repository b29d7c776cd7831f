"""`mss-training sessions ...`: plan sessions, list them, record a planned one's results."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from mss_training.cli_support import date_argument, positive_argument, print_table, signed_in
from mss_training.errors import InputError

if TYPE_CHECKING:
    from mss_training.services.personnel import OfficerRef


def _attendees(args: argparse.Namespace) -> tuple[OfficerRef, ...]:
    from mss_training.services.planned_sessions import attendees_from_sheet, service_numbers

    if args.attendees and args.service_numbers:
        raise InputError("Give the attendees one way: --attendees FILE or --service-numbers.")
    if args.attendees:
        return attendees_from_sheet(args.attendees, args.contingent)
    if args.service_numbers:
        if not args.contingent:
            raise InputError("With --service-numbers, give --contingent CODE too.")
        return service_numbers(args.service_numbers, args.contingent)
    raise InputError(
        "Name the expected attendees: --attendees FILE, or --service-numbers N,N,... "
        "--contingent CODE."
    )


def command_sessions_plan(args: argparse.Namespace, out: TextIO) -> int:
    from mss_training.services.planned_sessions import PlanInput, plan_session

    entry = PlanInput(
        module=args.module,
        starts_on=args.starts,
        ends_on=args.ends or args.starts,
        location=args.location,
        attendees=_attendees(args),
        instructors="; ".join(name.strip() for name in args.instructor or [] if name.strip()),
        language=args.language,
        seats=args.seats,
    )
    with signed_in(args) as (database, actor), database.transaction() as session:
        planned = plan_session(session, entry, actor)
    print(planned.reference, file=out)
    return 0


def command_sessions_list(args: argparse.Namespace, out: TextIO) -> int:
    from mss_training.services.permissions import Permission, require
    from mss_training.services.session_list import SessionQuery, SessionState, find_sessions

    state = SessionState.PLANNED if args.planned else SessionState.HELD if args.held else None
    query = SessionQuery(
        state=state, starts_from=args.from_date, ends_by=args.to_date, module=args.module
    )
    with signed_in(args) as (database, actor), database.reading() as session:
        require(actor, Permission.READ)
        lines = find_sessions(session, query, actor.contingents, args.limit)
    rows = [
        (
            line.reference,
            line.module,
            f"{line.starts_on:%Y-%m-%d}"
            + (f" to {line.ends_on:%Y-%m-%d}" if line.ends_on != line.starts_on else ""),
            line.location,
            line.state.value,
            str(line.attendees),
        )
        for line in lines
    ]
    print_table(("Ref", "Module", "Dates", "Location", "State", "Attendees"), rows, out)
    return 0


def record_sheet_into(reference: str, path: Path, args: argparse.Namespace, out: TextIO) -> int:
    """Record a results sheet into a planned session (`sessions record`, `results import
    --session`)."""
    from mss_training.services.planned_sessions import record_planned_results, results_from_sheet

    results = results_from_sheet(path)
    with signed_in(args) as (database, actor), database.transaction() as session:
        held = record_planned_results(session, reference, results, actor)
    print(
        f"Recorded {held.results} results in session {reference}: {held.passed} passed, "
        f"{held.absent} absent, {held.added} attendees added on the day.",
        file=out,
    )
    return 0


def command_sessions_record(args: argparse.Namespace, out: TextIO) -> int:
    return record_sheet_into(args.reference, args.file, args, out)


def command_sessions_attendees(args: argparse.Namespace, out: TextIO) -> int:
    from mss_training.services.planned_sessions import change_attendees, service_numbers

    if not args.add and not args.absent:
        raise InputError("Say what changed: --add N,N,... or --absent N,N,... (or both).")
    added = service_numbers(args.add, args.contingent) if args.add else ()
    absent = service_numbers(args.absent, args.contingent) if args.absent else ()
    with signed_in(args) as (database, actor), database.transaction() as session:
        count_added, count_absent = change_attendees(session, args.reference, added, absent, actor)
    print(
        f"Session {args.reference}: {count_added} attendees added, {count_absent} marked absent.",
        file=out,
    )
    return 0


def add_session_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    sessions = commands.add_parser("sessions", help="training sessions, planned and held")
    actions = sessions.add_subparsers(dest="action", metavar="ACTION", required=True)

    plan = actions.add_parser("plan", help="plan a session ahead; prints its reference")
    plan.add_argument("--module", required=True, metavar="CODE")
    plan.add_argument("--starts", required=True, type=date_argument, metavar="YYYY-MM-DD")
    plan.add_argument("--ends", type=date_argument, metavar="YYYY-MM-DD")
    plan.add_argument("--location", required=True, metavar="TEXT")
    plan.add_argument(
        "--instructor",
        action="append",
        metavar="NAME",
        help=(
            "once per instructor: a name, or for a module taught by qualified instructors "
            "the officer as CONTINGENT:SERVICE_NUMBER (e.g. KEN:00123)"
        ),
    )
    plan.add_argument("--language", default="en", metavar="CODE")
    plan.add_argument("--seats", type=positive_argument, metavar="N")
    plan.add_argument(
        "--attendees", type=Path, metavar="FILE", help="a sheet of service numbers (CSV or XLSX)"
    )
    plan.add_argument("--service-numbers", metavar="N,N,...")
    plan.add_argument("--contingent", metavar="CODE", help="the contingent of the numbers")
    plan.set_defaults(handler=command_sessions_plan)

    listing = actions.add_parser("list", help="sessions and their references, latest first")
    state = listing.add_mutually_exclusive_group()
    state.add_argument("--planned", action="store_true", help="only those not held yet")
    state.add_argument("--held", action="store_true", help="only those with results")
    listing.add_argument("--from", dest="from_date", type=date_argument, metavar="DATE")
    listing.add_argument("--to", dest="to_date", type=date_argument, metavar="DATE")
    listing.add_argument("--module", metavar="CODE")
    listing.add_argument("--limit", type=positive_argument, default=30, metavar="N")
    listing.set_defaults(handler=command_sessions_list)

    record = actions.add_parser("record", help="record a planned session's results sheet")
    record.add_argument("reference", metavar="REF")
    record.add_argument(
        "file", type=Path, metavar="FILE", help="service_number, contingent, outcome, score"
    )
    record.set_defaults(handler=command_sessions_record)

    attendees = actions.add_parser(
        "attendees", help="on the day: add attendees to a planned session, or mark them absent"
    )
    attendees.add_argument("reference", metavar="REF")
    attendees.add_argument("--add", metavar="N,N,...", help="service numbers to add")
    attendees.add_argument("--absent", metavar="N,N,...", help="expected attendees reported absent")
    attendees.add_argument(
        "--contingent", required=True, metavar="CODE", help="the contingent of the numbers"
    )
    attendees.set_defaults(handler=command_sessions_attendees)
