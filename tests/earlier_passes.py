"""A pass written past the local checks, as a site's earlier records (or a crafted bundle's
sender) hold it: the instructors' own qualifications in the instructor-rule tests."""

import datetime as dt

from sqlalchemy import select

from mss_training.db import Database
from mss_training.domain import Outcome
from mss_training.models import Officer
from mss_training.services.audit import record_change
from mss_training.services.training import PlannedSession, ResultRow, module_rules, write_sessions
from tests.mission import ACTOR


def write_pass(
    database: Database,
    service_number: str,
    module: str,
    day: dt.date,
    *,
    instructors: str = "",
    location: str = "Kiganjo",
) -> None:
    """One session of ``module`` on ``day`` in which the officer passed, stored as it is."""
    with database.transaction() as session:
        rules = module_rules(session, module)
        officer_id = session.scalar(
            select(Officer.id).where(Officer.service_number == service_number)
        )
        assert officer_id is not None
        score = 95.0 if rules.pass_mark is not None else None
        write_sessions(
            session,
            [
                PlannedSession(
                    module_id=rules.module_id,
                    starts_on=day,
                    ends_on=day,
                    location=location,
                    instructors=instructors,
                    results=(ResultRow(officer_id, True, score, Outcome.PASS),),
                )
            ],
            ACTOR.username,
        )
        record_change(
            session, actor=ACTOR.username, action="import", entity="result",
            summary=f"An earlier {module} pass",
        )  # fmt: skip
