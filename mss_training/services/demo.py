"""A synthetic but realistic mission to try the program on: `mss-training demo`.

Contingents arrive in rotations. Each cohort trains before deploying (at home), is
inducted on arrival in Haiti and requalifies on expiring modules while deployed. Many
officers come back for a second or third tour after some time at home: formed units redo
their pre-deployment programme together, individual officers renew what has lapsed, and
everyone is inducted again on arrival. Some fail and retake, some miss a session, a few
results are corrected or voided, and some officers hold exemptions. The same seed and end
date always give the same mission.
"""

import bisect
import datetime as dt
import itertools
import random
import tomllib
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from sqlalchemy import bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from mss_training.dates import add_months, utc_now
from mss_training.db import tables
from mss_training.db.database import installation_site_id
from mss_training.db.ledger import execute_tracked, touched
from mss_training.domain import (
    ALL_ROLES,
    Assessment,
    ExemptionKind,
    HoldKind,
    OfficerStatus,
    Outcome,
    Phase,
    ResultKind,
    UserRole,
    VettingStatus,
)
from mss_training.errors import InputError
from mss_training.messages import _
from mss_training.models import (
    Contingent,
    Exemption,
    Module,
    Officer,
    OfficerRole,
    Result,
    Role,
    TrainingSession,
    User,
)
from mss_training.services.audit import record_change
from mss_training.services.curriculum import CurriculumView, curriculum_view
from mss_training.services.holds import HoldInput, lift_hold, place_hold
from mss_training.services.instructors import (
    InstructorRule,
    holds_qualifications,
    instructor_rule,
    standing_passes,
)
from mss_training.services.permissions import ROLE_NAMES, system_actor
from mss_training.services.personnel import OfficerInput, OfficerRef, add_officers
from mss_training.services.planned_sessions import PlanInput, attendees_of, plan_session
from mss_training.services.training import (
    PlannedSession,
    ResultRow,
    module_rules,
    write_sessions,
)
from mss_training.services.users import NewUser, add_first_administrator, add_user

ACTOR = "demo generator"
# Every demo account signs in with this password; docs/users.md and the README list them.
DEMO_PASSWORD = "mss-demo"
DEMO_ACCOUNTS = (
    NewUser("admin", "Demo administrator", UserRole.ADMINISTRATOR, DEMO_PASSWORD),
    NewUser("coordinator", "Demo coordinator", UserRole.COORDINATOR, DEMO_PASSWORD),
    NewUser(
        "trainer", "Demo training officer (Kenya)", UserRole.TRAINING_OFFICER, DEMO_PASSWORD,
        ("KEN",),
    ),
    NewUser("commander", "Demo commander (Jamaica)", UserRole.COMMANDER, DEMO_PASSWORD, ("JAM",)),
)  # fmt: skip
SESSION_SIZE = 30
CONTINGENT_WEIGHTS = {
    "KEN": 34, "JAM": 12, "BHS": 7, "BLZ": 6, "GTM": 12, "SLV": 12,
    "BRB": 4, "ATG": 3, "BEN": 5, "HTI": 5,
}  # fmt: skip
HOME_ACADEMIES = {
    "KEN": "National Police College, Kiganjo",
    "JAM": "Jamaica Police Academy, Twickenham Park",
    "BHS": "Royal Bahamas Police Force Training College, Nassau",
    "BLZ": "Belize Police Training Academy, Belmopan",
    "GTM": "Academia de la PNC, Ciudad de Guatemala",
    "SLV": "Academia Nacional de Seguridad Pública, Santa Tecla",
    "BRB": "Regional Police Training Centre, Seawell",
    "ATG": "Jamaica Police Academy, Twickenham Park",
    "BEN": "École nationale de police, Porto-Novo",
    "HTI": "École nationale de police, Port-au-Prince",
}
IN_MISSION = [
    "MSS base, Port-au-Prince",
    "Forward base, Cap-Haïtien",
    "MSS training range, Croix-des-Bouquets",
]
MILITARY_UNIT_WORDS = ("Infantry", "Infantería", "Rifle", "Marine", "Fuerza Armada")
FPU_UNIT_WORDS = (
    "Formed Police",
    "Rapid Deployment",
    "Special Operations",
    "constituée",
    "maintien",
)
# Tours last a year, some less, and some are extended (the first Kenyan officers stayed 18
# months). Contingents rotate the same people back: after each tour, this share of officers
# serves again once they have spent one of these spells at home.
TOUR_MONTHS = (9, 12, 12, 12, 18)
RETURN_CHANCE = 0.7
HOME_MONTHS = (6, 9, 12, 12, 18)
# Members of formed units train as their unit does, so they redo the whole pre-deployment
# programme before every tour; an individual officer renews only what would lapse within
# this long of arriving (later lapses are requalified in Haiti).
FORMED_ROLES = frozenset({"FPU", "MIL"})
RENEW_BEFORE_ARRIVAL = dt.timedelta(days=90)


