"""Sign-in sheets, completion rosters and readiness reports, from the database to PDF."""

import dataclasses
import datetime as dt
import unicodedata
from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from mss_training.documents.layout import ReportContext
from mss_training.documents.readiness_report import (
    ContingentLine,
    GapLine,
    Lack,
    OfficerLine,
    ReadinessReportData,
    RefresherLine,
    readiness_report_pdf,
)
from mss_training.documents.roster import RosterRow, roster_pdf
from mss_training.documents.signin import Attendee, SignInSheet, sign_in_pdf
from mss_training.documents.wording import (
    DOCUMENT_LANGUAGES,
    document_language,
    long_date,
    number,
    words,
)
from mss_training.domain import ReadinessStatus, RequirementStatus
from mss_training.errors import InputError
from mss_training.messages import _
from mss_training.models import (
    Contingent,
    Module,
    Officer,
    Result,
    SessionAttendee,
)
from mss_training.services.curriculum import module_titles
from mss_training.services.readiness import (
    OfficerReadiness,
    ReadinessQuery,
    ReadinessReport,
    readiness_report,
)
from mss_training.services.scope import officer_clause
from mss_training.services.scoped_reads import visible_session
from mss_training.services.session_list import (
    SessionLine,
    SessionQuery,
    SessionState,
    find_sessions,
)
from mss_training.services.setup import installation_name


def _context(
    session: Session,
    title: str,
    as_of: dt.date | None,
    language: str = "en",
    marking: str = "",
    stamp: str = "",
) -> ReportContext:
    """The page furniture and PDF description; the author is this installation."""
    return ReportContext(
        title,
        dt.datetime.now(dt.UTC),
        as_of,
        stamp,
        language=language,
        marking=marking,
        author=installation_name(session),
        subject=title.split(" · ")[0],
    )


def name_sort_key(family_name: str, given_names: str) -> tuple[str, str]:
    """Names in the order a person looks them up: case and accents folded, so that
    "wa Thiong'o" sorts with "WA THIONG'O" and "Éboué" among the E."""
    return (_folded(family_name), _folded(given_names))


