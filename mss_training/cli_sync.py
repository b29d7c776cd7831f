"""`mss-training sync ...`: identities, enrolment, bundles and conflicts, on the command line."""

import argparse
import datetime as dt
from pathlib import Path
from typing import Any, TextIO

from mss_training.cli_support import signed_in
from mss_training.errors import InputError


def _since(text: str) -> dt.datetime:
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a date or time; write it as YYYY-MM-DD or YYYY-MM-DDTHH:MM."
        ) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def command_identity(args: argparse.Namespace, out: TextIO) -> int:
    from mss_training.sync.identity import own_identity

    with signed_in(args) as (database, _), database.reading() as session:
        identity = own_identity(session)
    print(f"Installation: {identity.name} ({identity.role.value.upper()})", file=out)
    print(f"Uid:          {identity.uid}", file=out)
    print(f"Key:          {identity.fingerprint}", file=out)
    print(f"Enrolment code (give it to the other installation):\n  {identity.code}", file=out)
    if args.save:
        try:
            args.save.write_text(identity.to_json() + "\n", encoding="utf-8")
        except OSError as error:
            raise InputError(f"Cannot write {args.save}: {error.strerror or error}.") from None
        print(f"Saved the identity file {args.save}.", file=out)
    return 0


def command_enrol(args: argparse.Namespace, out: TextIO) -> int:
    from mss_training.sync.identity import enrol_site, read_identity

    identity = read_identity(args.identity, args.name)
    with signed_in(args) as (database, actor), database.transaction() as session:
        enrolment = enrol_site(session, identity, actor, args.contingents)
    what = "was already enrolled" if enrolment.already else "is enrolled"
    if args.contingents:
        what += f" for {', '.join(sorted({code.strip().upper() for code in args.contingents}))}"
    print(
        f"{identity.name} ({identity.role.value.upper()}, key {identity.fingerprint}) {what}: "
        "its bundles are trusted here.",
        file=out,
    )
    return 0


def command_sites(args: argparse.Namespace, out: TextIO) -> int:
    from mss_training.sync.identity import known_sites

    with signed_in(args) as (database, _), database.reading() as session:
        sites = known_sites(session)
    print(f"{'Name':<28} {'Role':<5} {'Key':<20} {'Trust':<26} Last received", file=out)
    for site in sites:
        print(
            f"{site.name[:28]:<28} {site.role.value.upper():<5} {site.fingerprint:<20} "
            f"{site.trust:<26} {site.last_received or '-'}",
            file=out,
        )
    return 0


def command_export(args: argparse.Namespace, out: TextIO) -> int:
    from mss_training.sync.export import plan_export, record_export, write_bundle

    with signed_in(args) as (database, actor):
        with database.reading() as session:
            since = None if args.all else args.since
            plan = plan_export(session, args.file, actor, for_site=args.for_site, since=since)
            summary = write_bundle(session, plan)
        with database.transaction() as session:
            record_export(session, summary, actor)
    counted = ", ".join(f"{count:,} {name}" for name, count in summary.counts.items())
    print(f"Wrote {args.file}: {counted}.", file=out)
    if summary.manifest.since:
        print(f"Results stored since {summary.manifest.since:%Y-%m-%d %H:%M} UTC.", file=out)
    return 0


def command_import(args: argparse.Namespace, out: TextIO) -> int:
    from mss_training.sync.merge import import_bundle

    with signed_in(args) as (database, actor):
        unit_of_work = database.rehearsal() if args.dry_run else database.transaction()
        with unit_of_work as session:
            report = import_bundle(session, args.file, actor)
    for line in report.lines(dry_run=args.dry_run):
        print(line, file=out)
    return 0


def _choice(use: str) -> int:
    """--use kept, other, or the number of a value as the list shows it."""
    named = {"kept": 1, "other": 2}
    if use in named:
        return named[use]
    if use.isdigit():
        return int(use)
    raise InputError(f"--use takes kept, other or a value's number, not {use!r}.")