@dataclass(frozen=True)
class DemoSummary:
    officers: int
    tours: int
    sessions: int
    results: int
    amendments: int
    voids: int
    exemptions: int
    planned: int = 0  # sessions planned for next week, with their expected attendees
    holds: int = 0


@dataclass(frozen=True)
class _Tour:
    rotation: dt.date
    start: dt.date
    end: dt.date


@dataclass
class _Person:
    uid: uuid.UUID
    contingent: str
    roles: tuple[str, ...]
    tours: list[_Tour]
    officer_id: int = 0
    # The latest pass of each module (by id), which decides what a later tour retrains.
    passed: dict[int, dt.date] = field(default_factory=dict)

    @property
    def in_formed_unit(self) -> bool:
        return not FORMED_ROLES.isdisjoint(self.roles)


def _people_data() -> dict[str, dict[str, list[str]]]:
    resource = resources.files("mss_training.resources") / "demo" / "people.toml"
    return tomllib.loads(resource.read_text(encoding="utf-8"))


def _uuid(rng: random.Random) -> uuid.UUID:
    return uuid.UUID(int=rng.getrandbits(128), version=4)


def _roles_for(rng: random.Random, unit: str, senior: bool) -> tuple[str, ...]:
    if any(word in unit for word in MILITARY_UNIT_WORDS):
        roles = ["MIL"]
    elif any(word in unit for word in FPU_UNIT_WORDS):
        roles = ["FPU"]
    else:
        roles = ["IPO"]
    if senior:
        roles.append("CMD")
    if rng.random() < 0.08 or "Logistics" in unit:
        roles.append("DRV")
    if rng.random() < 0.04:
        roles.append("MED")
    if rng.random() < 0.03:
        roles.append("INS")
    return tuple(roles)


def _make_people(
    rng: random.Random, count: int, first_rotation: dt.date, end: dt.date
) -> tuple[list[OfficerInput], list[_Person]]:
    people_data = _people_data()
    codes = list(CONTINGENT_WEIGHTS)
    weights = list(CONTINGENT_WEIGHTS.values())
    # Rotations every four months, the last one still preparing to deploy.
    rotations: list[dt.date] = []
    day = first_rotation
    while day <= end + dt.timedelta(days=60):
        rotations.append(day)
        day = add_months(day, 4)
    # Returning officers fill more of each rotation as the years go by, so fewer new ones
    # join: the first rotation takes about three times as many as the last.
    joining = list(itertools.accumulate(3 * len(rotations) - 2 * i for i in range(len(rotations))))
    inputs: list[OfficerInput] = []
    people: list[_Person] = []
    numbers: dict[str, int] = {}
    for _officer in range(count):
        code = rng.choices(codes, weights)[0]
        data = people_data[code]
        female = rng.random() < 0.22
        given = rng.choice(data["given_f"] if female else data["given_m"])
        if rng.random() < 0.25:
            second = rng.choice(data["given_f"] if female else data["given_m"])
            given = given if second in given else f"{given} {second}"
        family = rng.choice(data["family"])
        if code in ("GTM", "SLV") and rng.random() < 0.8:
            second = rng.choice(data["family"])
            family = family if second == family else f"{family} {second}"
        unit = rng.choice(data["units"])
        senior = rng.random() < 0.06
        rank = data["ranks"][-1] if senior else rng.choice(data["ranks"][:-1] or data["ranks"])
        numbers[code] = numbers.get(code, rng.randrange(1000, 5000)) + rng.randrange(1, 9)
        # Kenyan and Guatemalan numbers keep leading zeros, as their services write them.
        width = 8 if code in ("KEN", "GTM") else 6
        service_number = str(numbers[code]).zfill(width)
        tours = [_tour(rng, rng.choices(rotations, cum_weights=joining)[0])]
        while rng.random() < RETURN_CHANCE:
            home_until = add_months(tours[-1].end, rng.choice(HOME_MONTHS))
            later = bisect.bisect_left(rotations, home_until)
            if later == len(rotations):
                break
            tours.append(_tour(rng, rotations[later]))
        # The officer's record shows the latest tour: under way or preparing is active.
        latest = tours[-1]
        status = OfficerStatus.ACTIVE
        if latest.end < end:
            status = OfficerStatus.ROTATED_OUT
        elif rng.random() < 0.01:
            status = OfficerStatus.WITHDRAWN
        uid = _uuid(rng)
        roles = _roles_for(rng, unit, senior)
        inputs.append(
            OfficerInput(
                contingent=code,
                service_number=service_number,
                family_name=family,
                given_names=given,
                rank=rank,
                unit=unit,
                roles=roles,
                gender="F" if female else "M",
                status=status,
                deployment_start=latest.start,
                deployment_end=latest.end,
                uid=uid,
            )
        )
        people.append(_Person(uid, code, roles, tours))
    return inputs, people


