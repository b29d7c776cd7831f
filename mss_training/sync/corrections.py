"""Two corrections of one result made at installations that had not seen each other's.

Each installation refuses to correct a result already corrected, so two corrections
(amendments or voids) of the same result only meet in a merge. Until a coordinator
chooses, every installation applies the same choice: **the correction recorded last
(by its creation time, then its uid) counts**, and the latest version of every other is
withdrawn by a void that the merge writes itself. That void's uid, time and text derive
from the result it withdraws, so every installation that meets the clash writes the very
same fact, and a bundle carrying it changes nothing where it is already. The clash is
listed with the officer conflicts (field ``result``); choosing another correction records
it again over the one counting, and the choice travels like any other resolution.
"""

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mss_training.dates import stamp_time
from mss_training.db import tables
from mss_training.db.bulk import TextKind, insert_rows
from mss_training.domain import Outcome, ResultKind
from mss_training.errors import InputError
from mss_training.messages import _
from mss_training.models import Result, Site, SyncConflict
from mss_training.services.permissions import Actor
from mss_training.services.training import amend_result, void_result
from mss_training.sync.conflict_records import CORRECTIONS
from mss_training.sync.merge_report import ConflictNote

if TYPE_CHECKING:
    from mss_training.sync.merge import Merge

FIELD = CORRECTIONS
_VOIDS = uuid.UUID("6d9b1f8e-2c1a-4b7e-9a55-0c1e3f5a7d21")
_CLASHES = uuid.UUID("0b7f3c52-8e44-4d2a-b1a9-6f0e2d4c8a13")
_RESULTS = tables.results
_TEXT: dict[str, TextKind] = {"uid": "uid", "created_at": "stamp", "completed_on": "date"}


@dataclass(frozen=True)
class _Fact:
    id: int
    uid: uuid.UUID
    created_at: dt.datetime
    site_id: int
    supersedes_id: int | None
    kind: str
    attended: bool
    score: float | None
    outcome: str
    reason: str | None
    session_id: int
    officer_id: int
    module_id: int
    completed_on: dt.date


def settling_void_uid(withdrawn: uuid.UUID) -> uuid.UUID:
    return uuid.uuid5(_VOIDS, str(withdrawn))


def _order(fact: _Fact) -> tuple[dt.datetime, str]:
    return (fact.created_at, str(fact.uid))


def describe(fact: _Fact) -> str:
    if fact.kind == ResultKind.VOID.value:
        return f"void: {fact.reason or ''}".strip()
    score = f"score {fact.score:g}, " if fact.score is not None else ""
    return f"{score}{fact.outcome}"


class _Tree:
    """Every correction here, by the result it corrects."""

    def __init__(self, session: Session) -> None:
        columns = [getattr(Result, name) for name in _Fact.__dataclass_fields__]
        corrections = [
            _Fact(*row)
            for row in session.execute(select(*columns).where(Result.supersedes_id.is_not(None)))
        ]
        self.children: dict[int, list[_Fact]] = {}
        for fact in corrections:
            assert fact.supersedes_id is not None
            self.children.setdefault(fact.supersedes_id, []).append(fact)
        wanted = sorted(self.children)
        self.facts: dict[int, _Fact] = {fact.id: fact for fact in corrections}
        missing = [result_id for result_id in wanted if result_id not in self.facts]
        for start in range(0, len(missing), 900):
            chunk = missing[start : start + 900]
            for row in session.execute(select(*columns).where(Result.id.in_(chunk))):
                fact = _Fact(*row)
                self.facts[fact.id] = fact

    def corrections(self, fact: _Fact) -> list[_Fact]:
        """Its corrections made by people, not the voids that settle a clash."""
        settling = settling_void_uid(fact.uid)
        return [child for child in self.children.get(fact.id, []) if child.uid != settling]

    def settled(self, fact: _Fact) -> bool:
        settling = settling_void_uid(fact.uid)
        return any(child.uid == settling for child in self.children.get(fact.id, []))

    def latest(self, fact: _Fact) -> _Fact:
        """The version that counts in this correction's line (the last of any clash)."""
        kids = self.corrections(fact)
        return fact if not kids else self.latest(max(kids, key=_order))

    def leaves(self, fact: _Fact) -> list[_Fact]:
        kids = self.corrections(fact)
        if not kids:
            return [fact]
        return [leaf for kid in kids for leaf in self.leaves(kid)]

    def clashes(self) -> list[tuple[_Fact, list[_Fact]]]:
        """Each result corrected twice or more, with its corrections, the last first."""
        found = []
        for parent_id in self.children:
            kids = self.corrections(self.facts[parent_id])
            if len(kids) > 1:
                found.append((self.facts[parent_id], sorted(kids, key=_order, reverse=True)))
        return found


