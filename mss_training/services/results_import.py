"""Import a site's attendance and results sheet, grouped into sessions by module, date and place."""

import dataclasses
import datetime as dt
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from mss_training.domain import Assessment, Outcome
from mss_training.errors import InputError
from mss_training.io.columns import RESULTS_FIELDS, fold, parse_sheet_date, read_sheet
from mss_training.messages import N_, _
from mss_training.models import Contingent, Module, ModuleRevision, Officer, Result, TrainingSession
from mss_training.progress import NO_PROGRESS, Progress
from mss_training.services.audit import record_change
from mss_training.services.curriculum import active_version
from mss_training.services.importing import ContingentNames, ImportRejectedError, RowProblem
from mss_training.services.instructors import SEPARATOR, check_instructors, instructor_rule
from mss_training.services.permissions import Actor, Permission, require, require_contingents
from mss_training.services.personnel import OfficerRef
from mss_training.services.scope import officer_clause, outside_text
from mss_training.services.training import (
    AttendeeResult,
    ModuleRules,
    PlannedSession,
    ResultRow,
    decide_outcome,
    future_date_problem,
    write_sessions,
)
from mss_training.text_limits import column_length, text_problem

OUTCOMES = {
    "pass": Outcome.PASS, "passed": Outcome.PASS, "p": Outcome.PASS, "reussi": Outcome.PASS,
    "admis": Outcome.PASS, "aprobado": Outcome.PASS, "apto": Outcome.PASS,
    "fail": Outcome.FAIL, "failed": Outcome.FAIL, "f": Outcome.FAIL, "echec": Outcome.FAIL,
    "echoue": Outcome.FAIL, "reprobado": Outcome.FAIL, "noapto": Outcome.FAIL,
    "attended": Outcome.ATTENDED, "present": Outcome.ATTENDED, "presente": Outcome.ATTENDED,
    "asistio": Outcome.ATTENDED,
    "absent": Outcome.ABSENT, "ausente": Outcome.ABSENT, "noshow": Outcome.ABSENT,
}  # fmt: skip
UNKNOWN_LOCATION = "(not given)"


@dataclass(frozen=True)
class ResultLine:
    row: int
    contingent: str
    service_number: str
    module: str
    day: dt.date
    outcome: Outcome
    score: float | None
    location: str
    already_recorded: bool


@dataclass(frozen=True)
class ResultsImportPreview:
    source: str
    columns: dict[str, str]
    ignored_columns: tuple[str, ...]
    lines: tuple[ResultLine, ...]
    rejected: tuple[RowProblem, ...]
    sessions: int  # new sessions the import makes

    @property
    def new_results(self) -> int:
        return sum(not line.already_recorded for line in self.lines)

    @property
    def already_recorded(self) -> int:
        return sum(line.already_recorded for line in self.lines)


@dataclass(frozen=True)
class _Accepted:
    line: ResultLine
    officer_id: int
    rules: ModuleRules
    instructor: str


def _officers(session: Session, within: Collection[str] | None) -> dict[tuple[str, str], int]:
    """The officers a sheet may name: those of the account's contingents only."""
    return {
        (code, number): officer_id
        for officer_id, code, number in session.execute(
            select(Officer.id, Contingent.code, Officer.service_number)
            .join(Contingent, Contingent.id == Officer.contingent_id)
            .where(officer_clause(within, Officer.id))
        )
    }


def active_module_rules(session: Session) -> dict[str, ModuleRules]:
    """The rules of each module of the active curriculum, by its code folded."""
    version = active_version(session)
    return {
        fold(code): ModuleRules(
            module_id, code, Assessment(assessment), pass_mark, bool(requires or current)
        )
        for module_id, code, assessment, pass_mark, requires, current in session.execute(
            select(
                Module.id,
                Module.code,
                ModuleRevision.assessment,
                ModuleRevision.pass_mark,
                ModuleRevision.instructor_requires,
                ModuleRevision.instructor_current,
            )
            .join(ModuleRevision, ModuleRevision.module_id == Module.id)
            .where(ModuleRevision.curriculum_version_id == version.id)
        )
    }


