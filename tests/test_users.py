"""Accounts and roles as users meet them: signing in, lock-out, and what each role may do."""

import contextlib
import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from mss_training.db import Database, open_database
from mss_training.domain import Outcome, UserRole
from mss_training.errors import InputError
from mss_training.models import AuditEntry, Result, TrainingSession, User
from mss_training.services.curriculum_editing import start_draft
from mss_training.services.officer_record import officer_record
from mss_training.services.permissions import (
    ROLE_PERMISSIONS,
    Actor,
    Permission,
    PermissionDeniedError,
    require,
)
from mss_training.services.personnel import (
    OfficerInput,
    OfficerRef,
    add_officers,
    search_officer_ids,
)
from mss_training.services.readiness import ReadinessQuery, for_actor, readiness_report
from mss_training.services.training import (
    AttendeeResult,
    ExemptionInput,
    SessionInput,
    grant_exemption,
    record_session,
    void_result,
)
from mss_training.services.users import (
    LOCK_AFTER,
    NewUser,
    SignInError,
    add_first_administrator,
    add_user,
    change_user,
    list_users,
    lock_delay,
    reset_password,
    set_disabled,
    sign_in,
)
from tests.mission import Mission

PASSWORD = "correct horse battery"
NOW = dt.datetime(2026, 11, 27, 8, 0, tzinfo=dt.UTC)


@pytest.fixture
def mission(database_url: str) -> Iterator[Mission]:
    """A small mission with one Kenyan and one Jamaican officer, and four accounts."""
    database = open_database(database_url)
    mission = Mission.set_up(database)
    mission.officer("K1", "POL", contingent="KEN")
    mission.officer("J1", "POL", contingent="JAM")
    with database.transaction() as session:
        admin = add_first_administrator(
            session, NewUser("Admin", "Ana Morales", UserRole.ADMINISTRATOR, PASSWORD)
        ).actor
        for name, role, limits in (
            ("coord", UserRole.COORDINATOR, ()),
            ("trainer.ken", UserRole.TRAINING_OFFICER, ("KEN",)),
            ("commander.jam", UserRole.COMMANDER, ("jam",)),
        ):
            add_user(session, admin, NewUser(name, name.title(), role, PASSWORD, limits))
    yield mission
    database.close()


def actor(database: Database, username: str) -> Actor:
    return sign_in(database, username, PASSWORD)


def one_result_session(officer: OfficerRef) -> SessionInput:
    day = dt.date(2026, 11, 20)
    return SessionInput(
        "PF", day, day, "Kiganjo", results=(AttendeeResult(officer, outcome=Outcome.PASS),)
    )


def test_passwords_are_kept_only_as_argon2id_hashes(mission: Mission) -> None:
    database = mission.database
    admin = actor(database, "admin")
    with database.transaction() as session:
        reset_password(session, admin, "coord", "a brand new secret")
    with database.reading() as session:
        stored = session.scalars(select(User)).all()
        audit = [
            json.dumps([entry.summary, entry.before, entry.after])
            for entry in session.scalars(select(AuditEntry))
        ]
    assert {user.password_hash.split("$")[1] for user in stored} == {"argon2id"}
    for user in stored:
        assert PASSWORD not in json.dumps([user.username, user.display_name, user.password_hash])
    assert not any(PASSWORD in text or "a brand new secret" in text for text in audit)
    assert actor(database, "admin").username == "admin"  # names are case-insensitive
    assert sign_in(database, "COORD", "a brand new secret").role is UserRole.COORDINATOR


def test_repeated_failures_lock_the_account_for_a_growing_delay(mission: Mission) -> None:
    database = mission.database
    for _ in range(LOCK_AFTER):
        with pytest.raises(SignInError, match="Wrong username or password"):
            sign_in(database, "coord", "guess", now=NOW)
    # While locked even the right password is refused, without being checked.
    with pytest.raises(SignInError, match="Wrong username or password"):
        sign_in(database, "coord", PASSWORD, now=NOW + dt.timedelta(seconds=10))
    later = NOW + dt.timedelta(seconds=31)
    with pytest.raises(SignInError, match="Wrong username or password"):
        sign_in(database, "coord", "guess", now=later)
    # The sixth failure doubled the wait to a minute.
    with pytest.raises(SignInError, match="Wrong username or password"):
        sign_in(database, "coord", PASSWORD, now=later + dt.timedelta(seconds=59))
    signed = sign_in(database, "coord", PASSWORD, now=later + dt.timedelta(seconds=61))
    assert signed.username == "coord"
    for _ in range(LOCK_AFTER - 1):  # a success starts the count again
        with pytest.raises(SignInError, match="Wrong username"):
            sign_in(database, "coord", "guess", now=later + dt.timedelta(minutes=5))
    assert sign_in(database, "coord", PASSWORD, now=later + dt.timedelta(minutes=5))


