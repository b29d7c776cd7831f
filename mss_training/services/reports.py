"""Sign-in sheets, completion rosters and readiness reports, from the database to PDF."""

import datetime as dt
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mss_training.documents.layout import ReportContext
from mss_training.documents.readiness_report import (
    ContingentLine,
    ExpiringLine,
    GapLine,
    ReadinessReportData,
    readiness_report_pdf,
)
from mss_training.documents.roster import RosterRow, roster_pdf
from mss_training.documents.signin import Attendee, SignInSheet, sign_in_pdf
from mss_training.domain import RequirementStatus
from mss_training.models import Contingent, Module, ModuleRevision, Officer, Result, TrainingSession
from mss_training.services.curriculum import active_version
from mss_training.services.readiness import ReadinessQuery, ReadinessReport, readiness_report
from mss_training.services.scope import officer_clause, session_clause
from mss_training.services.scoped_reads import visible_session
from mss_training.services.setup import installation_name


def _context(session: Session, title: str, database: str, as_of: dt.date | None) -> ReportContext:
    """The page furniture and PDF description; the author is this installation."""
    subject = title.split(" · ")[0]
    return ReportContext(
        title, database, dt.datetime.now(dt.UTC), as_of, installation_name(session), subject
    )


def _module_titles(session: Session) -> dict[str, str]:
    version = active_version(session)
    return dict(
        session.execute(
            select(Module.code, ModuleRevision.title)
            .join(ModuleRevision, ModuleRevision.module_id == Module.id)
            .where(ModuleRevision.curriculum_version_id == version.id)
        ).all()
    )


def sign_in_sheet_pdf(
    session: Session, reference: str, database: str, within: Collection[str] | None = None
) -> bytes:
    """The sign-in sheet of a recorded session, listing everyone recorded in it.

    ``within`` (an account's limits) leaves out officers of other contingents than those;
    a session with none of theirs is not found.
    """
    training = visible_session(session, reference, within)
    scope = [officer_clause(within, Officer.id)]
    rows = session.execute(
        select(
            Officer.service_number,
            Officer.family_name,
            Officer.given_names,
            Officer.rank,
            Contingent.code,
        )
        .join(Result, Result.officer_id == Officer.id)
        .join(Contingent, Contingent.id == Officer.contingent_id)
        .where(Result.session_id == training.id, Result.supersedes_id.is_(None), *scope)
        .order_by(Contingent.code, Officer.family_name, Officer.given_names)
    ).all()
    code = session.scalar(select(Module.code).where(Module.id == training.module_id)) or ""
    sheet = SignInSheet(
        module_code=code,
        module_title=_module_titles(session).get(code, ""),
        starts_on=training.starts_on,
        ends_on=training.ends_on,
        location=training.location,
        instructors=training.instructors,
        language=training.language,
        attendees=[Attendee(n, f, g, r or "", c) for n, f, g, r, c in rows],
    )
    return sign_in_pdf(
        sheet, _context(session, f"Sign-in sheet · {code} · {training.location}", database, None)
    )


def planned_sign_in_pdf(sheet: SignInSheet, database: str) -> bytes:
    """A sign-in sheet for a session not recorded yet (the app prints it before it starts)."""
    context = ReportContext(
        f"Sign-in sheet · {sheet.module_code}", database, dt.datetime.now(dt.UTC),
        subject="Sign-in sheet",
    )  # fmt: skip
    return sign_in_pdf(sheet, context)


def _scope_text(query: ReadinessQuery, report: ReadinessReport) -> str:
    where = "the whole mission"
    if query.contingents is not None:
        where = "contingents " + ", ".join(sorted(query.contingents))
    if query.contingent:
        where = f"contingent {query.contingent.upper()}"
        if query.unit:
            where = f"{query.unit}, {where}"
    phase = query.phase.value if query.phase else "all phases"
    return f"{len(report.officers):,} active officers of {where}; {phase}."


