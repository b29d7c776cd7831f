"""`mss-training results recognise ...`: a pass an outside body gave (coordinators record it)."""

import argparse
from typing import TextIO

from mss_training.cli_support import date_argument, on_terminal, signed_in


def command_results_recognise(args: argparse.Namespace, out: TextIO) -> int:
    from mss_training.services.personnel import OfficerRef
    from mss_training.services.recognition import RecognitionInput, recognise_qualification

    entry = RecognitionInput(
        officer=OfficerRef(args.contingent, args.service_number),
        module=args.module,
        passed_on=args.passed_on,
        body=args.body,
        reference=args.reference,
    )
    with signed_in(args) as (database, actor), database.transaction() as session:
        uid = recognise_qualification(session, entry, actor)
    print(
        on_terminal(
            f"Recognised {args.module.strip().upper()} passed on {args.passed_on} by "
            f"{args.contingent.upper()} {args.service_number} ({args.body.strip()}, "
            f"{args.reference.strip()}): session {uid.hex[:8]}."
        ),
        file=out,
    )
    return 0


def add_recognise_command(actions: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    """`results recognise`, beside `results import`."""
    recognise = actions.add_parser(
        "recognise",
        help="record a pass an outside body gave, such as a national academy (coordinators)",
    )
    recognise.add_argument("service_number", metavar="SERVICE_NUMBER")
    recognise.add_argument("--contingent", required=True, metavar="CODE")
    recognise.add_argument("--module", required=True, metavar="CODE")
    recognise.add_argument("--passed-on", required=True, type=date_argument, metavar="YYYY-MM-DD")
    recognise.add_argument(
        "--body", required=True, metavar="TEXT", help="who gave it: Kenya National Police College"
    )
    recognise.add_argument(
        "--reference", required=True, metavar="TEXT", help="its certificate number"
    )
    recognise.set_defaults(handler=command_results_recognise)
