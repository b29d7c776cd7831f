"""The command line, `mss-training`: a thin face on the same services as the app."""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import gc
import io
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from mss_training import __version__
from mss_training.cli_briefings import add_snapshot_commands
from mss_training.cli_holds import add_hold_commands
from mss_training.cli_plan import add_plan_commands
from mss_training.cli_records import add_records_commands
from mss_training.cli_results import add_recognise_command
from mss_training.cli_safety import add_safety_commands
from mss_training.cli_sessions import add_session_commands, record_sheet_into
from mss_training.cli_support import (
    PROGRAM,
    THROUGH_ARGUMENT,
    LazyChoices,
    ask_passphrases_on_the_terminal,
    authenticate,
    date_argument,
    new_password,
    new_site_name,
    non_negative_argument,
    on_terminal,
    open_from,
    positive_argument,
    print_table,
    signed_in,
)
from mss_training.cli_sync import add_sync_commands
from mss_training.cli_users import add_user_commands
from mss_training.config import DATABASE_ENV, database_url
from mss_training.domain import (
    DEFAULT_WARN_DAYS,
    Phase,
    ReadinessStatus,
    RequirementStatus,
    SiteRole,
    UserRole,
)
from mss_training.errors import InputError, MssError
from mss_training.io.columns import RESULTS_FIELDS, ROSTER_FIELDS, parse_mapping
from mss_training.logs import set_up_logging, write_crash_file

if TYPE_CHECKING:
    from mss_training.services.certificates import IssueOptions
    from mss_training.services.importing import RowProblem
    from mss_training.services.readiness import (
        OfficerReadiness,
        ReadinessQuery,
        ReadinessReport,
        RequirementState,
    )
    from mss_training.services.results_import import ResultsImportPreview
    from mss_training.services.roster_import import RosterImportPreview


def _no_first_administrator() -> InputError:
    return InputError(
        "Name the first administrator of this database: --admin-user NAME "
        "(the password is asked for, or give --admin-password)."
    )


def command_init(args: argparse.Namespace, out: TextIO) -> int:
    from sqlalchemy import make_url

    from mss_training.db import open_database
    from mss_training.io.curriculum_file import default_curriculum, read_curriculum_file
    from mss_training.services.setup import set_up_database
    from mss_training.services.users import NewUser, add_first_administrator, has_accounts

    spec = read_curriculum_file(args.curriculum) if args.curriculum else default_curriculum()
    role = SiteRole.HQ if args.hq else SiteRole.SITE
    url = database_url(args.db)
    missing = (
        make_url(url).get_backend_name() == "sqlite"
        and not Path(make_url(url).database or "").exists()
    )
    if missing and not args.admin_user:
        raise _no_first_administrator()  # before the file is made, so nothing is left behind
    password = (
        new_password(args.admin_password, args.admin_user, "--admin-password")
        if args.admin_user
        else ""
    )
    site_name = new_site_name(args.site_name) if missing else args.site_name
    with open_database(url, site_name=site_name, site_role=role) as database:
        with database.reading() as session:
            first = not has_accounts(session)
        if first and not args.admin_user:
            raise _no_first_administrator()
        if args.admin_user and not first:
            raise InputError(
                f"This database already has accounts; an administrator adds more with "
                f"`{PROGRAM} users add`."
            )
        if first:
            with database.transaction() as session:
                entry = NewUser(
                    args.admin_user, args.admin_name or "", UserRole.ADMINISTRATOR, password
                )
                admin = add_first_administrator(session, entry)
                result = set_up_database(session, spec, admin.actor)
            print(f"Created the administrator account {admin.username}.", file=out)
        else:
            actor = authenticate(database)
            with database.transaction() as session:
                result = set_up_database(session, spec, actor)
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
    from mss_training.io.curriculum_file import default_curriculum
    from mss_training.services.demo import ACTOR as DEMO_ACTOR
    from mss_training.services.demo import add_demo_accounts, demo_accounts_text, generate_demo
    from mss_training.services.permissions import system_actor
    from mss_training.services.setup import set_up_database
    from mss_training.services.users import has_accounts

    demo_site = "Kiganjo training site (demo)"
    with (
        open_from(args, create=True, site_name=demo_site) as database,
        database.transaction() as session,
    ):
        if has_accounts(session):
            raise InputError(
                "A demo mission is made in a new database; this one already has accounts."
            )
        set_up_database(session, default_curriculum(), system_actor(DEMO_ACTOR))
        add_demo_accounts(session)
        summary = generate_demo(
            session,
            officers=args.officers,
            seed=args.seed,
            today=args.today,
            years=args.years,
            progress=(lambda text: print(text, file=sys.stderr)) if args.verbose else None,
        )
    print(
        f"Demo mission in {database.display_name}: {summary.officers} officers "
        f"on {summary.tours} tours, {summary.sessions} sessions, {summary.results} results "
        f"({summary.amendments} amended, {summary.voids} voided), "
        f"{summary.exemptions} exemptions, {summary.holds} eligibility holds; "
        f"{summary.planned} sessions planned for next week.",
        file=out,
    )
    print(demo_accounts_text(), file=out)
    return 0