def _tour(rng: random.Random, rotation: dt.date) -> _Tour:
    start = rotation + dt.timedelta(days=rng.randrange(0, 10))
    return _Tour(rotation, start, add_months(start, rng.choice(TOUR_MONTHS)))


@dataclass(frozen=True)
class _ModulePlan:
    module_id: int
    code: str
    assessment: Assessment
    pass_mark: float | None
    validity_months: int | None
    phases: dict[str, set[tuple[str, str | None]]]  # phase -> {(role, contingent)}

    def needed_in(self, phase: Phase, person: _Person) -> bool:
        for role, contingent in self.phases.get(phase.value, ()):
            if (role == ALL_ROLES or role in person.roles) and contingent in (
                None,
                person.contingent,
            ):
                return True
        return False


def _module_plans(session: Session, view: CurriculumView) -> list[_ModulePlan]:
    ids = dict(session.execute(select(Module.code, Module.id)).all())
    phases: dict[str, dict[str, set[tuple[str, str | None]]]] = {}
    for requirement in view.requirements:
        by_phase = phases.setdefault(requirement.module, {})
        by_phase.setdefault(requirement.phase, set()).add(
            (requirement.role, requirement.contingent)
        )
    return [
        _ModulePlan(
            ids[module.code],
            module.code,
            Assessment(module.assessment),
            module.pass_mark,
            module.validity_months,
            phases.get(module.code, {}),
        )
        for module in view.modules
    ]


class _Recorder:
    """Turns who trained on what and when into sessions of at most SESSION_SIZE results."""

    def __init__(self, rng: random.Random, today: dt.date) -> None:
        self.rng = rng
        self.today = today
        self.sessions: list[PlannedSession] = []

    def attempt(self, module: _ModulePlan) -> tuple[bool, float | None, Outcome]:
        rng = self.rng
        if rng.random() < 0.03:
            return False, None, Outcome.ABSENT
        if module.assessment is Assessment.ATTENDANCE:
            return True, None, Outcome.ATTENDED
        if module.assessment is Assessment.SCORED:
            assert module.pass_mark is not None
            score = float(max(35, min(100, round(rng.gauss(86, 7)))))
            return True, score, Outcome.PASS if score >= module.pass_mark else Outcome.FAIL
        return True, None, Outcome.PASS if rng.random() < 0.94 else Outcome.FAIL

    def train(
        self, group: Sequence[_Person], module: _ModulePlan, day: dt.date, location: str,
        language: str, instructors: str,
    ) -> None:  # fmt: skip
        """Hold sessions for ``group`` from ``day``; whoever fails or is absent retakes later."""
        pending = list(group)
        for _attempt in range(3):
            if not pending or day > self.today:
                return
            retake: list[_Person] = []
            for start in range(0, len(pending), SESSION_SIZE):
                attendees = pending[start : start + SESSION_SIZE]
                length = 1 if module.validity_months is None else self.rng.choice((1, 2))
                rows = []
                for person in attendees:
                    attended, score, outcome = self.attempt(module)
                    rows.append(
                        ResultRow(person.officer_id, attended, score, outcome, _uuid(self.rng))
                    )
                    if outcome in (Outcome.PASS, Outcome.ATTENDED):
                        finished = day + dt.timedelta(days=length - 1)
                        latest = person.passed.get(module.module_id, finished)
                        person.passed[module.module_id] = max(finished, latest)
                    elif self.rng.random() < 0.95:
                        retake.append(person)
                self.sessions.append(
                    PlannedSession(
                        module_id=module.module_id,
                        starts_on=day,
                        ends_on=day + dt.timedelta(days=length - 1),
                        location=location,
                        results=tuple(rows),
                        instructors=instructors,
                        language=language,
                        uid=_uuid(self.rng),
                    )
                )
            pending = retake
            day += dt.timedelta(days=self.rng.randrange(7, 21))


