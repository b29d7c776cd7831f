"""Short names of stored rows, for the sentences of the row ledger's check.

"results row 1234 (officer KEN-00017, UOF-101 of 3 March 2026)" says more to a coordinator
than an id; tables without a special case are named by their first telling column.
"""

import datetime as dt
from collections.abc import Callable
from typing import Any

from sqlalchemy import Select, Table, select
from sqlalchemy.orm import Session

from mss_training.models import (
    Contingent,
    CurriculumVersion,
    Exemption,
    Module,
    ModuleRevision,
    Officer,
    Requirement,
    Result,
    TrainingSession,
)

_TELLING = ("service_number", "serial", "username", "code", "label", "key", "name", "uid")


def _day(value: Any) -> str:
    if isinstance(value, str):
        value = dt.date.fromisoformat(value[:10])
    return f"{value.day} {value:%B %Y}" if isinstance(value, dt.date) else str(value)


def _officer_module(model: Any, day_column: Any) -> Callable[[list[int]], Any]:
    def query(ids: list[int]) -> Select[Any]:
        return (
            select(model.id, Contingent.code, Officer.service_number, Module.code, day_column)
            .join(Officer, Officer.id == model.officer_id)
            .join(Contingent, Contingent.id == Officer.contingent_id)
            .join(Module, Module.id == model.module_id)
            .where(model.id.in_(ids))
        )

    return query


def _officer_module_text(row: Any) -> str:
    _, contingent, number, module, day = row
    return f"officer {contingent} {number}, {module} of {_day(day)}"


_SPECIAL: dict[str, tuple[Callable[[list[int]], Any], Callable[[Any], str]]] = {
    "results": (_officer_module(Result, Result.completed_on), _officer_module_text),
    "exemptions": (_officer_module(Exemption, Exemption.granted_on), _officer_module_text),
    "officers": (
        lambda ids: (
            select(Officer.id, Contingent.code, Officer.service_number, Officer.family_name)
            .join(Contingent, Contingent.id == Officer.contingent_id)
            .where(Officer.id.in_(ids))
        ),
        lambda row: f"officer {row[1]} {row[2]}, {row[3]}",
    ),
    "training_sessions": (
        lambda ids: (
            select(TrainingSession.id, Module.code, TrainingSession.starts_on)
            .join(Module, Module.id == TrainingSession.module_id)
            .where(TrainingSession.id.in_(ids))
        ),
        lambda row: f"{row[1]} session of {_day(row[2])}",
    ),
    "module_revisions": (
        lambda ids: (
            select(ModuleRevision.id, Module.code, CurriculumVersion.label)
            .join(Module, Module.id == ModuleRevision.module_id)
            .join(CurriculumVersion, CurriculumVersion.id == ModuleRevision.curriculum_version_id)
            .where(ModuleRevision.id.in_(ids))
        ),
        lambda row: f"{row[1]} in curriculum {row[2]}",
    ),
    "requirements": (
        lambda ids: (
            select(Requirement.id, Module.code, Requirement.phase)
            .join(Module, Module.id == Requirement.module_id)
            .where(Requirement.id.in_(ids))
        ),
        lambda row: f"{row[1]}, {row[2]}",
    ),
}


def describe_rows(session: Session, table: Table, keys: list[Any]) -> dict[Any, str]:
    """A short name for each existing row among ``keys`` (rows not found are left out)."""
    if not keys:
        return {}
    ids = [key for key in keys if isinstance(key, int)]
    special = _SPECIAL.get(table.name)
    if special is not None and ids:
        query, text = special
        try:
            return {row[0]: text(row) for row in session.execute(query(ids))}
        except (ValueError, TypeError):
            pass  # a value an attacker made unreadable: fall back to the plain name
    keys_columns = list(table.primary_key.columns)
    column = next((table.c[name] for name in _TELLING if name in table.c), None)
    if column is None or len(keys_columns) != 1 or not ids:
        return {}
    return {
        key: f"{column.name} {value}"
        for key, value in session.execute(
            select(keys_columns[0], column).where(keys_columns[0].in_(ids))
        )
    }