def command_curriculum_show(args: argparse.Namespace, out: TextIO) -> int:
    from mss_training.services.curriculum import curriculum_view
    from mss_training.services.permissions import Permission, require

    with signed_in(args) as (database, actor), database.reading() as session:
        require(actor, Permission.READ)
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
                    "instructor_requires": list(module.instructor_requires),
                    "instructor_current": module.instructor_current,
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
    print_table(("Code", "Title", "Hours", "Assessment", "Expires after"), rows, out)
    return 0


def _gaps(requirements: Sequence[RequirementState]) -> str:
    """What an officer lacks, e.g. "UOF-101 expired 2026-10-03; FRM-101 missing"."""
    parts = []
    for state in requirements:
        if state.status in (RequirementStatus.CURRENT, RequirementStatus.EXEMPT):
            continue
        text = f"{state.module} {state.status.value}"
        if state.status is RequirementStatus.LAPSES and state.expires_on:
            text += f" {state.expires_on:%Y-%m-%d} (valid to {state.last_valid_day:%Y-%m-%d})"
        elif state.status is RequirementStatus.EXPIRING and state.last_valid_day:
            # The last valid day, as the readiness report and the certificate name it.
            text += f", valid to {state.last_valid_day:%Y-%m-%d}"
        elif state.expires_on and state.status is not RequirementStatus.MISSING:
            text += f" {state.expires_on:%Y-%m-%d}"
        parts.append(text)
    return "; ".join(parts)


def _named(officer: OfficerReadiness) -> tuple[str, str, str]:
    """The first cells of an officer's line in a table: number, contingent, name."""
    return (
        officer.service_number,
        officer.contingent,
        f"{officer.family_name.upper()}, {officer.given_names}",
    )


