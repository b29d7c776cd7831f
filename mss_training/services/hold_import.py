"""A sheet of holds (CSV or XLSX), previewed row by row and placed in one transaction.

Like the roster's import (services.roster_import): the header row is found among the
first rows, columns are matched by their names in English, French or Spanish, every row
is checked before anything is written, and a file with rejected rows places nothing
unless told to skip them. Each hold is placed by ``place_hold``, with its audit entry.
"""

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from mss_training.domain import HoldKind, VettingStatus
from mss_training.errors import InputError
from mss_training.io.columns import ROSTER_FIELDS, fold, parse_sheet_date, read_sheet
from mss_training.messages import _
from mss_training.models import Officer
from mss_training.services.hold_rules import hold_status
from mss_training.services.holds import HoldInput, check_hold_entry, place_hold
from mss_training.services.importing import ContingentNames, ImportRejectedError, RowProblem
from mss_training.services.permissions import Actor, Permission, require
from mss_training.services.personnel import OfficerRef
from mss_training.services.scope import outside_text

HOLD_FIELDS: dict[str, tuple[str, ...]] = {
    "service_number": ROSTER_FIELDS["service_number"],
    "contingent": ROSTER_FIELDS["contingent"],
    "kind": ("kind", "hold", "type", "hold type", "nature", "tipo", "motif"),
    "status": ("status", "vetting status", "statut", "estado"),
    "reason": ("reason", "raison", "razon", "motivo", "grounds"),
    "reference": (
        "reference", "case", "case number", "file number", "dossier", "expediente", "referencia",
    ),
    "since": ("since", "from", "start", "date", "depuis", "desde", "du"),
    "until": ("until", "to", "end", "jusqu au", "hasta", "au"),
}  # fmt: skip
_REQUIRED = ("service_number", "contingent", "kind", "reason")
_KINDS = {
    fold(name): kind
    for kind, names in {
        HoldKind.VETTING: ("vetting", "human rights vetting", "human-rights vetting"),
        HoldKind.CONDUCT: ("conduct", "conduct and discipline", "discipline"),
        HoldKind.MEDICAL: ("medical", "medical fitness"),
        HoldKind.ADMINISTRATIVE: ("administrative", "admin"),
    }.items()
    for name in names
}


@dataclass(frozen=True)
class HoldChange:
    row: int
    contingent: str
    service_number: str
    kind: str
    status: str
    since: dt.date
    until: dt.date | None


@dataclass(frozen=True)
class HoldImportPreview:
    """What an import will place, row by row, and what it rejects and why."""

    source: str
    columns: dict[str, str]
    holds: tuple[HoldChange, ...]
    rejected: tuple[RowProblem, ...]
    entries: tuple[HoldInput, ...] = ()


def preview_hold_import(
    session: Session,
    path: Path,
    actor: Actor,
    mapping: Mapping[str, str] | None = None,
    today: dt.date | None = None,
) -> HoldImportPreview:
    """What importing ``path`` would place and reject; nothing is written."""
    require(actor, Permission.MANAGE_HOLDS)
    columns, rows = read_sheet(path, mapping or {}, _REQUIRED, HOLD_FIELDS)
    contingents = ContingentNames(session)
    changes: list[HoldChange] = []
    entries: list[HoldInput] = []
    rejected: list[RowProblem] = []
    for row in rows:
        cells = columns.values(row)
        try:
            entry = _entry(session, cells, contingents, actor, today or dt.date.today())
        except InputError as error:
            rejected.append(RowProblem(row.number, str(error).rstrip(".")))
            continue
        status = entry.vetting_status.value if entry.vetting_status else None
        entries.append(entry)
        changes.append(
            HoldChange(
                row.number, entry.officer.contingent, entry.officer.service_number,
                entry.kind.value, hold_status(entry.kind.value, status), entry.since, entry.until,
            )
        )  # fmt: skip
    return HoldImportPreview(
        path.name,
        {field: columns.source_of(field) for field in columns.fields},
        tuple(changes),
        tuple(rejected),
        tuple(entries),
    )


def _entry(
    session: Session,
    cells: dict[str, str],
    contingents: ContingentNames,
    actor: Actor,
    today: dt.date,
) -> HoldInput:
    """One row as a hold to place, or an InputError saying what is wrong with it."""
    written = cells.get("contingent", "")
    found = contingents.find(written)
    if found is None:
        raise InputError(
            _("unknown contingent {written!r}").format(written=written)
            if written
            else _("missing contingent")
        )
    contingent_id, code = found
    if not actor.covers(code):
        raise InputError(outside_text(code))
    number = cells.get("service_number", "")
    if (
        not number
        or session.scalar(
            select(Officer.id).where(
                Officer.contingent_id == contingent_id, Officer.service_number == number
            )
        )
        is None
    ):
        raise InputError(
            _("contingent {code} has no officer with service number {number!r}").format(
                code=code, number=number
            )
        )
    kind = _KINDS.get(fold(cells.get("kind", "")))
    if kind is None:
        raise InputError(
            _("unknown kind {kind!r} (use vetting, conduct, medical or administrative)").format(
                kind=cells.get("kind", "")
            )
        )
    status_text = cells.get("status", "")
    status = None
    if status_text:
        if fold(status_text) not in {member.value for member in VettingStatus}:
            raise InputError(
                _(
                    "unknown vetting status {status_text!r} (use pending, cleared or refused)"
                ).format(status_text=status_text)
            )
        status = VettingStatus(fold(status_text))
    since, until = _day(cells, "since") or today, _day(cells, "until")
    reason, reference = cells.get("reason", ""), cells.get("reference", "")
    check_hold_entry(kind.value, status.value if status else None, reason, reference, since, until)
    return HoldInput(OfficerRef(code, number), kind, reason, since, status, reference, until)


def _day(cells: dict[str, str], field: str) -> dt.date | None:
    text = cells.get(field, "")
    if not text:
        return None
    try:
        return parse_sheet_date(text)
    except ValueError:
        raise InputError(
            _("bad date {text!r} in {field} (use YYYY-MM-DD)").format(text=text, field=field)
        ) from None


def import_holds(
    session: Session,
    path: Path,
    actor: Actor,
    mapping: Mapping[str, str] | None = None,
    *,
    skip_invalid: bool = False,
    today: dt.date | None = None,
) -> HoldImportPreview:
    """Place every hold of the sheet; with rejected rows, none unless ``skip_invalid``."""
    preview = preview_hold_import(session, path, actor, mapping, today)
    if preview.rejected and not skip_invalid:
        raise ImportRejectedError(preview, "hold")
    for entry in preview.entries:
        place_hold(session, entry, actor)
    return preview
