"""Installations for sync tests: each its own real database, exchanging real bundle files."""

import contextlib
import dataclasses
import datetime as dt
import itertools
import shutil
import sqlite3
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mss_training.audit_chain import sign_entry, sign_head
from mss_training.db import Database, open_database
from mss_training.db.ledger import touched
from mss_training.domain import SiteRole, UserRole
from mss_training.io.curriculum_file import CurriculumSpec
from mss_training.keystore import save_key
from mss_training.models import (
    Certificate,
    EligibilityHold,
    Exemption,
    Officer,
    Result,
    SessionAttendee,
    Site,
    SyncConflict,
    TrainingSession,
)
from mss_training.services.audit import record_change
from mss_training.services.permissions import Actor
from mss_training.services.personnel import (
    OfficerInput,
    OfficerRef,
    add_officers,
    find_officer,
    officer_details,
    update_officer,
)
from mss_training.services.planned_sessions import (
    PlanInput,
    plan_session,
    record_planned_results,
)
from mss_training.services.setup import set_up_database
from mss_training.services.training import (
    AttendeeResult,
    SessionInput,
    amend_result,
    record_session,
    void_result,
)
from mss_training.signing import new_key_pair
from mss_training.sync.conflicts import open_conflicts, resolve_conflict
from mss_training.sync.export import plan_export, record_export, write_bundle
from mss_training.sync.identity import SiteIdentity, enrol_site, own_identity
from mss_training.sync.merge import import_bundle
from mss_training.sync.merge_report import MergeReport
from tests.curricula import without_instructor_rules

ACTOR = Actor("sync.coordinator", UserRole.COORDINATOR)
_counter = itertools.count(1)
# Every database a test opens, so that tests/sync/conftest.py can close them all.
OPENED: list[Database] = []


