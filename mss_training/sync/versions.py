"""Versions of an officer's fields, so that a merge tells a later edit from a concurrent one.

Each field keeps the stamp of its last change (UTC time and site) and a version vector
(how many changes each site had made to it, as far as this installation knows). A merge
keeps the value with the later stamp, which every installation agrees on whatever the
order bundles arrive in. The vectors say whether one change was made knowing the other:
when neither was, and the values differ, two people disagreed and a coordinator must see
it. An edit's stamp is later than the stamp it replaces even on a laptop whose clock is
behind, so the kept value is never older than one its author had already seen.
"""

import datetime as dt
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from mss_training.dates import parse_stamp_time, stamp_time

OFFICER_FIELDS = (
    "service_number",
    "family_name",
    "given_names",
    "rank",
    "unit",
    "roles",
    "gender",
    "status",
    "deployment_start",
    "deployment_end",
)


@dataclass(frozen=True)
class FieldVersion:
    at: str
    site: str
    clock: Mapping[str, int] = field(default_factory=dict)

    @property
    def order(self) -> tuple[str, str]:
        return (self.at, self.site)

    def to_json(self) -> dict[str, Any]:
        return {"at": self.at, "site": self.site, "clock": dict(sorted(self.clock.items()))}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> "FieldVersion":
        return cls(
            str(data["at"]), str(data["site"]), {str(k): int(v) for k, v in data["clock"].items()}
        )


def version_of(
    versions: Mapping[str, Any], name: str, created_at: dt.datetime, origin_site: str
) -> FieldVersion:
    """A field's version; one never edited dates from the officer's creation."""
    data = versions.get(name)
    if data is None:
        return FieldVersion(stamp_time(created_at), origin_site)
    return FieldVersion.from_json(data)


def stamp_edit(
    versions: Mapping[str, Any],
    changed: Iterable[str],
    *,
    site: str,
    now: dt.datetime,
    created_at: dt.datetime,
    origin_site: str,
) -> dict[str, Any]:
    """The versions after this installation changed the ``changed`` fields."""
    result = dict(versions)
    now_text = stamp_time(now)
    for name in changed:
        old = version_of(versions, name, created_at, origin_site)
        at = now_text
        if at <= old.at:
            try:
                at = stamp_time(parse_stamp_time(old.at) + dt.timedelta(microseconds=1))
            except OverflowError:
                # A stamp at the end of time, stored before bundles' stamps were checked
                # (sync/rules.py), cannot be passed: the edit takes this moment, and its
                # clock below still says it was made knowing the old value.
                at = now_text
        clock = dict(old.clock)
        clock[site] = clock.get(site, 0) + 1
        result[name] = FieldVersion(at, site, clock).to_json()
    return result


def latest_stamp(
    versions: Mapping[str, Any], created_at: dt.datetime, origin_site: str
) -> FieldVersion:
    # A field never edited dates from the officer's creation, which no edit precedes.
    created = FieldVersion(stamp_time(created_at), origin_site)
    edited = (FieldVersion.from_json(versions[name]) for name in OFFICER_FIELDS if name in versions)
    return max((created, *edited), key=lambda version: version.order)


class Relation(Enum):
    SAME = "same"
    INCOMING_KNEW_LOCAL = "incoming knew local"
    LOCAL_KNEW_INCOMING = "local knew incoming"
    CONCURRENT = "concurrent"


def relation(local: FieldVersion, incoming: FieldVersion) -> Relation:
    local_seen = all(count <= incoming.clock.get(site, 0) for site, count in local.clock.items())
    incoming_seen = all(count <= local.clock.get(site, 0) for site, count in incoming.clock.items())
    if local_seen and incoming_seen:
        return Relation.SAME if local.order == incoming.order else Relation.CONCURRENT
    if local_seen:
        return Relation.INCOMING_KNEW_LOCAL
    if incoming_seen:
        return Relation.LOCAL_KNEW_INCOMING
    return Relation.CONCURRENT


