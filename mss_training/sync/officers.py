"""Merging officers field by field, keeping concurrent edits for a coordinator to see."""

import datetime as dt
import uuid
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, insert, select, update

from mss_training.db import tables
from mss_training.db.bulk import TextKind, insert_rows
from mss_training.db.ledger import execute_tracked
from mss_training.messages import _
from mss_training.models import Officer, OfficerAlias, OfficerRole, Role, Site
from mss_training.services.personnel import fold_for_search
from mss_training.sync.conflict_records import ConflictMerge
from mss_training.sync.versions import (
    OFFICER_FIELDS,
    Sibling,
    latest_stamp,
    merge_siblings,
    parse_stamp_time,
    version_of,
)

if TYPE_CHECKING:
    from mss_training.sync.merge import Merge

_SEARCHED = {"family_name", "given_names", "service_number"}
OFFICERS = tables.officers
OFFICER_TEXT: dict[str, TextKind] = {
    "uid": "uid", "created_at": "stamp", "updated_at": "stamp",
    "deployment_start": "date", "deployment_end": "date",
}  # fmt: skip


def _values(row: Any, unit: str | None, roles: list[str]) -> dict[str, Any]:
    """An officer's fields as a bundle carries them (dates as ISO text, roles sorted)."""
    return {
        "service_number": row.service_number,
        "family_name": row.family_name,
        "given_names": row.given_names,
        "rank": row.rank,
        "unit": unit,
        "roles": sorted(roles),
        "gender": row.gender,
        "status": row.status,
        "deployment_start": row.deployment_start.isoformat() if row.deployment_start else None,
        "deployment_end": row.deployment_end.isoformat() if row.deployment_end else None,
    }


def _column_value(name: str, value: Any) -> Any:
    if name in ("deployment_start", "deployment_end"):
        return dt.date.fromisoformat(value) if value else None
    return value


