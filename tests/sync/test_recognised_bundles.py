"""A qualification recognised at a site travels like any pass: HQ counts it for the
instructor it qualifies and shows where it came from; a bundle's session held outside the
mission is held to the rule of a local recognition (a body and a reference)."""

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from mss_training.domain import Outcome
from mss_training.errors import BundleError
from mss_training.models import Officer, TrainingSession
from mss_training.services.audit import record_change
from mss_training.services.officer_record import officer_record
from mss_training.services.personnel import OfficerRef, find_officer
from mss_training.services.recognition import RecognitionInput, recognise_qualification
from mss_training.services.training import (
    AttendeeResult,
    PlannedSession,
    ResultRow,
    SessionInput,
    module_rules,
    record_session,
    write_sessions,
)
from tests.sync.nodes import ACTOR
from tests.sync.test_instructor_bundles import _site

DAY = dt.date(2026, 3, 10)
TRAINER = OfficerRef("KEN", "I-100")
COLLEGE = "Kenya National Police College"


def test_recognised_passes_and_the_session_they_allow_travel_to_hq(tmp_path: Path) -> None:
    hq, kenya = _site(tmp_path)
    with kenya.database.transaction() as session:
        for module, day in (("INS-201", dt.date(2025, 5, 1)), ("FRM-101", dt.date(2026, 2, 1))):
            recognise_qualification(
                session, RecognitionInput(TRAINER, module, day, COLLEGE, f"KNPC-{module}"), ACTOR
            )
        record_session(
            session,
            SessionInput(
                module="FRM-101", starts_on=DAY, ends_on=DAY, location="Kiganjo range",
                instructors="KEN I-100",
                results=(AttendeeResult(OfficerRef("KEN", "00001"), score=90.0),),
            ),
            ACTOR,
        )  # fmt: skip
    report = kenya.send(hq)
    assert report.added["sessions"] == 3
    with hq.database.reading() as session:
        trainer = find_officer(session, TRAINER)
        places = {line.module: line.location for line in officer_record(
            session, trainer.id, DAY, ACTOR).history}  # fmt: skip
        assert places == {
            "INS-201": f"Recognised: {COLLEGE}, KNPC-INS-201",
            "FRM-101": f"Recognised: {COLLEGE}, KNPC-FRM-101",
        }


def test_a_bundle_with_a_session_held_outside_without_a_body_is_refused(tmp_path: Path) -> None:
    hq, kenya = _site(tmp_path)
    with kenya.database.transaction() as session:
        rules = module_rules(session, "INS-201")
        officer_id = session.scalar(select(Officer.id).where(Officer.service_number == "I-100"))
        assert officer_id is not None
        write_sessions(
            session,
            [
                PlannedSession(
                    module_id=rules.module_id, starts_on=DAY, ends_on=DAY, location="Nowhere",
                    results=(ResultRow(officer_id, True, None, Outcome.PASS),),
                    recognised_by="", recognised_reference="FAKE-1",
                )
            ],
            ACTOR.username,
        )  # fmt: skip
        record_change(session, actor=ACTOR.username, action="import", entity="result",
                      summary="A crafted session held outside")  # fmt: skip
    with hq.database.reading() as session:
        before = len(session.scalars(select(TrainingSession.id)).all())
    with pytest.raises(BundleError, match="say which body gave the qualification"):
        kenya.send(hq)
    with hq.database.reading() as session:
        assert len(session.scalars(select(TrainingSession.id)).all()) == before