_Posting = tuple[_Person, _Tour]


def _cohorts(people: list[_Person]) -> Iterator[tuple[tuple[str, dt.date], list[_Posting]]]:
    """Who deploys with each of a contingent's rotations, in date order, so that an
    officer's earlier tours are trained (and their passes known) before their later ones."""
    groups: dict[tuple[str, dt.date], list[_Posting]] = {}
    for person in people:
        for tour in person.tours:
            groups.setdefault((person.contingent, tour.rotation), []).append((person, tour))
    yield from sorted(groups.items(), key=lambda item: item[0])


def _trains_at_home(person: _Person, tour: _Tour, module: _ModulePlan) -> bool:
    """Whether a pre-deployment module is taken before this tour (given that it is needed)."""
    if tour is person.tours[0] or person.in_formed_unit:
        return True
    passed = person.passed.get(module.module_id)
    if passed is None:
        return True
    if module.validity_months is None:
        return False
    return add_months(passed, module.validity_months) < tour.start + RENEW_BEFORE_ARRIVAL


def generate_demo(
    session: Session,
    *,
    officers: int,
    seed: int,
    today: dt.date,
    years: int = 2,
    progress: Callable[[str], None] | None = None,
) -> DemoSummary:
    """Fill an empty database with a synthetic mission ending on ``today``."""
    if officers < 1:
        raise InputError(_("A demo mission needs at least one officer."))
    if session.scalar(select(Officer.id).limit(1)) is not None:
        raise InputError(
            _("This database already holds officers; make the demo mission in a new database.")
        )
    rng = random.Random(seed)
    view = curriculum_view(session)
    modules = _module_plans(session, view)
    first_rotation = add_months(today, -12 * years)
    inputs, people = _make_people(rng, officers, first_rotation, today)
    add_officers(session, inputs, system_actor(ACTOR))
    ids = dict(session.execute(select(Officer.uid, Officer.id)).all())
    for person in people:
        person.officer_id = ids[person.uid]
    languages = {"GTM": "es", "SLV": "es", "BEN": "fr", "HTI": "fr"}
    instructor_names = {code: data["family"] for code, data in _people_data().items()}
    totals = {"sessions": 0, "results": 0}
    for (code, rotation), cohort in _cohorts(people):
        if progress:
            progress(f"Training {code} rotation of {rotation:%B %Y} ({len(cohort)} officers)")
        recorder = _Recorder(rng, today)
        teacher = f"Insp. {rng.choice(instructor_names[code])}"
        language = languages.get(code, "en")
        for module in modules:
            home = [
                p
                for p, tour in cohort
                if module.needed_in(Phase.PRE_DEPLOYMENT, p) and _trains_at_home(p, tour, module)
            ]
            day = rotation - dt.timedelta(days=rng.randrange(25, 70))
            # A few officers skip pre-deployment modules and stay not ready.
            home = [p for p in home if rng.random() > 0.01]
            recorder.train(home, module, day, HOME_ACADEMIES[code], language, teacher)
            # Everyone is inducted on each arrival, however often they have served here.
            arrived = [p for p, _ in cohort if module.needed_in(Phase.INDUCTION, p)]
            # Once the rotation's last flight (up to nine days after the first) has landed.
            day = rotation + dt.timedelta(days=rng.randrange(10, 24))
            recorder.train(arrived, module, day, IN_MISSION[0], "en", "MSS training cell")
        _plan_refreshers(recorder, cohort, modules, rng)
        write_sessions(session, recorder.sessions, ACTOR)
        totals["sessions"] += len(recorder.sessions)
        totals["results"] += sum(len(planned.results) for planned in recorder.sessions)
        for person, tour in cohort:
            if tour is person.tours[-1]:
                person.passed = {}  # no later tour needs them: 50,000 officers' worth adds up
    amendments, voids = _correct_some_results(session, rng, modules)
    _assign_instructors(session)
    exemptions = _grant_some_exemptions(session, rng, people, modules, today)
    planned = _plan_next_week(session, modules, today)
    holds = _place_some_holds(session, rng, people, today)
    record_change(
        session,
        actor=ACTOR,
        action="demo",
        entity="mission",
        summary=(
            f"Generated a demo mission (seed {seed}, ending {today}): {officers} officers, "
            f"{totals['sessions']} sessions, {totals['results']} results"
        ),
        after={"seed": seed, "today": today.isoformat(), "officers": officers},
    )
    tours = sum(len(person.tours) for person in people)
    return DemoSummary(
        officers, tours, totals["sessions"], totals["results"], amendments, voids, exemptions,
        planned, holds,
    )  # fmt: skip


