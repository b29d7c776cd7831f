"""The table of effective passes, kept in step with the results it is derived from.

A result counts as a pass when it is not a void, no later result corrects it, and it
passes under the published curriculum (docs/readiness.md). Readiness asks for an
officer's latest such pass of a module on or before a day for every officer and module
of the mission, so the answer is kept in ``effective_passes`` instead of being worked out
from millions of results, voids and corrections each time.

The table is brought up to date when the row ledger seals a transaction
(``ledger.seal``): the ledger already knows every result the transaction wrote, by the
ORM or by a bulk insert, so every way in (recording, corrections, imports, merges,
upgrades) keeps the table exact in the same transaction without knowing it exists. The
rule is written here once, for that refresh, for rebuilding and for ``audit verify``'s
check, which works the table out again from the sealed results.
"""

from collections.abc import Callable, Iterator, Sequence
from functools import partial
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Select,
    and_,
    delete,
    exists,
    func,
    insert,
    or_,
    select,
    true,
)

from mss_training.db.id_runs import long_runs
from mss_training.db.published import published_version_id
from mss_training.domain import Assessment, CurriculumStatus, Outcome, ResultKind
from mss_training.models import CurriculumVersion, EffectivePass, ModuleRevision, Result

# A condition on an id column, asked of results, of an alias of them, or of this table.
_Among = Callable[[Any], ColumnElement[bool]]
_COLUMNS = ("result_id", "officer_id", "module_id", "completed_on")
_CHUNK = 500


def _counting(results: Select) -> Select:
    """``results`` (a select from results) narrowed to those that count as passes."""
    published = published_version_id()
    superseding = Result.__table__.alias("superseding")
    # Corrections are few: their targets are gathered once into a set the database keeps
    # in memory, instead of a search of the results index for every result.
    corrected = select(superseding.c.supersedes_id).where(superseding.c.supersedes_id.is_not(None))
    passing = or_(
        Result.outcome == Outcome.PASS.value,
        and_(ModuleRevision.assessment == Assessment.ATTENDANCE.value, Result.attended.is_(True)),
        and_(
            ModuleRevision.assessment == Assessment.SCORED.value,
            Result.score.is_not(None),
            Result.score >= ModuleRevision.pass_mark,
        ),
    )
    return results.outerjoin(
        ModuleRevision,
        and_(
            ModuleRevision.module_id == Result.module_id,
            ModuleRevision.curriculum_version_id == published,
        ),
    ).where(
        Result.kind != ResultKind.VOID.value,
        Result.id.not_in(corrected),
        passing,
    )


def counted(which: ColumnElement[bool]) -> Select:
    """The results among ``which`` that count as passes, as rows of the table."""
    return _counting(
        select(Result.id, Result.officer_id, Result.module_id, Result.completed_on).where(which)
    )


def rebuild(connection: Connection) -> None:
    """Work the whole table out again (the published curriculum changed, or an upgrade)."""
    connection.execute(delete(EffectivePass))
    connection.execute(insert(EffectivePass).from_select(_COLUMNS, counted(true())))


def refresh(
    connection: Connection,
    ids: Sequence[int],
    ranges: Sequence[tuple[int, int]],
) -> None:
    """Bring the table up to date for the results written with these ids (single ids and
    inclusive ranges), and for the results they correct, which stop counting."""
    key = EffectivePass.result_id
    for among in _batches(ids, ranges):
        written = Result.__table__.alias("written")
        corrected = select(written.c.supersedes_id).where(
            among(written.c.id), written.c.supersedes_id.is_not(None)
        )
        connection.execute(delete(EffectivePass).where(among(key)))
        connection.execute(delete(EffectivePass).where(key.in_(corrected)))
        connection.execute(insert(EffectivePass).from_select(_COLUMNS, counted(among(Result.id))))
        # A result corrected in the same batch is among the written ones: insert it once.
        again = and_(Result.id.in_(corrected), ~among(Result.id))
        connection.execute(insert(EffectivePass).from_select(_COLUMNS, counted(again)))


def curriculum_changed(connection: Connection, version_ids: Sequence[int]) -> bool:
    """Whether written curriculum versions change what passes: a version published or
    retired (a draft's edits count for nothing until it is published)."""
    return _any_of(
        connection,
        version_ids,
        lambda chunk: select(CurriculumVersion.id).where(
            CurriculumVersion.id.in_(chunk),
            CurriculumVersion.status != CurriculumStatus.DRAFT.value,
        ),
    )


def revisions_changed(connection: Connection, revision_ids: Sequence[int]) -> bool:
    """Whether written module revisions belong to the published curriculum."""
    return _any_of(
        connection,
        revision_ids,
        lambda chunk: select(ModuleRevision.id).where(
            ModuleRevision.id.in_(chunk),
            ModuleRevision.curriculum_version_id == published_version_id(),
        ),
    )


def _any_of(
    connection: Connection, ids: Sequence[int], rows_among: Callable[[list[int]], Select]
) -> bool:
    """Whether ``rows_among`` finds a row for any chunk of ``ids``."""
    return any(connection.scalar(select(exists(rows_among(chunk)))) for chunk in _chunks(list(ids)))


def differences(connection: Connection) -> tuple[int, int]:
    """How many passes the results support that the table lacks, and how many rows the
    table holds that no result supports: both zero unless it was changed behind the
    program's back.

    The table's rows are checked one by one against their results (a look-up by id);
    the passes it lacks are then a count, not a search: every supported row is a distinct
    counted result, so those missing are the counted results less the supported rows.
    """
    supported = _counting(select(Result.id)).where(
        Result.id == EffectivePass.result_id,
        Result.officer_id == EffectivePass.officer_id,
        Result.module_id == EffectivePass.module_id,
        Result.completed_on == EffectivePass.completed_on,
    )
    unsupported = (
        connection.scalar(
            select(func.count())
            .select_from(EffectivePass)
            .where(~exists(supported.correlate(EffectivePass)))
        )
        or 0
    )
    held = connection.scalar(select(func.count()).select_from(EffectivePass)) or 0
    results = connection.scalar(_counting(select(func.count()).select_from(Result))) or 0
    return results - (held - unsupported), unsupported


def _batches(ids: Sequence[int], ranges: Sequence[tuple[int, int]]) -> Iterator[_Among]:
    """Conditions on an id column, each for one range or one chunk of single ids."""
    # Two million ids of a bulk insert become a few statements, not 4,000.
    runs, singles = long_runs(sorted(ids), _CHUNK)
    for first, last in _joined([*ranges, *runs]):
        yield partial(_between, first=first, last=last)
    for chunk in _chunks(singles):
        yield partial(_in, chunk=chunk)


def _joined(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Inclusive ranges with those that touch or overlap made one: a merge's ledger gives
    its ranges a batch at a time, and each range costs four statements here."""
    joined: list[tuple[int, int]] = []
    for first, last in sorted(ranges):
        if joined and first <= joined[-1][1] + 1:
            joined[-1] = (joined[-1][0], max(joined[-1][1], last))
        else:
            joined.append((first, last))
    return joined


def _between(column: Any, first: int, last: int) -> ColumnElement[bool]:
    return column.between(first, last)


def _in(column: Any, chunk: list[int]) -> ColumnElement[bool]:
    return column.in_(chunk)


def _chunks(values: list[int]) -> Iterator[list[int]]:
    for start in range(0, len(values), _CHUNK):
        yield values[start : start + _CHUNK]