def _print_readiness_table(report: ReadinessReport, out: TextIO, *, brief: bool) -> None:
    from mss_training.services.hold_rules import hold_kinds

    phase = report.phase.value if report.phase else "all phases"
    through = report.summary.through
    print(
        f"Readiness as of {report.as_of:%Y-%m-%d} ({phase}; expiring means within "
        f"{report.warn_days} days"
        + (f"; through the tour to {through:%Y-%m-%d}" if through else "")
        + ")",
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
                str(counts.on_hold),
                str(counts.deployable),
                *((str(counts.lapsing),) if through else ()),
            )
        )
    headers = (
        "Contingent", "Officers", "Ready", "Expiring", "Not ready", "% ready", "On hold",
        "Deployable", *(("Refresher due",) if through else ()),
    )  # fmt: skip
    print_table(headers, rows, out)
    if through and report.summary.refreshers and not brief:
        print(file=out)
        print("Refreshers due during the tour (officers, by the month of the last valid day):",
              file=out)  # fmt: skip
        due = [(d.month, d.module, str(d.officers)) for d in report.summary.refreshers]
        print_table(("Month", "Module", "Officers"), due, out)
    held = [officer for officer in report.officers if officer.holds]
    if held and not brief:
        print(file=out)
        print("Officers held back (not deployable whatever their training):", file=out)
        held_rows = [(*_named(officer), hold_kinds(officer.holds)) for officer in held]
        print_table(("Service no.", "Contingent", "Name", "Held by"), held_rows, out)
    attention = [officer for officer in report.officers if officer.status != ReadinessStatus.READY]
    if not attention or brief:
        return
    print(file=out)
    print("Officers who need training:", file=out)
    officer_rows = [
        (
            *_named(officer),
            officer.status.value.replace("_", " "),
            _gaps(officer.requirements),
        )
        for officer in attention
    ]
    print_table(("Service no.", "Contingent", "Name", "Status", "Gaps"), officer_rows, out)
    ready = len(report.officers) - len(attention)
    if ready:
        print(f"\n{ready} ready officers are not listed; --format csv or json lists all.", file=out)


def command_readiness(args: argparse.Namespace, out: TextIO) -> int:
    from mss_training.io.readiness_export import (
        READINESS_COLUMNS,
        readiness_rows,
        write_readiness_json,
    )
    from mss_training.services.permissions import Permission, require
    from mss_training.services.readiness import (
        ReadinessQuery,
        ReadinessReport,
        for_actor,
        readiness_by_officer,
        readiness_report,
    )
    from mss_training.services.readiness_summary import readiness_summary

    query = ReadinessQuery(
        as_of=args.as_of or dt.date.today(),
        warn_days=args.warn_days,
        phase=Phase(args.phase) if args.phase else None,
        contingent=args.contingent,
        unit=args.unit,
        include_inactive=args.include_inactive,
        through=args.through,
    )
    # On a Connection: readiness reads Core tables alone, and without the ORM's import and
    # mapping a script's `readiness --brief` starts in two thirds of the time.
    with signed_in(args) as (database, actor), database.reading_connection() as session:
        require(actor, Permission.READ)
        query = for_actor(query, actor)
        # JSON and CSV list every officer: written as they come, within the session.
        if args.format == "json":
            write_readiness_json(query, readiness_by_officer(session, query), out)
            print(file=out)
        elif args.format == "csv":
            from mss_training.io.tables import csv_cell

            officers = readiness_by_officer(session, query)
            writer = csv.writer(out, lineterminator="\n")
            writer.writerow(READINESS_COLUMNS)
            # Neutralised like a file export: this output is often saved and opened in Excel.
            writer.writerows([csv_cell(cell) for cell in row] for row in readiness_rows(officers))
        elif args.brief:
            # The dashboard's one counting statement: at 50,000 officers half the time of
            # reading every officer's requirements only to count them.
            report = ReadinessReport(
                as_of=query.as_of, warn_days=query.warn_days, phase=query.phase, officers=(),
                summary=readiness_summary(session, query),
            )  # fmt: skip
            _print_readiness_table(report, out, brief=True)
        else:
            _print_readiness_table(readiness_report(session, query), out, brief=False)
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
    from mss_training.services.permissions import Permission, require
    from mss_training.services.results_import import import_results, preview_results_import
    from mss_training.services.roster_import import import_roster, preview_roster_import

    mapping = parse_mapping(args.map or [], ROSTER_FIELDS if kind == "roster" else RESULTS_FIELDS)
    with (
        signed_in(args) as (database, actor),
        database.reading() if args.dry_run else database.transaction() as session,
    ):
        require(
            actor, Permission.EDIT_PERSONNEL if kind == "roster" else Permission.RECORD_TRAINING
        )
        if kind == "roster" and args.dry_run:
            return preview_roster_import(session, args.file, mapping, within=actor.contingents)
        if kind == "roster":
            return import_roster(
                session, args.file, actor, mapping=mapping, skip_invalid=args.skip_invalid
            )
        if args.dry_run:
            return preview_results_import(session, args.file, mapping, within=actor.contingents)
        return import_results(
            session, args.file, actor, mapping=mapping, skip_invalid=args.skip_invalid
        )


