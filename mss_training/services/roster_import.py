"""Import a contingent's personnel list: check every row first, then write all or nothing."""

import datetime as dt
import uuid
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from mss_training.dates import utc_now
from mss_training.db.bulk import insert_rows
from mss_training.db.database import installation_site_id
from mss_training.db.ledger import touched
from mss_training.domain import OfficerStatus
from mss_training.gc_pause import gc_paused
from mss_training.io.columns import (
    ROSTER_FIELDS,
    ColumnMap,
    fold,
    parse_sheet_date,
    read_sheet,
    split_list,
)
from mss_training.io.sheets import SheetRow
from mss_training.messages import N_, _
from mss_training.models import Officer, OfficerRole, Role, Unit
from mss_training.progress import NO_PROGRESS, Progress
from mss_training.services.audit import plain, record_change
from mss_training.services.importing import ContingentNames, ImportRejectedError, RowProblem
from mss_training.services.permissions import Actor, Permission, require, require_contingents
from mss_training.services.personnel import (
    OFFICER_ROLES,
    OfficerInput,
    add_officers,
    edit_stamper,
    fold_for_search,
    officer_texts_problem,
    unit_ids,
)
from mss_training.services.scope import outside_text

GENDERS = {
    "f": "F", "female": "F", "femme": "F", "femenino": "F", "mujer": "F", "feminin": "F",
    "m": "M", "male": "M", "homme": "M", "masculino": "M", "hombre": "M", "masculin": "M",
    "x": "X",
}  # fmt: skip
STATUSES = {
    "active": OfficerStatus.ACTIVE, "actif": OfficerStatus.ACTIVE, "activo": OfficerStatus.ACTIVE,
    "rotatedout": OfficerStatus.ROTATED_OUT, "rotated": OfficerStatus.ROTATED_OUT,
    "rapatrie": OfficerStatus.ROTATED_OUT, "rotado": OfficerStatus.ROTATED_OUT,
    "withdrawn": OfficerStatus.WITHDRAWN, "retire": OfficerStatus.WITHDRAWN,
    "retirado": OfficerStatus.WITHDRAWN,
}  # fmt: skip
# Marked for extraction (mss_training.messages); said with _() where a row lacks one.
_EMPTY_NAMES = {"family_name": N_("empty family name"), "given_names": N_("empty given names")}
_TEXT_FIELDS = ("service_number", "family_name", "given_names", "rank", "unit")
UPDATABLE = (
    "family_name", "given_names", "rank", "unit", "roles", "gender", "status",
    "deployment_start", "deployment_end",
)  # fmt: skip


@dataclass(frozen=True)
class RosterChange:
    row: int
    action: str  # "create", "update" or "unchanged"
    contingent: str
    service_number: str
    name: str
    changed: tuple[str, ...] = ()


@dataclass(frozen=True)
class RosterImportPreview:
    """What an import will do, row by row, before anything is written."""

    source: str
    columns: dict[str, str]  # field -> header as written in the file
    ignored_columns: tuple[str, ...]
    changes: tuple[RosterChange, ...]
    rejected: tuple[RowProblem, ...]

    def count(self, action: str) -> int:
        return sum(change.action == action for change in self.changes)

    @property
    def created(self) -> int:
        return self.count("create")

    @property
    def updated(self) -> int:
        return self.count("update")

    @property
    def unchanged(self) -> int:
        return self.count("unchanged")


@dataclass
class _Candidate:
    row: int
    contingent_id: int
    contingent: str
    values: dict[str, Any] = field(default_factory=dict)


class _RoleNames:
    """Finds roles by code or name, in the lists roster cells hold ("FPU; Driver")."""

    def __init__(self, session: Session) -> None:
        self.by_key: dict[str, str] = {}
        for code, name in session.execute(select(Role.code, Role.name)):
            self.by_key[fold(code)] = code
            self.by_key[fold(name)] = code
        # A roster repeats the same few lists on every row: each is read once.
        self.cells: dict[str, tuple[tuple[str, ...], str | None]] = {}

    def read(self, cell: str) -> tuple[tuple[str, ...], str | None]:
        """The codes ``cell`` names, sorted, and the first name in it that is no role."""
        if cell not in self.cells:
            codes = set()
            unknown = None
            for written in split_list(cell):
                code = self.by_key.get(fold(written))
                if code is None:
                    unknown = written
                    break
                codes.add(code)
            self.cells[cell] = (tuple(sorted(codes)), unknown)
        return self.cells[cell]