def settle_corrections(merge: "Merge") -> None:
    """After a merge: apply the choice to every clash of corrections, and list the new ones."""
    session = merge.session
    tree = _Tree(session)
    clashes = tree.clashes()
    if not clashes:
        return
    site_uids = {site_id: str(uid) for site_id, uid in session.execute(select(Site.id, Site.uid))}
    known = {str(uid) for uid in session.scalars(select(SyncConflict.uid))}
    listed = {
        str((conflict.candidates or [{}])[0].get("corrects")): conflict
        for conflict in session.scalars(
            select(SyncConflict).where(
                SyncConflict.field == FIELD, SyncConflict.resolved_at.is_(None)
            )
        )
    }
    voids = []
    for corrected, kids in clashes:
        for loser in kids[1:]:
            for leaf in tree.leaves(loser):
                if leaf.kind == ResultKind.VOID.value or tree.settled(leaf):
                    continue
                voids.append(_settling_void(leaf, merge.now))
        # Named by the result and its corrections, so every installation names it alike.
        parts = [str(corrected.uid), *sorted(str(kid.uid) for kid in kids)]
        uid = uuid.uuid5(_CLASHES, "|".join(parts))
        if str(uid) in known:
            continue
        candidates = [
            {
                "value": describe(tree.latest(kid)),
                "at": stamp_time(kid.created_at),
                "site": site_uids[kid.site_id],
                "clock": {},
                "result": str(tree.latest(kid).uid),
                "correction": str(kid.uid),
                "corrects": str(corrected.uid),
            }
            for kid in kids
        ]
        earlier = listed.get(str(corrected.uid))
        if earlier is not None:
            # A further correction of a result already in clash: the same conflict, grown.
            earlier.uid = uid
            earlier.candidates = candidates
            known.add(str(uid))
            continue
        conflict = SyncConflict(
            uid=uid,
            officer_id=corrected.officer_id,
            field=FIELD,
            candidates=candidates,
            kept_value=candidates[0]["value"],
            kept_stamp={k: candidates[0][k] for k in ("at", "site", "clock")},
            other_value=candidates[1]["value"],
            other_stamp={k: candidates[1][k] for k in ("at", "site", "clock")},
            found_at=merge.now,
            found_site_id=merge.own.id,
            found_in_bundle=merge.report.manifest.bundle_uid,
        )
        session.add(conflict)
        known.add(str(uid))
        merge.report.conflicts.append(
            ConflictNote(
                f"result {corrected.uid}", FIELD, candidates[0]["value"], candidates[1]["value"]
            )
        )
    if voids:
        insert_rows(session, _RESULTS, voids, _TEXT)
        merge.report.count(merge.report.added, "results", len(voids))
    session.flush()


def _settling_void(leaf: _Fact, now: dt.datetime) -> dict[str, Any]:
    # Everything but the stored time derives from the withdrawn fact: the same everywhere.
    created = leaf.created_at + dt.timedelta(microseconds=1)
    return {
        "uid": str(settling_void_uid(leaf.uid)),
        "created_at": stamp_time(created),
        "site_id": leaf.site_id,
        "stored_at": now,
        "session_id": leaf.session_id,
        "officer_id": leaf.officer_id,
        "module_id": leaf.module_id,
        "completed_on": leaf.completed_on.isoformat(),
        "kind": ResultKind.VOID.value,
        "supersedes_id": leaf.id,
        "attended": False,
        "score": None,
        "outcome": Outcome.ABSENT.value,
        "reason": (
            "Withdrawn: another installation corrected the same result, and the correction "
            "recorded last counts until a coordinator chooses"
        ),
        "recorded_by": "sync",
    }


def resolve_corrections(session: Session, conflict: SyncConflict, number: int, actor: Actor) -> str:
    """A coordinator's choice between clashing corrections: that one counts from now on.

    Choosing another than the one counting records it again, as a correction of the one
    counting, so that the choice is a fact every installation takes.
    """
    candidates = conflict.candidates or []
    tree = _Tree(session)
    by_uid = {str(fact.uid): fact for fact in tree.facts.values()}
    chosen_kid = by_uid.get(str(candidates[number - 1].get("correction")))
    counting_kid = by_uid.get(str(candidates[0].get("correction")))
    if chosen_kid is None or counting_kid is None:
        raise InputError(_("The corrections of that result are not all here; import first."))
    corrected = tree.facts[counting_kid.supersedes_id or 0]
    kids = sorted(tree.corrections(corrected), key=_order, reverse=True)
    chosen, counting = tree.latest(chosen_kid), tree.latest(kids[0])
    shown = describe(chosen)
    if chosen.id != counting.id:
        reason = f"Chosen between two corrections of one result: {shown}"
        if chosen.kind == ResultKind.VOID.value:
            void_result(session, counting.uid, reason=reason[:500], actor=actor)
        else:
            amend_result(
                session,
                counting.uid,
                attended=chosen.attended,
                score=chosen.score,
                outcome=Outcome(chosen.outcome),
                reason=reason[:500],
                actor=actor,
            )
    return shown
