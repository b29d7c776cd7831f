"""Conflicts as records that travel: written in every bundle, merged like any other record.

A conflict is, for one field of one officer, the set of values nobody has knowingly
replaced (sync/versions.py, ``merge_siblings``). Every installation that meets the same
versions computes the same set, so the open conflicts converge whatever order bundles
arrive in. The uid names a conflict across installations: two installations that found
the same clash each on its own keep the smaller uid, never one already resolved. A
resolved conflict travels too, as the record of the values a person chose from.
"""

import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mss_training.dates import parse_stamp_time, stamp_time
from mss_training.messages import _
from mss_training.models import Officer, OfficerAlias, SyncConflict
from mss_training.sync.merge_report import ConflictNote
from mss_training.sync.versions import Sibling

if TYPE_CHECKING:
    from mss_training.sync.merge import Merge

PART = "conflicts.jsonl"
CORRECTIONS = "result"  # the field of a clash of corrections (sync/corrections.py)
SETTLED = "settled by a later edit"


def candidates_of(conflict: SyncConflict) -> list[Sibling]:
    return [Sibling.from_json(data) for data in conflict.candidates or []]


def set_candidates(conflict: SyncConflict, standing: list[Sibling]) -> None:
    """Store the standing values; the first two also fill the older kept/other columns."""
    conflict.candidates = [sibling.to_json() for sibling in standing]
    conflict.kept_value = standing[0].value
    conflict.kept_stamp = standing[0].version.to_json()
    # A conflict resolved when a later edit left one value standing has no other.
    other = standing[1] if len(standing) > 1 else standing[0]
    conflict.other_value = other.value
    conflict.other_stamp = other.version.to_json()


def conflict_records(session: Session, site_uids: dict[int, str]) -> Iterator[dict[str, Any]]:
    """Every conflict held here, open or resolved, as a bundle carries it."""
    officer_uids = dict(session.execute(select(Officer.id, Officer.uid)).all())
    for conflict in session.scalars(select(SyncConflict).order_by(SyncConflict.id)):
        yield {
            "uid": str(conflict.uid),
            "officer": str(officer_uids[conflict.officer_id]),
            "field": conflict.field,
            "candidates": conflict.candidates,
            "found_at": stamp_time(conflict.found_at),
            "found_site": site_uids.get(conflict.found_site_id or 0),
            "resolved_at": stamp_time(conflict.resolved_at) if conflict.resolved_at else None,
            "resolved_by": conflict.resolved_by,
            "resolved_site": site_uids.get(conflict.resolved_site_id or 0),
            "resolution": conflict.resolution,
        }


@dataclass
class _Incoming:
    """The conflicts part of one bundle, by officer uid and field."""

    open: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    resolved: dict[str, dict[str, Any]] = field(default_factory=dict)
    officers: set[str] = field(default_factory=set)