def knew(newer: FieldVersion, older: FieldVersion) -> bool:
    """Whether ``newer`` was made knowing ``older`` and is not the same edit."""
    return relation(older, newer) is Relation.INCOMING_KNEW_LOCAL


@dataclass(frozen=True)
class Sibling:
    """One value of a field with the version that wrote it."""

    value: Any
    version: FieldVersion

    def to_json(self) -> dict[str, Any]:
        return {"value": self.value, **self.version.to_json()}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> "Sibling":
        return cls(data.get("value"), FieldVersion.from_json(data))


def _union(versions: Iterable[FieldVersion]) -> FieldVersion:
    chosen = list(versions)
    winner = max(chosen, key=lambda version: version.order)
    clock: dict[str, int] = {}
    for version in chosen:
        for site, count in version.clock.items():
            clock[site] = max(count, clock.get(site, 0))
    return FieldVersion(winner.at, winner.site, clock)


def merge_siblings(siblings: Iterable[Sibling]) -> list[Sibling]:
    """The values nobody has knowingly replaced, the deterministic winner first.

    This is the join of two multi-value registers: a value survives unless an edit made
    knowing it exists, so the result is the same whatever order the versions arrive in.
    Equal values written concurrently are one value (their vectors joined: nothing is
    lost by claiming to know an edit that wrote the same thing). Different values each
    keep their own vector, so the shown one never claims to know the others: only a
    person's choice, made knowing them all, settles them.
    """
    by_order: dict[tuple[str, str], Sibling] = {}
    for sibling in siblings:
        # One edit met twice, once joined with an equal value's vector somewhere: keep the
        # join, so that every installation ends with the same vector whatever came first.
        seen = by_order.get(sibling.version.order)
        by_order[sibling.version.order] = (
            sibling
            if seen is None
            else Sibling(seen.value, _union([seen.version, sibling.version]))
        )
    alive = [
        sibling
        for sibling in by_order.values()
        if not any(knew(other.version, sibling.version) for other in by_order.values())
    ]
    groups: dict[str, list[Sibling]] = {}
    for sibling in alive:
        groups.setdefault(json.dumps(sibling.value, sort_keys=True), []).append(sibling)
    merged = [
        Sibling(group[0].value, _union(sibling.version for sibling in group))
        for group in groups.values()
    ]
    return sorted(merged, key=lambda sibling: sibling.version.order, reverse=True)


@dataclass(frozen=True)
class FieldMerge:
    value: Any
    version: FieldVersion
    takes_incoming: bool
    # Both sides changed the field without knowing of the other, to different values.
    conflict: bool


def merge_field(
    local_value: Any, local: FieldVersion, incoming_value: Any, incoming: FieldVersion
) -> FieldMerge:
    """Two versions of one field: the value kept, and whether they clash."""
    if relation(local, incoming) is Relation.SAME:
        return FieldMerge(local_value, local, takes_incoming=False, conflict=False)
    merged = merge_siblings([Sibling(local_value, local), Sibling(incoming_value, incoming)])
    winner = merged[0]
    return FieldMerge(
        winner.value,
        winner.version,
        takes_incoming=winner.version.order == incoming.order and incoming.order != local.order,
        conflict=len(merged) > 1,
    )


def supersedes(newer: FieldVersion, older: FieldVersion) -> bool:
    """Whether ``newer`` was made knowing everything ``older`` knew (so it settles it)."""
    return relation(older, newer) in (Relation.INCOMING_KNEW_LOCAL, Relation.SAME)


def resolving_version(
    versions: Iterable[FieldVersion], *, site: str, now: dt.datetime
) -> FieldVersion:
    """The version of a person's choice between ``versions``: made knowing every one."""
    known = list(versions)
    clock: dict[str, int] = {}
    for version in known:
        for name, count in version.clock.items():
            clock[name] = max(count, clock.get(name, 0))
    clock[site] = clock.get(site, 0) + 1
    at = stamp_time(now)
    latest = max(version.at for version in known)
    if at <= latest:
        at = stamp_time(parse_stamp_time(latest) + dt.timedelta(microseconds=1))
    return FieldVersion(at, site, clock)