@dataclass
class Node:
    name: str
    database: Database
    folder: Path
    bundles: list[Path] = field(default_factory=list)

    @classmethod
    def create(
        cls,
        name: str,
        url: str,
        folder: Path,
        *,
        hq: bool = False,
        curriculum: CurriculumSpec | None = None,
    ) -> "Node":
        """A new installation; on the shared curriculum without its instructor rules unless
        ``curriculum`` says otherwise (tests/curricula.py)."""
        role = SiteRole.HQ if hq else SiteRole.SITE
        database = open_database(url, site_name=name, site_role=role)
        OPENED.append(database)
        with database.transaction() as session:
            set_up_database(session, curriculum or without_instructor_rules(), ACTOR)
        folder.mkdir(parents=True, exist_ok=True)
        return cls(name, database, folder)

    @classmethod
    def copied(cls, name: str, template: Path, path: Path, *, hq: bool = False) -> "Node":
        """A copy of a new database, given an identity of its own: quicker than creating one."""
        shutil.copyfile(template, path)
        private, public = new_key_pair()
        role = SiteRole.HQ if hq else SiteRole.SITE
        uid = uuid.uuid4()
        with contextlib.closing(sqlite3.connect(path)) as connection, connection:
            site_id = connection.execute("SELECT site_id FROM installation").fetchone()[0]
            connection.execute(
                "UPDATE sites SET uid = ?, name = ?, role = ?, public_key = ? WHERE id = ?",
                (uid.hex, name, role.value, public, site_id),
            )
            # The trail was signed with the template's key: sign it again with this one's.
            entries, head = connection.execute(
                "SELECT audit_entries, audit_head FROM installation"
            ).fetchone()
            connection.execute(
                "UPDATE installation SET audit_head_signature = ?",
                (sign_head(private, entries, head),),
            )
            for row_id, digest in connection.execute("SELECT id, entry_hash FROM audit_log"):
                connection.execute(
                    "UPDATE audit_log SET signature = ? WHERE id = ?",
                    (sign_entry(private, digest), row_id),
                )
        save_key(uid, private)
        database = open_database(f"sqlite:///{path}")
        OPENED.append(database)
        # The site row was changed by hand above: seal it anew, as a new identity would be.
        with database.transaction() as session:
            touched(session, "sites", [site_id])
            record_change(
                session, actor=ACTOR.username, action="create", entity="site",
                summary=f"Test copy given the identity of {name}",
            )  # fmt: skip
        folder = path.parent / path.stem
        folder.mkdir(parents=True, exist_ok=True)
        return cls(name, database, folder)

    def enrol(self, other: "Node") -> None:
        with other.database.reading() as session:
            identity = own_identity(session)
        self.enrol_identity(identity)

    def enrol_identity(self, identity: SiteIdentity) -> None:
        with self.database.transaction() as session:
            enrol_site(session, identity, ACTOR)

    def export(self, for_node: "Node | None" = None, since: dt.datetime | None = None) -> Path:
        path = self.folder / f"{self.name}-{next(_counter)}.mssync"
        with self.database.reading() as session:
            plan = plan_export(
                session, path, ACTOR, for_site=for_node.name if for_node else None, since=since
            )
            summary = write_bundle(session, plan)
        with self.database.transaction() as session:
            record_export(session, summary, ACTOR)
        self.bundles.append(path)
        return path

    def knows(self, other: "Node") -> bool:
        with self.database.reading() as session, other.database.reading() as theirs:
            uid = own_identity(theirs).uid
            return session.scalar(select(Site.id).where(Site.uid == uid)) is not None

    def receive(self, path: Path) -> MergeReport:
        with self.database.transaction() as session:
            return import_bundle(session, path, ACTOR)

    def send(self, to: "Node") -> MergeReport:
        return to.receive(self.export(to))

    # -- edits through the services, as the app makes them --------------------------------

    def add_officer(self, number: str, family: str = "Otieno", contingent: str = "KEN") -> None:
        with self.database.transaction() as session:
            add_officers(
                session,
                [OfficerInput(contingent, number, family, "Grace", roles=("IPO",))],
                ACTOR,
            )

    def has_officer(self, number: str, contingent: str = "KEN") -> bool:
        with self.database.reading() as session:
            return (
                session.scalar(
                    select(Officer.id).where(
                        Officer.service_number == number,
                        Officer.contingent.has(code=contingent),
                    )
                )
                is not None
            )

    def edit_officer(self, number: str, contingent: str = "KEN", **changes: Any) -> None:
        with self.database.transaction() as session:
            officer = find_officer(session, OfficerRef(contingent, number))
            details = officer_details(session, officer.id)
            update_officer(session, officer.id, dataclasses.replace(details, **changes), ACTOR)

    def train(self, numbers: list[str], module: str = "HR-101", day: int = 1) -> uuid.UUID:
        on = dt.date(2026, 3, 1) + dt.timedelta(days=day)
        with self.database.transaction() as session:
            recorded = record_session(
                session,
                SessionInput(
                    module=module,
                    starts_on=on,
                    ends_on=on,
                    location=f"{self.name} classroom",
                    results=tuple(
                        AttendeeResult(OfficerRef("KEN", number), score=85.0) for number in numbers
                    ),
                ),
                ACTOR,
            )
        return recorded.uid

    def plan(self, numbers: list[str], module: str = "HR-101", days_ahead: int = 7) -> str:
        """Plan a session ``days_ahead`` of today for these Kenyan officers; its reference."""
        on = dt.date.today() + dt.timedelta(days=days_ahead)
        with self.database.transaction() as session:
            planned = plan_session(
                session,
                PlanInput(
                    module, on, on, f"{self.name} classroom",
                    tuple(OfficerRef("KEN", number) for number in numbers), seats=30,
                ),
                ACTOR,
            )  # fmt: skip
        return planned.reference

    def record_planned(self, reference: str, scores: dict[str, float]) -> None:
        results = tuple(
            AttendeeResult(OfficerRef("KEN", number), score=score)
            for number, score in scores.items()
        )
        with self.database.transaction() as session:
            record_planned_results(session, reference, results, ACTOR)

    def void_latest(self) -> bool:
        with self.database.transaction() as session:
            latest = session.scalar(
                select(Result.uid)
                .where(Result.kind == "original", ~Result.id.in_(_superseded()))
                .order_by(Result.id.desc())
                .limit(1)
            )
            if latest is None:
                return False
            void_result(session, latest, reason="wrong officer", actor=ACTOR)
        return True

    def correct_counting(self, number: str, score: float | None) -> bool:
        """Amend (with ``score``) or void (None) the officer's result that counts now."""
        with self.database.transaction() as session:
            officer = find_officer(session, OfficerRef("KEN", number))
            uid = session.scalar(
                select(Result.uid)
                .where(
                    Result.officer_id == officer.id,
                    Result.kind != "void",
                    ~Result.id.in_(_superseded()),
                )
                .order_by(Result.id.desc())
                .limit(1)
            )
            if uid is None:
                return False
            if score is None:
                void_result(session, uid, reason="wrong officer", actor=ACTOR)
            else:
                amend_result(
                    session, uid, attended=True, score=score, outcome=None, reason="re-marked",
                    actor=ACTOR,
                )  # fmt: skip
        return True

    def open_conflicts(self) -> list[SyncConflict]:
        with self.database.reading() as session:
            return list(
                session.scalars(select(SyncConflict).where(SyncConflict.resolved_at.is_(None)))
            )

    def conflicts(self) -> list[tuple[Any, ...]]:
        """The open conflicts as the list shows them, by what travels (not local ids)."""
        with self.database.reading() as session:
            return sorted(
                (row.uid, row.officer, row.field, tuple((v.value, v.by, v.at) for v in row.values))
                for row in open_conflicts(session)
            )

    def resolve_first(self, choice: int = 1) -> bool:
        """Resolve the first open conflict, with its ``choice``-th value (wrapping round)."""
        with self.database.transaction() as session:
            rows = open_conflicts(session)
            if not rows:
                return False
            row = rows[0]
            resolve_conflict(
                session, row.id, choice=(choice - 1) % len(row.values) + 1, actor=ACTOR
            )
        return True

    def field_version(self, number: str, name: str) -> dict[str, Any]:
        with self.database.reading() as session:
            officer = find_officer(session, OfficerRef("KEN", number))
            row = session.get(Officer, officer.id)
            assert row is not None
            return dict((row.field_versions or {}).get(name) or {})

    def snapshot(self) -> dict[str, Any]:
        with self.database.reading() as session:
            return snapshot(session)


