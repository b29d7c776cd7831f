"""The instructors of many sessions checked at once (a sync bundle's tens of thousands) refuse
exactly the sessions, in exactly the words, that checking each session alone refuses."""

import datetime as dt
from collections.abc import Iterator

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from mss_training.db import Database
from mss_training.domain import Outcome
from mss_training.errors import InputError
from mss_training.models import Module, Officer, Result
from mss_training.services.instructors import (
    InstructorRule,
    SessionInstructors,
    check_instructors,
    check_sessions_instructors,
    instructor_rule,
)
from mss_training.services.personnel import OfficerInput, OfficerRef
from mss_training.services.training import (
    ExemptionInput,
    amend_result,
    grant_exemption,
    void_result,
)
from tests.earlier_passes import write_pass
from tests.instructor_mission import ACTOR, DAY, instructor_mission

OLD = dt.date(2025, 1, 15)  # an instructor course long ago (it does not lapse)
RECENT = dt.date(2026, 1, 5)  # a firearms pass still valid on DAY (six months)

# Each instructor's records, as (module, day) passes; "void" and "amend" correct the pass.
OFFICERS: dict[str, list[tuple[str, dt.date]]] = {
    "Q-1": [("INS-201", OLD), ("FRM-101", RECENT)],  # qualified
    "Q-2": [("INS-201", OLD), ("FRM-101", RECENT)],  # qualified too
    "N-1": [("FRM-101", RECENT)],  # no instructor course
    "E-1": [("INS-201", OLD), ("FRM-101", dt.date(2025, 12, 9))],  # lapses on 9 June 2026
    "V-1": [("INS-201", OLD), ("FRM-101", RECENT)],  # the firearms pass is voided
    "A-1": [("INS-201", OLD), ("FRM-101", RECENT)],  # the firearms pass amended to a fail
    "X-1": [("FRM-101", RECENT)],  # exempted from the instructor course only
    "L-1": [("INS-201", OLD), ("FRM-101", dt.date(2026, 6, 20))],  # passed after the day
    "S-1": [("INS-201", OLD)],  # the instructor course alone
}


@pytest.fixture
def mission(database_url: str) -> Iterator[Database]:
    officers = [
        *(OfficerInput("KEN", number, "Officer", number) for number in OFFICERS),
        OfficerInput("KEN", "T-1", "Trainee", "One"),
    ]
    with instructor_mission(database_url, officers) as database:
        for number, passes in OFFICERS.items():
            for module, day in passes:
                write_pass(database, number, module, day)
        with database.transaction() as session:
            _correct(session, "V-1", voided=True)
            _correct(session, "A-1", voided=False)
            grant_exemption(
                session,
                ExemptionInput(
                    OfficerRef("KEN", "X-1"), "INS-201", "National instructor licence",
                    "Cdr. Mwangi", OLD,
                ),
                ACTOR,
            )  # fmt: skip
        yield database


def _correct(session: Session, number: str, *, voided: bool) -> None:
    uid = session.scalar(
        select(Result.uid)
        .join(Officer, Officer.id == Result.officer_id)
        .join(Module, Module.id == Result.module_id)
        .where(Officer.service_number == number, Module.code == "FRM-101")
    )
    assert uid is not None
    if voided:
        void_result(session, uid, reason="Recorded in error", actor=ACTOR)
    else:
        amend_result(
            session, uid, attended=True, score=40.0, outcome=Outcome.FAIL,
            reason="Score misread", actor=ACTOR,
        )  # fmt: skip


