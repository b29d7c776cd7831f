"""A training plan back from the deployment date: what to teach a contingent, by when.

Per module, the officers who will not be current on the deployment date (it is missing,
expired, or lapses before then), the sessions needed at so many seats, and the latest day
the first of them must start. Sessions of a module are planned one after another (one
classroom, ``hours`` at 8 a day, calendar days), and a module ends before the first
session of any module that needs it as a prerequisite starts. Where a module expires,
training must also end late enough to be still valid on arrival: ``earliest_start``.
Then the refreshers that fall due during the tour, by month.
"""

import dataclasses
import datetime as dt
import math
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from mss_training.dates import earliest_valid_completion
from mss_training.documents.wording import document_language, long_date, number, words
from mss_training.domain import DEFAULT_SEATS, DEFAULT_TOUR_DAYS, Phase, RequirementStatus
from mss_training.errors import InputError
from mss_training.messages import _, counted_in, message_language
from mss_training.models import (
    Contingent,
    Module,
    ModuleRevision,
    Officer,
    Result,
    SessionAttendee,
    TrainingSession,
)
from mss_training.services.curriculum import active_version
from mss_training.services.instructors import instructor_rule, qualified_instructors
from mss_training.services.permissions import Actor, Permission, require
from mss_training.services.personnel import OfficerRef
from mss_training.services.planned_sessions import PlanInput, PlannedRef, plan_session
from mss_training.services.readiness import (
    ReadinessQuery,
    ReadinessReport,
    for_actor,
    readiness_report,
)
from mss_training.services.setup import installation_name

HOURS_A_DAY = 8


@dataclass(frozen=True)
class PlanRequest:
    contingent: str
    deploy_on: dt.date
    unit: str | None = None
    tour_days: int = DEFAULT_TOUR_DAYS
    seats: int = DEFAULT_SEATS
    today: dt.date | None = None  # when qualified instructors are counted; today by default

    def __post_init__(self) -> None:
        if self.seats < 1:
            raise InputError(_("A session needs at least one seat (--seats)."))
        if self.tour_days < 1:
            raise InputError(_("A tour lasts at least one day (--tour-days)."))


@dataclass(frozen=True)
class ModulePlan:
    module: str
    title: str
    officers: tuple[str, ...]  # service numbers
    sessions: int
    days: int  # of one session
    latest_start: dt.date
    earliest_start: dt.date | None  # expiring modules: not before, to be valid on arrival
    prerequisites: tuple[str, ...]
    # Modules taught by qualified instructors only: what they must hold, and how many
    # officers of the contingent hold it on the day the plan is made.
    instructors_need: tuple[str, ...] = ()
    qualified_instructors: int | None = None

    def instructors_in(self, language: str) -> str:
        """The instructors column in ``language``: "INS-201, FRM-101 (3 qualified)", or
        empty."""
        if not self.instructors_need:
            return ""
        count = self.qualified_instructors or 0
        qualified = counted_in(language, "{count} qualified", "{count} qualified", count)
        return f"{', '.join(self.instructors_need)} ({qualified.format(count=count)})"


@dataclass(frozen=True)
class RefresherDue:
    module: str
    month: str  # YYYY-MM
    officers: tuple[str, ...]
    due_by: dt.date  # the first of their passes to lapse


@dataclass(frozen=True)
class AlreadyPlanned:
    """Officers of a line expected at a planned session, not held yet, that ends before the
    deployment (and, for an expiring module, late enough to be valid on arrival): the plan
    leaves them out of the line, so that planning a line twice does not plan it twice."""

    module: str
    reference: str
    starts_on: dt.date
    officers: tuple[str, ...]  # service numbers


@dataclass(frozen=True)
class TrainingPlan:
    contingent: str
    unit: str | None
    deploy_on: dt.date
    tour_days: int
    seats: int
    modules: tuple[ModulePlan, ...]
    refreshers: tuple[RefresherDue, ...]
    author: str = ""  # the installation that made the plan (its site's name)
    planned: tuple[AlreadyPlanned, ...] = ()  # left out of the lines: already expected

    def as_json(self) -> dict[str, object]:
        """The documented JSON of `mss-training plan --format json`."""
        return {
            "contingent": self.contingent,
            "unit": self.unit,
            "deploy_on": self.deploy_on.isoformat(),
            "tour_days": self.tour_days,
            "seats": self.seats,
            "modules": [
                {
                    "module": m.module,
                    "officers": list(m.officers),
                    "sessions": m.sessions,
                    "latest_start": m.latest_start.isoformat(),
                    "prerequisites": list(m.prerequisites),
                    "instructors": (
                        {"requires": list(m.instructors_need), "qualified": m.qualified_instructors}
                        if m.instructors_need
                        else None
                    ),
                }
                for m in self.modules
            ],
            "refreshers": [
                {"module": r.module, "officers": list(r.officers), "due_by": r.due_by.isoformat()}
                for r in self.refreshers
            ],
            "planned": [
                {"module": p.module, "session": p.reference,
                 "starts_on": p.starts_on.isoformat(), "officers": list(p.officers)}
                for p in self.planned
            ],
        }  # fmt: skip


