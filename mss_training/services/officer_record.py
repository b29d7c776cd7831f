"""Everything about one officer on one screen: requirements, history, certificates, holds."""

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from mss_training.dates import last_valid_day
from mss_training.errors import NotFoundError
from mss_training.messages import _
from mss_training.models import Certificate, Module, Result, TrainingSession
from mss_training.services.holds import HoldLine, list_holds
from mss_training.services.permissions import Actor, visible_contingents
from mss_training.services.personnel import OfficerRow, officer_rows
from mss_training.services.readiness import OfficerReadiness, ReadinessQuery, readiness_report
from mss_training.services.recognition import place_shown


@dataclass(frozen=True)
class HistoryLine:
    uid: uuid.UUID
    completed_on: dt.date
    module: str
    outcome: str
    score: float | None
    kind: str
    reason: str
    location: str
    recorded_by: str
    corrected: bool  # a newer entry supersedes this one


@dataclass(frozen=True)
class CertificateLine:
    serial: str
    module: str
    issued_on: dt.date
    expires_on: dt.date | None  # the first day no longer valid, as readiness counts it
    revoked: bool

    @property
    def last_valid_day(self) -> dt.date | None:
        return last_valid_day(self.expires_on)


@dataclass(frozen=True)
class OfficerRecord:
    officer: OfficerRow
    readiness: OfficerReadiness | None
    history: tuple[HistoryLine, ...]
    certificates: tuple[CertificateLine, ...]
    # The day the statuses are counted on (the dashboard's As-of date), which the record names.
    as_of: dt.date | None = None
    # Every hold ever placed on the officer, lifted ones too; the reasons only for the
    # roles that may read them (services.permissions.sees_hold_details).
    holds: tuple[HoldLine, ...] = ()
    # Counted through a tour to this last day: what lapses in it is ``lapses``.
    through: dt.date | None = None


def officer_record(
    session: Session,
    officer_id: int,
    as_of: dt.date,
    actor: Actor,
    through: dt.date | None = None,
) -> OfficerRecord:
    rows = officer_rows(session, [officer_id])
    if not rows:
        raise NotFoundError(_("That officer is no longer in the database."))
    visible_contingents(actor, rows[0].contingent)
    report = readiness_report(
        session,
        ReadinessQuery(
            as_of=as_of, include_inactive=True, officer_ids=(officer_id,), through=through
        ),
    )
    newer = aliased(Result)
    corrected = select(newer.id).where(newer.supersedes_id == Result.id).exists()
    history = tuple(
        HistoryLine(
            row.uid, row.completed_on, row.module, row.outcome, row.score, row.kind, row.reason,
            place_shown(row.location, row.recognised_by, row.recognised_reference),
            row.recorded_by, row.corrected,
        )
        for row in session.execute(
            select(
                Result.uid, Result.completed_on, Module.code.label("module"), Result.outcome,
                Result.score, Result.kind, Result.reason, TrainingSession.location,
                TrainingSession.recognised_by, TrainingSession.recognised_reference,
                Result.recorded_by,
                corrected.label("corrected"),
            )
            .join(Module, Module.id == Result.module_id)
            .join(TrainingSession, TrainingSession.id == Result.session_id)
            .where(Result.officer_id == officer_id)
            .order_by(Result.completed_on.desc(), Result.id.desc())
        )
    )  # fmt: skip
    certificates = tuple(
        CertificateLine(serial, code, issued, expires, revoked is not None)
        for serial, code, issued, expires, revoked in session.execute(
            select(
                Certificate.serial, Module.code, Certificate.issued_on, Certificate.expires_on,
                Certificate.revoked_at,
            )
            .join(Module, Module.id == Certificate.module_id)
            .where(Certificate.officer_id == officer_id)
            .order_by(Certificate.issued_on.desc())
        )
    )  # fmt: skip
    readiness = report.officers[0] if report.officers else None
    holds = tuple(list_holds(session, actor, officer_id=officer_id))
    return OfficerRecord(rows[0], readiness, history, certificates, as_of, holds, through)