# (instructors, last day, the instructor is an attendee, a rule without instructor_current,
# what the check says: None where the session is taken)
CASES = [
    ("KEN Q-1", DAY, False, False, None),
    ("KEN Q-1; KEN Q-2", DAY, False, False, None),
    ("KEN Z-9", DAY, False, False, "Contingent KEN has no officer with service number Z-9."),
    ("ZZZ Q-1", DAY, False, False, "There is no contingent 'ZZZ'"),
    ("Insp. Kamau", DAY, False, False, "'Insp. Kamau' does not name an instructor"),
    ("", DAY, False, False, "FRM-101 is taught by qualified instructors only"),
    ("KEN Q-1; ken:Q-1", DAY, False, False, "Instructor KEN Q-1 is named twice."),
    ("KEN N-1", DAY, False, False, "(N-1 Officer) may not teach FRM-101: holds no pass of INS-201"),
    ("KEN E-1", DAY, False, False, "their pass of FRM-101 expired on 2026-06-09."),
    ("KEN E-1", dt.date(2026, 6, 8), False, False, None),
    ("KEN V-1", DAY, False, False, "holds no pass of FRM-101 on 2026-06-10."),
    ("KEN A-1", DAY, False, False, "holds no pass of FRM-101 on 2026-06-10."),
    ("KEN X-1", DAY, False, False, "holds no pass of INS-201 on 2026-06-10."),
    ("KEN L-1", DAY, False, False, "holds no pass of FRM-101 on 2026-06-10."),
    ("KEN L-1", dt.date(2026, 6, 21), False, False, None),
    ("KEN Q-1", DAY, True, False, "Instructor KEN Q-1 cannot record or pass their own result"),
    ("KEN Q-2; KEN N-1", DAY, False, False, "Instructor KEN N-1 (N-1 Officer) may not teach"),
    ("KEN S-1", DAY, False, False, "holds no pass of FRM-101 on 2026-06-10."),
    ("KEN S-1", DAY, False, True, None),
    ("KEN N-1", DAY, False, True, "holds no pass of INS-201 on 2026-06-10."),
    ("KEN Q-1", dt.date(2024, 6, 10), False, False, "holds no pass of INS-201 on 2024-06-10."),
]  # fmt: skip


def _entries(database: Database) -> list[SessionInstructors]:
    with database.reading() as session:
        rule = instructor_rule(session, "FRM-101")
        assert rule is not None and rule.current
        loose = InstructorRule(rule.module, rule.requires, False, rule.version_id)
        ids = dict(session.execute(select(Officer.service_number, Officer.id)).all())
        entries = []
        for text, day, attends, not_current, _said in CASES:
            attendees = {ids["T-1"], ids["Q-1"]} if attends else {ids["T-1"]}
            entries.append(SessionInstructors(loose if not_current else rule, text, day, attendees))
        return entries


def _said(outcome: str | InputError) -> str | None:
    return str(outcome) if isinstance(outcome, InputError) else None


def test_each_session_alone_is_refused_or_taken_as_the_rule_says(mission: Database) -> None:
    with mission.reading() as session:
        for entry, (*_case, expected) in zip(_entries(mission), CASES, strict=True):
            try:
                check_instructors(
                    session, entry.rule, entry.instructors, entry.ends_on, entry.attendee_ids
                )
                said = None
            except InputError as error:
                said = str(error)
            if expected is None:
                assert said is None, entry
            else:
                assert said is not None and expected in said, entry


@pytest.mark.parametrize("order", ["as listed", "reversed"])
def test_the_sessions_checked_at_once_are_refused_exactly_as_each_alone(
    mission: Database, order: str
) -> None:
    entries = _entries(mission)
    if order == "reversed":
        entries.reverse()
    with mission.reading() as session:
        alone: list[str | InputError] = []
        for entry in entries:
            try:
                alone.append(
                    check_instructors(
                        session, entry.rule, entry.instructors, entry.ends_on,
                        entry.attendee_ids,
                    )
                )  # fmt: skip
            except InputError as error:
                alone.append(error)
        together = check_sessions_instructors(session, entries)
    assert [_said(outcome) for outcome in together] == [_said(outcome) for outcome in alone]
    assert [o for o in together if isinstance(o, str)] == [o for o in alone if isinstance(o, str)]
    assert sum(isinstance(outcome, InputError) for outcome in together) == sum(
        expected is not None for *_case, expected in CASES
    )