def test_an_administrator_lifts_a_lock_out_by_resetting_the_password(mission: Mission) -> None:
    database = mission.database
    for _ in range(LOCK_AFTER + 3):
        with contextlib.suppress(SignInError):
            sign_in(database, "trainer.ken", "guess", now=NOW)
    admin = actor(database, "admin")
    with database.transaction() as session:
        reset_password(session, admin, "trainer.ken", "fresh password")
    assert sign_in(database, "trainer.ken", "fresh password", now=NOW).username == "trainer.ken"


def test_the_delay_doubles_and_stops_at_an_hour() -> None:
    delays = [lock_delay(failures) for failures in range(LOCK_AFTER - 1, LOCK_AFTER + 12)]
    assert delays[0] == dt.timedelta(0)
    assert delays[1:4] == [dt.timedelta(seconds=s) for s in (30, 60, 120)]
    assert max(delays) == dt.timedelta(hours=1) == lock_delay(10_000)


def test_a_disabled_account_cannot_sign_in_and_its_records_keep_its_name(
    mission: Mission,
) -> None:
    database = mission.database
    trainer, admin = actor(database, "trainer.ken"), actor(database, "admin")
    with database.transaction() as session:
        record_session(session, one_result_session(OfficerRef("KEN", "K1")), trainer)
        set_disabled(session, admin, "trainer.ken", True)
    with pytest.raises(SignInError, match=r"The account trainer\.ken is disabled"):
        sign_in(database, "trainer.ken", PASSWORD)
    with database.reading() as session:
        assert set(session.scalars(select(TrainingSession.recorded_by))) == {"trainer.ken"}
        assert set(session.scalars(select(Result.recorded_by))) == {"trainer.ken"}
        actors = set(session.scalars(select(AuditEntry.actor)))
    assert {"trainer.ken", "admin"} <= actors
    with database.transaction() as session:
        set_disabled(session, admin, "trainer.ken", False)
    assert actor(database, "trainer.ken").contingents == frozenset({"KEN"})


def test_nobody_can_lock_every_administrator_out(mission: Mission) -> None:
    database = mission.database
    admin = actor(database, "admin")
    with database.transaction() as session, pytest.raises(InputError, match="own account"):
        set_disabled(session, admin, "admin", True)
    with (
        database.transaction() as session,
        pytest.raises(InputError, match="administrator role from your own account"),
    ):
        change_user(session, admin, "admin", role=UserRole.COORDINATOR, contingents=(),
                    display_name="Ana")  # fmt: skip
    with database.transaction() as session:
        add_user(session, admin, NewUser("second", "", UserRole.ADMINISTRATOR, PASSWORD))
    second = actor(database, "second")
    with database.transaction() as session:
        set_disabled(session, second, "admin", True)
    # The first administrator is still signed in somewhere (an open app) after that.
    with database.transaction() as session, pytest.raises(InputError, match="only active admin"):
        set_disabled(session, admin, "second", True)


def test_account_rules_are_checked_with_plain_sentences(mission: Mission) -> None:
    database = mission.database
    admin = actor(database, "admin")
    cases = [
        (NewUser("coord", "", UserRole.COMMANDER, PASSWORD), "already an account coord"),
        (NewUser("x", "", UserRole.COMMANDER, PASSWORD), "A username is 2 to 100"),
        (NewUser("new", "", UserRole.COMMANDER, "short"), "at least 8 characters"),
        (NewUser("newname1", "", UserRole.COMMANDER, "NEWNAME1"), "cannot be the username"),
        (NewUser("new", "", UserRole.COORDINATOR, PASSWORD, ("KEN",)), "work for every contingent"),
        (NewUser("new", "", UserRole.COMMANDER, PASSWORD, ("ZZZ",)), "no contingent 'ZZZ'"),
    ]
    for entry, message in cases:
        with database.transaction() as session, pytest.raises(InputError, match=message):
            add_user(session, admin, entry)
    with database.transaction() as session, pytest.raises(InputError, match="already has"):
        add_first_administrator(session, NewUser("boss", "", UserRole.ADMINISTRATOR, PASSWORD))
    with database.reading() as session:
        assert [u.username for u in list_users(session, admin)] == [
            "admin", "commander.jam", "coord", "trainer.ken",
        ]  # fmt: skip