def _describe(preview: RosterImportPreview | ResultsImportPreview, dry_run: bool) -> list[str]:
    from mss_training.services.results_import import ResultsImportPreview

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
    from mss_training.services.importing import ImportRejectedError

    if getattr(args, "session", None):
        if args.dry_run or args.map or args.skip_invalid:
            raise InputError(
                "With --session the whole sheet is recorded into the planned session; "
                "leave out --dry-run, --map and --skip-invalid."
            )
        return record_sheet_into(args.session, args.file, args, out)
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
    from mss_training.io.tables import write_table
    from mss_training.services.exports import (
        curriculum_table,
        personnel_table,
        readiness_table,
        results_table,
    )
    from mss_training.services.permissions import Permission, require
    from mss_training.services.readiness import ReadinessQuery, for_actor

    with signed_in(args) as (database, actor), database.reading() as session:
        require(actor, Permission.EXPORT)
        if args.what == "personnel":
            table = personnel_table(session, actor.contingents)
        elif args.what == "results":
            table = results_table(session, actor.contingents)
        elif args.what == "curriculum":
            table = curriculum_table(session)
        else:
            query = ReadinessQuery(as_of=args.as_of or dt.date.today(), through=args.through)
            table = readiness_table(session, for_actor(query, actor))
        count = write_table(args.file, table.headers, table.rows, title=table.title)
    print(f"Wrote {count} rows of {args.what} to {args.file}.", file=out)
    return 0


def _safe_file_name(text: str) -> str:
    kept = "".join(char if char.isalnum() or char in " -_." else "_" for char in text)
    return " ".join(kept.split())[:120]


def _date_span(first: dt.date, last: dt.date) -> str:
    return f"{first:%Y-%m-%d}" + (f" to {last:%Y-%m-%d}" if last != first else "")


def _issue_options(args: argparse.Namespace) -> IssueOptions:
    from mss_training.services.certificates import DEFAULT_AUTHORITY, IssueOptions

    if args.reissue and not (args.reason or "").strip():
        raise InputError("Say why a new certificate replaces the old: --reissue --reason TEXT.")
    if args.reason and not args.reissue:
        raise InputError("--reason goes with --reissue, which issues a new certificate.")
    return IssueOptions(
        language=args.lang,
        signatory_name=args.signatory or "",
        signatory_title=args.signatory_title,
        second_signatory_name=args.second_signatory or "",
        second_signatory_title=args.second_signatory_title,
        issuing_authority=DEFAULT_AUTHORITY if args.authority is None else args.authority,
        reissue_reason=(args.reason or "").strip() if args.reissue else "",
    )


def command_certificates_issue(args: argparse.Namespace, out: TextIO) -> int:
    from mss_training.documents.certificate import certificates_pdf
    from mss_training.io.files import write_file
    from mss_training.services.certificates import (
        certificate_for_officer,
        certificates_for_session,
        certificates_for_unit,
        reprint_notes,
    )
    from mss_training.services.personnel import OfficerRef

    options = _issue_options(args)
    with signed_in(args) as (database, actor), database.transaction() as session:
        if args.session:
            contents = certificates_for_session(session, args.session, actor, options)
        elif args.officer:
            if not (args.contingent and args.module):
                raise InputError("With --officer, give --contingent and --module too.")
            contents = [
                certificate_for_officer(
                    session,
                    OfficerRef(args.contingent, args.officer),
                    args.module,
                    actor,
                    options,
                )
            ]
        elif args.contingent:
            contents = certificates_for_unit(
                session, args.contingent, args.unit, actor, options, args.module
            )
        else:
            raise InputError("Say whose certificates: --session, --officer or --contingent.")
        if args.zip:
            import zipfile  # and its compressors (lzma, bz2): for --zip, not every start

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
        write_file(args.output, data)
    for note in reprint_notes(contents, options):
        print(note, file=out)
    print(
        f"Wrote {len(contents)} certificate{'s' if len(contents) != 1 else ''} to {args.output}.",
        file=out,
    )
    return 0