class ConflictMerge:
    """The conflicts of one merge: what the bundle says, what is here, and what is decided."""

    def __init__(self, merge: "Merge", site_names: dict[str, str]) -> None:
        self.merge = merge
        self.site_names = site_names
        self.session = merge.session
        self.incoming = _Incoming()
        for record in merge.reader.records(PART):
            key = str(record["officer"])
            self.incoming.officers.add(key)
            if record.get("resolved_at"):
                self.incoming.resolved[str(uuid.UUID(record["uid"]))] = record
            else:
                Sibling.from_json(record["candidates"][0])  # a malformed record fails here
                self.incoming.open[(key, str(record["field"]))] = record
        self.open: dict[tuple[int, str], SyncConflict] = {}
        self.by_uid: dict[str, SyncConflict] = {}
        for conflict in self.session.scalars(select(SyncConflict)):
            self.by_uid[str(conflict.uid)] = conflict
            if conflict.resolved_at is None:
                self.open[(conflict.officer_id, conflict.field)] = conflict

    def concerns(self, officer_uids: list[str]) -> bool:
        """Whether the bundle carries conflicts about an officer known by these uids."""
        return any(uid in self.incoming.officers for uid in officer_uids)

    def standing_here(self, officer_id: int, name: str) -> list[Sibling]:
        conflict = self.open.get((officer_id, name))
        return candidates_of(conflict) if conflict is not None else []

    def standing_there(self, officer_uids: list[str], name: str) -> list[Sibling]:
        for uid in officer_uids:
            record = self.incoming.open.get((uid, name))
            if record is not None:
                return [Sibling.from_json(data) for data in record["candidates"]]
        return []

    def _incoming_open(self, officer_uids: list[str], name: str) -> dict[str, Any] | None:
        for uid in officer_uids:
            if (uid, name) in self.incoming.open:
                return self.incoming.open[(uid, name)]
        return None

    def _resolved_uids(self) -> set[str]:
        here = {uid for uid, c in self.by_uid.items() if c.resolved_at is not None}
        return here | set(self.incoming.resolved)

    def decide(
        self, officer_id: int, officer_uids: list[str], name: str, standing: list[Sibling]
    ) -> None:
        """Open, update or close this field's conflict so that it holds ``standing``."""
        conflict = self.open.get((officer_id, name))
        if len(standing) < 2:
            if conflict is not None:
                self._close(conflict, standing[0])
            return
        theirs = self._incoming_open(officer_uids, name)
        resolved = self._resolved_uids()
        uids = {str(conflict.uid)} if conflict is not None else set()
        if theirs is not None:
            uids.add(str(uuid.UUID(theirs["uid"])))
        uids -= resolved
        uid = uuid.UUID(min(uids)) if uids else uuid.uuid4()
        if conflict is not None and str(conflict.uid) in resolved:
            # Resolved elsewhere, while another value was on its way: that one is new.
            self._close(conflict, standing[0])
            conflict = None
        before = {sibling.version.order for sibling in self.standing_here(officer_id, name)}
        if conflict is None:
            conflict = SyncConflict(
                uid=uid, officer_id=officer_id, field=name, found_in_bundle=self._bundle()
            )
            if theirs is not None:
                conflict.found_at = parse_stamp_time(theirs["found_at"])
                conflict.found_site_id = self._site(theirs.get("found_site"))
            else:
                conflict.found_at = self.merge.now
                conflict.found_site_id = self.merge.own.id
            self.session.add(conflict)
            self.open[(officer_id, name)] = conflict
            self.by_uid[str(uid)] = conflict
        elif conflict.uid != uid:
            self.by_uid.pop(str(conflict.uid), None)
            conflict.uid = uid
            self.by_uid[str(uid)] = conflict
        if theirs is not None and conflict.found_at > parse_stamp_time(theirs["found_at"]):
            conflict.found_at = parse_stamp_time(theirs["found_at"])
            conflict.found_site_id = self._site(theirs.get("found_site"))
        if [s.to_json() for s in standing] != (conflict.candidates or []):
            set_candidates(conflict, standing)
        if {sibling.version.order for sibling in standing} - before:
            self.merge.report.conflicts.append(
                ConflictNote(self._who(officer_id), name, standing[0].value, standing[1].value)
            )

    def _close(self, conflict: SyncConflict, winner: Sibling) -> None:
        record = self.incoming.resolved.get(str(conflict.uid))
        if record is not None:
            self._take_resolution(conflict, record)
        else:
            # From the settling edit itself, so every installation records the same.
            conflict.resolved_at = parse_stamp_time(winner.version.at)
            conflict.resolved_site_id = self._site(winner.version.site)
            conflict.resolved_by = self.site_names.get(winner.version.site, "another site")
            conflict.resolution = SETTLED
            self.merge.report.settled_conflicts += 1
        self.open.pop((conflict.officer_id, conflict.field), None)

    def _take_resolution(self, conflict: SyncConflict, record: dict[str, Any]) -> None:
        conflict.resolved_at = parse_stamp_time(record["resolved_at"])
        conflict.resolved_by = str(record.get("resolved_by") or "")[:100]
        conflict.resolved_site_id = self._site(record.get("resolved_site"))
        conflict.resolution = record.get("resolution")
        conflict.candidates = record["candidates"]

    def finish(self, officer_id_of: dict[str, int]) -> None:
        """Keep every resolution the bundle records, as history where it is new here."""
        for uid, record in self.incoming.resolved.items():
            conflict = self.by_uid.get(uid)
            if conflict is None:
                officer_id = officer_id_of.get(str(record["officer"])) or self._officer(
                    str(record["officer"])
                )
                standing = [Sibling.from_json(data) for data in record["candidates"]]
                conflict = SyncConflict(
                    uid=uuid.UUID(uid),
                    officer_id=officer_id,
                    field=str(record["field"])[:40],
                    found_at=parse_stamp_time(record["found_at"]),
                    found_site_id=self._site(record.get("found_site")),
                    found_in_bundle=self._bundle(),
                )
                set_candidates(conflict, standing)
                self._take_resolution(conflict, record)
                self.session.add(conflict)
                self.by_uid[uid] = conflict
            elif conflict.resolved_at is None and conflict.field == CORRECTIONS:
                # Settled elsewhere by a person: a clash of corrections has no field to merge.
                self._take_resolution(conflict, record)
                self.open.pop((conflict.officer_id, conflict.field), None)
            elif _prefer(record, conflict):
                self._take_resolution(conflict, record)
        self.session.flush()

    def _officer(self, uid: str) -> int:
        officer_id = self.session.scalar(
            select(Officer.id).where(Officer.uid == uuid.UUID(uid))
        ) or self.session.scalar(
            select(OfficerAlias.officer_id).where(OfficerAlias.uid == uuid.UUID(uid))
        )
        if officer_id is None:
            raise self.merge.fail(_("has a conflict about an officer it does not describe."))
        return officer_id

    def _site(self, uid: str | None) -> int | None:
        return self.merge.sites.get(uid) if uid else None

    def _bundle(self) -> uuid.UUID:
        return self.merge.report.manifest.bundle_uid

    def _who(self, officer_id: int) -> str:
        officer = self.session.get(Officer, officer_id)
        assert officer is not None
        return f"{officer.contingent.code} {officer.service_number} {officer.family_name}"


def _prefer(record: dict[str, Any], conflict: SyncConflict) -> bool:
    """Whether a resolution from a bundle should replace the one here.

    A person's choice beats a settlement by a later edit; between two of a kind the
    earlier wins, so that every installation keeps the same record.
    """
    theirs = (record.get("resolution") == SETTLED, record["resolved_at"], record.get("resolved_by"))
    assert conflict.resolved_at is not None
    ours = (conflict.resolution == SETTLED, stamp_time(conflict.resolved_at), conflict.resolved_by)
    return (theirs[0], theirs[1], str(theirs[2])) < (ours[0], ours[1], str(ours[2]))