def test_a_database_without_accounts_asks_for_an_administrator_first(database_url: str) -> None:
    with open_database(database_url) as database:
        with pytest.raises(SignInError, match="no user accounts yet"):
            sign_in(database, "admin", PASSWORD)
        with database.transaction() as session, pytest.raises(InputError, match="administrator"):
            add_first_administrator(session, NewUser("boss", "", UserRole.COMMANDER, PASSWORD))
        with database.transaction() as session:
            add_first_administrator(session, NewUser("boss", "", UserRole.ADMINISTRATOR, PASSWORD))
        assert actor(database, "boss").role is UserRole.ADMINISTRATOR


# What each role may do, as docs/users.md states it.
EXPECTED = {
    UserRole.ADMINISTRATOR: {"read", "manage users", "set up"},
    UserRole.COORDINATOR: {"read", "record", "exempt", "curriculum", "set up"},
    UserRole.TRAINING_OFFICER: {"read", "record"},
    UserRole.COMMANDER: {"read"},
}


def test_each_role_may_do_what_the_documentation_says(mission: Mission) -> None:
    database = mission.database
    officer = OfficerRef("KEN", "K1")
    tries = {
        "record": lambda s, a: record_session(s, one_result_session(officer), a),
        "exempt": lambda s, a: grant_exemption(
            s, ExemptionInput(officer, "PF", "Prior course", "HQ", dt.date(2026, 1, 5)), a
        ),
        "curriculum": lambda s, a: start_draft(s, "2027.1", a),
        "manage users": lambda s, a: add_user(s, a, NewUser("z9", "", UserRole.COMMANDER, "x" * 9)),
        "set up": lambda s, a: require(a, Permission.SET_UP),
        "read": lambda s, a: require(a, Permission.READ),
    }
    for username, role in (
        ("admin", UserRole.ADMINISTRATOR),
        ("coord", UserRole.COORDINATOR),
        ("trainer.ken", UserRole.TRAINING_OFFICER),
        ("commander.jam", UserRole.COMMANDER),
    ):
        signed = actor(database, username)
        allowed = set()
        for what, attempt in tries.items():
            with database.rehearsal() as session:
                try:
                    attempt(session, signed)
                    allowed.add(what)
                except PermissionDeniedError as refusal:
                    assert str(refusal).count(".") == 1 and str(refusal).endswith(".")
        assert allowed == EXPECTED[role], username


def test_a_refusal_names_the_role_and_who_may(mission: Mission) -> None:
    database = mission.database
    commander = actor(database, "commander.jam")
    trainer = actor(database, "trainer.ken")
    with database.transaction() as session, pytest.raises(PermissionDeniedError) as refused:
        record_session(session, one_result_session(OfficerRef("JAM", "J1")), commander)
    assert str(refused.value) == (
        "Commanders cannot record or correct sessions and results; ask a coordinator or "
        "training officer."
    )
    with database.transaction() as session, pytest.raises(PermissionDeniedError) as refused:
        record_session(session, one_result_session(OfficerRef("JAM", "J1")), trainer)
    assert str(refused.value) == (
        "Training officers limited to Kenya cannot record or correct sessions and results "
        "for Jamaica officers."
    )


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    limits=st.frozensets(st.sampled_from(["KEN", "JAM", "BHS"]), min_size=1),
    attendees=st.sets(st.sampled_from(["KEN", "JAM"]), min_size=1),
    role=st.sampled_from([UserRole.TRAINING_OFFICER, UserRole.COMMANDER, UserRole.COORDINATOR]),
)
def test_limits_allow_exactly_the_officers_of_those_contingents(
    mission: Mission, limits: frozenset[str], attendees: set[str], role: UserRole
) -> None:
    scope = None if role is UserRole.COORDINATOR else limits
    someone = Actor("someone", role, scope)
    numbers = {"KEN": "K1", "JAM": "J1"}
    entry = SessionInput(
        "PF", dt.date(2026, 11, 20), dt.date(2026, 11, 20), "Kiganjo",
        results=tuple(
            AttendeeResult(OfficerRef(code, numbers[code]), outcome=Outcome.PASS)
            for code in sorted(attendees)
        ),
    )  # fmt: skip
    may = Permission.RECORD_TRAINING in ROLE_PERMISSIONS[role] and (
        scope is None or attendees <= scope
    )
    with mission.database.rehearsal() as session:
        if may:
            record_session(session, entry, someone)
            recorded = session.scalars(select(Result.recorded_by)).all()
            assert set(recorded) == {"someone"}
        else:
            with pytest.raises(PermissionDeniedError):
                record_session(session, entry, someone)
    with mission.database.rehearsal() as session:
        visible = search_officer_ids(session, within=scope)
        expected = 2 if scope is None else len(scope & {"KEN", "JAM"})
        assert len(visible) == expected


