"""The tables users export: personnel, results, readiness and the curriculum.

Personnel and results use the same headers as the importers read, so that an export
imports back unchanged.
"""

from collections.abc import Collection, Iterator
from dataclasses import dataclass

from sqlalchemy import exists, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from mss_training.domain import ResultKind
from mss_training.io.readiness_export import READINESS_COLUMNS, readiness_rows
from mss_training.io.tables import Cell
from mss_training.models import (
    Contingent,
    Module,
    Officer,
    OfficerRole,
    Result,
    Role,
    TrainingSession,
    Unit,
)
from mss_training.services.curriculum import curriculum_view
from mss_training.services.readiness import ReadinessQuery, readiness_by_officer
from mss_training.services.recognition import place_shown

PERSONNEL_COLUMNS = (
    "service_number", "family_name", "given_names", "rank", "contingent", "unit", "roles",
    "gender", "status", "deployment_start", "deployment_end",
)  # fmt: skip
RESULTS_COLUMNS = (
    "service_number", "contingent", "module_code", "date", "outcome", "score", "instructor",
    "location",
)  # fmt: skip
CURRICULUM_COLUMNS = (
    "code", "title", "category", "hours", "delivery_mode", "assessment", "pass_mark",
    "validity_months", "prerequisites", "requirements",
)  # fmt: skip


@dataclass(frozen=True)
class Table:
    title: str
    headers: tuple[str, ...]
    rows: Iterator[tuple[Cell, ...]]


# Rows an export reads from the database at a time.
_BATCH = 5_000


def _within(within: Collection[str] | None) -> list[ColumnElement[bool]]:
    """The condition that keeps an account's contingents only (None: every contingent)."""
    return [] if within is None else [Contingent.code.in_(sorted(within))]


def personnel_table(session: Session, within: Collection[str] | None = None) -> Table:
    role_codes: dict[int, list[str]] = {}
    for officer_id, code in session.execute(
        select(OfficerRole.officer_id, Role.code)
        .join(Role, Role.id == OfficerRole.role_id)
        .order_by(Role.code)
    ):
        role_codes.setdefault(officer_id, []).append(code)
    rows = session.execute(
        select(
            Officer.id, Officer.service_number, Officer.family_name, Officer.given_names,
            Officer.rank, Contingent.code, Unit.name, Officer.gender, Officer.status,
            Officer.deployment_start, Officer.deployment_end,
        )
        .join(Contingent, Contingent.id == Officer.contingent_id)
        .outerjoin(Unit, Unit.id == Officer.unit_id)
        .where(*_within(within))
        .order_by(Contingent.code, Officer.family_name, Officer.given_names, Officer.service_number)
    )  # fmt: skip

    def personnel_rows() -> Iterator[tuple[Cell, ...]]:
        for officer_id, *head, gender, status, start, end in rows:
            yield (*head, ";".join(role_codes.get(officer_id, [])), gender, status, start, end)

    return Table("Personnel", PERSONNEL_COLUMNS, personnel_rows())


def results_table(session: Session, within: Collection[str] | None = None) -> Table:
    """Every result that counts now: corrected ones in their latest version, voids left out."""
    superseding = Result.__table__.alias("superseding")
    rows = session.execute(
        select(
            Officer.service_number, Contingent.code, Module.code, Result.completed_on,
            Result.outcome, Result.score, TrainingSession.instructors, TrainingSession.location,
            TrainingSession.recognised_by, TrainingSession.recognised_reference,
        )
        .join(Officer, Officer.id == Result.officer_id)
        .join(Contingent, Contingent.id == Officer.contingent_id)
        .join(Module, Module.id == Result.module_id)
        .join(TrainingSession, TrainingSession.id == Result.session_id)
        .where(
            Result.kind != ResultKind.VOID.value,
            ~exists().where(superseding.c.supersedes_id == Result.id),
            *_within(within),
        )
        .order_by(Result.completed_on, Module.code, Contingent.code, Officer.service_number)
        # A batch at a time: the ORM would otherwise hold all two million rows at once
        # (1.9 GB at the benchmark's mission) before the first line is written.
        .execution_options(yield_per=_BATCH)
    )  # fmt: skip
    return Table(
        "Results",
        RESULTS_COLUMNS,
        (
            (*head, place_shown(location, body, reference))
            for *head, location, body, reference in rows
        ),
    )


def readiness_table(session: Session, query: ReadinessQuery) -> Table:
    officers = readiness_by_officer(session, query)
    title = f"Readiness {query.as_of:%Y-%m-%d}"
    if query.through is not None:
        title += f" through {query.through:%Y-%m-%d}"
    return Table(title, READINESS_COLUMNS, readiness_rows(officers))


def curriculum_table(session: Session) -> Table:
    view = curriculum_view(session)
    needs: dict[str, list[str]] = {}
    for requirement in view.requirements:
        who = requirement.role + (f" ({requirement.contingent})" if requirement.contingent else "")
        needs.setdefault(requirement.module, []).append(f"{who} {requirement.phase}")
    return Table(
        f"Curriculum {view.version}",
        CURRICULUM_COLUMNS,
        (
            (
                module.code,
                module.title,
                module.category,
                module.hours,
                module.delivery_mode,
                module.assessment,
                module.pass_mark,
                module.validity_months,
                "; ".join(module.prerequisites),
                "; ".join(needs.get(module.code, [])),
            )
            for module in view.modules
        ),
    )
