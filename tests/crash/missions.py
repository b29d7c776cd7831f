"""Databases and input files for the crash scenarios, made once per test session."""

import contextlib
import datetime as dt
import json
import sqlite3
import uuid
from pathlib import Path

from alembic import command
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from openpyxl import Workbook
from sqlalchemy import create_engine

from mss_training.db import open_database
from mss_training.db.database import migrations_config
from mss_training.domain import Outcome
from mss_training.services.personnel import OfficerInput, OfficerRef, add_officers
from mss_training.services.training import AttendeeResult, SessionInput, record_session
from mss_training.sync.export import plan_export, write_bundle
from mss_training.sync.identity import enrol_site, own_identity
from tests.mission import ACTOR, Mission
from tests.sheets import write_csv

OFFICERS = 3000
DATABASE = "mission.sqlite"


def _numbers(prefix: str, start: int, count: int) -> list[str]:
    return [f"{prefix}{number:05d}" for number in range(start, start + count)]


def base_mission(folder: Path) -> None:
    """A mission at the newest schema: the test curriculum and 3,000 Kenyan officers."""
    folder.mkdir(parents=True, exist_ok=True)
    with open_database(f"sqlite:///{folder / DATABASE}", site_name="Crash test") as database:
        Mission.set_up(database)
        with database.transaction() as session:
            add_officers(
                session,
                [
                    OfficerInput("KEN", number, "Otieno", f"Officer {number}", roles=("POL",))
                    for number in _numbers("K", 0, OFFICERS)
                ],
                ACTOR,
            )


def sessions_mission(folder: Path) -> None:
    base_mission(folder)
    (folder / "attendees.txt").write_text("\n".join(_numbers("K", 0, 600)), encoding="utf-8")


def roster_mission(folder: Path) -> None:
    """Roster 1 updates 1,000 officers and adds 2,000; roster 2 (XLSX) adds 1,500 more."""
    base_mission(folder)
    header = ["Service number", "Family name", "Given names", "Contingent", "Rank", "Unit"]
    rows: list[list[str]] = [header]
    rows += [
        [n, "Otieno", f"Officer {n}", "KEN", "Sergeant", "1st FPU"] for n in _numbers("K", 0, 1000)
    ]
    rows += [
        [n, "Mwangi", f"Recruit {n}", "KEN", "Constable", "2nd FPU"]
        for n in _numbers("K", 10000, 2000)
    ]
    write_csv(folder / "roster-1.csv", rows)
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Roster")
    sheet.append(header)
    for number in _numbers("N", 20000, 1500):
        sheet.append([number, "Campbell", f"Recruit {number}", "KEN", "Constable", "3rd FPU"])
    workbook.save(folder / "roster-2.xlsx")


def results_mission(folder: Path) -> None:
    """Sheet 1: 6,000 results in two sessions; sheet 2: 3,000 in one."""
    base_mission(folder)
    header = ["Service number", "Contingent", "Module", "Date", "Outcome", "Location"]
    numbers = _numbers("K", 0, OFFICERS)
    rows: list[list[str]] = [header]
    rows += [[n, "KEN", "PF", "2026-10-01", "pass", "Range A"] for n in numbers]
    rows += [[n, "KEN", "ATT", "2026-10-02", "attended", "Hall"] for n in numbers]
    write_csv(folder / "results-1.csv", rows)
    write_csv(
        folder / "results-2.csv",
        [header] + [[n, "KEN", "PF", "2026-11-01", "fail", "Range B"] for n in numbers],
    )


