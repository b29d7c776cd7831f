"""The command line, `mss-training`: a thin face on the same services as the app."""

import argparse
import csv
import datetime as dt
import getpass
import io
import json
import sys
import traceback
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO

from mss_training import __version__
from mss_training.config import DATABASE_ENV, database_url, log_dir
from mss_training.dates import parse_date
from mss_training.db import Database, open_database
from mss_training.documents.certificate import LANGUAGES, certificates_pdf
from mss_training.domain import Phase, ReadinessStatus, RequirementStatus, SiteRole
from mss_training.errors import InputError, MssError
from mss_training.io.columns import RESULTS_FIELDS, ROSTER_FIELDS, parse_mapping
from mss_training.io.curriculum_file import default_curriculum, read_curriculum_file
from mss_training.io.readiness_export import (
    READINESS_COLUMNS,
    readiness_rows,
    readiness_to_dict,
)
from mss_training.io.tables import csv_cell, write_table
from mss_training.services.certificates import (
    DEFAULT_AUTHORITY,
    IssueOptions,
    Verdict,
    certificate_for_officer,
    certificates_for_session,
    certificates_for_unit,
    revoke_certificate,
    verify_code,
    verify_pdf,
)
from mss_training.services.curriculum import curriculum_view
from mss_training.services.demo import generate_demo
from mss_training.services.exports import (
    curriculum_table,
    personnel_table,
    readiness_table,
    results_table,
)
from mss_training.services.importing import ImportRejectedError, RowProblem
from mss_training.services.personnel import OfficerRef
from mss_training.services.readiness import (
    DEFAULT_WARN_DAYS,
    ReadinessQuery,
    ReadinessReport,
    RequirementState,
    readiness_report,
)
from mss_training.services.reports import (
    readiness_report_pdf_for,
    recent_sessions,
    roster_pdf_for,
    sign_in_sheet_pdf,
)
from mss_training.services.results_import import (
    ResultsImportPreview,
    import_results,
    preview_results_import,
)
from mss_training.services.roster_import import (
    RosterImportPreview,
    import_roster,
    preview_roster_import,
)
from mss_training.services.setup import set_up_database

PROGRAM = "mss-training"


def _actor() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "unknown user"