def _is_file(path: Path) -> bool:
    try:
        return path.is_file()
    except OSError:  # a pasted code is longer than any file name may be
        return False


VERIFY_STATUSES = """exit status (for several certificates, the highest):
  0  VALID           genuine, not revoked here, not expired
  4  EXPIRED         genuine but past its last valid day (the answer names it)
  5  REVOKED         genuine but revoked (as far as this installation knows)
  6  UNKNOWN ISSUER  from an installation this database has not exchanged keys with
  7  TAMPERED        the code or the page was altered, or the page holds anything else
  1  the file, code or serial could not be read or found"""


def command_certificates_verify(args: argparse.Namespace, out: TextIO) -> int:
    from mss_training.services.certificates import exit_status, verify_pdf, verify_text
    from mss_training.services.permissions import Permission, require

    with signed_in(args) as (database, actor), database.reading() as session:
        require(actor, Permission.READ)
        candidate = Path(args.what)
        if args.what.lower().endswith(".pdf") or _is_file(candidate):
            verifications = verify_pdf(session, candidate)
        else:
            verifications = [verify_text(session, args.what, actor)]
    for verification in verifications:
        print(f"{verification.verdict.value.upper()}: {verification.explanation}", file=out)
        if verification.says:
            print(f"  {verification.says}", file=out)
        print(f"  {verification.revocation_news}", file=out)
    return exit_status(verifications)


def command_certificates_revoke(args: argparse.Namespace, out: TextIO) -> int:
    from mss_training.services.certificates import revoke_certificate

    with signed_in(args) as (database, actor), database.transaction() as session:
        revoke_certificate(session, args.serial, args.reason, actor)
    print(f"Certificate {args.serial} is revoked.", file=out)
    return 0


def _report_query(args: argparse.Namespace) -> ReadinessQuery:
    from mss_training.services.readiness import ReadinessQuery

    return ReadinessQuery(
        as_of=args.as_of or dt.date.today(),
        warn_days=args.warn_days,
        phase=Phase(args.phase) if getattr(args, "phase", None) else None,
        contingent=args.contingent,
        unit=getattr(args, "unit", None),
        through=getattr(args, "through", None),
    )


def command_report(args: argparse.Namespace, out: TextIO) -> int:
    from mss_training.io.files import write_file
    from mss_training.services.permissions import Permission, require
    from mss_training.services.readiness import for_actor
    from mss_training.services.reports import (
        DocumentOptions,
        readiness_report_pdf_for,
        roster_pdf_for,
        sign_in_sheet_pdf,
    )

    with signed_in(args) as (database, actor), database.reading() as session:
        require(actor, Permission.PRINT)
        if args.kind == "sign-in":
            if not args.session:
                raise InputError(
                    "Name the session: --session REF (see `mss-training sessions list`)."
                )
            data = sign_in_sheet_pdf(
                session, args.session, within=actor.contingents, language=args.lang
            )
        else:
            if args.kind == "roster" and args.through:
                raise InputError(
                    "--through is for the readiness report; a roster shows what each officer "
                    "holds on the day (--as-of)."
                )
            query = for_actor(_report_query(args), actor)
            options = DocumentOptions(args.lang or "en", args.marking or "", args.sign_off)
            if args.kind == "roster":
                data = roster_pdf_for(session, query, options)
            else:
                data = readiness_report_pdf_for(session, query, options)
    write_file(args.output, data)
    print(f"Wrote the {args.kind} report to {args.output}.", file=out)
    return 0


