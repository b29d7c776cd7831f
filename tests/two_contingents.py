"""A mission of two contingents, Kenya and Jamaica, with an account of every role, limited
and not, and records of every kind for each: what the scope tests walk every door on."""

import contextlib
import datetime as dt
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select

from mss_training.db import open_database
from mss_training.domain import HoldKind, Outcome, UserRole
from mss_training.models import Certificate, Officer, Result, SyncConflict
from mss_training.services import users
from mss_training.services.certificates import IssueOptions, certificates_for_session
from mss_training.services.demo import DEMO_PASSWORD
from mss_training.services.holds import HoldInput, place_hold
from mss_training.services.personnel import OfficerInput, OfficerRef, add_officers
from mss_training.services.training import (
    AttendeeResult,
    ExemptionInput,
    SessionInput,
    amend_result,
    grant_exemption,
    record_session,
)
from mss_training.services.users import NewUser, add_user, sign_in
from mss_training.sync.versions import FieldVersion, Sibling
from tests.mission import ACTOR, set_up_for_the_command_line

DAY = dt.date(2026, 11, 20)

# Names and numbers no program text could contain by chance.
OFFICERS = {
    "KEN": (("KP-4471", "Kiprotichy", "Wanjiku"), ("KP-4472", "Nyamburax", "Achieng")),
    "JAM": (("JCF-9902", "Blackwoodz", "Tavianne"), ("JCF-9903", "Gayleford", "Marlonny")),
}
# Where each contingent's own session took place: a session of theirs alone is theirs too.
PLACES = {"KEN": "Kiganjo Rangex", "JAM": "Twickenham Parkx", "MIXED": "Camp Mixed"}
HOLD_REASONS = {"KEN": "Inquiry Nyeriquox", "JAM": "Inquiry Portmorex"}
# Other accounts than the demo ones (admin, coordinator, trainer KEN, commander JAM).
EXTRA_ACCOUNTS = (
    ("trainer.jam", UserRole.TRAINING_OFFICER, ("JAM",)),
    ("trainer.all", UserRole.TRAINING_OFFICER, ()),
    ("commander.ken", UserRole.COMMANDER, ("KEN",)),
    ("commander.all", UserRole.COMMANDER, ()),
    ("spare", UserRole.COMMANDER, ()),
)
# Every account the doors are tried with, and the contingent it may see (None: all).
ACCOUNTS = {
    "admin": None,
    "coordinator": None,
    "trainer": "KEN",
    "trainer.jam": "JAM",
    "trainer.all": None,
    "commander": "JAM",
    "commander.ken": "KEN",
    "commander.all": None,
}


@contextlib.contextmanager
def quick_passwords() -> Iterator[None]:
    """Argon2 at its cheapest, for tests that sign in hundreds of times about something else.

    A hash carries its own cost, so accounts made inside are quick to check; sign_in would
    rehash them at full cost if the hasher outside were not the quick one too.
    """
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(
            users, "_HASHER", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
        )
        yield


def secrets_of(contingent: str) -> set[str]:
    """What must never reach an account that does not see this contingent."""
    return {text for officer in OFFICERS[contingent] for text in officer} | {
        PLACES[contingent],
        HOLD_REASONS[contingent],
    }


def forbidden_for(username: str) -> set[str]:
    seen = ACCOUNTS[username]
    return set() if seen is None else {t for c in OFFICERS if c != seen for t in secrets_of(c)}


@dataclass
class TwoContingents:
    path: Path
    sessions: dict[str, str] = field(default_factory=dict)  # KEN, JAM, MIXED -> reference
    results: dict[str, uuid.UUID] = field(default_factory=dict)  # KEN, JAM -> a result
    serials: dict[str, str] = field(default_factory=dict)  # KEN, JAM -> a certificate
    codes: dict[str, str] = field(default_factory=dict)  # KEN, JAM -> its printed code
    holds: dict[str, str] = field(default_factory=dict)  # KEN, JAM -> a hold's id

    @property
    def url(self) -> str:
        return f"sqlite:///{self.path}"