def typed_result(
    rules: ModuleRules, officer: OfficerRef, attended: bool, typed: str
) -> tuple[AttendeeResult, Outcome]:
    """One attendee's result as typed in the window, and the outcome it decides.

    InputError, in the same words ``record_session`` would use, when it cannot be saved.
    """
    if not attended:
        return AttendeeResult(officer, attended=False), Outcome.ABSENT
    text = typed.strip().replace(",", ".").rstrip("%")
    score: float | None = None
    outcome: Outcome | None = None
    if text:
        try:
            score = float(text)
        except ValueError:
            outcome = OUTCOMES.get(fold(text))
            if outcome is None or outcome is Outcome.ABSENT:
                raise InputError(
                    _(
                        "{typed!r} is not a result: type a score from 0 to 100, P (pass) or F "
                        "(fail)."
                    ).format(typed=typed.strip())
                ) from None
    stated = None if outcome is Outcome.ATTENDED else outcome
    decided = decide_outcome(rules, True, score, stated)
    return AttendeeResult(officer, score=score, outcome=stated), decided


_Key = tuple[int, int, dt.date, str]  # officer, module, day, folded place
# Officers whose results are looked up in one statement; a sheet of at most this many
# days names them in the statement too.
_OFFICERS_AT_ONCE = 500
_DAYS_NAMED = 500


def _recorded(session: Session, wanted: Collection[_Key]) -> set[_Key]:
    """Which of the sheet's (officer, module, day, place) are held already, to import
    idempotently. Only the sheet's officers' results on the sheet's days are read, a
    batch of officers at a time, and only matches are kept: the mission's millions of
    results once took a gigabyte here."""
    officers = sorted({key[0] for key in wanted})
    days = {key[2] for key in wanted}
    found: set[_Key] = set()
    for start in range(0, len(officers), _OFFICERS_AT_ONCE):
        statement = (
            select(
                Result.officer_id, Result.module_id, Result.completed_on, TrainingSession.location
            )
            .join(TrainingSession, TrainingSession.id == Result.session_id)
            .where(Result.officer_id.in_(officers[start : start + _OFFICERS_AT_ONCE]))
        )
        if len(days) <= _DAYS_NAMED:  # a sheet's few days narrow the read further
            statement = statement.where(Result.completed_on.in_(days))
        for officer_id, module_id, day, location in session.execute(statement):
            key = (officer_id, module_id, day, fold(location))
            if key in wanted:
                found.add(key)
    return found


def _session_text_problem(location: str, instructor: str) -> str | None:
    for name, value, column in (
        (N_("location"), location, TrainingSession.location),
        (N_("instructor"), instructor, TrainingSession.instructors),
    ):
        problem = text_problem(value, column_length(column))
        if problem:
            return _("{name} {problem}").format(name=_(name), problem=problem)
    return None


