"""`mss-training readiness snapshot ...`: a briefing's signed figure, and its re-check."""

import argparse
from pathlib import Path
from typing import TextIO

from mss_training.cli_support import (
    THROUGH_ARGUMENT,
    LazyChoices,
    date_argument,
    on_terminal,
    print_table,
    signed_in,
)
from mss_training.errors import InputError


def command_snapshot(args: argparse.Namespace, out: TextIO) -> int:
    # Checked here, not by argparse: `readiness snapshot verify FILE` needs neither.
    from mss_training.io.files import write_file
    from mss_training.services.snapshots import CommanderAssessment, SnapshotRequest, take_snapshot

    if args.as_of is None or args.assessment is None or args.output is None:
        raise InputError(
            "A snapshot needs --as-of DATE, the commander's --assessment (yes, qualified or "
            "no) and -o FILE."
        )
    pdf_path = args.output.with_suffix(".pdf")
    if args.output.suffix.lower() == ".pdf":
        raise InputError("Name the snapshot's file FILE.json; its PDF is written beside it.")
    request = SnapshotRequest(
        as_of=args.as_of,
        assessment=CommanderAssessment(args.assessment),
        remarks=args.remarks or "",
        contingent=args.contingent,
        through=args.through,
        language=args.lang,
    )
    with signed_in(args) as (database, actor), database.transaction() as session:
        taken = take_snapshot(session, actor, request)
        # Written before the commit: a file that cannot be written leaves no snapshot kept.
        write_file(args.output, taken.document.encode("utf-8"))
        write_file(pdf_path, taken.pdf)
    print(
        f"Snapshot {taken.fingerprint} ({taken.uid}): {taken.ready} of {taken.officers} "
        f"officers ready as of {args.as_of:%Y-%m-%d}. Wrote {args.output} and {pdf_path}.",
        file=out,
    )
    return 0


def command_snapshot_verify(args: argparse.Namespace, out: TextIO) -> int:
    from mss_training.services.snapshot_check import (
        check_report,
        check_snapshot,
        read_snapshot_file,
    )

    document = read_snapshot_file(args.file)
    with signed_in(args) as (database, actor), database.reading() as session:
        check = check_snapshot(session, actor, document)
    for line in check_report(check):
        print(on_terminal(line), file=out)
    return 0 if check.unchanged else CHANGED_STATUS if check.genuine else NOT_GENUINE_STATUS


def command_snapshot_list(args: argparse.Namespace, out: TextIO) -> int:
    from mss_training.services.snapshots import list_snapshots

    with signed_in(args) as (database, actor), database.reading() as session:
        lines = list_snapshots(session, actor)
    rows = [
        (
            f"{line.taken_at:%Y-%m-%d %H:%M}", line.taken_by, f"{line.as_of:%Y-%m-%d}",
            line.scope, f"{line.ready}/{line.officers}", line.assessment, str(line.uid),
        )
        for line in lines
    ]  # fmt: skip
    headers = ("Taken (UTC)", "By", "As of", "Covers", "Ready", "Assessment", "Snapshot")
    print_table(headers, rows, out)
    return 0


# As `certificates verify` counts: 0 as it was, 4 no longer so, 7 not genuine.
CHANGED_STATUS, NOT_GENUINE_STATUS = 4, 7
SNAPSHOT_STATUSES = """exit status of verify:
  0  genuine, and readiness recomputed today is unchanged
  4  genuine, but officers' statuses or requirements differ today (listed)
  7  not genuine: the file was changed, or is not signed by an installation known here
"""


def _with_statuses(
    actions: "argparse._SubParsersAction[argparse.ArgumentParser]", name: str, help_text: str
) -> argparse.ArgumentParser:
    """A snapshot command whose help ends with verify's exit statuses."""
    return actions.add_parser(
        name,
        help=help_text,
        epilog=SNAPSHOT_STATUSES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )


def add_snapshot_commands(readiness: argparse.ArgumentParser) -> None:
    """`readiness snapshot` (take one), `readiness snapshot verify FILE`, `... list`."""

    actions = readiness.add_subparsers(dest="readiness_action", metavar="ACTION")
    snapshot = _with_statuses(
        actions, "snapshot", "sign readiness as of a date with the commander's assessment"
    )
    snapshot.add_argument("--as-of", type=date_argument, metavar="YYYY-MM-DD")
    snapshot.add_argument("--contingent", metavar="CODE")
    snapshot.add_argument("--through", **THROUGH_ARGUMENT)
    snapshot.add_argument(
        "--assessment",
        choices=LazyChoices("mss_training.services.snapshots", "CommanderAssessment"),
        metavar="WORD",
        help="the commander's word: yes, qualified (yes) or no (%(choices)s)",
    )
    snapshot.add_argument("--remarks", metavar="TEXT")
    snapshot.add_argument(
        "--lang",
        choices=LazyChoices("mss_training.documents.wording", "DOCUMENT_LANGUAGES"),
        default="en",
        metavar="LANG",
        help="the language of its PDF (%(choices)s)",
    )
    snapshot.add_argument(
        "-o", "--output", type=Path, metavar="FILE.json", help="its PDF is written beside it"
    )
    snapshot.set_defaults(handler=command_snapshot)
    checks = snapshot.add_subparsers(dest="snapshot_action", metavar="ACTION")
    verify = _with_statuses(checks, "verify", "is a snapshot genuine, and what changed since?")
    verify.add_argument("file", type=Path, metavar="FILE.json")
    verify.set_defaults(handler=command_snapshot_verify)
    listing = checks.add_parser("list", help="the snapshots kept in this database")
    listing.set_defaults(handler=command_snapshot_list)