def _check_row(
    row: SheetRow,
    columns: ColumnMap,
    contingents: ContingentNames,
    roles: _RoleNames,
    problem: Callable[[str], None],
) -> _Candidate | None:
    cells = columns.values(row)
    text_problem = officer_texts_problem({name: cells.get(name, "") for name in _TEXT_FIELDS})
    if text_problem:
        problem(text_problem)
        return None
    number = cells.get("service_number")
    if not number:
        problem(_("missing service number"))
        return None
    written = cells.get("contingent", "")
    found = contingents.find(written)
    if found is None:
        problem(
            _("unknown contingent {written!r}").format(written=written)
            if written
            else _("missing contingent")
        )
        return None
    candidate = _Candidate(row.number, found[0], found[1], {"service_number": number})
    for name_field, empty in _EMPTY_NAMES.items():
        if not cells.get(name_field):
            problem(_(empty))
            return None
        candidate.values[name_field] = cells[name_field]
    for optional in ("rank", "unit"):
        if cells.get(optional):
            candidate.values[optional] = cells[optional]
    if "roles" in columns.fields:
        codes, unknown = roles.read(cells.get("roles", ""))
        if unknown is not None:
            problem(_("unknown role {unknown!r}").format(unknown=unknown))
            return None
        if codes:
            candidate.values["roles"] = codes
    gender = cells.get("gender")
    if gender:
        if fold(gender) not in GENDERS:
            problem(_("unknown gender {gender!r} (use F, M or X)").format(gender=gender))
            return None
        candidate.values["gender"] = GENDERS[fold(gender)]
    status = cells.get("status")
    if status:
        if fold(status) not in STATUSES:
            problem(
                _("unknown status {status!r} (use active, rotated out or withdrawn)").format(
                    status=status
                )
            )
            return None
        candidate.values["status"] = STATUSES[fold(status)].value
    for date_field in ("deployment_start", "deployment_end"):
        text = cells.get(date_field)
        if text:
            try:
                candidate.values[date_field] = parse_sheet_date(text)
            except ValueError:
                problem(
                    _("bad date {text!r} in {column} (use YYYY-MM-DD)").format(
                        text=text, column=columns.source_of(date_field)
                    )
                )
                return None
    start, end = candidate.values.get("deployment_start"), candidate.values.get("deployment_end")
    if start and end and end < start:
        problem(_("deployment ends before it starts"))
        return None
    return candidate


# What an import compares with the file; what only an update needs is read for updates.
_STORED = (
    Officer.id, Officer.service_number, Officer.family_name, Officer.given_names, Officer.rank,
    Unit.name.label("unit"), Officer.gender, Officer.status, Officer.deployment_start,
    Officer.deployment_end,
)  # fmt: skip


def _existing(
    session: Session, candidates: list[_Candidate]
) -> dict[tuple[int, str], dict[str, Any]]:
    """The officers the file names that the database already has, with their current values.

    Read a contingent at a time: reading all of a contingent's officers costs less than
    naming thousands of service numbers in IN lists.
    """
    wanted: dict[int, set[str]] = {}
    for candidate in candidates:
        wanted.setdefault(candidate.contingent_id, set()).add(candidate.values["service_number"])
    # Plain rows through the connection: the ORM's result handling would cost more here
    # than the query.
    connection = session.connection()
    names = [column.key for column in _STORED]
    found: dict[tuple[int, str], dict[str, Any]] = {}
    for contingent_id, numbers in wanted.items():
        roles: dict[int, list[str]] = {}
        for officer_id, code in connection.execute(
            select(OfficerRole.officer_id, Role.code)
            .join(Role, Role.id == OfficerRole.role_id)
            .join(Officer, Officer.id == OfficerRole.officer_id)
            .where(Officer.contingent_id == contingent_id)
            .order_by(OfficerRole.officer_id, Role.code)
        ).all():
            roles.setdefault(officer_id, []).append(code)
        for row in connection.execute(
            select(*_STORED)
            .outerjoin(Unit, Unit.id == Officer.unit_id)
            .where(Officer.contingent_id == contingent_id)
        ).all():
            if row[1] in numbers:
                values = dict(zip(names, row, strict=True))
                values["roles"] = tuple(roles.get(row[0], ()))
                found[(contingent_id, row[1])] = values
    return found


