"""A small mission built through the real services, for tests that need exact data."""

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from mss_training.db import Database, open_database
from mss_training.domain import (
    ExemptionKind,
    OfficerStatus,
    Outcome,
    Phase,
    RequirementStatus,
    UserRole,
)
from mss_training.io.curriculum_file import parse_curriculum
from mss_training.models import (
    AuditEntry,
    EffectivePass,
    EligibilityHold,
    Exemption,
    Officer,
    OfficerRole,
    Result,
    SessionAttendee,
    TrainingSession,
    Unit,
)
from mss_training.services.curriculum import install_curriculum
from mss_training.services.demo import add_demo_accounts
from mss_training.services.permissions import Actor
from mss_training.services.personnel import OfficerInput, OfficerRef, add_officers
from mss_training.services.readiness import (
    ReadinessQuery,
    ReadinessReport,
    ReadinessSummary,
    readiness_report,
)
from mss_training.services.readiness_summary import readiness_summary
from mss_training.services.reference import add_missing_contingents
from mss_training.services.setup import set_up_database
from mss_training.services.training import (
    AttendeeResult,
    ExemptionInput,
    SessionInput,
    amend_result,
    grant_exemption,
    record_session,
    void_result,
)
from tests.curricula import without_instructor_rules

# Tests act as a coordinator: every action is allowed, and named in the records.
ACTOR = Actor("test.coordinator", UserRole.COORDINATOR)


def set_up_for_the_command_line(url: str) -> None:
    """A database as `init` leaves it, with the demo accounts the tests sign in as."""
    with open_database(url) as database, database.transaction() as session:
        set_up_database(session, without_instructor_rules(), ACTOR)
        add_demo_accounts(session)


# A curriculum small enough to reason about, with every kind of rule in it.
RULES_CURRICULUM = """
[curriculum]
version = "test-1"
title = "Rules test curriculum"

[[roles]]
code = "POL"
name = "Police officer"

[[roles]]
code = "FPU"
name = "Formed police unit member"

[[roles]]
code = "DRV"
name = "Driver"

[[modules]]
code = "ATT"
title = "Attendance-only briefing"
category = "Context"
hours = 2
delivery = "classroom"
assessment = "attendance"
requirements = [{ role = "ALL", phase = "pre-deployment" }]

[[modules]]
code = "PF"
title = "Pass or fail, valid 12 months"
category = "Conduct"
hours = 4
delivery = "classroom"
assessment = "pass_fail"
validity_months = 12
requirements = [
    { role = "ALL", phase = "pre-deployment" },
    { role = "ALL", phase = "refresher" },
]

[[modules]]
code = "SC"
title = "Scored, pass mark 80, valid 1 month"
category = "Use of force"
hours = 6
delivery = "practical"
assessment = "scored"
pass_mark = 80
validity_months = 1
requirements = [{ role = "POL", phase = "pre-deployment" }]

[[modules]]
code = "DRV"
title = "Driving, valid 6 months"
category = "Safety"
hours = 8
delivery = "practical"
assessment = "pass_fail"
validity_months = 6
requirements = [
    { role = "DRV", phase = "pre-deployment" },
    { role = "POL", phase = "refresher" },
]

[[modules]]
code = "FPUX"
title = "Public order"
category = "Operations"
hours = 16
delivery = "field exercise"
assessment = "pass_fail"
requirements = [{ role = "FPU", phase = "induction" }]

[[modules]]
code = "LOC"
title = "Jamaica-only induction"
category = "Language"
hours = 3
delivery = "classroom"
assessment = "attendance"
requirements = [{ role = "ALL", phase = "induction", contingent = "JAM" }]
"""