def _plan(
    session: Session,
    path: Path,
    mapping: Mapping[str, str],
    today: dt.date,
    within: Collection[str] | None,
    progress: Progress = NO_PROGRESS,
) -> tuple[ResultsImportPreview, list[_Accepted]]:
    columns, rows = read_sheet(
        path, mapping, ("service_number", "module_code", "date"), RESULTS_FIELDS
    )
    if "outcome" not in columns.fields and "score" not in columns.fields:
        raise InputError(
            _("{name} has neither an outcome nor a score column.").format(name=path.name)
        )
    contingents = ContingentNames(session)
    officers = _officers(session, within)
    numbers_to_contingents: dict[str, list[str]] = {}
    for code, number in officers:
        numbers_to_contingents.setdefault(number, []).append(code)
    modules = active_module_rules(session)
    rejected: list[RowProblem] = []
    accepted: list[_Accepted] = []
    seen: dict[_Key, int] = {}
    for position, row in enumerate(rows):
        if position % 500 == 0:
            progress.step(position, len(rows), _("Checking rows"))
        number = columns.value(row, "service_number")
        if not number:
            rejected.append(RowProblem(row.number, "missing service number"))
            continue
        written = columns.value(row, "contingent")
        if written:
            found = contingents.find(written)
            if found is None:
                rejected.append(RowProblem(row.number, f"unknown contingent {written!r}"))
                continue
            code = found[1]
            if within is not None and code not in within:
                rejected.append(RowProblem(row.number, outside_text(code)))
                continue
        else:
            candidates = numbers_to_contingents.get(number, [])
            if len(candidates) > 1:
                owners = ", ".join(sorted(candidates))
                reason = _(
                    "service number {number} belongs to officers of {owners}; add a "
                    "contingent column"
                ).format(number=number, owners=owners)
                rejected.append(RowProblem(row.number, reason))
                continue
            code = candidates[0] if candidates else ""
        officer_id = officers.get((code, number))
        if officer_id is None:
            where = f" in {code}" if code else ""
            rejected.append(RowProblem(row.number, f"unknown officer {number}{where}"))
            continue
        module_text = columns.value(row, "module_code")
        rules = modules.get(fold(module_text))
        if rules is None:
            rejected.append(RowProblem(row.number, f"unknown module {module_text!r}"))
            continue
        date_text = columns.value(row, "date")
        try:
            day = parse_sheet_date(date_text)
        except ValueError:
            reason = (
                _("bad date {text!r} (use YYYY-MM-DD)").format(text=date_text)
                if date_text
                else _("missing date")
            )
            rejected.append(RowProblem(row.number, reason))
            continue
        problem = future_date_problem(day, today)
        if problem:
            rejected.append(RowProblem(row.number, problem))
            continue
        score_text = columns.value(row, "score").replace(",", ".").rstrip("%")
        score: float | None = None
        if score_text:
            try:
                score = float(score_text)
            except ValueError:
                rejected.append(
                    RowProblem(
                        row.number,
                        _("score {score_text!r} is not a number").format(score_text=score_text),
                    )
                )
                continue
        outcome_text = columns.value(row, "outcome")
        outcome: Outcome | None = None
        if outcome_text:
            outcome = OUTCOMES.get(fold(outcome_text))
            if outcome is None:
                reason = _("unknown outcome {text!r} (use pass, fail, attended or absent)").format(
                    text=outcome_text
                )
                rejected.append(RowProblem(row.number, reason))
                continue
        attended = outcome is not Outcome.ABSENT
        # "absent" and "attended" say whether the officer came; the module decides the rest.
        stated = None if outcome in (Outcome.ABSENT, Outcome.ATTENDED) else outcome
        try:
            decided = decide_outcome(rules, attended, score, stated)
        except InputError as error:
            rejected.append(RowProblem(row.number, str(error).rstrip(".")))
            continue
        location = columns.value(row, "location") or UNKNOWN_LOCATION
        instructor = columns.value(row, "instructor")
        problem = _session_text_problem(location, instructor)
        if problem:
            rejected.append(RowProblem(row.number, problem))
            continue
        key = (officer_id, rules.module_id, day, fold(location))
        if key in seen:
            rejected.append(
                RowProblem(
                    row.number, _("the same result is also on row {seen}").format(seen=seen[key])
                )
            )
            continue
        seen[key] = row.number
        line = ResultLine(
            row.number, code, number, rules.code, day, decided, score, location, False
        )
        accepted.append(_Accepted(line, officer_id, rules, instructor))
    # Looked up once the sheet is read: its keys say which results can matter.
    recorded = _recorded(session, seen)
    accepted = [
        dataclasses.replace(a, line=dataclasses.replace(a.line, already_recorded=True))
        if (a.officer_id, a.rules.module_id, a.line.day, fold(a.line.location)) in recorded
        else a
        for a in accepted
    ]
    accepted = _without_overlong_instructors(accepted, rejected)
    accepted = _without_unqualified_instructors(session, accepted, rejected)
    new_sessions = {_session_key(a) for a in accepted if not a.line.already_recorded}
    preview = ResultsImportPreview(
        source=path.name,
        columns={f: columns.source_of(f) for f in columns.fields},
        ignored_columns=columns.ignored,
        lines=tuple(a.line for a in accepted),
        rejected=tuple(rejected),
        sessions=len(new_sessions),
    )
    return preview, accepted


def _session_key(item: _Accepted) -> tuple[int, dt.date, str]:
    return (item.rules.module_id, item.line.day, fold(item.line.location))


def _instructors(items: list[_Accepted]) -> str:
    """The session's instructors from its rows: names as given, or for a module with an
    instructor rule the officers named, each cell a ';'-separated list."""
    named = sorted({item.instructor for item in items if item.instructor})
    return f"{SEPARATOR} ".join(named) if items and items[0].rules.instructed else ", ".join(named)