def _date_argument(text: str) -> dt.date:
    try:
        return parse_date(text)
    except MssError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _non_negative(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number.") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"{value} is negative; give 0 or more.")
    return value


def _positive(text: str) -> int:
    value = _non_negative(text)
    if value == 0:
        raise argparse.ArgumentTypeError("give 1 or more.")
    return value


def _open(args: argparse.Namespace) -> Database:
    return open_database(database_url(args.db))


def command_init(args: argparse.Namespace, out: TextIO) -> int:
    spec = read_curriculum_file(args.curriculum) if args.curriculum else default_curriculum()
    role = SiteRole.HQ if args.hq else SiteRole.SITE
    with (
        open_database(database_url(args.db), site_name=args.site_name, site_role=role) as database,
        database.transaction() as session,
    ):
        result = set_up_database(session, spec, _actor())
    load = result.curriculum
    print(f"Database: {database.display_name}", file=out)
    if load.created:
        print(
            f"Loaded and published curriculum {load.version}: {load.modules} modules, "
            f"{load.requirements} requirements.",
            file=out,
        )
    else:
        print(f"Curriculum {load.version} was already loaded; nothing changed.", file=out)
    if result.contingents_added:
        print(f"Added {result.contingents_added} contingents.", file=out)
    return 0


def command_demo(args: argparse.Namespace, out: TextIO) -> int:
    with _open(args) as database, database.transaction() as session:
        set_up_database(session, default_curriculum(), _actor())
        summary = generate_demo(
            session,
            officers=args.officers,
            seed=args.seed,
            today=args.today,
            years=args.years,
            progress=(lambda text: print(text, file=sys.stderr)) if args.verbose else None,
        )
    print(
        f"Demo mission in {database.display_name}: {summary.officers} officers, "
        f"{summary.sessions} sessions, {summary.results} results "
        f"({summary.amendments} amended, {summary.voids} voided), "
        f"{summary.exemptions} exemptions.",
        file=out,
    )
    return 0


def command_curriculum_show(args: argparse.Namespace, out: TextIO) -> int:
    with _open(args) as database, database.reading() as session:
        view = curriculum_view(session)
    if args.format == "json":
        document = {
            "version": view.version,
            "title": view.title,
            "roles": [{"code": role.code, "name": role.name} for role in view.roles],
            "modules": [
                {
                    "code": module.code,
                    "title": module.title,
                    "category": module.category,
                    "hours": module.hours,
                    "assessment": module.assessment,
                    "pass_mark": module.pass_mark,
                    "validity_months": module.validity_months,
                }
                for module in view.modules
            ],
            "requirements": [
                {
                    "module": requirement.module,
                    "role": requirement.role,
                    "contingent": requirement.contingent,
                    "phase": requirement.phase,
                }
                for requirement in view.requirements
            ],
        }
        json.dump(document, out, ensure_ascii=False, indent=2)
        print(file=out)
        return 0
    print(f"Curriculum {view.version}: {view.title}", file=out)
    rows = [
        (
            module.code,
            module.title,
            f"{module.hours:g}",
            module.assessment.replace("_", "/")
            + (f" ≥{module.pass_mark:g}" if module.pass_mark is not None else ""),
            f"{module.validity_months} months" if module.validity_months else "never",
        )
        for module in view.modules
    ]
    _print_table(("Code", "Title", "Hours", "Assessment", "Expires after"), rows, out)
    return 0


def on_terminal(text: str) -> str:
    """Text as a terminal should show it: a control character in a name ("\\x1b[2J") is
    written as an escape, not sent to the terminal to act on; line breaks stay."""
    return "\n".join(
        "".join(char if char.isprintable() else ascii(char)[1:-1] for char in line)
        for line in text.split("\n")
    )


def _print_table(headers: Sequence[str], rows: Sequence[Sequence[str]], out: TextIO) -> None:
    rows = [[on_terminal(cell) for cell in row] for row in rows]
    widths = [len(header) for header in headers]
    for row in rows:
        widths = [max(width, len(cell)) for width, cell in zip(widths, row, strict=True)]
    line = "  ".join(f"{{:{width}}}" for width in widths)
    print(line.format(*headers).rstrip(), file=out)
    print("  ".join("-" * width for width in widths), file=out)
    for row in rows:
        print(line.format(*row).rstrip(), file=out)


def _gaps(requirements: Sequence[RequirementState]) -> str:
    """What an officer lacks, e.g. "UOF-101 expired 2026-10-03; FRM-101 missing"."""
    parts = []
    for state in requirements:
        if state.status in (RequirementStatus.CURRENT, RequirementStatus.EXEMPT):
            continue
        text = f"{state.module} {state.status.value}"
        if state.expires_on and state.status is not RequirementStatus.MISSING:
            text += f" {state.expires_on:%Y-%m-%d}"
        parts.append(text)
    return "; ".join(parts)


def _print_readiness_table(report: ReadinessReport, out: TextIO, *, brief: bool) -> None:
    phase = report.phase.value if report.phase else "all phases"
    print(
        f"Readiness as of {report.as_of:%Y-%m-%d} ({phase}; expiring means within "
        f"{report.warn_days} days)",
        file=out,
    )
    print(file=out)
    rows = []
    groups = sorted(report.summary.by_contingent.items())
    for code, group in [*groups, ("Mission", None)]:
        counts = group.counts if group else report.summary.overall
        rows.append(
            (
                code,
                str(counts.total),
                str(counts.ready),
                str(counts.expiring),
                str(counts.not_ready),
                f"{counts.percent_ready:.1f}",
            )
        )
    _print_table(("Contingent", "Officers", "Ready", "Expiring", "Not ready", "% ready"), rows, out)
    attention = [officer for officer in report.officers if officer.status != ReadinessStatus.READY]
    if not attention or brief:
        return
    print(file=out)
    print("Officers who need training:", file=out)
    officer_rows = [
        (
            officer.service_number,
            officer.contingent,
            f"{officer.family_name.upper()}, {officer.given_names}",
            officer.status.value.replace("_", " "),
            _gaps(officer.requirements),
        )
        for officer in attention
    ]
    _print_table(("Service no.", "Contingent", "Name", "Status", "Gaps"), officer_rows, out)
    ready = len(report.officers) - len(attention)
    if ready:
        print(f"\n{ready} ready officers are not listed; --format csv or json lists all.", file=out)


def command_readiness(args: argparse.Namespace, out: TextIO) -> int:
    query = ReadinessQuery(
        as_of=args.as_of or dt.date.today(),
        warn_days=args.warn_days,
        phase=Phase(args.phase) if args.phase else None,
        contingent=args.contingent,
        unit=args.unit,
        include_inactive=args.include_inactive,
    )
    with _open(args) as database, database.reading() as session:
        report = readiness_report(session, query)
    if args.format == "json":
        json.dump(readiness_to_dict(report), out, ensure_ascii=False, indent=1)
        print(file=out)
    elif args.format == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(READINESS_COLUMNS)
        # Neutralised like a file export: this output is often saved and opened in Excel.
        writer.writerows([csv_cell(cell) for cell in row] for row in readiness_rows(report))
    else:
        _print_readiness_table(report, out, brief=args.brief)
    return 0


def _print_rejections(rejected: Sequence[RowProblem], out: TextIO) -> None:
    for problem in rejected:
        print(on_terminal(f"  row {problem.row}: {problem.reason}"), file=out)


def _print_columns(columns: dict[str, str], ignored: Sequence[str], out: TextIO) -> None:
    matched = ", ".join(f"{header} → {field}" for field, header in columns.items())
    print(on_terminal(f"Columns: {matched}"), file=out)
    if ignored:
        print(on_terminal(f"Ignored columns: {', '.join(ignored)}"), file=out)


def _import(args: argparse.Namespace, kind: str) -> RosterImportPreview | ResultsImportPreview:
    """Preview (with --dry-run) or import a roster or results file, in one transaction."""
    mapping = parse_mapping(args.map or [], ROSTER_FIELDS if kind == "roster" else RESULTS_FIELDS)
    with (
        _open(args) as database,
        database.reading() if args.dry_run else database.transaction() as session,
    ):
        if kind == "roster" and args.dry_run:
            return preview_roster_import(session, args.file, mapping)
        if kind == "roster":
            return import_roster(
                session, args.file, _actor(), mapping=mapping, skip_invalid=args.skip_invalid
            )
        if args.dry_run:
            return preview_results_import(session, args.file, mapping)
        return import_results(
            session, args.file, _actor(), mapping=mapping, skip_invalid=args.skip_invalid
        )


def _describe(preview: RosterImportPreview | ResultsImportPreview, dry_run: bool) -> list[str]:
    rejected = len(preview.rejected)
    if isinstance(preview, ResultsImportPreview):
        verb = "Would record" if dry_run else "Recorded"
        return [
            f"{verb} {preview.new_results} results in {preview.sessions} sessions; "
            f"{preview.already_recorded} were already recorded, {rejected} rows rejected."
        ]
    verbs = ("Would add", "would update") if dry_run else ("Added", "updated")
    lines = [
        f"{verbs[0]} {preview.created} officers, {verbs[1]} {preview.updated}, "
        f"{preview.unchanged} unchanged, {rejected} rows rejected."
    ]
    lines += [
        f"  row {change.row}: {change.contingent} {change.service_number} "
        f"{change.name}: {', '.join(change.changed)} changed"
        for change in preview.changes
        if change.action == "update"
    ]
    return lines


def command_import(args: argparse.Namespace, out: TextIO) -> int:
    try:
        preview = _import(args, args.kind)
    except ImportRejectedError as error:
        print(on_terminal(f"{PROGRAM}: {error}"), file=sys.stderr)
        _print_rejections(error.preview.rejected, sys.stderr)
        return 1
    _print_columns(preview.columns, preview.ignored_columns, out)
    for line in _describe(preview, args.dry_run):
        print(on_terminal(line), file=out)
    if preview.rejected:
        print("Rejected rows:", file=out)
        _print_rejections(preview.rejected, out)
    return 1 if preview.rejected and args.dry_run else 0


def command_export(args: argparse.Namespace, out: TextIO) -> int:
    with _open(args) as database, database.reading() as session:
        if args.what == "personnel":
            table = personnel_table(session)
        elif args.what == "results":
            table = results_table(session)
        elif args.what == "curriculum":
            table = curriculum_table(session)
        else:
            query = ReadinessQuery(as_of=args.as_of or dt.date.today())
            table = readiness_table(session, query)
        count = write_table(args.file, table.headers, table.rows, title=table.title)
    print(f"Wrote {count} rows of {args.what} to {args.file}.", file=out)
    return 0


def _write_bytes(path: Path, data: bytes) -> None:
    """Write a whole file or nothing: into a temporary name beside it, then into place."""
    if not path.parent.is_dir():
        raise InputError(f"The folder {path.parent} does not exist.")
    partial = path.with_name(f".{path.name}.partial")
    try:
        partial.write_bytes(data)
        partial.replace(path)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise InputError(f"{path} cannot be written ({error.strerror}).") from None


def _safe_file_name(text: str) -> str:
    kept = "".join(char if char.isalnum() or char in " -_." else "_" for char in text)
    return " ".join(kept.split())[:120]


def _date_span(first: dt.date, last: dt.date) -> str:
    return f"{first:%Y-%m-%d}" + (f" to {last:%Y-%m-%d}" if last != first else "")


def command_sessions_list(args: argparse.Namespace, out: TextIO) -> int:
    with _open(args) as database, database.reading() as session:
        lines = recent_sessions(session, args.limit, args.module)
    rows = [
        (
            line.reference,
            line.module,
            f"{line.starts_on:%Y-%m-%d}"
            + (f" to {line.ends_on:%Y-%m-%d}" if line.ends_on != line.starts_on else ""),
            line.location,
            str(line.results),
        )
        for line in lines
    ]
    _print_table(("Ref", "Module", "Dates", "Location", "Results"), rows, out)
    return 0


def _issue_options(args: argparse.Namespace) -> IssueOptions:
    return IssueOptions(
        language=args.lang,
        signatory_name=args.signatory or "",
        signatory_title=args.signatory_title,
        issuing_authority=args.authority,
    )


def command_certificates_issue(args: argparse.Namespace, out: TextIO) -> int:
    options = _issue_options(args)
    with _open(args) as database, database.transaction() as session:
        if args.session:
            contents = certificates_for_session(session, args.session, _actor(), options)
        elif args.officer:
            if not (args.contingent and args.module):
                raise InputError("With --officer, give --contingent and --module too.")
            contents = [
                certificate_for_officer(
                    session,
                    OfficerRef(args.contingent, args.officer),
                    args.module,
                    _actor(),
                    options,
                    reissue=args.reissue,
                )
            ]
        elif args.contingent:
            contents = certificates_for_unit(
                session, args.contingent, args.unit, _actor(), options, args.module
            )
        else:
            raise InputError("Say whose certificates: --session, --officer or --contingent.")
        if args.zip:
            buffer = io.BytesIO()
            with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
                for content in contents:
                    name = _safe_file_name(
                        f"{content.serial} {content.family_name} {content.given_names}"
                    )
                    archive.writestr(f"{name}.pdf", certificates_pdf([content], content.serial))
            data = buffer.getvalue()
        else:
            data = certificates_pdf(contents, "Certificates of completion")
        _write_bytes(args.output, data)
    print(
        f"Wrote {len(contents)} certificate{'s' if len(contents) != 1 else ''} to {args.output}.",
        file=out,
    )
    return 0


def command_certificates_verify(args: argparse.Namespace, out: TextIO) -> int:
    with _open(args) as database, database.reading() as session:
        candidate = Path(args.what)
        if args.what.lower().endswith(".pdf") or candidate.is_file():
            verifications = verify_pdf(session, candidate)
        else:
            verifications = [verify_code(session, args.what)]
    for verification in verifications:
        print(f"{verification.verdict.value.upper()}: {verification.explanation}", file=out)
    return 0 if all(v.verdict is Verdict.VALID for v in verifications) else 1


def command_certificates_revoke(args: argparse.Namespace, out: TextIO) -> int:
    with _open(args) as database, database.transaction() as session:
        revoke_certificate(session, args.serial, args.reason, _actor())
    print(f"Certificate {args.serial} is revoked.", file=out)
    return 0


def _report_query(args: argparse.Namespace) -> ReadinessQuery:
    return ReadinessQuery(
        as_of=args.as_of or dt.date.today(),
        warn_days=args.warn_days,
        contingent=args.contingent,
        unit=getattr(args, "unit", None),
    )


def command_report(args: argparse.Namespace, out: TextIO) -> int:
    with _open(args) as database, database.reading() as session:
        if args.kind == "sign-in":
            if not args.session:
                raise InputError(
                    "Name the session: --session REF (see `mss-training sessions list`)."
                )
            data = sign_in_sheet_pdf(session, args.session, database.display_name)
        elif args.kind == "roster":
            data = roster_pdf_for(session, _report_query(args), database.display_name)
        else:
            data = readiness_report_pdf_for(session, _report_query(args), database.display_name)
    _write_bytes(args.output, data)
    print(f"Wrote the {args.kind} report to {args.output}.", file=out)
    return 0


def command_gui(args: argparse.Namespace, out: TextIO) -> int:
    from mss_training.ui.app import run_app

    return run_app(database_url(args.db))


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROGRAM,
        description="Training records and readiness for the MSS mission to Haiti.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help=f"the database: a SQLite file or a SQLAlchemy URL (default: ${DATABASE_ENV}, "
        "else a file in your user data folder)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    init = commands.add_parser(
        "init", help="create or upgrade the database and load the curriculum"
    )
    init.add_argument("--curriculum", type=Path, metavar="FILE", help="a curriculum TOML file")
    init.add_argument(
        "--site-name", metavar="NAME", help="this installation's name (new databases)"
    )
    init.add_argument("--hq", action="store_true", help="this installation is mission HQ")
    init.set_defaults(handler=command_init)

    demo = commands.add_parser("demo", help="fill a new database with a synthetic mission")
    demo.add_argument("--officers", type=_positive, default=2000, metavar="N")
    demo.add_argument("--seed", type=int, default=2699, metavar="S")
    demo.add_argument(
        "--today", type=_date_argument, default=dt.date.today(), metavar="YYYY-MM-DD",
        help="the last day of the mission's history (default: today)",
    )  # fmt: skip
    demo.add_argument("--years", type=_positive, default=2, metavar="Y", help="years of history")
    demo.add_argument("--verbose", action="store_true", help="say what is being generated")
    demo.set_defaults(handler=command_demo)

    curriculum = commands.add_parser("curriculum", help="the shared curriculum")
    curriculum_commands = curriculum.add_subparsers(dest="action", metavar="ACTION", required=True)
    show = curriculum_commands.add_parser("show", help="show the active curriculum")
    show.add_argument("--format", choices=("table", "json"), default="table")
    show.set_defaults(handler=command_curriculum_show)

    readiness = commands.add_parser("readiness", help="who is ready to deploy, as of a date")
    readiness.add_argument("--as-of", type=_date_argument, metavar="YYYY-MM-DD")
    readiness.add_argument("--contingent", metavar="CODE")
    readiness.add_argument("--unit", metavar="NAME")
    readiness.add_argument("--phase", choices=[phase.value for phase in Phase])
    readiness.add_argument(
        "--warn-days", type=_non_negative, default=DEFAULT_WARN_DAYS, metavar="N"
    )
    readiness.add_argument(
        "--include-inactive", action="store_true", help="also officers rotated out or withdrawn"
    )
    readiness.add_argument("--format", choices=("table", "json", "csv"), default="table")
    readiness.add_argument(
        "--brief", action="store_true", help="with --format table: the summary alone"
    )
    readiness.set_defaults(handler=command_readiness)

    for noun, fields, what in (
        ("roster", ROSTER_FIELDS, "personnel list"),
        ("results", RESULTS_FIELDS, "attendance and results sheet"),
    ):
        group = commands.add_parser(noun, help=f"import a {what}")
        actions = group.add_subparsers(dest="action", metavar="ACTION", required=True)
        importer = actions.add_parser("import", help=f"import a {what} (CSV or XLSX)")
        importer.add_argument("file", type=Path, metavar="FILE")
        importer.add_argument("--dry-run", action="store_true", help="show what would change")
        importer.add_argument(
            "--skip-invalid", action="store_true", help="import the valid rows, skip the rest"
        )
        importer.add_argument(
            "--map",
            action="append",
            metavar="HEADER=FIELD",
            help=f"read a column as a field ({', '.join(fields)})",
        )
        importer.set_defaults(handler=command_import, kind=noun)

    export = commands.add_parser("export", help="export to CSV or XLSX")
    export.add_argument("what", choices=("personnel", "results", "readiness", "curriculum"))
    export.add_argument("file", type=Path, metavar="FILE.csv|FILE.xlsx")
    export.add_argument(
        "--as-of", type=_date_argument, metavar="YYYY-MM-DD", help="for readiness (default today)"
    )
    export.set_defaults(handler=command_export)

    sessions = commands.add_parser("sessions", help="training sessions")
    session_actions = sessions.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = session_actions.add_parser("list", help="the latest sessions and their references")
    listing.add_argument("--module", metavar="CODE")
    listing.add_argument("--limit", type=_positive, default=30, metavar="N")
    listing.set_defaults(handler=command_sessions_list)

    certificates = commands.add_parser("certificates", help="certificates of completion")
    certificate_actions = certificates.add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    issue = certificate_actions.add_parser("issue", help="issue (or reprint) certificates as PDF")
    issue.add_argument("--session", metavar="REF", help="everyone who passed a session")
    issue.add_argument("--officer", metavar="SERVICE_NUMBER")
    issue.add_argument("--contingent", metavar="CODE")
    issue.add_argument("--unit", metavar="NAME")
    issue.add_argument("--module", metavar="CODE")
    issue.add_argument("--lang", choices=LANGUAGES, default="en", help="English, or bilingual")
    issue.add_argument("--signatory", metavar="NAME", help="who signs")
    issue.add_argument("--signatory-title", default="Training Officer", metavar="TITLE")
    issue.add_argument("--authority", default=DEFAULT_AUTHORITY, metavar="TEXT")
    issue.add_argument("--reissue", action="store_true", help="a new serial, replacing the old")
    issue.add_argument("--zip", action="store_true", help="one PDF per certificate in a ZIP")
    issue.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    issue.set_defaults(handler=command_certificates_issue)
    verify = certificate_actions.add_parser("verify", help="is a certificate genuine? (offline)")
    verify.add_argument("what", metavar="FILE.pdf|CODE")
    verify.set_defaults(handler=command_certificates_verify)
    revoke = certificate_actions.add_parser("revoke", help="revoke a certificate")
    revoke.add_argument("serial", metavar="SERIAL")
    revoke.add_argument("--reason", required=True, metavar="TEXT")
    revoke.set_defaults(handler=command_certificates_revoke)

    report = commands.add_parser("report", help="sign-in sheets, rosters, readiness reports")
    report.add_argument("kind", choices=("sign-in", "roster", "readiness"))
    report.add_argument("--session", metavar="REF", help="for sign-in")
    report.add_argument("--contingent", metavar="CODE")
    report.add_argument("--unit", metavar="NAME")
    report.add_argument("--as-of", type=_date_argument, metavar="YYYY-MM-DD")
    report.add_argument("--warn-days", type=_non_negative, default=DEFAULT_WARN_DAYS, metavar="N")
    report.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    report.set_defaults(handler=command_report)

    gui = commands.add_parser("gui", help="open the desktop app")
    gui.set_defaults(handler=command_gui)
    return parser


def _report_bug(error: BaseException) -> str:
    """Keep the traceback for the developers, out of the user's way."""
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S")
    try:
        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"crash-{stamp}.log"
        path.write_text("".join(traceback.format_exception(error)), encoding="utf-8")
        return f" Details were saved in {path}."
    except OSError:
        return ""


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    """Run one command; return the exit status (0 success, 1 a problem the user can fix)."""
    args = build_parser().parse_args(argv)
    handler: Callable[[argparse.Namespace, TextIO], int] = args.handler
    try:
        return handler(args, out or sys.stdout)
    except MssError as error:
        print(on_terminal(f"{PROGRAM}: {error}"), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"{PROGRAM}: stopped; nothing was changed.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as error:  # a bug: say so plainly, keep the details in a file
        details = _report_bug(error)
        print(
            f"{PROGRAM}: something went wrong inside the program ({type(error).__name__}); "
            f"this is a bug, not your mistake.{details}",
            file=sys.stderr,
        )
        return 3