@dataclass
class Mission:
    """Records officers, results and exemptions through the services, then asks readiness."""

    database: Database

    @classmethod
    def set_up(cls, database: Database, curriculum: str = RULES_CURRICULUM) -> "Mission":
        with database.transaction() as session:
            add_missing_contingents(session, ACTOR)
            install_curriculum(session, parse_curriculum(curriculum), ACTOR)
        return cls(database)

    def with_demo_accounts(self) -> "Mission":
        """The demo accounts, as whom commands sign in (see tests/conftest.py)."""
        with self.database.transaction() as session:
            add_demo_accounts(session)
        return self

    def clear(self) -> None:
        """Remove every officer and training record, keeping the curriculum."""
        with self.database.transaction() as session:
            for model in (
                EffectivePass, EligibilityHold, Exemption, SessionAttendee, Result,
                TrainingSession, OfficerRole, Officer, Unit,
            ):  # fmt: skip
                if model is Result:
                    # Corrections point at what they correct: delete newest first.
                    session.execute(delete(Result).where(Result.supersedes_id.is_not(None)))
                session.execute(delete(model))
            session.execute(delete(AuditEntry))

    def officer(
        self,
        number: str,
        *roles: str,
        contingent: str = "KEN",
        unit: str | None = None,
        status: OfficerStatus = OfficerStatus.ACTIVE,
        family_name: str = "Otieno",
    ) -> OfficerRef:
        with self.database.transaction() as session:
            add_officers(
                session,
                [
                    OfficerInput(
                        contingent=contingent,
                        service_number=number,
                        family_name=family_name,
                        given_names="Test",
                        roles=roles,
                        unit=unit,
                        status=status,
                    )
                ],
                ACTOR,
            )
        return OfficerRef(contingent, number)

    def result(
        self,
        officer: OfficerRef,
        module: str,
        day: dt.date,
        *,
        outcome: Outcome | None = None,
        score: float | None = None,
        attended: bool = True,
    ) -> uuid.UUID:
        """Record a one-attendee session ending on ``day``; return the result's uid."""
        with self.database.transaction() as session:
            recorded = record_session(
                session,
                SessionInput(
                    module=module,
                    starts_on=day,
                    ends_on=day,
                    location="Test range",
                    results=(AttendeeResult(officer, attended, score, outcome),),
                ),
                ACTOR,
            )
            return _only_result_uid(session, recorded.uid)

    def passed(self, officer: OfficerRef, module: str, day: dt.date) -> uuid.UUID:
        return self.result(officer, module, day, outcome=Outcome.PASS)

    def amend(
        self,
        result_uid: uuid.UUID,
        *,
        outcome: Outcome | None = None,
        score: float | None = None,
        attended: bool = True,
    ) -> uuid.UUID:
        with self.database.transaction() as session:
            return amend_result(
                session,
                result_uid,
                attended=attended,
                score=score,
                outcome=outcome,
                reason="Corrected from the assessor's sheet",
                actor=ACTOR,
            )

    def void(self, result_uid: uuid.UUID) -> uuid.UUID:
        with self.database.transaction() as session:
            return void_result(session, result_uid, reason="Wrong officer", actor=ACTOR)

    def exempt(
        self,
        officer: OfficerRef,
        module: str,
        granted_on: dt.date,
        valid_until: dt.date | None = None,
        kind: ExemptionKind = ExemptionKind.EXEMPTION,
    ) -> None:
        with self.database.transaction() as session:
            grant_exemption(
                session,
                ExemptionInput(
                    officer=officer,
                    module=module,
                    reason="Qualified elsewhere",
                    approved_by="Coordinator",
                    granted_on=granted_on,
                    valid_until=valid_until,
                    kind=kind,
                ),
                ACTOR,
            )

    def query(
        self,
        as_of: dt.date,
        *,
        warn_days: int = 30,
        phase: Phase | None = None,
        contingent: str | None = None,
        unit: str | None = None,
        include_inactive: bool = False,
        through: dt.date | None = None,
    ) -> ReadinessQuery:
        return ReadinessQuery(
            as_of=as_of,
            warn_days=warn_days,
            phase=phase,
            contingent=contingent,
            unit=unit,
            include_inactive=include_inactive,
            through=through,
        )

    def report(self, query: ReadinessQuery) -> ReadinessReport:
        with self.database.reading() as session:
            return readiness_report(session, query)

    def requirement(
        self,
        officer: OfficerRef,
        module: str,
        as_of: dt.date,
        *,
        warn_days: int = 30,
        through: dt.date | None = None,
    ) -> tuple[RequirementStatus, dt.date | None, dt.date | None]:
        """(status, completed_on, expires_on) of one officer's requirement on a date
        (through the tour to ``through``, when given)."""
        report = self.report(self.query(as_of, warn_days=warn_days, through=through))
        row = next(o for o in report.officers if o.service_number == officer.service_number)
        for state in row.requirements:
            if state.module == module:
                return state.status, state.completed_on, state.expires_on
        raise AssertionError(f"{module} is not required of {officer.service_number}")

    def summary(self, query: ReadinessQuery) -> ReadinessSummary:
        with self.database.reading() as session:
            return readiness_summary(session, query)


def _only_result_uid(session: Session, session_uid: uuid.UUID) -> uuid.UUID:
    return session.execute(
        select(Result.uid)
        .join(TrainingSession, TrainingSession.id == Result.session_id)
        .where(TrainingSession.uid == session_uid)
    ).scalar_one()
