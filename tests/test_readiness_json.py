"""The readiness JSON, written officer by officer from the engine's rows, is the document the
object-based report gives, byte for byte: on a demo mission, for any question asked of it,
and through the command line.

Both come from the same rows grouped by officer (``readiness_by_officer``); that grouping is
held to the rules by test_readiness_property.py, which also compares the two documents on
random missions on every backend.
"""

import datetime as dt
import io
import json
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from sqlalchemy.orm import Session

from mss_training.cli import main
from mss_training.db import Database, open_database
from mss_training.domain import (
    HoldKind,
    OfficerStatus,
    Phase,
    ReadinessStatus,
    RequirementStatus,
    VettingStatus,
)
from mss_training.io.readiness_export import write_readiness_json
from mss_training.services.demo import generate_demo
from mss_training.services.hold_rules import HoldState
from mss_training.services.holds import HoldInput, lift_hold, place_hold
from mss_training.services.personnel import OfficerInput, OfficerRef, add_officers
from mss_training.services.readiness import (
    OfficerReadiness,
    ReadinessQuery,
    ReadinessReport,
    ReadinessSummary,
    StatusCounts,
    readiness_by_officer,
    readiness_report,
    summarise_officers,
)
from tests.mission import ACTOR, set_up_for_the_command_line

TODAY = dt.date(2026, 11, 27)
HELD = [
    (HoldKind.CONDUCT, None, None),
    (HoldKind.MEDICAL, None, TODAY - dt.timedelta(days=1)),
    (HoldKind.ADMINISTRATIVE, None, None),
    (HoldKind.VETTING, VettingStatus.PENDING, None),
    (HoldKind.VETTING, VettingStatus.REFUSED, None),
    (HoldKind.VETTING, VettingStatus.CLEARED, TODAY + dt.timedelta(days=90)),
]
CONTINGENTS = ["KEN", "JAM", "BHS", "BLZ", "GTM", "SLV"]
# Names a JSON writer must escape or keep as they are: quotes, backslashes, controls,
# right-to-left text, characters beyond U+FFFF and the line separators JSON allows raw.
AWKWARD_NAMES = [
    'Say "hi"', "back\\slash", "Tab\tInside", "Bell\x07Char", "Esc\x1b[31mRed", "عبد الله",
    "😀 Smile", "Zoë Dorélien", "line\u2028separator", "</script>",
]  # fmt: skip


def documented_json(report: ReadinessReport) -> str:
    """The documented JSON of the object-based report, as `readiness --format json` gave it
    before it was streamed: the whole document through json.dump. Through a tour, the
    document also says its last day ("through"), counts the officers "lapsing" and lists
    the "refreshers_due"."""
    through = report.summary.through

    def iso(day: dt.date | None) -> str | None:
        return day.isoformat() if day else None

    def counts(tally: StatusCounts) -> dict[str, int]:
        figures = {
            "ready": tally.ready,
            "expiring": tally.expiring,
            "not_ready": tally.not_ready,
            "total": tally.total,
            "on_hold": tally.on_hold,
            "deployable": tally.deployable,
        }
        return figures | ({"lapsing": tally.lapsing} if through else {})

    document: dict[str, Any] = {
        "as_of": report.as_of.isoformat(),
        "warn_days": report.warn_days,
        "phase": report.phase.value if report.phase else None,
    }
    if through:
        document["through"] = through.isoformat()
    document |= {
        "officers": [
            {
                "service_number": officer.service_number,
                "contingent": officer.contingent,
                "unit": officer.unit,
                "family_name": officer.family_name,
                "given_names": officer.given_names,
                "status": officer.status.value,
                "deployable": officer.deployable,
                "holds": [
                    {
                        "kind": hold.kind,
                        "status": hold.status,
                        "since": iso(hold.since),
                        "until": iso(hold.until),
                    }
                    for hold in officer.holds
                ],
                "requirements": [
                    {
                        "module": state.module,
                        "status": state.status.value,
                        "completed_on": iso(state.completed_on),
                        "expires_on": iso(state.expires_on),
                    }
                    for state in officer.requirements
                ],
            }
            for officer in report.officers
        ],
        "summary": {
            "mission": counts(report.summary.overall),
            "by_contingent": {
                code: counts(group.counts)
                for code, group in sorted(report.summary.by_contingent.items())
            },
        },
    }
    if through:
        document["summary"]["refreshers_due"] = [
            {"module": due.module, "month": due.month, "officers": due.officers}
            for due in report.summary.refreshers
        ]
    return json.dumps(document, ensure_ascii=False, indent=1)


def streamed_json(session: Session, query: ReadinessQuery) -> str:
    out = io.StringIO()
    write_readiness_json(query, readiness_by_officer(session, query), out)
    return out.getvalue()


