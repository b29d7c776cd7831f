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
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from mss_training.dates import earliest_valid_completion
from mss_training.documents.plan import PLAN_HEADERS, REFRESHER_HEADERS, PlanDocument, plan_pdf
from mss_training.domain import Phase, RequirementStatus
from mss_training.errors import InputError
from mss_training.models import Module, ModuleRevision
from mss_training.services.curriculum import active_version
from mss_training.services.permissions import Actor, Permission, require
from mss_training.services.readiness import (
    ReadinessQuery,
    ReadinessReport,
    for_actor,
    readiness_report,
)

DEFAULT_SEATS = 30
DEFAULT_TOUR_DAYS = 365
HOURS_A_DAY = 8


@dataclass(frozen=True)
class PlanRequest:
    contingent: str
    deploy_on: dt.date
    unit: str | None = None
    tour_days: int = DEFAULT_TOUR_DAYS
    seats: int = DEFAULT_SEATS

    def __post_init__(self) -> None:
        if self.seats < 1:
            raise InputError("A session needs at least one seat (--seats).")
        if self.tour_days < 1:
            raise InputError("A tour lasts at least one day (--tour-days).")


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


@dataclass(frozen=True)
class RefresherDue:
    module: str
    month: str  # YYYY-MM
    officers: tuple[str, ...]
    due_by: dt.date  # the first of their passes to lapse


@dataclass(frozen=True)
class TrainingPlan:
    contingent: str
    unit: str | None
    deploy_on: dt.date
    tour_days: int
    seats: int
    modules: tuple[ModulePlan, ...]
    refreshers: tuple[RefresherDue, ...]

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
                }
                for m in self.modules
            ],
            "refreshers": [
                {"module": r.module, "officers": list(r.officers), "due_by": r.due_by.isoformat()}
                for r in self.refreshers
            ],
        }


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
    modules = _schedule(needing, revisions, request)
    refreshers = _refreshers(report)
    return TrainingPlan(
        query.contingent.upper() if query.contingent else request.contingent,
        request.unit, request.deploy_on, request.tour_days, request.seats, modules, refreshers,
    )  # fmt: skip


def _modules_needed(session: Session, query: ReadinessQuery) -> set[str]:
    """The modules an officer of the scope must hold before deploying (pre-deployment)."""
    scoped = dataclasses.replace(query, phase=Phase.PRE_DEPLOYMENT)
    report = readiness_report(session, scoped)
    return {state.module for officer in report.officers for state in officer.requirements}


def _schedule(
    needing: dict[str, list[str]], revisions: dict[str, ModuleRevision], request: PlanRequest
) -> tuple[ModulePlan, ...]:
    """Latest starts, walking back from the deployment date through prerequisites."""
    latest: dict[str, dt.date] = {}

    def days_of(code: str) -> int:
        return max(1, math.ceil(revisions[code].hours / HOURS_A_DAY))

    def sessions_of(code: str) -> int:
        return math.ceil(len(needing[code]) / request.seats)

    def latest_start(code: str, visiting: frozenset[str] = frozenset()) -> dt.date:
        if code in latest:
            return latest[code]
        if code in visiting:
            raise InputError(f"The curriculum's prerequisites of {code} go round in a circle.")
        ends_by = request.deploy_on - dt.timedelta(days=1)
        for dependent in needing:
            if code in revisions[dependent].prerequisites:
                before = latest_start(dependent, visiting | {code}) - dt.timedelta(days=1)
                ends_by = min(ends_by, before)
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


def plan_title(plan: TrainingPlan) -> str:
    unit = f"{plan.unit}, " if plan.unit else ""
    return f"Training plan for {unit}{plan.contingent}, deploying {plan.deploy_on:%Y-%m-%d}"


def plan_rows(plan: TrainingPlan) -> tuple[PlanTable, PlanTable]:
    """The plan's modules and its refreshers as rows, as the table, the sheet and the PDF show."""
    modules = PlanTable(
        PLAN_HEADERS,
        [
            [
                m.module, m.title, len(m.officers), m.sessions, m.days,
                f"{m.earliest_start:%Y-%m-%d}" if m.earliest_start else "",
                f"{m.latest_start:%Y-%m-%d}", ", ".join(m.prerequisites),
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


def plan_pdf_for(plan: TrainingPlan, database: str) -> bytes:
    modules, refreshers = plan_rows(plan)
    summary = (
        f"{plan.seats} seats a session; a tour of {plan.tour_days} days. Sessions of a module "
        "run one after another, 8 hours a day; each module ends before the modules that "
        'need it start. "Not before": a module that expires, taught earlier, would lapse '
        "before arrival."
    )
    document = PlanDocument(
        plan_title(plan), summary,
        [[str(cell) for cell in row] for row in modules.rows],
        [[str(cell) for cell in row] for row in refreshers.rows],
    )  # fmt: skip
    return plan_pdf(document, database, plan.deploy_on)