def training_plan(session: Session, actor: Actor, request: PlanRequest) -> TrainingPlan:
    require(actor, Permission.READ)
    last_day = request.deploy_on + dt.timedelta(days=request.tour_days - 1)
    # Readiness on arrival, through the tour's last day: what lapses in it is "lapses".
    query = for_actor(
        ReadinessQuery(
            as_of=request.deploy_on, warn_days=0, contingent=request.contingent,
            unit=request.unit, through=last_day,
        ),
        actor,
    )  # fmt: skip
    report = readiness_report(session, query)
    revisions = dict(
        session.execute(
            select(Module.code, ModuleRevision)
            .join(Module, Module.id == ModuleRevision.module_id)
            .where(ModuleRevision.curriculum_version_id == active_version(session).id)
        ).all()
    )
    pre_deployment = _modules_needed(session, query)
    needing: dict[str, list[str]] = defaultdict(list)
    for officer in report.officers:
        for state in officer.requirements:
            lapsed = state.status in (RequirementStatus.MISSING, RequirementStatus.EXPIRED)
            if lapsed and state.module in pre_deployment:
                needing[state.module].append(officer.service_number)
    contingent = query.contingent.upper() if query.contingent else request.contingent
    planned = _already_planned(session, needing, revisions, contingent, request.deploy_on)
    for entry in planned:
        needing[entry.module] = [n for n in needing[entry.module] if n not in entry.officers]
    needing = defaultdict(list, {code: numbers for code, numbers in needing.items() if numbers})
    starts: dict[str, dt.date] = {}
    for entry in planned:
        starts[entry.module] = min(starts.get(entry.module, entry.starts_on), entry.starts_on)
    modules = tuple(
        _with_instructors(session, plan, contingent, request)
        for plan in _schedule(needing, revisions, request, starts)
    )
    refreshers = _refreshers(report)
    return TrainingPlan(
        contingent, request.unit, request.deploy_on, request.tour_days, request.seats, modules,
        refreshers, installation_name(session), planned,
    )  # fmt: skip


def _already_planned(
    session: Session,
    needing: Mapping[str, list[str]],
    revisions: Mapping[str, ModuleRevision],
    contingent: str,
    deploy_on: dt.date,
) -> tuple[AlreadyPlanned, ...]:
    """The officers needing a module who are expected (not reported absent) at one of its
    planned sessions, not held yet, that ends before ``deploy_on`` and, if the module
    expires, no earlier than a pass still valid on arrival."""
    if not needing:
        return ()
    rows = session.execute(
        select(
            Module.code, TrainingSession.uid, TrainingSession.starts_on, TrainingSession.ends_on,
            Officer.service_number,
        )
        .join(TrainingSession, TrainingSession.module_id == Module.id)
        .join(SessionAttendee, SessionAttendee.session_id == TrainingSession.id)
        .join(Officer, Officer.id == SessionAttendee.officer_id)
        .join(Contingent, Contingent.id == Officer.contingent_id)
        .where(
            TrainingSession.planned, Module.code.in_(list(needing)),
            Contingent.code == contingent, SessionAttendee.absent_marked_at.is_(None),
            TrainingSession.ends_on < deploy_on,
            ~exists().where(Result.session_id == TrainingSession.id),
        )
        .order_by(TrainingSession.starts_on, TrainingSession.uid, Officer.service_number)
    ).all()  # fmt: skip
    found: dict[tuple[str, str, dt.date], list[str]] = defaultdict(list)
    for code, uid, starts_on, ends_on, service_number in rows:
        months = revisions[code].validity_months
        if months and ends_on < earliest_valid_completion(deploy_on, months):
            continue  # passed then, it lapses before arrival
        if service_number in needing[code]:
            found[(code, uid.hex[:8], starts_on)].append(service_number)
    return tuple(
        AlreadyPlanned(code, reference, starts_on, tuple(numbers))
        for (code, reference, starts_on), numbers in found.items()
    )


def _with_instructors(
    session: Session, plan: ModulePlan, contingent: str, request: PlanRequest
) -> ModulePlan:
    """The module's line with the instructors it needs, where the curriculum says so."""
    rule = instructor_rule(session, plan.module)
    if rule is None:
        return plan
    today = request.today or dt.date.today()
    count = qualified_instructors(session, rule, contingent.upper(), today)
    return dataclasses.replace(
        plan, instructors_need=rule.qualifications, qualified_instructors=count
    )