def command_conflicts(args: argparse.Namespace, out: TextIO) -> int:
    from mss_training.services.scoped_reads import visible_conflicts
    from mss_training.sync.conflicts import resolve_conflict

    with signed_in(args) as (database, actor):
        if args.resolve is not None:
            with database.transaction() as session:
                summary = resolve_conflict(
                    session, args.resolve, choice=_choice(args.use), actor=actor
                )
            print(summary + ".", file=out)
            return 0
        with database.reading() as session:
            conflicts = visible_conflicts(session, actor.contingents)
    if not conflicts:
        print("No open conflicts.", file=out)
    for conflict in conflicts:
        print(
            f"#{conflict.id} {conflict.officer}, {conflict.field} "
            f"(found {conflict.found_at:%Y-%m-%d %H:%M} at {conflict.found_by}):",
            file=out,
        )
        for number, value in enumerate(conflict.values, start=1):
            shown = "kept " if number == 1 else "     "
            print(
                f"  {number}. {shown}{value.value!r} ({value.by}, {value.at:%Y-%m-%d %H:%M})",
                file=out,
            )
    return 0


def command_duplicates(args: argparse.Namespace, out: TextIO) -> int:
    from mss_training.sync.duplicates import likely_duplicates, settle_duplicate

    with signed_in(args) as (database, actor):
        with database.reading() as session:
            pairs = likely_duplicates(session, actor)
        chosen = args.merge or args.keep_both
        if chosen is None:
            if not pairs:
                print("No likely duplicate sessions.", file=out)
            for number, pair in enumerate(pairs, start=1):
                print(
                    f"#{number} {pair.shared} of the same attendees:\n"
                    f"    1. {pair.first.describe()} ({pair.first.attendees} attendees)\n"
                    f"    2. {pair.second.describe()} ({pair.second.attendees} attendees)",
                    file=out,
                )
            return 0
        if not 1 <= chosen <= len(pairs):
            raise InputError(
                f"There is no likely duplicate #{chosen}; `sync duplicates` lists them."
            )
        pair = pairs[chosen - 1]
        choice = (
            "keep both" if args.keep_both else f"keep {'second' if args.keep == 2 else 'first'}"
        )
        with database.transaction() as session:
            summary = settle_duplicate(session, pair, choice, actor)
    print(summary + ".", file=out)
    return 0


def add_sync_commands(commands: Any) -> None:
    sync = commands.add_parser("sync", help="exchange records with HQ and other sites")
    actions = sync.add_subparsers(dest="action", metavar="ACTION", required=True)

    def add(name: str, handler: Any, help_text: str) -> argparse.ArgumentParser:
        parser: argparse.ArgumentParser = actions.add_parser(name, help=help_text)
        parser.set_defaults(handler=handler)
        return parser

    identity = add("identity", command_identity, "this installation's identity and code")
    identity.add_argument("--save", type=Path, metavar="FILE", help="also write an identity file")
    enrol = add("enrol", command_enrol, "trust another installation (its file or code)")
    enrol.add_argument("identity", metavar="FILE|CODE")
    enrol.add_argument("--name", metavar="NAME", help="its name (with a code)")
    enrol.add_argument(
        "--contingents",
        type=lambda text: text.split(","),
        metavar="KEN,JAM",
        help="take the site's records of these contingents only",
    )
    add("sites", command_sites, "the installations known here and whether they are trusted")
    export = add("export", command_export, "write a sync bundle")
    export.add_argument("file", type=Path, metavar="FILE.mssync")
    export.add_argument("--for", dest="for_site", metavar="SITE", help="what SITE has not had")
    export.add_argument("--since", type=_since, metavar="DATE", help="results stored since DATE")
    export.add_argument("--all", action="store_true", help="everything, whatever was sent before")
    importer = add("import", command_import, "merge a sync bundle")
    importer.add_argument("file", type=Path, metavar="FILE.mssync")
    importer.add_argument("--dry-run", action="store_true", help="show what would change")
    conflicts = add("conflicts", command_conflicts, "conflicting edits, and resolving them")
    conflicts.add_argument("--resolve", type=int, metavar="N", help="resolve conflict #N")
    conflicts.add_argument(
        "--use",
        default="kept",
        metavar="kept|other|N",
        help="with --resolve: which value (kept, other, or its number in the list)",
    )
    duplicates = add(
        "duplicates", command_duplicates, "sessions two sites recorded twice, and merging them"
    )
    choice = duplicates.add_mutually_exclusive_group()
    choice.add_argument("--merge", type=int, metavar="N", help="merge likely duplicate #N")
    choice.add_argument("--keep-both", type=int, metavar="N", help="keep both sessions of #N")
    duplicates.add_argument(
        "--keep",
        type=int,
        choices=(1, 2),
        default=1,
        help="with --merge: which session's results count (1, the first recorded, or 2)",
    )
