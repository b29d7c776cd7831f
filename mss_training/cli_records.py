"""`mss-training records ...`: each officer's records to take home, and checking a credential."""

import argparse
import datetime as dt
import json
from pathlib import Path
from typing import TextIO

from mss_training.cli_support import LazyChoices, on_terminal, signed_in
from mss_training.errors import InputError

# As `certificates verify` counts: 0 valid, 4 expired, 7 not genuine.
EXPIRED_STATUS, NOT_GENUINE_STATUS = 4, 7


def command_records_pack(args: argparse.Namespace, out: TextIO) -> int:
    from mss_training.io.files import write_file
    from mss_training.services.records_pack import PackRequest, records_pack

    if args.output.suffix.lower() != ".zip":
        raise InputError("Name the pack FILE.zip.")
    request = PackRequest(
        contingent=args.contingent, officer=args.officer, unit=args.unit, language=args.lang
    )
    if args.officer and args.unit:
        raise InputError("Give --officer or --unit, not both.")
    with signed_in(args) as (database, actor), database.transaction() as session:
        pack = records_pack(session, actor, request)
        # Written before the commit: a pack that cannot be written is not audited as made.
        write_file(args.output, pack.data)
    print(
        f"Wrote the records of {pack.officers} officers ({pack.credentials} signed "
        f"credentials) to {args.output}.",
        file=out,
    )
    return 0


def command_records_verify(args: argparse.Namespace, out: TextIO) -> int:
    from mss_training.services.credentials import check_credential

    try:
        credential = json.loads(args.file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(f"There is no file {args.file}.") from None
    except (OSError, UnicodeDecodeError, ValueError):
        raise InputError(f"{args.file} is not a credential (JSON).") from None
    check = check_credential(credential)
    if not check.genuine:
        print(f"NOT GENUINE: {check.problem}", file=out)
        return NOT_GENUINE_STATUS
    expired = check.expired_on(dt.date.today())
    until = f" until {check.last_valid_day}" if check.last_valid_day else ""
    print(
        on_terminal(
            f"{'EXPIRED' if expired else 'VALID'}: {check.achievement}, held by "
            f"{check.subject}, valid from {check.valid_from[:10]}{until}.\n"
            f"Signed by {check.issuer_name} as {check.issuer}; check that this is the "
            "mission's key (issuer.json in the pack, and what the mission told you)."
        ),
        file=out,
    )
    return EXPIRED_STATUS if expired else 0


def add_records_commands(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:

    records = commands.add_parser("records", help="officers' records to take home")
    actions = records.add_subparsers(dest="action", metavar="ACTION", required=True)
    pack = actions.add_parser(
        "pack", help="transcripts and signed Open Badges 3.0 credentials in a ZIP"
    )
    pack.add_argument("--contingent", metavar="CODE", required=True)
    pack.add_argument("--officer", metavar="SERVICE_NUMBER", help="one officer")
    pack.add_argument("--unit", metavar="NAME", help="the officers of one unit")
    pack.add_argument(
        "--lang",
        choices=LazyChoices("mss_training.documents.transcript", "TRANSCRIPT_LANGUAGES"),
        default="en",
        metavar="LANG",
        help="transcripts and README in fr, es or ht, headings also in English (%(choices)s)",
    )
    pack.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.zip")
    pack.set_defaults(handler=command_records_pack)
    verify = actions.add_parser(
        "verify",
        help="is a credential genuine? (offline; exit 0 valid, 4 expired, 7 not genuine)",
    )
    verify.add_argument("file", type=Path, metavar="FILE.json")
    verify.set_defaults(handler=command_records_verify)
