"""Readiness as JSON, written officer by officer, and as flat rows for CSV and spreadsheets."""

import datetime as dt
import functools
import json
from collections.abc import Iterable, Iterator, Sequence
from itertools import chain
from json.encoder import encode_basestring
from typing import Any, TextIO

from mss_training.domain import ReadinessStatus
from mss_training.services.readiness import (
    OfficerReadiness,
    ReadinessQuery,
    ReadinessSummary,
    StatusCounts,
    TourTally,
    summarise_officers,
)

READINESS_COLUMNS = (
    "service_number",
    "contingent",
    "unit",
    "family_name",
    "given_names",
    "officer_status",
    "module",
    "requirement_status",
    "completed_on",
    "expires_on",
)


def write_readiness_json(
    query: ReadinessQuery, officers: Iterable[OfficerReadiness], out: TextIO
) -> None:
    """Write the documented JSON of `mss-training readiness --format json`, officer by officer.

    The text is what ``json.dump(document, out, ensure_ascii=False, indent=1)`` writes,
    byte for byte, but the document is never held whole. Python's C encoder does not
    indent, and at mission scale its pure-Python one took longer than the readiness
    query; so each officer is laid out here, from templates, with the C string encoder.
    """
    head: dict[str, Any] = {
        "as_of": query.as_of.isoformat(),
        "warn_days": query.warn_days,
        "phase": query.phase.value if query.phase else None,
    }
    if query.through is not None:
        head["through"] = query.through.isoformat()
    out.write("{")
    for key, value in head.items():
        out.write(f"\n {_text(key)}: {_nested(value, depth=1)},")
    out.write('\n "officers": ')
    statuses: list[tuple[str, str | None, ReadinessStatus, bool]] = []
    encoded = _Encoded()
    tally = TourTally() if query.through is not None else None
    for officer in officers:
        out.write(",\n  " if statuses else "[\n  ")
        out.write(_officer_json(officer, encoded))
        statuses.append((officer.contingent, officer.unit, officer.status, bool(officer.holds)))
        if tally is not None:
            tally.add(officer)
    out.write("\n ]" if statuses else "[]")
    summary = summarise_officers(query, statuses)
    if tally is not None:
        summary = tally.applied_to(summary)
    document_summary = summary_json(summary)
    out.write(f',\n "summary": {_nested(document_summary, depth=1)}\n}}')


def _object_layout(keys: Sequence[str], depth: int) -> str:
    """A %-template of an object with these keys and JSON values, as indent=1 lays it at depth."""
    inside = "\n" + " " * (depth + 1)
    fields = ",".join(f"{inside}{_text(key)}: %s" for key in keys)
    return "{" + fields + "\n" + " " * depth + "}"


def _list_layout(items: Sequence[str], depth: int) -> str:
    """A list of JSON values, as indent=1 lays it at depth."""
    if not items:
        return "[]"
    inside = "\n" + " " * (depth + 1)
    return "[" + inside + f",{inside}".join(items) + "\n" + " " * depth + "]"


def _nested(value: Any, depth: int) -> str:
    """Any JSON value as indent=1 lays it at depth; JSON text holds no raw line break."""
    return json.dumps(value, ensure_ascii=False, indent=1).replace("\n", "\n" + " " * depth)


def _text(value: str | None) -> str:
    return "null" if value is None else encode_basestring(value)


class _Encoded(dict[str | dt.date | None, str]):
    """Texts and dates as JSON, each encoded once: a mission repeats them in every officer."""

    def __missing__(self, value: str | dt.date | None) -> str:
        encoded = f'"{value.isoformat()}"' if isinstance(value, dt.date) else _text(value)
        self[value] = encoded
        return encoded


# An officer is an item of the document's "officers", each requirement one of theirs.
_OFFICER = _object_layout(
    (
        "service_number",
        "contingent",
        "unit",
        "family_name",
        "given_names",
        "status",
        "deployable",
        "holds",
        "requirements",
    ),
    depth=2,
)
_REQUIREMENTS_DEPTH = 3
_REQUIREMENT = _object_layout(("module", "status", "completed_on", "expires_on"), depth=4)
_HOLD = _object_layout(("kind", "status", "since", "until"), depth=4)


@functools.cache
def _requirements_layout(count: int) -> str:
    """The %-template of a list of ``count`` requirements."""
    return _list_layout([_REQUIREMENT] * count, _REQUIREMENTS_DEPTH)


def _officer_json(officer: OfficerReadiness, encoded: _Encoded) -> str:
    # One template for all of an officer's requirements, filled from every value of every
    # row in one pass made in C: a mission has some 230,000 rows, and a Python step for
    # each was most of the writing.
    requirements = _requirements_layout(len(officer.rows)) % tuple(
        map(encoded.__getitem__, chain.from_iterable(officer.rows))
    )
    holds = [
        _HOLD % (encoded[hold.kind], encoded[hold.status], encoded[hold.since], encoded[hold.until])
        for hold in officer.holds
    ]
    return _OFFICER % (
        _text(officer.service_number),
        _text(officer.contingent),
        _text(officer.unit),
        _text(officer.family_name),
        _text(officer.given_names),
        _text(officer.status),
        "true" if officer.deployable else "false",
        _list_layout(holds, _REQUIREMENTS_DEPTH),
        requirements,
    )


def summary_json(summary: ReadinessSummary) -> dict[str, Any]:
    """The document's "summary": the mission's counts, each contingent's, and through a tour
    the refreshers due during it."""
    through = summary.through is not None
    document: dict[str, Any] = {
        "mission": _counts(summary.overall, through),
        "by_contingent": {
            code: _counts(group.counts, through)
            for code, group in sorted(summary.by_contingent.items())
        },
    }
    if through:
        document["refreshers_due"] = [
            {"module": due.module, "month": due.month, "officers": due.officers}
            for due in summary.refreshers
        ]
    return document


def _counts(counts: StatusCounts, through: bool) -> dict[str, int]:
    document = {
        "ready": counts.ready,
        "expiring": counts.expiring,
        "not_ready": counts.not_ready,
        "total": counts.total,
        "on_hold": counts.on_hold,
        "deployable": counts.deployable,
    }
    if through:
        document["lapsing"] = counts.lapsing
    return document


def readiness_rows(officers: Iterable[OfficerReadiness]) -> Iterator[tuple[str | None, ...]]:
    """One row per officer and requirement (one bare row for an officer with none)."""
    for officer in officers:
        head = (
            officer.service_number,
            officer.contingent,
            officer.unit,
            officer.family_name,
            officer.given_names,
            officer.status.value,
        )
        if not officer.rows:
            yield (*head, None, None, None, None)
        for module, status, completed_on, expires_on in officer.rows:
            yield (*head, module, status, _iso(completed_on), _iso(expires_on))


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None