# Next week's sessions of the demo: (assessment, place, instructors, seats); each expects
# as many active officers of the largest contingent as it has seats, the next ones.
NEXT_WEEK = (
    (Assessment.SCORED, IN_MISSION[2], "Insp. Otieno, Sgt. Wafula", 24),
    (Assessment.PASS_FAIL, IN_MISSION[0], "MSS training cell", 30),
)


def _plan_next_week(session: Session, modules: list[_ModulePlan], today: dt.date) -> int:
    """Plan sessions for next week (from Monday) so the Sessions screen has planned ones."""
    biggest = session.execute(
        select(Contingent.code)
        .join(Officer, Officer.contingent_id == Contingent.id)
        .where(Officer.status == OfficerStatus.ACTIVE.value)
        .group_by(Contingent.code)
        .order_by(func.count(Officer.id).desc(), Contingent.code)
        .limit(1)
    ).scalar()
    if biggest is None:
        return 0
    expected = attendees_of(session, biggest, None, None)
    monday = today + dt.timedelta(days=7 - today.weekday())
    planned = 0
    for index, (assessment, place, instructors, seats) in enumerate(NEXT_WEEK):
        module = next((m for m in modules if m.assessment is assessment), None)
        group = expected[index * seats : (index + 1) * seats]
        if module is None or not group:
            continue
        day = monday + dt.timedelta(days=2 * index)
        entry = PlanInput(module.code, day, day, place, group, instructors=instructors, seats=seats)
        plan_session(session, entry, system_actor(ACTOR))
        planned += 1
    return planned


_ROOTS = uuid.UUID("5f0c8a52-3b8e-4d0c-9a39-2699c0de0018")  # names the demo's root records


def _assign_instructors(session: Session) -> None:
    """Name a qualified instructor for each session of a module taught by them only.

    The instructors are the mission's officers with the INS role who, on the session's
    last day, hold every qualification the curriculum asks (services/instructors.py):
    one of the session's own contingents where there is one, else of another. Where none
    does yet (a module's first sessions), two of them qualify each other the day before,
    as a national academy's instructors do, after the instructor course where they lack
    it; every session the demo makes then passes the rule, in a bundle too. No random
    draw: the rest of the mission comes out the same for the same seed.
    """
    view = curriculum_view(session)
    cadre = sorted(
        set(
            session.scalars(
                select(OfficerRole.officer_id)
                .join(Role, Role.id == OfficerRole.role_id)
                .where(Role.code == "INS")
            )
        )
    )
    if len(cadre) < 2:
        return
    contingents = dict(
        session.execute(
            select(Officer.id, Contingent.code)
            .join(Contingent, Contingent.id == Officer.contingent_id)
            .where(Officer.id.in_(cadre))
        ).all()
    )
    numbers = dict(session.execute(select(Officer.id, Officer.service_number)).all())
    references = {o: f"{contingents[o]} {numbers[o]}" for o in cadre}
    home = dict(session.execute(select(Officer.id, Contingent.code).join(Contingent)).all())
    validity = {module.code: module.validity_months for module in view.modules}
    updates: list[dict[str, Any]] = []
    for module in view.modules:
        rule = instructor_rule(session, module.code)
        if rule is None:
            continue
        roots: list[PlannedSession] = []
        passes = {code: _cadre_passes(session, code, cadre) for code in rule.qualifications}
        attendees: dict[int, set[int]] = {}
        for session_id, officer_id in session.execute(
            select(Result.session_id, Result.officer_id)
            .join(Module, Module.id == Result.module_id)
            .where(Module.code == module.code)
        ):
            attendees.setdefault(session_id, set()).add(officer_id)
        sessions = session.execute(
            select(TrainingSession.id, TrainingSession.ends_on)
            .join(Module, Module.id == TrainingSession.module_id)
            .where(Module.code == module.code)
            .order_by(TrainingSession.ends_on, TrainingSession.id)
        ).all()
        for session_id, ends_on in sessions:
            present = attendees.get(session_id, set())
            theirs = {home[o] for o in present}
            free = sorted(
                (o for o in cadre if o not in present),
                key=lambda o: (contingents[o] not in theirs, o),
            )
            able = [o for o in free if _holds_all(passes, validity, o, ends_on)]
            if not able:
                if len(free) < 2:
                    continue
                able = free[:2]
                roots += _qualify_each_other(
                    session, rule, able, ends_on, passes, references, validity
                )
            chosen = able[session_id % len(able)]
            updates.append({"session_id": session_id, "named": references[chosen]})
        # Before the next module's passes are read: its instructors may hold these too.
        write_sessions(session, roots, ACTOR)
    if updates:
        table = tables.training_sessions
        session.execute(
            update(table)
            .where(table.c.id == bindparam("session_id"))
            .values(instructors=bindparam("named")),
            updates,
        )
        touched(session, table, [u["session_id"] for u in updates])


