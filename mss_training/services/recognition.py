"""Qualifications recognised from outside the mission: how a mission gets its first instructors.

A module taught by qualified instructors (services/instructors.py) can be passed only in a
session taught by someone who already holds it, so a mission starting from nothing could
never record its first one. Its first instructors were qualified at their national academy
or by the UN's Integrated Training Service before they arrived: a coordinator or an
administrator records that pass here, with the body that gave it, the certificate's
reference and the day it was passed. It is stored as a session held outside the mission
(``TrainingSession.recognised_by``) with the officer's one result, so readiness, the
instructors' rule, transcripts and sync count it like any pass. No mission instructor
taught it, so the instructor rule does not apply to it; the permission does instead.
"""

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy.orm import Session

from mss_training.domain import Outcome
from mss_training.errors import InputError
from mss_training.messages import _
from mss_training.models import TrainingSession
from mss_training.services.audit import record_change
from mss_training.services.permissions import (
    Actor,
    Permission,
    require,
    require_contingents,
)
from mss_training.services.personnel import OfficerRef, find_officer
from mss_training.services.training import (
    PlannedSession,
    ResultRow,
    decide_outcome,
    module_rules,
    write_sessions,
)
from mss_training.text_limits import column_length, text_problem


@dataclass(frozen=True)
class RecognitionInput:
    officer: OfficerRef
    module: str
    passed_on: dt.date
    body: str  # "Kenya National Police College"
    reference: str  # the certificate's number


def check_recognition_entry(body: str, reference: str, passed_on: dt.date, today: dt.date) -> None:
    """InputError if a recognised pass could not be recorded here; a sync merge applies it
    to every session held outside the mission that a bundle brings."""
    for value, limit, missing, too_long in (
        (
            body,
            column_length(TrainingSession.recognised_by),
            _("Say which body gave the qualification, such as Kenya National Police College."),
            _("The body that gave the qualification {problem}."),
        ),
        (
            reference,
            column_length(TrainingSession.recognised_reference),
            _("Give the reference of the qualification, such as its certificate number."),
            _("The qualification's reference {problem}."),
        ),
    ):
        if not value.strip():
            raise InputError(missing)
        problem = text_problem(value, limit)
        if problem:
            raise InputError(too_long.format(problem=problem))
    if passed_on > today:
        raise InputError(
            _("A qualification cannot be recognised as passed on {day}: that is in the future.")
            .format(day=passed_on.isoformat())
        )  # fmt: skip


def recognise_qualification(
    session: Session, entry: RecognitionInput, actor: Actor, today: dt.date | None = None
) -> uuid.UUID:
    """Record that the officer passed the module outside the mission, in the caller's
    transaction; the uid of the session held outside it."""
    require(actor, Permission.RECOGNISE_QUALIFICATIONS)
    check_recognition_entry(entry.body, entry.reference, entry.passed_on, today or dt.date.today())
    officer = find_officer(session, entry.officer)
    require_contingents(
        session, actor, Permission.RECOGNISE_QUALIFICATIONS, [officer.contingent.code]
    )
    rules = module_rules(session, entry.module)
    outcome = decide_outcome(rules, True, None, Outcome.PASS)
    body, reference = entry.body.strip(), entry.reference.strip()
    held_outside = PlannedSession(
        module_id=rules.module_id,
        starts_on=entry.passed_on,
        ends_on=entry.passed_on,
        location=body[: column_length(TrainingSession.location)],
        results=(ResultRow(officer.id, True, None, outcome),),
        recognised_by=body,
        recognised_reference=reference,
    )
    (session_uid,) = write_sessions(session, [held_outside], actor.username)
    record_change(
        session,
        actor=actor.username,
        action="create",
        entity="training_session",
        entity_uid=session_uid,
        summary=(
            f"Recognised {rules.code} pass of {officer.contingent.code} "
            f"{officer.service_number} on {entry.passed_on}: {body}, {reference}"
        ),
        after={
            "module": rules.code,
            "ends_on": entry.passed_on.isoformat(),
            "recognised_by": body,
            "reference": reference,
        },
    )
    return session_uid


def place_shown(location: str, recognised_by: str, reference: str) -> str:
    """Where a result was earned, as the officer record, transcripts and lists show it:
    the session's place, or "Recognised: <body>, <reference>" for a pass from outside."""
    if not recognised_by:
        return location
    return _("Recognised: {body}, {reference}").format(body=recognised_by, reference=reference)