@dataclass
class _Plan:
    preview: RosterImportPreview
    creates: list[_Candidate]
    updates: list[tuple[_Candidate, dict[str, Any], tuple[str, ...]]]


def _plan(
    session: Session,
    path: Path,
    mapping: Mapping[str, str],
    within: Collection[str] | None,
    progress: Progress = NO_PROGRESS,
) -> _Plan:
    columns, rows = read_sheet(
        path, mapping, ("service_number", "family_name", "given_names", "contingent"), ROSTER_FIELDS
    )
    contingents = ContingentNames(session)
    roles = _RoleNames(session)
    rejected: list[RowProblem] = []
    candidates: list[_Candidate] = []
    first_row: dict[tuple[int, str], int] = {}
    for number, row in enumerate(rows):
        if number % 500 == 0:
            progress.step(number, len(rows), _("Checking rows"))

        def problem(reason: str, row_number: int = row.number) -> None:
            rejected.append(RowProblem(row_number, reason))

        # A row of a contingent the account does not work for says that and nothing more:
        # not whether its officer exists, nor what differs.
        found = contingents.find(columns.values(row).get("contingent", ""))
        if within is not None and found is not None and found[1] not in within:
            problem(outside_text(found[1]))
            continue
        candidate = _check_row(row, columns, contingents, roles, problem)
        if candidate is None:
            continue
        key = (candidate.contingent_id, candidate.values["service_number"])
        if key in first_row:
            problem(
                _("service number {number} of {contingent} is also on row {row}").format(
                    number=key[1], contingent=candidate.contingent, row=first_row[key]
                )
            )
            continue
        first_row[key] = row.number
        candidates.append(candidate)
    existing = _existing(session, candidates)
    changes: list[RosterChange] = []
    creates: list[_Candidate] = []
    updates: list[tuple[_Candidate, dict[str, Any], tuple[str, ...]]] = []
    for candidate in candidates:
        values = candidate.values
        name = f"{values['family_name']}, {values['given_names']}"
        current = existing.get((candidate.contingent_id, values["service_number"]))
        if current is None:
            creates.append(candidate)
            changes.append(
                RosterChange(
                    candidate.row, "create", candidate.contingent, values["service_number"], name
                )
            )
            continue
        changed = tuple(f for f in UPDATABLE if f in values and values[f] != current[f])
        action = "update" if changed else "unchanged"
        if changed:
            updates.append((candidate, current, changed))
        changes.append(
            RosterChange(
                candidate.row, action, candidate.contingent, values["service_number"], name, changed
            )
        )
    preview = RosterImportPreview(
        source=path.name,
        columns={f: columns.source_of(f) for f in columns.fields},
        ignored_columns=columns.ignored,
        changes=tuple(changes),
        rejected=tuple(sorted(rejected, key=lambda problem: problem.row)),
    )
    return _Plan(preview, creates, updates)


@gc_paused()
def preview_roster_import(
    session: Session,
    path: Path,
    mapping: Mapping[str, str] | None = None,
    progress: Progress = NO_PROGRESS,
    *,
    within: Collection[str] | None = None,
) -> RosterImportPreview:
    """What importing ``path`` would create, update and reject; nothing is written.

    ``within`` is the account's contingents: other contingents' rows are rejected unread.
    """
    return _plan(session, path, mapping or {}, within, progress).preview