def _modules_needed(session: Session, query: ReadinessQuery) -> set[str]:
    """The modules an officer of the scope must hold before deploying (pre-deployment)."""
    scoped = dataclasses.replace(query, phase=Phase.PRE_DEPLOYMENT)
    report = readiness_report(session, scoped)
    return {state.module for officer in report.officers for state in officer.requirements}


def _schedule(
    needing: dict[str, list[str]],
    revisions: dict[str, ModuleRevision],
    request: PlanRequest,
    planned_starts: Mapping[str, dt.date],
) -> tuple[ModulePlan, ...]:
    """Latest starts, walking back from the deployment date through prerequisites, and
    from the first planned session of a module that needs one."""
    latest: dict[str, dt.date] = {}

    def days_of(code: str) -> int:
        return max(1, math.ceil(revisions[code].hours / HOURS_A_DAY))

    def sessions_of(code: str) -> int:
        return math.ceil(len(needing[code]) / request.seats)

    def latest_start(code: str, visiting: frozenset[str] = frozenset()) -> dt.date:
        if code in latest:
            return latest[code]
        if code in visiting:
            raise InputError(
                _("The curriculum's prerequisites of {code} go round in a circle.").format(
                    code=code
                )
            )
        ends_by = request.deploy_on - dt.timedelta(days=1)
        for dependent in needing:
            if code in revisions[dependent].prerequisites:
                before = latest_start(dependent, visiting | {code}) - dt.timedelta(days=1)
                ends_by = min(ends_by, before)
        for dependent, starts_on in planned_starts.items():
            if code in revisions[dependent].prerequisites:
                ends_by = min(ends_by, starts_on - dt.timedelta(days=1))
        latest[code] = ends_by - dt.timedelta(days=sessions_of(code) * days_of(code) - 1)
        return latest[code]

    plans = []
    for code in needing:
        revision = revisions[code]
        earliest = None
        if revision.validity_months:
            # The first session's officers must still hold it on arrival.
            valid_from = earliest_valid_completion(request.deploy_on, revision.validity_months)
            earliest = valid_from - dt.timedelta(days=days_of(code) - 1)
        plans.append(
            ModulePlan(
                code, revision.title, tuple(sorted(needing[code])), sessions_of(code),
                days_of(code), latest_start(code), earliest,
                tuple(p for p in revision.prerequisites),
            )
        )  # fmt: skip
    return tuple(sorted(plans, key=lambda plan: (plan.latest_start, plan.module)))


def _refreshers(report: ReadinessReport) -> tuple[RefresherDue, ...]:
    """Qualifications held on arrival that lapse during the tour, by module and month.

    Readiness through the tour says which (``lapses``); the refresher is due by the
    qualification's last day of validity, the day before its ``expires_on``.
    (Qualifications the plan itself gives fall due ``validity`` months after their
    session, whose date the plan leaves to the training cell.)
    """
    due: dict[tuple[str, str], list[tuple[dt.date, str]]] = defaultdict(list)
    for officer in report.officers:
        for state in officer.requirements:
            due_by = state.last_valid_day
            if state.status is RequirementStatus.LAPSES and due_by is not None:
                due[(state.module, f"{due_by:%Y-%m}")].append((due_by, officer.service_number))
    ordered = sorted(due.items(), key=lambda item: (item[0][1], item[0][0]))
    return tuple(
        RefresherDue(module, month, tuple(sorted(n for _, n in entries)), min(entries)[0])
        for (module, month), entries in ordered
    )


Cell = str | int


@dataclass(frozen=True)
class PlanTable:
    headers: tuple[str, ...]
    rows: list[list[Cell]]


def with_titles(plan: TrainingPlan, titles: Mapping[str, str]) -> TrainingPlan:
    """``plan`` with its modules' ``titles`` (code -> title) where given: the curriculum's
    titles in a reader's language (services/reports.module_titles)."""
    modules = tuple(
        dataclasses.replace(module, title=titles.get(module.module) or module.title)
        for module in plan.modules
    )
    return dataclasses.replace(plan, modules=modules)


def plan_title(plan: TrainingPlan) -> str:
    unit = f"{plan.unit}, " if plan.unit else ""
    return f"Training plan for {unit}{plan.contingent}, deploying {plan.deploy_on:%Y-%m-%d}"