def _qualify_each_other(
    session: Session,
    rule: InstructorRule,
    pair: list[int],
    day: dt.date,
    passes: dict[str, dict[int, list[dt.date]]],
    references: dict[int, str],
    validity: dict[str, int | None],
) -> list[PlannedSession]:
    """Two instructors made qualified for ``day``: the instructor course two days before
    where they lack it, then each passing the module in a session the other teaches, the
    day before. ``passes`` is brought up to date."""
    made: list[PlannedSession] = []
    for code in rule.qualifications:
        own = code == rule.module
        on = day - dt.timedelta(days=1 if own else 2)
        for pupil, teacher in ((pair[0], pair[1]), (pair[1], pair[0])):
            held = {code: passes[code]}
            if all(_holds_all(held, validity, pupil, when) for when in (on, day)):
                continue
            made.append(_root_session(session, code, on, pupil, references[teacher] if own else ""))
            bisect.insort(passes[code].setdefault(pupil, []), on)
    return made


def _root_session(
    session: Session, code: str, day: dt.date, pupil: int, instructors: str
) -> PlannedSession:
    """One pass of ``code`` for ``pupil`` on ``day``, with uids the seed does not draw."""
    rules = module_rules(session, code)
    score = 95.0 if rules.assessment is Assessment.SCORED else None
    outcome = Outcome.ATTENDED if rules.assessment is Assessment.ATTENDANCE else Outcome.PASS
    name = f"{code} {day} {pupil}"
    return PlannedSession(
        module_id=rules.module_id,
        starts_on=day,
        ends_on=day,
        location="National instructor academy",
        results=(ResultRow(pupil, True, score, outcome, uuid.uuid5(_ROOTS, f"result {name}")),),
        instructors=instructors or "National instructor academy",
        notes="Instructors' own qualification",
        uid=uuid.uuid5(_ROOTS, f"session {name}"),
    )


def _holds_all(
    passes: dict[str, dict[int, list[dt.date]]],
    validity: dict[str, int | None],
    officer_id: int,
    day: dt.date,
) -> bool:
    """Whether the officer may teach on ``day`` under the instructor rule, read from the
    cadre's passes held in memory: the rule is services/instructors.py's, asked once per
    session here without a query per session (thousands of sessions in a demo)."""
    latest = {}
    for code, held in passes.items():
        days = held.get(officer_id, [])
        at = bisect.bisect_right(days, day)
        latest[code] = days[at - 1] if at else None
    return holds_qualifications(latest, validity, day)


def _cadre_passes(session: Session, code: str, cadre: Sequence[int]) -> dict[int, list[dt.date]]:
    """Each instructor's days of passing ``code`` that stand (not voided or corrected), in order."""
    held: dict[int, list[dt.date]] = {}
    for officer_id, day in session.execute(
        select(Result.officer_id, Result.completed_on)
        .join(Module, Module.id == Result.module_id)
        .where(*standing_passes(code), Result.officer_id.in_(cadre))
        .order_by(Result.completed_on)
    ):
        held.setdefault(officer_id, []).append(day)
    return held