def roster_pdf_for(session: Session, query: ReadinessQuery, database: str) -> bytes:
    """The completion roster: each officer's status in every module they need."""
    report = readiness_report(session, query)
    modules = sorted(
        {state.module for officer in report.officers for state in officer.requirements}
    )
    rows = [
        RosterRow(
            service_number=officer.service_number,
            name=f"{officer.family_name.upper()}, {officer.given_names}",
            contingent=officer.contingent,
            unit=officer.unit or "",
            statuses={state.module: state.status.value for state in officer.requirements},
            overall=officer.status.value,
        )
        for officer in sorted(
            report.officers,
            key=lambda o: (o.contingent, o.unit or "", o.family_name, o.given_names),
        )
    ]
    title = "Completion roster · " + (_scope_text(query, report).split(";")[0].split(" of ")[-1])
    return roster_pdf(rows, modules, _context(session, title, database, query.as_of))


def readiness_report_pdf_for(session: Session, query: ReadinessQuery, database: str) -> bytes:
    """Summary figures, the chart by contingent, gaps and what expires soon."""
    report = readiness_report(session, query)
    titles = _module_titles(session)
    contingents = [
        ContingentLine(code, group.counts.ready, group.counts.expiring, group.counts.not_ready)
        for code, group in sorted(report.summary.by_contingent.items())
    ]
    missing: Counter[str] = Counter()
    expired: Counter[str] = Counter()
    needed: Counter[str] = Counter()
    expiring: list[ExpiringLine] = []
    for officer in report.officers:
        for state in officer.requirements:
            needed[state.module] += 1
            if state.status is RequirementStatus.MISSING:
                missing[state.module] += 1
            elif state.status is RequirementStatus.EXPIRED:
                expired[state.module] += 1
            elif state.status is RequirementStatus.EXPIRING and state.expires_on:
                expiring.append(
                    ExpiringLine(
                        officer.contingent,
                        officer.service_number,
                        f"{officer.family_name.upper()}, {officer.given_names}",
                        state.module,
                        state.expires_on,
                    )
                )
    gaps = sorted(
        (
            GapLine(
                module, titles.get(module, ""), missing[module], expired[module], needed[module]
            )
            for module, count in needed.items()
            if missing[module] or expired[module]
        ),
        key=lambda gap: -(gap.missing + gap.expired),
    )
    data = ReadinessReportData(
        as_of=query.as_of,
        warn_days=query.warn_days,
        scope=_scope_text(query, report),
        contingents=contingents,
        gaps=gaps,
        expiring=sorted(expiring, key=lambda line: (line.expires_on, line.contingent, line.name)),
    )
    return readiness_report_pdf(data, _context(session, "Readiness report", database, query.as_of))


@dataclass(frozen=True)
class SessionLine:
    reference: str
    module: str
    starts_on: dt.date
    ends_on: dt.date
    location: str
    results: int


def recent_sessions(
    session: Session,
    limit: int = 30,
    module: str | None = None,
    within: Collection[str] | None = None,
) -> list[SessionLine]:
    """The latest sessions with a short reference to name them by.

    An account limited to ``within`` sees the sessions with attendees of theirs, and
    counts those attendees only.
    """
    statement = (
        select(
            TrainingSession.uid, Module.code, TrainingSession.starts_on, TrainingSession.ends_on,
            TrainingSession.location, func.count(Result.id),
        )
        .join(Module, Module.id == TrainingSession.module_id)
        .outerjoin(
            Result,
            (Result.session_id == TrainingSession.id)
            & Result.supersedes_id.is_(None)
            & officer_clause(within, Result.officer_id),
        )
        .where(session_clause(within))
        .group_by(TrainingSession.id, Module.code)
        .order_by(TrainingSession.ends_on.desc(), TrainingSession.id.desc())
        .limit(limit)
    )  # fmt: skip
    if module:
        statement = statement.where(Module.code == module.strip().upper())
    return [
        SessionLine(uid.hex[:8], code, start, end, location, count)
        for uid, code, start, end, location, count in session.execute(statement)
    ]