@pytest.fixture(scope="module")
def demo_mission(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """A demo mission with awkward names added, made once for this module's read-only tests."""
    url = f"sqlite:///{tmp_path_factory.mktemp('demo') / 'demo.sqlite'}"
    set_up_for_the_command_line(url)
    with open_database(url) as database:
        with database.transaction() as session:
            generate_demo(session, officers=300, seed=2699, today=TODAY)
            add_officers(
                session,
                [
                    OfficerInput("KEN", f"AWK{index:02d}", name, name, unit=None if index else name)
                    for index, name in enumerate(AWKWARD_NAMES)
                ],
                ACTOR,
            )
            # Holds of every kind, one lifted, one ended, so that the documents carry them.
            for index, (kind, status, until) in enumerate(HELD):
                uid = place_hold(
                    session,
                    HoldInput(
                        OfficerRef("KEN", f"AWK{index:02d}"),
                        kind,
                        "A reason",
                        TODAY - dt.timedelta(days=60),
                        status,
                        until=until,
                    ),
                    ACTOR,
                )
                if index == 0:
                    lift_hold(session, uid.hex, "Case closed", ACTOR, on=TODAY)
        yield database


def test_the_demo_mission_meets_every_case_in_roster_order(demo_mission: Database) -> None:
    with demo_mission.reading() as session:
        report = readiness_report(session, ReadinessQuery(TODAY, include_inactive=True))
        # Through a six-month tour, some qualifications held today lapse.
        tour = ReadinessQuery(TODAY, include_inactive=True, through=TODAY + dt.timedelta(180))
        touring = readiness_report(session, tour)
    roster = [
        (o.contingent, o.family_name, o.given_names, o.service_number) for o in report.officers
    ]
    assert roster == sorted(roster)
    for officer in report.officers:
        modules = [state.module for state in officer.requirements]
        assert modules == sorted(set(modules))
    states = [state for officer in report.officers for state in officer.requirements]
    lapsing = {s.status for officer in touring.officers for s in officer.requirements}
    assert {state.status for state in states} | lapsing == set(RequirementStatus)
    assert {officer.status for officer in report.officers} == set(ReadinessStatus)
    assert {officer.officer_status for officer in report.officers} > {OfficerStatus.ACTIVE}
    assert set(CONTINGENTS) <= set(report.summary.by_contingent)
    assert any(state.expires_on is None for state in states if state.completed_on)
    assert any(officer.unit is None for officer in report.officers)


@settings(max_examples=40, deadline=None)
@given(
    as_of=st.dates(TODAY - dt.timedelta(days=3 * 365), TODAY + dt.timedelta(days=2 * 365)),
    warn_days=st.sampled_from([0, 1, 30, 90, 400]),
    phase=st.none() | st.sampled_from(list(Phase)),
    contingent=st.none() | st.sampled_from(CONTINGENTS),
    include_inactive=st.booleans(),
    tour_days=st.none() | st.integers(0, 400),
)
@example(
    as_of=TODAY, warn_days=30, phase=None, contingent=None, include_inactive=False, tour_days=None
)
@example(
    as_of=TODAY, warn_days=30, phase=None, contingent=None, include_inactive=False, tour_days=180
)
def test_streamed_json_is_the_report_as_documented(
    demo_mission: Database,
    as_of: dt.date,
    warn_days: int,
    phase: Phase | None,
    contingent: str | None,
    include_inactive: bool,
    tour_days: int | None,
) -> None:
    through = None if tour_days is None else as_of + dt.timedelta(days=tour_days)
    query = ReadinessQuery(
        as_of, warn_days, phase, contingent, None, include_inactive, through=through
    )
    with demo_mission.reading() as session:
        expected = documented_json(readiness_report(session, query))
        assert streamed_json(session, query) == expected


def test_no_officers_and_officers_without_requirements_are_laid_out_alike() -> None:
    query = ReadinessQuery(TODAY, phase=Phase.INDUCTION)
    nobody = ReadinessReport(TODAY, 30, Phase.INDUCTION, (), _summary_of(query, ()))
    out = io.StringIO()
    write_readiness_json(query, [], out)
    assert out.getvalue() == documented_json(nobody)
    officers = (
        OfficerReadiness(
            uuid.uuid4(), "K1", "KEN", None, None, "Otieno", "Amani", "active",
            ReadinessStatus.READY, (),
        ),
        OfficerReadiness(
            uuid.uuid4(), "K2", "KEN", "Alpha", None, "Wanjiru", "Grace", "active",
            ReadinessStatus.NOT_READY, (("UOF-101", "missing", None, None),),
        ),
        OfficerReadiness(
            uuid.uuid4(), "K3", "KEN", "Alpha", None, "Mwangi", "Joy", "active",
            ReadinessStatus.READY, (),
            (HoldState("conduct", "open", TODAY, None),
             HoldState("vetting", "pending", TODAY, TODAY)),
        ),
    )  # fmt: skip
    report = ReadinessReport(TODAY, 30, Phase.INDUCTION, officers, _summary_of(query, officers))
    out = io.StringIO()
    write_readiness_json(query, officers, out)
    assert out.getvalue() == documented_json(report)


def _summary_of(query: ReadinessQuery, officers: tuple[OfficerReadiness, ...]) -> ReadinessSummary:
    return summarise_officers(
        query, ((o.contingent, o.unit, o.status, bool(o.holds)) for o in officers)
    )


def test_the_command_line_writes_the_report_as_documented(demo_mission: Database) -> None:
    path = Path(demo_mission.url.removeprefix("sqlite:///"))
    out = io.StringIO()
    argv = ["--db", str(path), "readiness", "--as-of", f"{TODAY}", "--format", "json"]
    assert main(argv, out=out) == 0
    with demo_mission.reading() as session:
        expected = documented_json(readiness_report(session, ReadinessQuery(TODAY)))
    assert out.getvalue() == expected + "\n"
    assert json.loads(out.getvalue())["officers"]