def _folded(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def sign_in_sheet_pdf(
    session: Session,
    reference: str,
    *,
    within: Collection[str] | None = None,
    language: str | None = None,
) -> bytes:
    """The sign-in sheet of a session, listing everyone expected at it or recorded in it,
    in the session's language unless ``language`` is given.

    A planned session's sheet is printed before it is held, with its expected attendees.

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
        .join(Contingent, Contingent.id == Officer.contingent_id)
        .where(
            or_(
                Officer.id.in_(
                    select(Result.officer_id).where(
                        Result.session_id == training.id, Result.supersedes_id.is_(None)
                    )
                ),
                Officer.id.in_(
                    select(SessionAttendee.officer_id).where(
                        SessionAttendee.session_id == training.id
                    )
                ),
            ),
            *scope,
        )
    ).all()
    attendees = sorted(
        (Attendee(n, f, g, r or "", c) for n, f, g, r, c in rows),
        key=lambda a: (a.contingent, *name_sort_key(a.family_name, a.given_names)),
    )
    code = session.scalar(select(Module.code).where(Module.id == training.module_id)) or ""
    sheet = SignInSheet(
        module_code=code,
        module_title=module_titles(session, language or training.language).get(code, ""),
        starts_on=training.starts_on,
        ends_on=training.ends_on,
        location=training.location,
        instructors=training.instructors,
        language=training.language,
        attendees=attendees,
        reference=training.uid.hex[:8],
    )
    return planned_sign_in_pdf(sheet, installation_name(session), language)


def planned_sign_in_pdf(sheet: SignInSheet, author: str, language: str | None = None) -> bytes:
    """A sign-in sheet, in the session's language unless ``language`` is given (the app
    prints one before the session is recorded). A handout: no database path on it."""
    chosen = document_language(language or sheet.language)
    title = f"{words(chosen)['sign_in.title']} · {sheet.module_code}"
    if sheet.location:
        title += f" · {sheet.location}"
    context = ReportContext(
        title, dt.datetime.now(dt.UTC), language=chosen, author=author,
        subject=words(chosen)["sign_in.title"],
    )  # fmt: skip
    return sign_in_pdf(sheet, context)


@dataclass(frozen=True)
class DocumentOptions:
    """How a roster or readiness report is printed: its language, a handling marking for
    every page (RESTRICTED…) and, on a readiness report, a sign-off block."""

    language: str = "en"
    marking: str = ""
    sign_off: bool = False

    def __post_init__(self) -> None:
        if self.language not in DOCUMENT_LANGUAGES:
            raise InputError(
                _("Documents are printed in {languages}, not {language!r}.").format(
                    languages=", ".join(DOCUMENT_LANGUAGES), language=self.language
                )
            )
        if len(self.marking) > MARKING_LIMIT:
            raise InputError(
                _("A handling marking is at most {limit} characters; this one has {count}.").format(
                    limit=MARKING_LIMIT, count=len(self.marking)
                )
            )


MARKING_LIMIT = 60


def _where(query: ReadinessQuery, language: str) -> str:
    table = words(language)
    if query.contingent:
        code = query.contingent.upper()
        if query.unit:
            return table["scope.unit"].format(unit=query.unit, code=code)
        return table["scope.contingent"].format(code=code)
    if query.contingents is not None:
        return table["scope.contingents"].format(codes=", ".join(sorted(query.contingents)))
    return table["scope.mission"]


def _phase_text(query: ReadinessQuery, language: str) -> str:
    table = words(language)
    if query.phase is None:
        return table["scope.all_phases"]
    return table["scope.phase"].format(phase=table[f"phase.{query.phase.value}"])


def _scope_text(query: ReadinessQuery, report: ReadinessReport, language: str) -> str:
    return words(language)["scope.line"].format(
        count=number(len(report.officers), language),
        where=_where(query, language),
        phase=_phase_text(query, language),
    )


def _by_name(officers: Iterable[OfficerReadiness]) -> list[OfficerReadiness]:
    return sorted(
        officers,
        key=lambda o: (o.contingent, *name_sort_key(o.family_name, o.given_names)),
    )


def roster_pdf_for(
    session: Session,
    query: ReadinessQuery,
    options: DocumentOptions | None = None,
) -> bytes:
    """The completion roster: each officer's status in every module they need.

    What each holds on the day: a tour (``through``) is the readiness report's question,
    so the roster leaves it out (the window's dashboard may have one set).
    """
    options = options or DocumentOptions()
    language = options.language
    query = dataclasses.replace(query, through=None)
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
            rank=officer.rank or "",
        )
        for officer in sorted(
            report.officers,
            key=lambda o: (
                o.contingent,
                _folded(o.unit or ""),
                *name_sort_key(o.family_name, o.given_names),
            ),
        )
    ]
    where = _where(query, language)
    if query.phase is not None:
        where += f" · {_phase_text(query, language)}"
    title = words(language)["roster.title"].format(
        scope=where, date=long_date(query.as_of, language)
    )
    context = _context(session, title, query.as_of, language, options.marking)
    return roster_pdf(rows, modules, context, module_titles(session, language))


def deployable(officer: OfficerReadiness) -> bool:
    """Whether an officer can deploy on the date: ready, or expiring (every requirement
    still valid on the date, some lapsing soon), and held back by no eligibility hold.

    The report's figures and lists all ask it; the rule itself is readiness's
    (``OfficerReadiness.deployable``), so the report and the dashboard never disagree.
    """
    return officer.deployable


def _lacks(officer: OfficerReadiness, statuses: Collection[RequirementStatus]) -> list[Lack]:
    """What an officer lacks or will lack, with the day that says when: the last day of
    validity of what still holds, the day it lapsed of what has expired."""
    return [
        Lack(
            state.module,
            state.status.value,
            state.expires_on if state.status is RequirementStatus.EXPIRED else state.last_valid_day,
        )
        for state in officer.requirements
        if state.status in statuses
    ]


def _officer_line(officer: OfficerReadiness, lacks: list[Lack]) -> OfficerLine:
    return OfficerLine(
        officer.contingent,
        officer.service_number,
        f"{officer.family_name.upper()}, {officer.given_names}",
        officer.rank or "",
        lacks,
    )


def contingent_names(session: Session, language: str) -> dict[str, str]:
    """Each contingent's name in ``language`` where the database holds one (Creole falls
    back on the French name, the one Haitian readers write), else in English."""
    column = {"fr": Contingent.name_fr, "es": Contingent.name_es, "ht": Contingent.name_fr}
    translated = column.get(language, Contingent.name)
    return {
        code: local or name
        for code, name, local in session.execute(
            select(Contingent.code, Contingent.name, translated)
        )
    }


def readiness_report_data(
    session: Session,
    query: ReadinessQuery,
    options: DocumentOptions,
    briefing: Sequence[str] = (),
    officers: Sequence[OfficerReadiness] | None = None,
) -> ReadinessReportData:
    """The report's figures and lists, from one reading of readiness: every figure is a
    count of the very rows listed under it (``officers``, where already read)."""
    language = options.language
    report = readiness_report(session, query, officers)
    names = contingent_names(session, language)
    counts: dict[str, Counter[str]] = {}
    for officer in report.officers:
        tally = counts.setdefault(officer.contingent, Counter())
        tally[officer.status.value] += 1
        tally["deployable"] += deployable(officer)
    contingents = [
        ContingentLine(
            code, names.get(code, code), tally["ready"], tally["expiring"], tally["not_ready"],
            tally["deployable"],
        )
        for code, tally in sorted(counts.items())
    ]  # fmt: skip
    missing: Counter[str] = Counter()
    expired: Counter[str] = Counter()
    needed: Counter[str] = Counter()
    for officer in report.officers:
        for state in officer.requirements:
            if state.status is RequirementStatus.EXEMPT:
                continue
            needed[state.module] += 1
            missing[state.module] += state.status is RequirementStatus.MISSING
            expired[state.module] += state.status is RequirementStatus.EXPIRED
    titles = module_titles(session, language)
    gaps = sorted(
        (
            GapLine(module, titles.get(module, ""), missing[module], expired[module], count)
            for module, count in needed.items()
            if missing[module] or expired[module]
        ),
        key=lambda gap: (-(gap.missing + gap.expired), gap.module),
    )
    ordered = _by_name(report.officers)
    gone = (RequirementStatus.MISSING, RequirementStatus.EXPIRED)
    return ReadinessReportData(
        as_of=query.as_of,
        warn_days=query.warn_days,
        scope=_scope_text(query, report, language),
        contingents=contingents,
        gaps=gaps,
        not_ready=[
            _officer_line(officer, _lacks(officer, gone))
            for officer in ordered
            if officer.status is ReadinessStatus.NOT_READY
        ],
        expiring=[
            _officer_line(
                officer, _lacks(officer, (RequirementStatus.EXPIRING, RequirementStatus.LAPSES))
            )
            for officer in ordered
            if officer.status is ReadinessStatus.EXPIRING
        ],
        sign_off=options.sign_off,
        briefing=briefing,
        through=query.through,
        lapsing=report.summary.overall.lapsing,
        refreshers=[
            RefresherLine(due.month, due.module, titles.get(due.module, ""), due.officers)
            for due in report.summary.refreshers
        ],
    )


def readiness_report_pdf_for(
    session: Session,
    query: ReadinessQuery,
    options: DocumentOptions | None = None,
    *,
    briefing: Sequence[str] = (),
    stamp: str = "",
    officers: Sequence[OfficerReadiness] | None = None,
) -> bytes:
    """Headline figures, the chart by contingent, gaps, and the officers behind them.

    A signed snapshot adds its ``briefing`` lines under the heading and its ``stamp`` on
    every page, and gives the ``officers`` it has read already.
    """
    options = options or DocumentOptions()
    data = readiness_report_data(session, query, options, briefing, officers)
    language = options.language
    where = _where(query, language)
    if query.phase is not None:
        where += f" · {_phase_text(query, language)}"
    kind = words(language)["snapshot.title" if stamp else "report.title"]
    title = f"{kind} · {where} · {long_date(query.as_of, language)}"
    context = _context(session, title, query.as_of, options.language, options.marking, stamp)
    return readiness_report_pdf(data, context)


def recent_sessions(
    session: Session,
    limit: int = 30,
    module: str | None = None,
    within: Collection[str] | None = None,
) -> list[SessionLine]:
    """The latest held sessions (those with results to print), as the Sessions screen lists
    them.

    An account limited to ``within`` sees the sessions with attendees of theirs, and
    counts those attendees only.
    """
    query = SessionQuery(state=SessionState.HELD, module=module)
    return find_sessions(session, query, within, limit)