def build_two_contingents(path: Path) -> TwoContingents:
    mission = TwoContingents(path)
    set_up_for_the_command_line(mission.url)
    with open_database(mission.url) as database:
        with database.transaction() as session:
            admin = sign_in(database, "admin", DEMO_PASSWORD)
            for name, role, limits in EXTRA_ACCOUNTS:
                add_user(session, admin, NewUser(name, name, role, DEMO_PASSWORD, limits))
            add_officers(
                session,
                [
                    OfficerInput(code, number, family, given, rank="Constable", roles=("IPO",))
                    for code, officers in OFFICERS.items()
                    for number, family, given in officers
                ],
                ACTOR,
            )
        refs = {
            code: [OfficerRef(code, o[0]) for o in officers] for code, officers in OFFICERS.items()
        }
        attendees = {
            "KEN": refs["KEN"],
            "JAM": refs["JAM"],
            "MIXED": [refs["KEN"][0], refs["JAM"][0]],
        }
        for offset, (key, people) in enumerate(attendees.items()):
            with database.transaction() as session:
                recorded = record_session(
                    session,
                    SessionInput(
                        "UOF-101", DAY + dt.timedelta(days=offset), DAY + dt.timedelta(days=offset),
                        PLACES[key],
                        results=tuple(AttendeeResult(person, score=90) for person in people),
                    ),
                    ACTOR,
                )  # fmt: skip
                mission.sessions[key] = recorded.uid.hex
                contents = certificates_for_session(
                    session, recorded.uid.hex, ACTOR, IssueOptions()
                )
                if key != "MIXED":
                    mission.serials[key] = contents[0].serial
        with database.transaction() as session:
            for code in OFFICERS:
                officer_id = session.scalar(
                    select(Officer.id).where(Officer.service_number == OFFICERS[code][0][0])
                )
                result = session.scalars(
                    select(Result).where(Result.officer_id == officer_id).order_by(Result.id)
                ).first()
                assert result is not None
                mission.results[code] = result.uid
                amend_result(
                    session, result.uid, attended=True, score=95, outcome=Outcome.PASS,
                    reason=f"score misread for {code}", actor=ACTOR,
                )  # fmt: skip
                grant_exemption(
                    session,
                    ExemptionInput(OfficerRef(code, OFFICERS[code][1][0]), "FRM-101", "prior",
                                   "coordinator", DAY),
                    ACTOR,
                )  # fmt: skip
                mission.holds[code] = place_hold(
                    session,
                    HoldInput(OfficerRef(code, OFFICERS[code][1][0]), HoldKind.CONDUCT,
                              HOLD_REASONS[code], DAY),
                    ACTOR,
                ).hex  # fmt: skip
                # An open conflict about each contingent's officer, as a bundle leaves one.
                # Two sites' edits, neither knowing of the other (sync/versions.py).
                first, second = (str(uuid.uuid4()) for _ in range(2))
                values = [
                    Sibling(
                        "Constable", FieldVersion(f"{DAY}T08:00:00.000000Z", first, {first: 1})
                    ),
                    Sibling(
                        "Sergeant", FieldVersion(f"{DAY}T09:00:00.000000Z", second, {second: 1})
                    ),
                ]
                session.add(
                    SyncConflict(
                        officer_id=officer_id, field="rank",
                        candidates=[value.to_json() for value in values],
                        kept_value=values[1].value, kept_stamp=values[1].version.to_json(),
                        other_value=values[0].value, other_stamp=values[0].version.to_json(),
                    )
                )  # fmt: skip
        with database.reading() as session:
            for code, serial in mission.serials.items():
                mission.codes[code] = (
                    session.scalar(select(Certificate.code).where(Certificate.serial == serial))
                    or ""
                )
    return mission