def _plan_refreshers(
    recorder: _Recorder, cohort: list[_Posting], modules: list[_ModulePlan], rng: random.Random
) -> None:
    """Requalify deployed officers on expiring modules, a little before or after they lapse."""
    for module in modules:
        if module.validity_months is None:
            continue
        due: dict[dt.date, list[_Person]] = {}
        for person, tour in cohort:
            if not module.needed_in(Phase.REFRESHER, person):
                continue
            passed = person.passed.get(module.module_id)
            while passed is not None:
                lapse = add_months(passed, module.validity_months)
                if lapse > tour.end or rng.random() < 0.05:
                    break  # leaves the mission first, or lets it lapse
                day = lapse - dt.timedelta(days=rng.choice((3, 10, 20, 30, 45)))
                # Lapsed while at home (missed before leaving): requalified soon after arrival.
                day = max(day, tour.start + dt.timedelta(days=14))
                day = day - dt.timedelta(days=day.weekday())
                due.setdefault(day, []).append(person)
                passed = day
        for day, group in sorted(due.items()):
            recorder.train(group, module, day, rng.choice(IN_MISSION), "en", "MSS training cell")


def _correct_some_results(
    session: Session, rng: random.Random, modules: list[_ModulePlan]
) -> tuple[int, int]:
    """Amend about one result in 200 and void about one in 1,000, as real sites do."""
    rows = session.execute(
        select(
            Result.id, Result.session_id, Result.officer_id, Result.module_id,
            Result.completed_on, Result.attended, Result.score, Result.outcome,
        ).where(Result.kind == ResultKind.ORIGINAL.value, Result.attended.is_(True))
        .order_by(Result.id)
    ).all()  # fmt: skip
    if not rows:
        return 0, 0
    site_id = installation_site_id(session)
    now = utc_now()
    pass_marks = {module.module_id: module.pass_mark for module in modules}
    chosen = rng.sample(rows, k=max(1, len(rows) // 170))
    amendments: list[dict[str, Any]] = []
    voids: list[dict[str, Any]] = []
    for index, (
        result_id,
        session_id,
        officer_id,
        module_id,
        day,
        attended,
        score,
        outcome,
    ) in enumerate(chosen):
        base = {
            "session_id": session_id, "officer_id": officer_id, "module_id": module_id,
            "completed_on": day, "supersedes_id": result_id, "recorded_by": ACTOR,
            "site_id": site_id, "created_at": now, "uid": _uuid(rng),
        }  # fmt: skip
        if index % 6 == 5:
            voids.append(
                base
                | {
                    "kind": ResultKind.VOID.value,
                    "attended": False,
                    "score": None,
                    "outcome": Outcome.ABSENT.value,
                    "reason": "Recorded against the wrong officer",
                }
            )
        elif score is not None:
            corrected = float(min(100, score + rng.choice((-6, -3, 2, 5))))
            amendments.append(
                base
                | {
                    "kind": ResultKind.AMENDMENT.value,
                    "attended": attended,
                    "score": corrected,
                    "outcome": _scored_outcome(pass_marks[module_id], corrected),
                    "reason": "Score mistyped from the range sheet",
                }
            )
        else:
            flipped = Outcome.FAIL.value if outcome == Outcome.PASS.value else outcome
            amendments.append(
                base
                | {
                    "kind": ResultKind.AMENDMENT.value,
                    "attended": attended,
                    "score": None,
                    "outcome": flipped,
                    "reason": "Assessor's sheet shows the assessment was not completed",
                }
            )
    for batch in (amendments, voids):
        if batch:
            execute_tracked(session, insert(Result), batch)
    return len(amendments), len(voids)


def _scored_outcome(pass_mark: float | None, score: float) -> str:
    passed = pass_mark is not None and score >= pass_mark
    return Outcome.PASS.value if passed else Outcome.FAIL.value


def _grant_some_exemptions(
    session: Session, rng: random.Random, people: list[_Person], modules: list[_ModulePlan],
    today: dt.date,
) -> int:  # fmt: skip
    """Medics are exempt from basic first aid; some veterans of UN missions from CPT-101."""
    by_code = {module.code: module for module in modules}
    site_id = installation_site_id(session)
    now = utc_now()
    rows: list[dict[str, Any]] = []
    for person in people:
        first_tour = person.tours[0].start
        if "MED" in person.roles and "FAC-101" in by_code:
            granted = first_tour - dt.timedelta(days=90)
            rows.append({
                "officer_id": person.officer_id, "module_id": by_code["FAC-101"].module_id,
                "kind": ExemptionKind.EQUIVALENCE.value,
                "reason": "Registered paramedic: national qualification recognised",
                "approved_by": "Mission Training Coordinator", "granted_on": granted,
                "valid_until": add_months(granted, 24),
            })  # fmt: skip
        elif rng.random() < 0.02 and "CPT-101" in by_code:
            rows.append({
                "officer_id": person.officer_id, "module_id": by_code["CPT-101"].module_id,
                "kind": ExemptionKind.EQUIVALENCE.value,
                "reason": "Completed UN core pre-deployment training for an earlier mission",
                "approved_by": "Mission Training Coordinator",
                "granted_on": min(today, first_tour - dt.timedelta(days=60)),
                "valid_until": None,
            })  # fmt: skip
    for row in rows:
        row.update({"uid": _uuid(rng), "site_id": site_id, "created_at": now})
    if rows:
        execute_tracked(session, insert(Exemption), rows)
    return len(rows)


# The holds the demo places, in turn: (kind, vetting status, reason, reference prefix,
# days it lasts or None, days after which it was lifted or None).
_DEMO_HOLDS: tuple[tuple[HoldKind, VettingStatus | None, str, str, int | None, int | None], ...] = (
    (HoldKind.VETTING, VettingStatus.PENDING,
     "Human-rights vetting requested from the national authority; no answer yet", "HRDD",
     None, None),
    (HoldKind.CONDUCT, None, "Conduct and discipline: allegation under investigation",
     "CDU", None, None),
    (HoldKind.MEDICAL, None, "Medical: fitness review after a knee injury", "MED", 45, None),
    (HoldKind.ADMINISTRATIVE, None, "Administrative: passport renewal", "ADM", None, 12),
    (HoldKind.VETTING, VettingStatus.CLEARED, "Vetting cleared by the national authority",
     "HRDD", 365, None),
)  # fmt: skip


def _place_some_holds(
    session: Session, rng: random.Random, people: list[_Person], today: dt.date
) -> int:
    """A few eligibility holds on officers serving or about to: a vetting still pending, a
    conduct case, a medical review, a lifted administrative hold and a cleared vetting."""
    serving = [p for p in people if p.tours[-1].end >= today]
    count = min(len(serving), max(len(_DEMO_HOLDS), len(people) // 100))
    if not count:
        return 0
    numbers = dict(session.execute(select(Officer.id, Officer.service_number)).all())
    actor = system_actor(ACTOR)
    for index, person in enumerate(rng.sample(serving, count)):
        kind, status, reason, prefix, lasts, lifted = _DEMO_HOLDS[index % len(_DEMO_HOLDS)]
        since = today - dt.timedelta(days=rng.randrange(20, 60))
        entry = HoldInput(
            OfficerRef(person.contingent, numbers[person.officer_id]), kind, reason, since,
            status, f"{prefix}-{since:%Y}-{index + 1:03d}",
            since + dt.timedelta(days=lasts) if lasts is not None else None,
        )  # fmt: skip
        uid = place_hold(session, entry, actor)
        if lifted is not None:
            lift_hold(
                session, uid.hex, "Renewed passport seen", actor, on=since + dt.timedelta(lifted)
            )
    return count


def add_demo_accounts(session: Session) -> tuple[NewUser, ...]:
    """One account per role on a new demo database, all with the demo password."""
    first, *others = DEMO_ACCOUNTS
    admin = add_first_administrator(session, first).actor
    for account in others:
        add_user(session, admin, account)
    return DEMO_ACCOUNTS


def demo_accounts_text() -> str:
    """The demo accounts in one line, as the CLI prints them and the sign-in hints them."""
    accounts = ", ".join(
        f"{a.username} ({ROLE_NAMES[a.role]}{''.join(', ' + code for code in a.contingents)})"
        for a in DEMO_ACCOUNTS
    )
    return f"Demo accounts, all with the password {DEMO_PASSWORD}: {accounts}."


def is_demo_database(session: Session) -> bool:
    """Whether the demo accounts are here, so that the sign-in may show them as a hint."""
    names = dict(
        session.execute(
            select(User.username, User.display_name).where(
                User.username.in_([account.username for account in DEMO_ACCOUNTS])
            )
        ).all()
    )
    return all(names.get(a.username) == a.display_name for a in DEMO_ACCOUNTS)