@gc_paused()
def import_roster(
    session: Session,
    path: Path,
    actor: Actor,
    *,
    mapping: Mapping[str, str] | None = None,
    skip_invalid: bool = False,
    progress: Progress = NO_PROGRESS,
) -> RosterImportPreview:
    """Create and update the officers of a roster file, in the caller's transaction.

    Nothing is written when a row is rejected, unless ``skip_invalid``. Importing the
    same file twice changes nothing the second time.
    """
    require(actor, Permission.EDIT_PERSONNEL)
    plan = _plan(session, path, mapping or {}, actor.contingents, progress)
    preview = plan.preview
    if preview.rejected and not skip_invalid:
        raise ImportRejectedError(preview, "roster")
    require_contingents(
        session,
        actor,
        Permission.EDIT_PERSONNEL,
        {candidate.contingent for candidate in plan.creates}
        | {candidate.contingent for candidate, _, _ in plan.updates},
    )
    progress.step(len(preview.changes), len(preview.changes), _("Writing officers"))
    add_officers(
        session,
        [
            OfficerInput(
                contingent=candidate.contingent,
                service_number=candidate.values["service_number"],
                family_name=candidate.values["family_name"],
                given_names=candidate.values["given_names"],
                rank=candidate.values.get("rank"),
                unit=candidate.values.get("unit"),
                roles=candidate.values.get("roles", ()),
                gender=candidate.values.get("gender"),
                status=OfficerStatus(candidate.values.get("status", OfficerStatus.ACTIVE.value)),
                deployment_start=candidate.values.get("deployment_start"),
                deployment_end=candidate.values.get("deployment_end"),
            )
            for candidate in plan.creates
        ],
        actor,
        audit=False,
    )
    progress.step(len(preview.changes), len(preview.changes), _("Updating officers"))
    uids = _apply_updates(session, plan.updates)
    if plan.creates or plan.updates:
        record_change(
            session,
            actor=actor.username,
            action="import",
            entity="officer",
            summary=(
                f"Imported roster {preview.source}: {preview.created} added, "
                f"{preview.updated} updated, {len(preview.rejected)} rows rejected"
            ),
            before={
                uids[current["id"]]: {f: plain(current[f]) for f in changed}
                for _, current, changed in plan.updates
            },
            after={
                "created": [c.values["service_number"] for c in plan.creates],
                "updated": {
                    uids[current["id"]]: {f: plain(candidate.values[f]) for f in changed}
                    for candidate, current, changed in plan.updates
                },
            },
        )
    return preview


def _apply_updates(
    session: Session, updates: list[tuple[_Candidate, dict[str, Any], tuple[str, ...]]]
) -> dict[int, str]:
    """Write the changed fields of the officers ``updates`` names; their uids by id."""
    if not updates:
        return {}
    site_id = installation_site_id(session)
    now = utc_now()
    roles = dict(session.execute(select(Role.code, Role.id)).all())
    stored = _stored_versions(session, [current["id"] for _, current, _ in updates])
    units = unit_ids(
        session,
        {
            (candidate.contingent_id, candidate.values["unit"])
            for candidate, _, changed in updates
            if "unit" in changed
        },
        site_id,
    )
    rows: list[dict[str, Any]] = []
    role_changes: dict[int, tuple[str, ...]] = {}
    stamp = edit_stamper(session, now)
    for candidate, current, changed in updates:
        values = candidate.values
        versions = stored[current["id"]]
        row: dict[str, Any] = {
            "id": current["id"],
            "updated_at": now,
            "updated_site_id": site_id,
            "field_versions": stamp(
                versions.field_versions, changed, versions.created_at, versions.origin_site_id
            ),
        }
        for name in changed:
            if name == "roles":
                role_changes[current["id"]] = values["roles"]
            elif name == "unit":
                row["unit_id"] = units[(candidate.contingent_id, values["unit"])]
            else:
                row[name] = values[name]
        family = values.get("family_name", current["family_name"])
        given = values.get("given_names", current["given_names"])
        row["search_text"] = fold_for_search(family, given, values["service_number"])
        rows.append(row)
    session.execute(update(Officer), rows)
    touched(session, Officer.__table__, [row["id"] for row in rows])
    if role_changes:
        ids = list(role_changes)
        for start in range(0, len(ids), 500):
            session.execute(
                delete(OfficerRole).where(OfficerRole.officer_id.in_(ids[start : start + 500]))
            )
        insert_rows(
            session,
            OFFICER_ROLES,
            [
                {"officer_id": officer_id, "role_id": roles[code]}
                for officer_id, codes in role_changes.items()
                for code in codes
            ],
        )
    return {officer_id: str(versions.uid) for officer_id, versions in stored.items()}


class _Versions(NamedTuple):
    """What stamping an edit needs of an officer, and the uid its audit entry names."""

    field_versions: dict[str, Any]
    created_at: dt.datetime
    origin_site_id: int
    uid: uuid.UUID


def _stored_versions(session: Session, ids: list[int]) -> dict[int, _Versions]:
    stored: dict[int, _Versions] = {}
    for start in range(0, len(ids), 500):
        for officer_id, *values in session.execute(
            select(
                Officer.id, Officer.field_versions, Officer.created_at, Officer.site_id, Officer.uid
            ).where(Officer.id.in_(ids[start : start + 500]))
        ):
            stored[officer_id] = _Versions(*values)
    return stored