def _superseded() -> Any:
    return select(Result.supersedes_id).where(Result.supersedes_id.is_not(None))


def snapshot(session: Session) -> dict[str, Any]:
    """Everything that must agree between installations, by keys that travel."""
    officers: dict[tuple[str, str], Any] = {}
    by_id: dict[int, tuple[str, str]] = {}
    for officer in session.scalars(select(Officer)):
        key = (officer.contingent.code, officer.service_number)
        by_id[officer.id] = key
        officers[key] = (
            officer.family_name,
            officer.given_names,
            officer.rank,
            officer.unit.name if officer.unit else None,
            tuple(role.code for role in officer.roles),
            officer.gender,
            officer.status,
            officer.deployment_start,
            officer.deployment_end,
        )
    expected: dict[int, list[tuple[str, str]]] = {}
    for session_id, officer_id in session.execute(
        select(SessionAttendee.session_id, SessionAttendee.officer_id)
    ):
        expected.setdefault(session_id, []).append(by_id[officer_id])
    sessions = {
        s.uid: (
            s.module.code, s.starts_on, s.ends_on, s.location, s.recorded_by, s.planned, s.seats,
            tuple(sorted(expected.get(s.id, []))),
        )
        for s in session.scalars(select(TrainingSession))
    }  # fmt: skip
    result_uids = dict(session.execute(select(Result.id, Result.uid)).all())
    results = {
        r.uid: (
            r.session.uid,
            by_id[r.officer_id],
            r.kind,
            result_uids.get(r.supersedes_id) if r.supersedes_id else None,
            r.attended,
            r.score,
            r.outcome,
            r.completed_on,
        )
        for r in session.scalars(select(Result))
    }
    exemptions = {
        e.uid: (by_id[e.officer_id], e.module_id, e.reason, e.granted_on)
        for e in session.scalars(select(Exemption))
    }
    certificates = {
        c.uid: (c.serial, c.revoked_at, c.pdf_sha256) for c in session.scalars(select(Certificate))
    }
    holds = {
        h.uid: (by_id[h.officer_id], h.kind, h.vetting_status, h.since, h.until, h.lifted_on)
        for h in session.scalars(select(EligibilityHold))
    }
    return {
        "holds": holds,
        "officers": officers,
        "sessions": sessions,
        "results": results,
        "exemptions": exemptions,
        "certificates": certificates,
    }


def mission(
    tmp_path: Path,
    hq_url: str | None = None,
    sites: int = 3,
    template: Path | None = None,
    curriculum: CurriculumSpec | None = None,
) -> list[Node]:
    """HQ and ``sites`` training sites, each with its own database; all enrolled both ways.

    With ``template`` (a new database file), the SQLite installations are copies of it.
    """

    def node(name: str, file: str, hq: bool = False) -> Node:
        if template is not None:
            return Node.copied(name, template, tmp_path / file, hq=hq)
        folder = tmp_path / file.split(".")[0]
        return Node.create(
            name, f"sqlite:///{tmp_path / file}", folder, hq=hq, curriculum=curriculum
        )

    if hq_url is not None:
        hq = Node.create("HQ", hq_url, tmp_path / "hq", hq=True, curriculum=curriculum)
    else:
        hq = node("HQ", "hq.sqlite", hq=True)
    nodes = [hq]
    for number in range(1, sites + 1):
        site = node(f"Site{number}", f"site{number}.sqlite")
        hq.enrol(site)
        site.enrol(hq)
        nodes.append(site)
    return nodes
