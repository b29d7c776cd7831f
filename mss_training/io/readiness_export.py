"""Readiness as plain data for JSON, and as flat rows for CSV and spreadsheets."""

import datetime as dt
from collections.abc import Iterator
from typing import Any

from mss_training.services.readiness import ReadinessReport, StatusCounts

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


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def readiness_to_dict(report: ReadinessReport) -> dict[str, Any]:
    """The documented JSON shape of `mss-training readiness --format json`."""
    summary = report.summary
    return {
        "as_of": report.as_of.isoformat(),
        "warn_days": report.warn_days,
        "phase": report.phase.value if report.phase else None,
        "officers": [
            {
                "service_number": officer.service_number,
                "contingent": officer.contingent,
                "unit": officer.unit,
                "family_name": officer.family_name,
                "given_names": officer.given_names,
                "status": officer.status.value,
                "requirements": [
                    {
                        "module": state.module,
                        "status": state.status.value,
                        "completed_on": _iso(state.completed_on),
                        "expires_on": _iso(state.expires_on),
                    }
                    for state in officer.requirements
                ],
            }
            for officer in report.officers
        ],
        "summary": {
            "mission": _counts(summary.overall),
            "by_contingent": {
                code: _counts(group.counts) for code, group in sorted(summary.by_contingent.items())
            },
        },
    }


def _counts(counts: StatusCounts) -> dict[str, int]:
    return {
        "ready": counts.ready,
        "expiring": counts.expiring,
        "not_ready": counts.not_ready,
        "total": counts.total,
    }


def readiness_rows(report: ReadinessReport) -> Iterator[tuple[str | None, ...]]:
    """One row per officer and requirement (one bare row for an officer with none)."""
    for officer in report.officers:
        head = (
            officer.service_number,
            officer.contingent,
            officer.unit,
            officer.family_name,
            officer.given_names,
            officer.status.value,
        )
        if not officer.requirements:
            yield (*head, None, None, None, None)
        for state in officer.requirements:
            yield (
                *head,
                state.module,
                state.status.value,
                _iso(state.completed_on),
                _iso(state.expires_on),
            )