def plan_rows(plan: TrainingPlan, language: str | None = None) -> tuple[PlanTable, PlanTable]:
    """The plan's modules and its refreshers as rows, as the table, the sheet and the PDF
    show, in ``language`` (the services' language in use when None)."""
    language = language or message_language()
    # The plan's document module brings ReportLab: imported when a plan is shown, so that
    # the window's first paint does without it.
    from mss_training.documents.plan import PLAN_HEADERS, REFRESHER_HEADERS

    modules = PlanTable(
        PLAN_HEADERS,
        [
            [
                m.module, m.title, len(m.officers), m.sessions, m.days,
                f"{m.earliest_start:%Y-%m-%d}" if m.earliest_start else "",
                f"{m.latest_start:%Y-%m-%d}", ", ".join(m.prerequisites),
                m.instructors_in(language),
            ]
            for m in plan.modules
        ],
    )  # fmt: skip
    refreshers = PlanTable(
        REFRESHER_HEADERS,
        [
            [r.month, r.module, len(r.officers), f"{r.due_by:%Y-%m-%d}", ", ".join(r.officers)]
            for r in plan.refreshers
        ],
    )
    return modules, refreshers


def plan_pdf_for(
    plan: TrainingPlan,
    language: str = "en",
    titles: Mapping[str, str] | None = None,
) -> bytes:
    """The plan as a PDF in ``language`` (en, fr, es or ht): its words, dates and numbers,
    and the modules' ``titles`` in it where the curriculum translates them (code -> title)."""
    from mss_training.documents.plan import PlanDocument, plan_pdf

    language = document_language(language)
    table = words(language)
    modules, refreshers = plan_rows(plan, language)
    who = f"{plan.unit}, {plan.contingent}" if plan.unit else plan.contingent
    title = table["plan.title"].format(who=who, date=long_date(plan.deploy_on, language))
    summary = table["plan.summary"].format(
        seats=number(plan.seats, language), days=number(plan.tour_days, language)
    )
    document = PlanDocument(
        title, summary,
        [_with_title([str(cell) for cell in row], titles or {}) for row in modules.rows],
        [[str(cell) for cell in row] for row in refreshers.rows],
    )  # fmt: skip
    return plan_pdf(document, plan.deploy_on, plan.author, language)


# -- a line of the plan turned into planned sessions --------------------------------------


@dataclass(frozen=True)
class LineSessions:
    """How one line of the plan is to be taught: where, by whom, from which day."""

    first_day: dt.date
    location: str
    instructors: str = ""
    language: str = "en"


def sessions_for_line(
    plan: TrainingPlan, line: ModulePlan, how: LineSessions
) -> tuple[PlanInput, ...]:
    """The planned sessions a line needs at the plan's seats, one after another from
    ``how.first_day``, each with its share of the line's officers.

    Refused in one sentence: a first day after the line's latest start (the module would
    end too late), or before its earliest (an expiring module would lapse before arrival).
    """
    if how.first_day > line.latest_start:
        too_late = _(
            "{module} must start by {latest} to be done before the deployment; {day} is too late."
        )
        raise InputError(
            too_late.format(
                module=line.module,
                latest=f"{line.latest_start:%Y-%m-%d}",
                day=f"{how.first_day:%Y-%m-%d}",
            )
        )
    if line.earliest_start is not None and how.first_day < line.earliest_start:
        too_early = _(
            "{module} taught before {earliest} would lapse before the deployment on {day}."
        )
        raise InputError(
            too_early.format(
                module=line.module,
                earliest=f"{line.earliest_start:%Y-%m-%d}",
                day=f"{plan.deploy_on:%Y-%m-%d}",
            )
        )
    officers = line.officers
    entries = []
    for index in range(line.sessions):
        starts = how.first_day + dt.timedelta(days=index * line.days)
        group = officers[index * plan.seats : (index + 1) * plan.seats]
        entries.append(
            PlanInput(
                module=line.module, starts_on=starts,
                ends_on=starts + dt.timedelta(days=line.days - 1), location=how.location,
                attendees=tuple(OfficerRef(plan.contingent, number) for number in group),
                instructors=how.instructors, language=how.language, seats=plan.seats,
                notes=f"From the training plan for {plan.contingent}, deploying "
                f"{plan.deploy_on:%Y-%m-%d}.",
            )
        )  # fmt: skip
    return tuple(entries)


def plan_line_sessions(
    session: Session, entries: Sequence[PlanInput], actor: Actor
) -> list[PlannedRef]:
    """Plan a line's sessions, all or none, in the caller's transaction."""
    return [plan_session(session, entry, actor) for entry in entries]


def _with_title(row: list[str], titles: Mapping[str, str]) -> list[str]:
    """A module's row with its title in the document's language, when there is one."""
    return [row[0], titles.get(row[0]) or row[1], *row[2:]]