class OfficerMerge:
    def __init__(self, merge: "Merge") -> None:
        self.merge = merge
        session = merge.session
        self.session = session
        self.by_uid = {
            str(uid): officer_id
            for officer_id, uid in session.execute(select(Officer.id, Officer.uid))
        }
        self.by_alias = {
            str(uid): officer_id
            for uid, officer_id in session.execute(
                select(OfficerAlias.uid, OfficerAlias.officer_id)
            )
        }
        self.by_number = {
            (contingent_id, number): officer_id
            for officer_id, contingent_id, number in session.execute(
                select(Officer.id, Officer.contingent_id, Officer.service_number)
            )
        }
        self.site_uids = {site_id: uid for uid, site_id in merge.sites.items()}
        names = {str(uid): name for uid, name in session.execute(select(Site.uid, Site.name))}
        self.conflicts = ConflictMerge(merge, names)
        self.mapping: dict[str, int] = {}

    def local_id(self, record: dict[str, Any], contingent_id: int) -> int | None:
        for uid in (record["uid"], *record.get("aliases", [])):
            found = self.by_uid.get(uid) or self.by_alias.get(uid)
            if found is not None:
                return found
        return self.by_number.get((contingent_id, record["service_number"]))

    def merge_chunk(self, records: list[dict[str, Any]]) -> None:
        fresh: list[dict[str, Any]] = []
        matched: dict[int, dict[str, Any]] = {}
        for record in records:
            contingent_id = self.merge.contingent(record["contingent"])
            record["_contingent_id"] = contingent_id
            local = self.local_id(record, contingent_id)
            if local is None:
                fresh.append(record)
            else:
                matched[local] = record
        self.insert(fresh)
        if matched:
            self.update(matched)

    def unit_id(self, contingent_id: int, name: str | None, record: dict[str, Any]) -> int | None:
        if not name:
            return None
        key = (contingent_id, name)
        if key not in self.merge.units:
            self.merge.units[key] = self.merge.add_unit(
                key, self.merge.travel(record) | {"uid": uuid.uuid4()}
            )
        return self.merge.units[key]

    def role_ids(self, codes: list[str]) -> list[int]:
        try:
            return [self.merge.roles[code] for code in codes]
        except KeyError as error:
            raise self.merge.fail(
                _("gives an officer role {role}, which it does not describe.").format(
                    role=error.args[0]
                )
            ) from None

    def site_id(self, uid: str) -> int:
        return self.merge.sites.get(uid, self.merge.sender.id)

    def insert(self, records: list[dict[str, Any]]) -> None:
        if not records:
            return
        rows = []
        for record in records:
            versions = record.get("versions") or {}
            created_at = parse_stamp_time(record["created_at"])
            latest = latest_stamp(versions, created_at, record["site"])
            rows.append(
                {
                    "uid": record["uid"],
                    "created_at": record["created_at"],
                    "site_id": self.merge.site(record["site"]),
                    "stored_at": self.merge.now,
                    "contingent_id": record["_contingent_id"],
                    "service_number": record["service_number"],
                    "family_name": record["family_name"],
                    "given_names": record["given_names"],
                    "rank": record["rank"],
                    "unit_id": self.unit_id(record["_contingent_id"], record["unit"], record),
                    "gender": record["gender"],
                    "status": record["status"],
                    "deployment_start": record["deployment_start"] or None,
                    "deployment_end": record["deployment_end"] or None,
                    "search_text": fold_for_search(
                        record["family_name"], record["given_names"], record["service_number"]
                    ),
                    "updated_at": latest.at,
                    "updated_site_id": self.site_id(latest.site),
                    "field_versions": versions,
                }
            )
        insert_rows(self.session, OFFICERS, rows, OFFICER_TEXT)
        found = self.merge.ids_by_uid(Officer, [record["uid"] for record in records])
        ids = [found[record["uid"]] for record in records]
        role_rows = []
        alias_rows = []
        for record, officer_id in zip(records, ids, strict=True):
            self.by_uid[record["uid"]] = officer_id
            self.new_officer_conflicts(officer_id, record)
            self.by_number[(record["_contingent_id"], record["service_number"])] = officer_id
            self.mapping[record["uid"]] = officer_id
            role_rows += [
                {"officer_id": officer_id, "role_id": role_id}
                for role_id in self.role_ids(record["roles"])
            ]
            for alias in record.get("aliases", []):
                if alias not in self.by_alias:
                    self.by_alias[alias] = officer_id
                    alias_rows.append({"uid": uuid.UUID(alias), "officer_id": officer_id})
                self.mapping[alias] = officer_id
        if role_rows:
            execute_tracked(self.session, insert(OfficerRole), role_rows)
        if alias_rows:
            execute_tracked(self.session, insert(OfficerAlias), alias_rows)
        self.merge.report.count(self.merge.report.added, "officers", len(records))

    def update(self, matched: dict[int, dict[str, Any]]) -> None:
        ids = list(matched)
        rows = {
            row.id: row
            for row in self.session.execute(select(Officer.__table__).where(Officer.id.in_(ids)))
        }
        roles: dict[int, list[str]] = {officer_id: [] for officer_id in ids}
        for officer_id, code in self.session.execute(
            select(OfficerRole.officer_id, Role.code)
            .join(Role)
            .where(OfficerRole.officer_id.in_(ids))
        ):
            roles[officer_id].append(code)
        units = {unit_id: name for (_, name), unit_id in self.merge.units.items()}
        for officer_id, record in matched.items():
            row = rows[officer_id]
            local = _values(row, units.get(row.unit_id) if row.unit_id else None, roles[officer_id])
            self.merge_one(row, local, record)

    def merge_one(self, row: Any, local: dict[str, Any], record: dict[str, Any]) -> None:
        officer_id = row.id
        self.mapping[record["uid"]] = officer_id
        for alias in record.get("aliases", []):
            self.mapping[alias] = officer_id
        local_origin = self.site_uids.get(row.site_id, "")
        uids = [record["uid"], *record.get("aliases", [])]
        if (
            record["uid"] == str(row.uid)
            and record.get("versions", {}) == (row.field_versions or {})
            and all(record[name] == local[name] for name in OFFICER_FIELDS)
            and not self.conflicts.concerns(uids)
        ):
            # The same officer, unchanged: most of a bundle, most of the time.
            self.add_aliases(officer_id, record, row.uid)
            return
        incoming_created = parse_stamp_time(record["created_at"])
        incoming_versions = record.get("versions") or {}
        versions = dict(row.field_versions or {})
        changes: dict[str, Any] = {}
        for name in OFFICER_FIELDS:
            mine = version_of(versions, name, row.created_at, local_origin)
            theirs = version_of(incoming_versions, name, incoming_created, record["site"])
            # Every value standing here and there; a value nobody knowingly replaced stays.
            standing = merge_siblings(
                [
                    Sibling(local[name], mine),
                    Sibling(record[name], theirs),
                    *self.conflicts.standing_here(officer_id, name),
                    *self.conflicts.standing_there(uids, name),
                ]
            )
            winner = standing[0]
            if name == "service_number" and winner.value != local[name]:
                holder = self.by_number.get((row.contingent_id, winner.value))
                if holder is not None and holder != officer_id:
                    # Two officers cannot share a number: keep this one's, show the other.
                    others = [sibling for sibling in standing if sibling.value != local[name]]
                    self.conflicts.decide(
                        officer_id, uids, name, [Sibling(local[name], mine), *others]
                    )
                    continue
            if winner.version != mine:
                versions[name] = winner.version.to_json()
            if winner.value != local[name]:
                changes[name] = winner.value
            self.conflicts.decide(officer_id, uids, name, standing)
        self.add_aliases(officer_id, record, row.uid)
        if versions == (row.field_versions or {}) and not changes:
            return
        self.apply(row, local, changes, versions, record)

    def add_aliases(self, officer_id: int, record: dict[str, Any], own_uid: uuid.UUID) -> None:
        for alias in (record["uid"], *record.get("aliases", [])):
            if alias != str(own_uid) and alias not in self.by_alias and alias not in self.by_uid:
                self.by_alias[alias] = officer_id
                execute_tracked(
                    self.session,
                    insert(OfficerAlias),
                    [{"uid": uuid.UUID(alias), "officer_id": officer_id}],
                )

    def apply(
        self,
        row: Any,
        local: dict[str, Any],
        changes: dict[str, Any],
        versions: dict[str, Any],
        record: dict[str, Any],
    ) -> None:
        values: dict[str, Any] = {"field_versions": versions}
        for name, value in changes.items():
            if name == "unit":
                values["unit_id"] = self.unit_id(row.contingent_id, value, record)
            elif name == "roles":
                execute_tracked(
                    self.session, delete(OfficerRole).where(OfficerRole.officer_id == row.id)
                )
                role_rows = [
                    {"officer_id": row.id, "role_id": role_id} for role_id in self.role_ids(value)
                ]
                if role_rows:
                    execute_tracked(self.session, insert(OfficerRole), role_rows)
            else:
                values[name] = _column_value(name, value)
        if changes.keys() & _SEARCHED:
            merged = local | changes
            values["search_text"] = fold_for_search(
                merged["family_name"], merged["given_names"], merged["service_number"]
            )
            if "service_number" in changes:
                self.by_number.pop((row.contingent_id, local["service_number"]), None)
                self.by_number[(row.contingent_id, changes["service_number"])] = row.id
        latest = latest_stamp(versions, row.created_at, self.site_uids.get(row.site_id, ""))
        values["updated_at"] = parse_stamp_time(latest.at)
        values["updated_site_id"] = self.site_id(latest.site)
        execute_tracked(self.session, update(Officer).where(Officer.id == row.id).values(**values))
        if changes:
            self.merge.report.count(self.merge.report.changed, "officers")

    def new_officer_conflicts(self, officer_id: int, record: dict[str, Any]) -> None:
        """An officer new here may come with conflicts about it: take them too."""
        uids = [record["uid"], *record.get("aliases", [])]
        if not self.conflicts.concerns(uids):
            return
        versions = record.get("versions") or {}
        created = parse_stamp_time(record["created_at"])
        for name in OFFICER_FIELDS:
            there = self.conflicts.standing_there(uids, name)
            if there:
                version = version_of(versions, name, created, record["site"])
                standing = merge_siblings([Sibling(record[name], version), *there])
                self.conflicts.decide(officer_id, uids, name, standing)

    def finish(self) -> dict[str, int]:
        self.session.flush()
        self.conflicts.finish(self.mapping)
        return self.mapping
