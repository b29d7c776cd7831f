"""`mss-training plan`: what a contingent must be taught, by when, to deploy ready."""

import argparse
import json
from pathlib import Path
from typing import TextIO

from mss_training.cli_support import (
    LazyChoices,
    date_argument,
    positive_argument,
    print_table,
    signed_in,
)
from mss_training.domain import DEFAULT_SEATS, DEFAULT_TOUR_DAYS
from mss_training.errors import InputError


def command_plan(args: argparse.Namespace, out: TextIO) -> int:
    from mss_training.io.files import write_file
    from mss_training.io.tables import write_table
    from mss_training.services.curriculum import module_titles
    from mss_training.services.training_plan import (
        PlanRequest,
        plan_pdf_for,
        plan_rows,
        plan_title,
        training_plan,
    )

    if args.format in ("xlsx", "pdf") and args.output is None:
        raise InputError(f"A plan as {args.format.upper()} needs -o FILE.{args.format}.")
    request = PlanRequest(
        contingent=args.contingent, deploy_on=args.deploy_on, unit=args.unit,
        tour_days=args.tour_days, seats=args.seats,
    )  # fmt: skip
    with signed_in(args) as (database, actor), database.reading() as session:
        plan = training_plan(session, actor, request)
        if args.format == "pdf":
            titles = module_titles(session, args.lang)
            write_file(args.output, plan_pdf_for(plan, args.lang, titles))
    modules, refreshers = plan_rows(plan)
    if args.format == "json":
        text = json.dumps(plan.as_json(), ensure_ascii=False, indent=1) + "\n"
        if args.output:
            write_file(args.output, text.encode("utf-8"))
        else:
            out.write(text)
    elif args.format == "xlsx":
        write_table(args.output, modules.headers, modules.rows, title="Plan")
    elif args.format == "table":
        print(plan_title(plan), file=out)
        print(file=out)
        print_table(modules.headers, _texts(modules.rows), out)
        print(file=out)
        print("Refreshers due during the tour:", file=out)
        print_table(refreshers.headers, _texts(refreshers.rows), out)
        if plan.planned:
            print(file=out)
            print("Already expected at planned sessions (left out above):", file=out)
            rows = [
                [p.module, p.reference, f"{p.starts_on:%Y-%m-%d}", ", ".join(p.officers)]
                for p in plan.planned
            ]
            print_table(["Module", "Session", "Starts on", "Service numbers"], rows, out)
    if args.output:
        print(f"Wrote the plan to {args.output}.", file=out)
    return 0


def _texts(rows: list[list[str | int]]) -> list[list[str]]:
    return [[str(cell) for cell in row] for row in rows]


def add_plan_commands(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:

    plan = commands.add_parser(
        "plan", help="what to teach a contingent, by when, to be ready on its deployment date"
    )
    plan.add_argument("--contingent", metavar="CODE", required=True)
    plan.add_argument("--unit", metavar="NAME")
    plan.add_argument("--deploy-on", type=date_argument, metavar="YYYY-MM-DD", required=True)
    plan.add_argument(
        "--tour-days", type=positive_argument, default=DEFAULT_TOUR_DAYS, metavar="N",
        help=f"how long the tour lasts, for the refreshers due in it (default {DEFAULT_TOUR_DAYS})",
    )  # fmt: skip
    plan.add_argument(
        "--seats", type=positive_argument, default=DEFAULT_SEATS, metavar="N",
        help=f"seats in one session (default {DEFAULT_SEATS})",
    )  # fmt: skip
    plan.add_argument("--format", choices=("table", "json", "xlsx", "pdf"), default="table")
    plan.add_argument(
        "--lang",
        choices=LazyChoices("mss_training.documents.wording", "DOCUMENT_LANGUAGES"),
        default="en",
        metavar="LANG",
        help="the PDF's language (%(choices)s)",
    )
    plan.add_argument("-o", "--output", type=Path, metavar="FILE")
    plan.set_defaults(handler=command_plan)