def test_corrections_and_new_officers_respect_the_limits(mission: Mission) -> None:
    database = mission.database
    jamaican = mission.passed(OfficerRef("JAM", "J1"), "PF", dt.date(2026, 11, 2))
    trainer = actor(database, "trainer.ken")
    with database.transaction() as session, pytest.raises(PermissionDeniedError, match="Jamaica"):
        void_result(session, jamaican, reason="Wrong officer", actor=trainer)
    with database.transaction() as session, pytest.raises(PermissionDeniedError, match="Jamaica"):
        add_officers(session, [OfficerInput("JAM", "J2", "Brown", "Kerry")], trainer)
    with database.transaction() as session:
        assert add_officers(session, [OfficerInput("KEN", "K2", "Otieno", "Grace")], trainer) == 1


def test_a_limited_commander_reads_only_their_contingents(mission: Mission) -> None:
    database = mission.database
    commander = actor(database, "commander.jam")
    query = ReadinessQuery(as_of=dt.date(2026, 11, 27))
    coordinator = actor(database, "coord")
    with database.reading() as session:
        report = readiness_report(session, for_actor(query, commander))
        assert {officer.contingent for officer in report.officers} == {"JAM"}
        assert set(report.summary.by_contingent) == {"JAM"}
        everyone = readiness_report(session, for_actor(query, coordinator))
        assert {officer.contingent for officer in everyone.officers} == {"JAM", "KEN"}
        with pytest.raises(PermissionDeniedError, match="limited to JAM; it cannot show KEN"):
            for_actor(ReadinessQuery(as_of=query.as_of, contingent="KEN"), commander)
        kenyan = search_officer_ids(session, contingent="KEN")[0]
        with pytest.raises(PermissionDeniedError):
            officer_record(session, kenyan, query.as_of, commander)


def test_the_roles_table_in_the_documentation_is_the_one_the_program_enforces() -> None:
    """docs/users.md tells people what each role may do; it must say what the code does."""
    rows = {
        "read readiness, personnel, records, the curriculum": {Permission.READ},
        "print reports, rosters, sign-in sheets; export": {Permission.PRINT, Permission.EXPORT},
        "record sessions and results, correct or void results": {Permission.RECORD_TRAINING},
        "add, edit and import officers": {Permission.EDIT_PERSONNEL},
        "issue and revoke certificates": {
            Permission.ISSUE_CERTIFICATES, Permission.REVOKE_CERTIFICATES,
        },
        "grant exemptions": {Permission.GRANT_EXEMPTIONS},
        "recognise a qualification from outside the mission (a mission's first instructors)": {
            Permission.RECOGNISE_QUALIFICATIONS,
        },
        "place and lift eligibility holds": {Permission.MANAGE_HOLDS},
        "see the reasons and references of holds (others see only the kind)": {
            Permission.SEE_HOLD_DETAILS,
        },
        "edit and publish the curriculum": {Permission.EDIT_CURRICULUM},
        "resolve conflicting edits from other sites": {Permission.RESOLVE_CONFLICTS},
        "exchange sync bundles (accounts not limited to some contingents)": {Permission.SYNC},
        "set up a database (contingents, the first curriculum); enrol sites": {Permission.SET_UP},
        "manage user accounts, settings": {Permission.MANAGE_USERS, Permission.SETTINGS},
        "back up the database (a copy holds every contingent)": {Permission.BACK_UP},
        "restore a backup; copy the signing key to another computer": {
            Permission.RESTORE, Permission.COPY_KEY,
        },
        "take a signed readiness snapshot (a briefing's figure)": {Permission.TAKE_SNAPSHOTS},
    }  # fmt: skip
    text = (Path(__file__).parent.parent / "docs" / "users.md").read_text(encoding="utf-8")
    columns = [
        UserRole.ADMINISTRATOR, UserRole.COORDINATOR, UserRole.TRAINING_OFFICER, UserRole.COMMANDER,
    ]  # fmt: skip
    documented: dict[UserRole, set[Permission]] = {role: set() for role in columns}
    seen = set()
    for line in text.splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) == 5 and cells[0] in rows:
            seen.add(cells[0])
            for role, mark in zip(columns, cells[1:], strict=True):
                if mark == "✓":
                    documented[role] |= rows[cells[0]]
    assert seen == set(rows)
    assert documented == {role: set(ROLE_PERMISSIONS[role]) for role in columns}