def command_gui(args: argparse.Namespace, out: TextIO) -> int:
    from mss_training.ui.app import run_app

    # Only the first run, on the default file, makes a database; any other path must hold
    # one already (a crash must never leave a new, empty one where anyone adds an admin).
    first_run = not args.db and not os.environ.get(DATABASE_ENV)
    return run_app(database_url(args.db), create=first_run)


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
        "--site-name",
        metavar="NAME",
        help="this installation's name, printed on its certificates (new databases; asked for "
        "on a terminal when not given)",
    )
    init.add_argument("--hq", action="store_true", help="this installation is mission HQ")
    init.add_argument("--admin-user", metavar="NAME", help="the first administrator's username")
    init.add_argument("--admin-name", metavar="TEXT", help="the first administrator's full name")
    init.add_argument(
        "--admin-password", metavar="PASSWORD", help="their password (asked for when left out)"
    )
    init.set_defaults(handler=command_init)

    demo = commands.add_parser("demo", help="fill a new database with a synthetic mission")
    demo.add_argument("--officers", type=positive_argument, default=2000, metavar="N")
    demo.add_argument("--seed", type=int, default=2699, metavar="S")
    demo.add_argument(
        "--today", type=date_argument, default=dt.date.today(), metavar="YYYY-MM-DD",
        help="the last day of the mission's history (default: today)",
    )  # fmt: skip
    demo.add_argument(
        "--years", type=positive_argument, default=2, metavar="Y", help="years of history"
    )
    demo.add_argument("--verbose", action="store_true", help="say what is being generated")
    demo.set_defaults(handler=command_demo)

    curriculum = commands.add_parser("curriculum", help="the shared curriculum")
    curriculum_commands = curriculum.add_subparsers(dest="action", metavar="ACTION", required=True)
    show = curriculum_commands.add_parser("show", help="show the active curriculum")
    show.add_argument("--format", choices=("table", "json"), default="table")
    show.set_defaults(handler=command_curriculum_show)

    readiness = commands.add_parser("readiness", help="who is ready to deploy, as of a date")
    readiness.add_argument("--as-of", type=date_argument, metavar="YYYY-MM-DD")
    readiness.add_argument("--contingent", metavar="CODE")
    readiness.add_argument("--unit", metavar="NAME")
    readiness.add_argument("--phase", choices=[phase.value for phase in Phase])
    readiness.add_argument(
        "--warn-days", type=non_negative_argument, default=DEFAULT_WARN_DAYS, metavar="N"
    )
    readiness.add_argument(
        "--include-inactive", action="store_true", help="also officers rotated out or withdrawn"
    )
    readiness.add_argument("--through", **THROUGH_ARGUMENT)
    readiness.add_argument("--format", choices=("table", "json", "csv"), default="table")
    readiness.add_argument(
        "--brief", action="store_true", help="with --format table: the summary alone"
    )
    readiness.set_defaults(handler=command_readiness)
    add_snapshot_commands(readiness)

    for noun, fields, what in (
        ("roster", ROSTER_FIELDS, "a personnel list"),
        ("results", RESULTS_FIELDS, "an attendance and results sheet"),
    ):
        group = commands.add_parser(
            noun,
            help=f"import {what}"
            + (", or recognise a pass from outside the mission" if noun == "results" else ""),
        )
        actions = group.add_subparsers(dest="action", metavar="ACTION", required=True)
        importer = actions.add_parser("import", help=f"import {what} (CSV or XLSX)")
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
        if noun == "results":
            add_recognise_command(actions)
            importer.add_argument(
                "--session",
                metavar="REF",
                help="record the sheet into this planned session (see `sessions record`)",
            )
        importer.set_defaults(handler=command_import, kind=noun)

    export = commands.add_parser("export", help="export to CSV or XLSX")
    export.add_argument("what", choices=("personnel", "results", "readiness", "curriculum"))
    export.add_argument("file", type=Path, metavar="FILE.csv|FILE.xlsx")
    export.add_argument(
        "--as-of", type=date_argument, metavar="YYYY-MM-DD", help="for readiness (default today)"
    )
    export.add_argument("--through", **THROUGH_ARGUMENT)
    export.set_defaults(handler=command_export)

    add_session_commands(commands)

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
    issue.add_argument(
        "--lang",
        choices=LazyChoices("mss_training.documents.certificate", "LANGUAGES"),
        default="en",
        metavar="LANG",
        help="English, or bilingual: %(choices)s",
    )
    issue.add_argument("--signatory", metavar="NAME", help="who signs")
    issue.add_argument("--signatory-title", default="Training Officer", metavar="TITLE")
    issue.add_argument("--second-signatory", metavar="NAME", help="a second signature")
    issue.add_argument("--second-signatory-title", default="", metavar="TITLE")
    issue.add_argument(
        "--authority", metavar="TEXT", help="the issuing body (default: Mission Training Cell)"
    )
    issue.add_argument(
        "--reissue",
        action="store_true",
        help="a new certificate (new serial) replacing the one issued or revoked; needs --reason",
    )
    issue.add_argument("--reason", metavar="TEXT", help="why it is reissued (audited)")
    issue.add_argument("--zip", action="store_true", help="one PDF per certificate in a ZIP")
    issue.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    issue.set_defaults(handler=command_certificates_issue)
    verify = certificate_actions.add_parser(
        "verify",
        help="is a certificate genuine? (offline)",
        description=(
            "Check a certificate offline: its PDF (every page drawn exactly as its signed\n"
            "code says, with nothing added or hidden), its printed code, or its serial (for\n"
            "certificates this database holds). Each answer says what the genuine certificate\n"
            "says and how fresh this installation's news of revocations is."
        ),
        epilog=VERIFY_STATUSES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    verify.add_argument("what", metavar="FILE.pdf|CODE|SERIAL")
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
    report.add_argument("--as-of", type=date_argument, metavar="YYYY-MM-DD")
    report.add_argument(
        "--warn-days", type=non_negative_argument, default=DEFAULT_WARN_DAYS, metavar="N"
    )
    report.add_argument(
        "--phase", choices=[phase.value for phase in Phase], help="one phase's requirements only"
    )
    report.add_argument("--through", **THROUGH_ARGUMENT)
    report.add_argument(
        "--lang",
        choices=LazyChoices("mss_training.documents.wording", "DOCUMENT_LANGUAGES"),
        metavar="LANG",
        help="the document's language, %(choices)s (default: English; a sign-in sheet, its "
        "session's)",
    )
    report.add_argument(
        "--marking", metavar="TEXT", help="a handling marking for every page, e.g. RESTRICTED"
    )
    report.add_argument(
        "--sign-off", action="store_true", help="a sign-off block (readiness report)"
    )
    report.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    report.set_defaults(handler=command_report)

    add_sync_commands(commands)
    add_user_commands(commands)
    add_records_commands(commands)
    add_plan_commands(commands)
    add_hold_commands(commands)

    gui = commands.add_parser("gui", help="open the desktop app")
    gui.set_defaults(handler=command_gui)
    add_safety_commands(commands)
    return parser


def _report_bug(error: BaseException) -> str:
    """Keep the traceback for the developers, out of the user's way."""
    path = write_crash_file(error, "a command")
    return f" Details were saved in {path}." if path else ""


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    """Run one command; return the exit status (0 success, 1 a problem the user can fix)."""
    args = build_parser().parse_args(argv)
    set_up_logging()
    ask_passphrases_on_the_terminal()
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


def run() -> None:
    """The `mss-training` program (and `python -m mss_training`): one command, then exit."""
    try:
        status = main()
    finally:
        # The interpreter's last collection would walk every object the command's imports
        # made (SQLAlchemy's, the ORM's): 0.07 s of a 0.4 s `readiness --brief`. Frozen,
        # they are left to the exit, which frees the whole process anyway. Not in main(),
        # which tests call in their own long-lived process.
        gc.freeze()
    raise SystemExit(status)
