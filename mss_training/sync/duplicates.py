"""Sessions recorded twice: two sites typing up one paper sign-in sheet.

Two sessions from different installations are a likely duplicate when they share the
module, the days and the place, and more than half of the larger one's attendees are in
both. A coordinator merges them (the dropped session's results for the shared officers
are voided with a reason naming the kept session: facts superseding facts, which travel
like any other) or keeps both, and the pair is not shown again.
"""

import datetime as dt
import itertools
import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from mss_training.domain import ResultKind
from mss_training.errors import InputError, NotFoundError
from mss_training.messages import _
from mss_training.models import KeptDuplicate, Module, Result, Site, TrainingSession
from mss_training.services.audit import record_change
from mss_training.services.permissions import Actor, Permission, require, require_whole_mission
from mss_training.services.training import void_result


@dataclass(frozen=True)
class SessionSide:
    uid: uuid.UUID
    module: str
    starts_on: dt.date
    ends_on: dt.date
    location: str
    site: str
    recorded_by: str
    attendees: int

    def describe(self) -> str:
        days = f"{self.starts_on:%Y-%m-%d}" + (
            f" to {self.ends_on:%Y-%m-%d}" if self.ends_on != self.starts_on else ""
        )
        return f"{self.module} {days} at {self.location}, recorded at {self.site}"


@dataclass(frozen=True)
class DuplicatePair:
    """``first`` was recorded first (it is the one kept unless told otherwise)."""

    first: SessionSide
    second: SessionSide
    shared: int


def _place(text: str) -> str:
    return " ".join(text.casefold().split())


def _attendees(session: Session, session_ids: list[int]) -> dict[int, dict[int, uuid.UUID]]:
    """Per session, each officer's live result (not voided, not corrected since)."""
    newer = aliased(Result)
    live = (
        select(Result.session_id, Result.officer_id, Result.uid)
        .where(
            Result.session_id.in_(session_ids),
            Result.kind != ResultKind.VOID.value,
            ~select(newer.id).where(newer.supersedes_id == Result.id).exists(),
        )
        .order_by(Result.id)
    )
    found: dict[int, dict[int, uuid.UUID]] = {session_id: {} for session_id in session_ids}
    for session_id, officer_id, uid in session.execute(live):
        found[session_id][officer_id] = uid
    return found


@dataclass(frozen=True)
class _Held:
    id: int
    uid: uuid.UUID
    created_at: dt.datetime
    starts_on: dt.date
    ends_on: dt.date
    location: str
    recorded_by: str
    site_id: int
    module: str

    def side(self, sites: dict[int, str], attendees: int) -> SessionSide:
        return SessionSide(
            self.uid,
            self.module,
            self.starts_on,
            self.ends_on,
            self.location,
            sites.get(self.site_id, "another site"),
            self.recorded_by,
            attendees,
        )


def likely_duplicates(session: Session, actor: Actor) -> list[DuplicatePair]:
    """Pairs of sessions from different installations that look like one recorded twice."""
    require_whole_mission(actor, Permission.RESOLVE_CONFLICTS)
    return _pairs(session)


def duplicates_of(session: Session, uids: set[str]) -> int:
    """How many likely duplicates involve one of these sessions (as a merge reports it)."""
    if not uids:
        return 0
    return sum(
        1 for pair in _pairs(session) if str(pair.first.uid) in uids or str(pair.second.uid) in uids
    )