def _without_unqualified_instructors(
    session: Session, accepted: list[_Accepted], rejected: list[RowProblem]
) -> list[_Accepted]:
    """The rows of sessions whose instructors may teach them; the rows of the others are
    rejected with the sentence recording the session in the window would give."""
    grouped: dict[tuple[int, dt.date, str], list[_Accepted]] = {}
    for item in accepted:
        if not item.line.already_recorded and item.rules.instructed:
            grouped.setdefault(_session_key(item), []).append(item)
    refused: dict[tuple[int, dt.date, str], str] = {}
    for key, items in grouped.items():
        rule = instructor_rule(session, items[0].rules.code)
        if rule is None:
            continue
        try:
            check_instructors(
                session, rule, _instructors(items), key[1], {i.officer_id for i in items}
            )
        except InputError as error:
            refused[key] = str(error).rstrip(".")
    if not refused:
        return accepted
    for item in accepted:
        if not item.line.already_recorded and _session_key(item) in refused:
            rejected.append(RowProblem(item.line.row, refused[_session_key(item)]))
    rejected.sort(key=lambda problem: problem.row)
    return [
        item for item in accepted if item.line.already_recorded or _session_key(item) not in refused
    ]


def _without_overlong_instructors(
    accepted: list[_Accepted], rejected: list[RowProblem]
) -> list[_Accepted]:
    """The rows whose session can hold all its instructors' names; the others are rejected."""
    grouped: dict[tuple[int, dt.date, str], list[_Accepted]] = {}
    for item in accepted:
        if not item.line.already_recorded:
            grouped.setdefault(_session_key(item), []).append(item)
    limit = column_length(TrainingSession.instructors)
    too_long = {key for key, items in grouped.items() if len(_instructors(items)) > limit}
    for item in accepted:
        if not item.line.already_recorded and _session_key(item) in too_long:
            reason = _(
                "the instructors named for this session come to more than {limit} characters"
            ).format(limit=limit)
            rejected.append(RowProblem(item.line.row, reason))
    rejected.sort(key=lambda problem: problem.row)
    return [
        item
        for item in accepted
        if item.line.already_recorded or _session_key(item) not in too_long
    ]


def preview_results_import(
    session: Session,
    path: Path,
    mapping: Mapping[str, str] | None = None,
    *,
    today: dt.date | None = None,
    progress: Progress = NO_PROGRESS,
    within: Collection[str] | None = None,
) -> ResultsImportPreview:
    """What importing a results sheet would add and reject; nothing is written.

    ``within`` is the account's contingents: a row of another contingent is rejected as
    outside them, and a service number of another contingent is an unknown officer.
    """
    return _plan(session, path, mapping or {}, today or dt.date.today(), within, progress)[0]


def import_results(
    session: Session,
    path: Path,
    actor: Actor,
    *,
    mapping: Mapping[str, str] | None = None,
    skip_invalid: bool = False,
    today: dt.date | None = None,
    progress: Progress = NO_PROGRESS,
) -> ResultsImportPreview:
    """Record the results of a sheet as sessions, in the caller's transaction.

    Results already held (same officer, module, day and place) are left alone, so
    importing the same sheet twice adds nothing the second time.
    """
    require(actor, Permission.RECORD_TRAINING)
    preview, accepted = _plan(
        session, path, mapping or {}, today or dt.date.today(), actor.contingents, progress
    )
    if preview.rejected and not skip_invalid:
        raise ImportRejectedError(preview, "results")
    require_contingents(
        session,
        actor,
        Permission.RECORD_TRAINING,
        {item.line.contingent for item in accepted if not item.line.already_recorded},
    )
    progress.step(len(accepted), len(accepted), _("Writing results"))
    grouped: dict[tuple[int, dt.date, str], list[_Accepted]] = {}
    for item in accepted:
        if not item.line.already_recorded:
            grouped.setdefault(_session_key(item), []).append(item)
    planned = [
        PlannedSession(
            module_id=module_id,
            starts_on=day,
            ends_on=day,
            location=items[0].line.location,
            instructors=_instructors(items),
            notes=f"Imported from {preview.source}",
            results=tuple(
                ResultRow(
                    i.officer_id, i.line.outcome is not Outcome.ABSENT, i.line.score, i.line.outcome
                )
                for i in items
            ),
        )
        for (module_id, day, _), items in sorted(grouped.items(), key=lambda entry: entry[0][:2])
    ]
    write_sessions(session, planned, actor.username)
    if planned:
        record_change(
            session,
            actor=actor.username,
            action="import",
            entity="result",
            summary=(
                f"Imported results {preview.source}: {preview.new_results} results in "
                f"{len(planned)} sessions, {len(preview.rejected)} rows rejected"
            ),
            after={"sessions": len(planned), "results": preview.new_results},
        )
    return preview