def old_schema_mission(folder: Path, revision: str = "0002") -> None:
    """A database left at an old schema revision with a season's records, written in the SQL
    of that revision (which never changes), for upgrades to be interrupted."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / DATABASE
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        command.upgrade(migrations_config(connection), revision)
    engine.dispose()
    now = "2026-06-01 08:00:00.000000"
    private = Ed25519PrivateKey.generate()
    public = private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)

    def rows(table: str, *values: dict[str, object]) -> None:
        columns = list(values[0])
        db.executemany(
            f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
            [tuple(row[column] for column in columns) for row in values],
        )

    def made(**values: object) -> dict[str, object]:
        return {"uid": uuid.uuid4().hex, "created_at": now, "site_id": 1, **values}

    day = dt.date(2026, 5, 1)
    days = [(day + dt.timedelta(days=index)).isoformat() for index in range(11)]
    officers = range(1, 2001)
    sessions = range(1, 11)
    with contextlib.closing(sqlite3.connect(path)) as db, db:
        rows("sites", {"id": 1, "uid": uuid.uuid4().hex, "name": "Old site", "role": "site",
                       "created_at": now, "public_key": public})  # fmt: skip
        rows("installation", {"id": 1, "site_id": 1, "private_key": private.private_bytes_raw()})
        rows("contingents", made(id=1, code="KEN", name="Kenya", language="en", updated_at=now))
        rows("curriculum_versions", made(id=1, label="old-1", title="Old curriculum",
                                         status="published", published_at=now))  # fmt: skip
        rows("roles", made(id=1, code="POL", name="Police officer"))
        rows("modules", made(id=1, code="PF"))
        rows(
            "module_revisions",
            made(id=1, curriculum_version_id=1, module_id=1, title="Pass or fail", description="",
                 category="Conduct", hours=4, delivery_mode="classroom", assessment="pass_fail",
                 validity_months=12, prerequisites="[]", objectives="[]"),
        )  # fmt: skip
        rows("requirements", made(id=1, curriculum_version_id=1, module_id=1, role_id=None,
                                  phase="pre-deployment"))  # fmt: skip
        rows(
            "officers",
            *(
                made(id=officer, contingent_id=1, service_number=f"K{officer:05d}",
                     family_name="Otieno", given_names="Test", status="active",
                     search_text=f"otieno test k{officer:05d}", updated_at=now, updated_site_id=1)
                for officer in officers
            ),
        )  # fmt: skip
        rows(
            "training_sessions",
            *(
                made(id=session, module_id=1, curriculum_version_id=1, starts_on=days[session],
                     ends_on=days[session], location="Range", instructors="", language="en",
                     notes="", recorded_by="old")
                for session in sessions
            ),
        )  # fmt: skip
        rows(
            "results",
            *(
                made(session_id=session, officer_id=officer, module_id=1,
                     completed_on=days[session], kind="original", attended=1, outcome="pass",
                     reason="", recorded_by="old")
                for session in sessions
                for officer in officers
            ),
        )  # fmt: skip
        rows(
            "certificates",
            *(
                made(serial=f"OLD-{officer:06d}", officer_id=officer, module_id=1,
                     result_id=officer, issued_on=days[1])
                for officer in officers
            ),
        )  # fmt: skip
        rows(
            "audit_log",
            *(
                {"uid": uuid.uuid4().hex, "at": now, "actor": "old", "site_id": 1,
                 "action": "create", "entity": "training_session",
                 "summary": f"Recorded session {session}", "after": json.dumps({"results": 2000})}
                for session in sessions
            ),
        )  # fmt: skip


def sync_mission(folder: Path) -> None:
    """Two bundles from an enrolled site: 3,000 officers and 6,000 results, then 3,000 more."""
    base_mission(folder)
    sender_url = f"sqlite:///{folder / 'sender' / 'sender.sqlite'}"
    (folder / "sender").mkdir()
    with (
        open_database(f"sqlite:///{folder / DATABASE}") as receiver,
        open_database(sender_url, site_name="Sender site") as sender,
    ):
        Mission.set_up(sender)
        with sender.transaction() as session:
            add_officers(
                session,
                [
                    OfficerInput("KEN", number, "Kamau", f"Officer {number}", roles=("POL",))
                    for number in _numbers("S", 0, OFFICERS)
                ],
                ACTOR,
            )
        with receiver.transaction() as mine, sender.transaction() as theirs:
            enrol_site(mine, own_identity(theirs), ACTOR)
            enrol_site(theirs, own_identity(mine), ACTOR)
        numbers = _numbers("S", 0, OFFICERS)
        for bundle, modules in (("bundle-1.mssync", ("PF", "ATT")), ("bundle-2.mssync", ("PF",))):
            for day, module in enumerate(modules):
                with sender.transaction() as session:
                    record_session(
                        session,
                        SessionInput(
                            module=module,
                            starts_on=dt.date(2026, 10, 1 + day + len(bundle)),
                            ends_on=dt.date(2026, 10, 1 + day + len(bundle)),
                            location=f"{bundle} {module}",
                            results=tuple(
                                AttendeeResult(OfficerRef("KEN", n), outcome=Outcome.PASS)
                                if module == "PF"
                                else AttendeeResult(OfficerRef("KEN", n))
                                for n in numbers
                            ),
                        ),
                        ACTOR,
                    )
            with sender.reading() as session:
                write_bundle(session, plan_export(session, folder / bundle, ACTOR))