def _pairs(session: Session) -> list[DuplicatePair]:
    held = [
        _Held(*row)
        for row in session.execute(
            select(
                TrainingSession.id,
                TrainingSession.uid,
                TrainingSession.created_at,
                TrainingSession.starts_on,
                TrainingSession.ends_on,
                TrainingSession.location,
                TrainingSession.recorded_by,
                TrainingSession.site_id,
                Module.code,
            ).join(Module, Module.id == TrainingSession.module_id)
        )
    ]
    groups: dict[tuple[str, dt.date, dt.date, str], list[_Held]] = {}
    for row in held:
        key = (row.module, row.starts_on, row.ends_on, _place(row.location))
        groups.setdefault(key, []).append(row)
    candidates = [group for group in groups.values() if len({r.site_id for r in group}) > 1]
    if not candidates:
        return []
    attendees = _attendees(session, [row.id for group in candidates for row in group])
    kept = {
        frozenset(pair)
        for pair in session.execute(
            select(KeptDuplicate.first_session_id, KeptDuplicate.second_session_id)
        )
    }
    sites = dict(session.execute(select(Site.id, Site.name)).all())
    pairs = []
    for group in candidates:
        ordered = sorted(group, key=lambda row: (row.created_at, str(row.uid)))
        for one, two in itertools.combinations(ordered, 2):
            if one.site_id == two.site_id or frozenset((one.id, two.id)) in kept:
                continue
            first, second = attendees[one.id], attendees[two.id]
            shared = len(first.keys() & second.keys())
            if shared * 2 > max(len(first), len(second)):
                pairs.append(
                    DuplicatePair(one.side(sites, len(first)), two.side(sites, len(second)), shared)
                )
    return sorted(pairs, key=lambda pair: (pair.first.starts_on, pair.first.module))


def _session(session: Session, uid: uuid.UUID) -> TrainingSession:
    found = session.scalar(select(TrainingSession).where(TrainingSession.uid == uid))
    if found is None:
        raise NotFoundError(_("There is no session {uid}.").format(uid=uid))
    return found


def _describe(session: Session, training: TrainingSession) -> str:
    site = session.get(Site, training.site_id)
    return (
        f"{training.module.code} {training.starts_on:%Y-%m-%d} at {training.location}, "
        f"recorded at {site.name if site else 'another site'}"
    )


def merge_duplicate(session: Session, keep: uuid.UUID, drop: uuid.UUID, actor: Actor) -> str:
    """Keep one session's results; void the other's for the officers both hold."""
    require_whole_mission(actor, Permission.RESOLVE_CONFLICTS)
    require(actor, Permission.RECORD_TRAINING)
    if keep == drop:
        raise InputError(_("Name two different sessions: the one to keep and the duplicate."))
    kept, dropped = _session(session, keep), _session(session, drop)
    if (kept.module_id, kept.starts_on, kept.ends_on) != (
        dropped.module_id,
        dropped.starts_on,
        dropped.ends_on,
    ):
        raise InputError(_("Those two sessions are not of the same module and days."))
    attendees = _attendees(session, [kept.id, dropped.id])
    shared = attendees[kept.id].keys() & attendees[dropped.id].keys()
    reason = f"Duplicate of session {kept.uid} ({_describe(session, kept)}), whose result counts"
    for officer_id in sorted(shared):
        void_result(session, attendees[dropped.id][officer_id], reason=reason, actor=actor)
    summary = (
        f"Merged session {_describe(session, dropped)} into {_describe(session, kept)}: "
        f"{len(shared)} duplicate results voided, "
        f"{len(attendees[dropped.id]) - len(shared)} kept"
    )
    record_change(
        session,
        actor=actor.username,
        action="merge",
        entity="session",
        entity_uid=dropped.uid,
        summary=summary,
        after={"kept": str(kept.uid), "voided": len(shared)},
    )
    return summary


def keep_both(session: Session, first: uuid.UUID, second: uuid.UUID, actor: Actor) -> str:
    """Two real sessions after all: do not show them as a likely duplicate again."""
    require_whole_mission(actor, Permission.RESOLVE_CONFLICTS)
    one, two = _session(session, first), _session(session, second)
    session.add(
        KeptDuplicate(first_session_id=one.id, second_session_id=two.id, decided_by=actor.username)
    )
    summary = f"Kept both sessions {_describe(session, one)} and {_describe(session, two)}"
    record_change(
        session,
        actor=actor.username,
        action="keep both",
        entity="session",
        entity_uid=two.uid,
        summary=summary,
    )
    return summary


CHOICES = ("keep first", "keep second", "keep both")


def settle_duplicate(session: Session, pair: DuplicatePair, choice: str, actor: Actor) -> str:
    """A coordinator's choice for a likely duplicate, as the CLI and the window offer it."""
    first, second = pair.first.uid, pair.second.uid
    if choice == "keep first":
        return merge_duplicate(session, first, second, actor)
    if choice == "keep second":
        return merge_duplicate(session, second, first, actor)
    if choice == "keep both":
        return keep_both(session, first, second, actor)
    raise InputError(_("Choose one of: {join}.").format(join=", ".join(CHOICES)))
