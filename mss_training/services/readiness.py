"""Readiness as of a date: what each officer needs, what they hold, and who can deploy.

The rules (docs/readiness.md) are computed set-wise in one SQL statement, so that the
database, not Python, walks the millions of results of a whole mission.
"""

import dataclasses
import datetime as dt
import uuid
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from operator import itemgetter
from typing import Any

from sqlalchemy import (
    Date,
    Select,
    and_,
    bindparam,
    case,
    cast,
    exists,
    false,
    func,
    literal,
    null,
    or_,
    select,
    true,
)
from sqlalchemy.engine import Row
from sqlalchemy.sql.elements import ColumnElement

from mss_training.dates import earliest_valid_completion, last_valid_day
from mss_training.db import tables
from mss_training.db.readers import Reader, connection_of, passes_up_to_date
from mss_training.db.sql import add_months
from mss_training.domain import (
    DEFAULT_WARN_DAYS,
    OfficerStatus,
    Phase,
    ReadinessStatus,
    RequirementStatus,
)
from mss_training.errors import InputError
from mss_training.messages import _
from mss_training.services.hold_rules import HoldState, holds_of
from mss_training.services.lookups import PublishedVersion, contingent_key, published_version
from mss_training.services.permissions import Actor, visible_contingents

# Officer status is the worst of their requirements: a rank per requirement status (as
# RequirementStatus is a StrEnum, its values find the same entries as its members).
STATUS_RANK: dict[str, int] = {
    RequirementStatus.CURRENT: 0,
    RequirementStatus.EXEMPT: 0,
    RequirementStatus.EXPIRING: 1,
    RequirementStatus.LAPSES: 1,
    RequirementStatus.EXPIRED: 2,
    RequirementStatus.MISSING: 2,
}
STATUS_OF_RANK = {
    0: ReadinessStatus.READY,
    1: ReadinessStatus.EXPIRING,
    2: ReadinessStatus.NOT_READY,
}
_NOT_READY = frozenset(str(status) for status, rank in STATUS_RANK.items() if rank == 2)
_EXPIRING = frozenset(str(status) for status, rank in STATUS_RANK.items() if rank == 1)
_STATUS_OF_ROW = itemgetter(1)
# The engine's rows carry a status's value; a dict lookup turns it back into the member
# far faster than calling the enum, once per officer and requirement.
_REQUIREMENT_STATUS = {status.value: status for status in RequirementStatus}


@dataclass(frozen=True)
class ReadinessQuery:
    """What a commander asks: readiness of whom, as of when."""

    as_of: dt.date
    warn_days: int = DEFAULT_WARN_DAYS
    phase: Phase | None = None
    contingent: str | None = None
    unit: str | None = None
    include_inactive: bool = False
    officer_ids: tuple[int, ...] | None = None
    # The contingents the asking account may see (None: all); see ``for_actor``.
    contingents: frozenset[str] | None = None
    # The last day of the tour: readiness on ``as_of`` seen through it (``status_through``).
    through: dt.date | None = None

    def __post_init__(self) -> None:
        if self.warn_days < 0:
            raise InputError(_("The warning window cannot be a negative number of days."))
        if self.through is not None and self.through < self.as_of:
            raise InputError(_("The end of the tour (--through) cannot be before the as-of date."))
        if self.unit and not self.contingent:
            raise InputError(_("Name the contingent of the unit as well."))


@dataclass(frozen=True)
class RequirementState:
    module: str
    status: RequirementStatus
    completed_on: dt.date | None
    expires_on: dt.date | None

    @property
    def last_valid_day(self) -> dt.date | None:
        """The day before ``expires_on``: the last on which the pass is valid."""
        return last_valid_day(self.expires_on)


# A requirement as the engine returns it: module code, RequirementStatus value,
# completed_on, expires_on.
RequirementRow = tuple[str, str, dt.date | None, dt.date | None]


@dataclass(frozen=True)
class OfficerReadiness:
    uid: uuid.UUID
    service_number: str
    contingent: str
    unit: str | None
    rank: str | None
    family_name: str
    given_names: str
    officer_status: str
    status: ReadinessStatus
    # Each requirement as the engine's row, sorted by module: what writers of a whole
    # mission read. Tuples of text and dates are quick to make, and Python's garbage
    # collector stops tracking them, where it walks every object again and again.
    rows: tuple[RequirementRow, ...]
    # What holds the officer back on the day whatever their training (services.holds).
    holds: tuple[HoldState, ...] = ()

    @property
    def deployable(self) -> bool:
        """Trained for the day (ready, or expiring but still current) and held by nothing."""
        return self.status is not ReadinessStatus.NOT_READY and not self.holds

    @cached_property
    def requirements(self) -> tuple[RequirementState, ...]:
        """Each requirement as an object, made when first asked for."""
        return tuple(
            RequirementState(module, _REQUIREMENT_STATUS[status], completed_on, expires_on)
            for module, status, completed_on, expires_on in self.rows
        )


@dataclass
class StatusCounts:
    ready: int = 0
    expiring: int = 0
    not_ready: int = 0
    # Across the statuses: officers held back by a hold (or missing vetting), and those
    # who may deploy (trained and not held).
    on_hold: int = 0
    deployable: int = 0
    # Through a tour: officers with a refresher due during it (a requirement that lapses).
    lapsing: int = 0
    # Of the ready and the expiring, those held back all the same: trained, not deployable.
    ready_held: int = 0
    expiring_held: int = 0

    @property
    def total(self) -> int:
        return self.ready + self.expiring + self.not_ready

    @property
    def percent_ready(self) -> float:
        return 100.0 * self.ready / self.total if self.total else 0.0

    @property
    def trained_but_held(self) -> int:
        """Officers whose training would let them deploy, held back by a hold."""
        return self.ready_held + self.expiring_held

    def add(self, status: ReadinessStatus, held: bool, count: int = 1) -> None:
        setattr(self, status.value, getattr(self, status.value) + count)
        if held:
            self.on_hold += count
            if status is ReadinessStatus.READY:
                self.ready_held += count
            elif status is ReadinessStatus.EXPIRING:
                self.expiring_held += count
        elif status is not ReadinessStatus.NOT_READY:
            self.deployable += count


@dataclass
class ModuleCoverage:
    """Of the officers who need a module (and are not exempt), how many hold it now."""

    module: str
    needed: int = 0
    met: int = 0

    @property
    def percent(self) -> float:
        return 100.0 * self.met / self.needed if self.needed else 100.0


@dataclass
class GroupReadiness:
    name: str
    counts: StatusCounts = field(default_factory=StatusCounts)
    modules: dict[str, ModuleCoverage] = field(default_factory=dict)


@dataclass(frozen=True)
class RefreshersDue:
    """How many officers' qualification in a module lapses during the tour, in a month.

    The month is that of the qualification's last valid day (the day before its
    ``expires_on``): the refresher is due by then.
    """

    module: str
    month: str  # YYYY-MM
    officers: int


@dataclass(frozen=True)
class ReadinessSummary:
    as_of: dt.date
    warn_days: int
    phase: Phase | None
    overall: StatusCounts
    by_contingent: dict[str, GroupReadiness]
    by_unit: dict[tuple[str, str], GroupReadiness]
    through: dt.date | None = None
    # Through a tour: refreshers due during it, by month then module.
    refreshers: tuple[RefreshersDue, ...] = ()


@dataclass(frozen=True)
class ReadinessReport:
    as_of: dt.date
    warn_days: int
    phase: Phase | None
    officers: tuple[OfficerReadiness, ...]
    summary: ReadinessSummary


def officer_scope(session: Reader, query: ReadinessQuery) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if not query.include_inactive:
        conditions.append(tables.officers.c.status == OfficerStatus.ACTIVE.value)
    if query.contingent:
        contingent = contingent_key(session, query.contingent)
        conditions.append(tables.officers.c.contingent_id == contingent.id)
        if query.unit:
            unit_id = session.scalar(
                select(tables.units.c.id).where(
                    tables.units.c.contingent_id == contingent.id, tables.units.c.name == query.unit
                )
            )
            if unit_id is None:
                raise InputError(
                    _("Contingent {code} has no unit {unit!r}.").format(
                        code=contingent.code, unit=query.unit
                    )
                )
            conditions.append(tables.officers.c.unit_id == unit_id)
    if query.officer_ids is not None:
        conditions.append(tables.officers.c.id.in_(query.officer_ids))
    if query.contingents is not None:
        visible = select(tables.contingents.c.id).where(
            tables.contingents.c.code.in_(sorted(query.contingents))
        )
        conditions.append(tables.officers.c.contingent_id.in_(visible))
    return conditions


def for_actor(query: ReadinessQuery, actor: Actor) -> ReadinessQuery:
    """The query narrowed to the contingents the actor may see; refused for any other."""
    return dataclasses.replace(query, contingents=visible_contingents(actor, query.contingent))


def requirement_rows(
    session: Reader,
    query: ReadinessQuery,
    *,
    with_dates: bool = True,
    with_groups: bool = False,
    version: PublishedVersion | None = None,
    scope: Sequence[ColumnElement[bool]] | None = None,
) -> Select:
    """One row per officer and required module: officer_id, module_id, status[, dates]
    [, contingent_id, unit_id].

    ``status`` is a RequirementStatus value; with ``with_dates``, ``completed_on`` is the
    latest pass on or before the as-of date and ``expires_on`` when it lapses (NULL if
    it never does); with ``with_groups``, the officer's contingent and unit ids.
    ``version`` is the published one and ``scope`` the query's conditions on officers
    (``officer_scope``), where the caller has worked them out already.
    """
    passes_up_to_date(session)
    version_id = (version or published_version(session)).id
    as_of = bindparam("as_of", query.as_of, type_=Date)
    scope = officer_scope(session, query) if scope is None else scope
    requirement_filter: list[ColumnElement[bool]] = [
        tables.requirements.c.curriculum_version_id == version_id
    ]
    if query.phase is not None:
        requirement_filter.append(tables.requirements.c.phase == query.phase.value)
    asked = session.execute(
        select(
            tables.requirements.c.module_id,
            tables.requirements.c.contingent_id,
            tables.requirements.c.role_id,
        ).where(*requirement_filter)
    ).all()
    needed = _needed(scope, asked, version_id, connection_of(session).dialect.name)

    # The latest pass on or before the as-of date: one step back into the index of the
    # maintained table of passes (db/effective_passes.py) per officer and module, instead
    # of walking the pair's results, voids and corrections.
    last_pass_of = (
        tables.effective_passes.c.officer_id == needed.c.officer_id,
        tables.effective_passes.c.module_id == needed.c.module_id,
        tables.effective_passes.c.completed_on <= as_of,
    )
    last_pass = (
        select(tables.effective_passes.c.completed_on)
        .where(*last_pass_of)
        .order_by(tables.effective_passes.c.completed_on.desc())
        .limit(1)
        .correlate(needed)
        .scalar_subquery()
    )
    exempting = (
        tables.exemptions.c.officer_id == needed.c.officer_id,
        tables.exemptions.c.module_id == needed.c.module_id,
        tables.exemptions.c.granted_on <= as_of,
        or_(tables.exemptions.c.valid_until.is_(None), tables.exemptions.c.valid_until >= as_of),
    )
    exempt = exists().where(*exempting).correlate(needed)
    # Through a tour: the last day the officer stays exempt (NULL if an exemption never ends).
    exempt_until: ColumnElement[Any] = cast(null(), Date)
    if query.through is not None:
        exempt_until = (
            select(
                case(
                    (func.count() == func.count(tables.exemptions.c.valid_until),
                     func.max(tables.exemptions.c.valid_until)),
                    else_=cast(null(), Date),
                )
            )
            .where(*exempting)
            .correlate(needed)
            .scalar_subquery()
        )  # fmt: skip
    months = needed.c.validity_months
    validities = session.scalars(
        select(tables.module_revisions.c.validity_months)
        .where(
            tables.module_revisions.c.curriculum_version_id == version_id,
            tables.module_revisions.c.validity_months.is_not(None),
        )
        .distinct()
    ).all()
    warn_until = query.as_of + dt.timedelta(days=query.warn_days)
    valid_from = _cut_off(months, validities, query.as_of, "valid")
    current_from = _cut_off(months, validities, warn_until, "current")
    groups = [needed.c.contingent_id, needed.c.unit_id] if with_groups else []
    if not with_dates:
        # The status of the latest pass is worked out where the pass is found, so that
        # only the status is kept for the rows (the counts need nothing more).
        passed = (
            select(
                _pass_status(
                    tables.effective_passes.c.completed_on, months, valid_from, current_from
                )
            )
            .where(*last_pass_of)
            .order_by(tables.effective_passes.c.completed_on.desc())
            .limit(1)
            .correlate(needed)
            .scalar_subquery()
        )
        status = case(
            (exempt, literal(RequirementStatus.EXEMPT.value)),
            else_=func.coalesce(passed, literal(RequirementStatus.MISSING.value)),
        )
        return select(needed.c.officer_id, needed.c.module_id, status.label("status"), *groups)
    # MATERIALIZED keeps the database from inlining (and so repeating) the lookups in
    # every place the outer query uses their results.
    looked_up = (
        select(
            needed.c.officer_id,
            needed.c.module_id,
            last_pass.label("completed_on"),
            exempt.label("exempt"),
            exempt_until.label("exempt_until"),
            months.label("validity_months"),
            valid_from.label("valid_from"),
            current_from.label("current_from"),
            *groups,
        )
        .cte("looked_up")
        .prefix_with("MATERIALIZED")
    )
    completed = looked_up.c.completed_on
    status = case(
        (looked_up.c.exempt, literal(RequirementStatus.EXEMPT.value)),
        (completed.is_(None), literal(RequirementStatus.MISSING.value)),
        else_=_pass_status(
            completed,
            looked_up.c.validity_months,
            looked_up.c.valid_from,
            looked_up.c.current_from,
        ),
    )
    return select(
        looked_up.c.officer_id,
        looked_up.c.module_id,
        status.label("status"),
        completed.label("completed_on"),
        add_months(completed, looked_up.c.validity_months).label("expires_on"),
        looked_up.c.exempt_until,
        *(looked_up.c[column.name] for column in groups),
    )


def _pass_status(
    completed: Any, months: Any, valid_from: Any, current_from: Any
) -> ColumnElement[str]:
    """The status a pass completed on ``completed`` gives (docs/readiness.md): current,
    expiring within the warning window, or expired."""
    return case(
        (months.is_(None), literal(RequirementStatus.CURRENT.value)),
        (completed < valid_from, literal(RequirementStatus.EXPIRED.value)),
        (completed < current_from, literal(RequirementStatus.EXPIRING.value)),
        else_=literal(RequirementStatus.CURRENT.value),
    )


def _needed(
    scope: Sequence[ColumnElement[bool]],
    asked: Sequence[Row[int, int | None, int | None]],
    version_id: int,
    dialect: str,
) -> Any:
    """Each officer in scope and each module some requirement asks of them, with the
    officer's contingent and unit and the module's validity.

    The curriculum's few requirements are read first and written into the statement as
    one condition per module (``_asked_of``), so that each officer and module costs the
    database a comparison, not a search of the requirements.
    """
    by_module: dict[int, list[tuple[int | None, int | None]]] = {}
    for module_id, contingent_id, role_id in asked:
        by_module.setdefault(module_id, []).append((contingent_id, role_id))
    modules = sorted(by_module)
    pairs = (
        select(
            tables.officers.c.id.label("officer_id"),
            tables.module_revisions.c.module_id.label("module_id"),
            tables.officers.c.contingent_id.label("contingent_id"),
            tables.officers.c.unit_id.label("unit_id"),
            tables.module_revisions.c.validity_months.label("validity_months"),
        )
        .join(
            tables.module_revisions, tables.module_revisions.c.curriculum_version_id == version_id
        )
        .where(
            *scope,
            tables.module_revisions.c.module_id.in_(modules),
            case(
                {module: _asked_of(by_module[module]) for module in modules},
                value=tables.module_revisions.c.module_id,
                else_=false(),
            )
            if modules
            else false(),
        )
    )
    if dialect != "sqlite":
        return pairs.cte("needed")
    # SQLite would walk the curriculum's modules outside and the officers inside, so that
    # each next lookup in the passes index (officer, module, day) lands far from the last.
    # Officer by officer, the lookups walk the index in its order and find its pages in
    # the cache: at mission scale the whole query takes a quarter less, sort included.
    return (
        pairs.order_by(tables.officers.c.id, tables.module_revisions.c.module_id)
        .cte("needed")
        .prefix_with("MATERIALIZED")
    )


def _asked_of(requirements: Iterable[tuple[int | None, int | None]]) -> ColumnElement[bool]:
    """Whether an officer is asked a module by any of its requirements: (contingent id,
    role id), None meaning every contingent or every officer."""
    roles_by_contingent: dict[int | None, set[int | None]] = {}
    for contingent_id, role_id in requirements:
        roles_by_contingent.setdefault(contingent_id, set()).add(role_id)
    conditions: list[ColumnElement[bool]] = []
    for contingent_id, roles in sorted(
        roles_by_contingent.items(), key=lambda item: (item[0] is not None, item[0] or 0)
    ):
        parts: list[ColumnElement[bool]] = []
        if contingent_id is not None:
            parts.append(tables.officers.c.contingent_id == contingent_id)
        if None not in roles:
            held = sorted(role for role in roles if role is not None)
            parts.append(
                exists().where(
                    tables.officer_roles.c.officer_id == tables.officers.c.id,
                    tables.officer_roles.c.role_id.in_(held),
                )
            )
        if not parts:
            return true()
        conditions.append(and_(*parts))
    return or_(*conditions)


def _cut_off(
    months: Any, validities: Sequence[int | None], day: dt.date, name: str
) -> ColumnElement[Any]:
    """Per validity, the earliest completion date still valid after ``day``.

    A pass is valid on ``day`` exactly when it was completed on or after this date, so
    expiry becomes a date comparison instead of month arithmetic on every row.
    """
    whens = [
        (
            months == validity,
            bindparam(f"{name}_{validity}", earliest_valid_completion(day, validity), type_=Date),
        )
        for validity in validities
        if validity is not None
    ]
    if not whens:
        return cast(null(), Date)
    return case(*whens, else_=cast(null(), Date))


def _officer_scope_rows(scope: Sequence[ColumnElement[bool]]) -> Select:
    return (
        select(
            tables.officers.c.id,
            tables.contingents.c.code,
            tables.units.c.name,
            tables.officers.c.uid,
            tables.officers.c.service_number,
            tables.officers.c.rank,
            tables.officers.c.family_name,
            tables.officers.c.given_names,
            tables.officers.c.status,
        )
        .join(tables.contingents, tables.contingents.c.id == tables.officers.c.contingent_id)
        .outerjoin(tables.units, tables.units.c.id == tables.officers.c.unit_id)
        .where(*scope)
        .order_by(
            tables.contingents.c.code,
            tables.officers.c.family_name,
            tables.officers.c.given_names,
            tables.officers.c.service_number,
        )
    )


def status_through(status: str, expires_on: dt.date | None, through: dt.date | None) -> str:
    """A requirement's status on the as-of date (a RequirementStatus value), seen through
    the tour's last day.

    Met on the day (current, expiring, or exempt, with ``exemption_ends`` as its
    ``expires_on``) but no longer on ``through`` (a pass is valid strictly before its
    ``expires_on``, so ``expires_on`` on or before ``through``): it lapses during the tour.
    Every other status, and any without ``through``, stands.
    """
    if (
        through is not None
        and expires_on is not None
        and expires_on <= through
        and status in _HELD_THROUGH
    ):
        return RequirementStatus.LAPSES.value
    return status


MET_ON_THE_DAY = frozenset({RequirementStatus.CURRENT.value, RequirementStatus.EXPIRING.value})
_HELD_THROUGH = MET_ON_THE_DAY | {RequirementStatus.EXEMPT.value}


def exemption_ends(
    exempt_until: dt.date | None, completed_on: dt.date | None, expires_on: dt.date | None
) -> dt.date | None:
    """For an officer exempt on the as-of date, the first day the requirement is no longer
    met, as a pass's ``expires_on`` says it: the day after the exemption's last day, or
    later if a pass still holds then (``expires_on`` of the latest pass, NULL for one that
    never lapses). NULL when it is met for good (an exemption without end)."""
    if exempt_until is None:
        return None
    ends = exempt_until + dt.timedelta(days=1)
    if completed_on is None:
        return ends
    return None if expires_on is None else max(ends, expires_on)


class TourTally:
    """Officer by officer, who has a refresher due during the tour: per contingent and
    unit, and per module and month (of the last valid day). Only rows read through a tour
    hold ``lapses``, so without one it finds nothing."""

    def __init__(self) -> None:
        self.lapsing: Counter[tuple[str, str | None]] = Counter()
        self.due: Counter[tuple[str, str]] = Counter()

    def add(self, officer: "OfficerReadiness") -> None:
        lapses = RequirementStatus.LAPSES.value
        lapsing = [
            (module, expires)
            for module, status, _, expires in officer.rows
            if status == lapses and expires is not None
        ]
        if not lapsing:
            return
        self.lapsing[(officer.contingent, officer.unit)] += 1
        for module, expires in lapsing:
            self.due[(module, f"{expires - dt.timedelta(days=1):%Y-%m}")] += 1

    def applied_to(self, summary: ReadinessSummary) -> ReadinessSummary:
        """The summary with these officers counted as ``lapsing`` and the refreshers due."""
        for (contingent, unit), count in self.lapsing.items():
            summary.overall.lapsing += count
            summary.by_contingent[contingent].counts.lapsing += count
            if unit is not None:
                summary.by_unit[(contingent, unit)].counts.lapsing += count
        refreshers = tuple(
            RefreshersDue(module, month, count)
            for (module, month), count in sorted(self.due.items(), key=lambda i: i[0][::-1])
        )
        return dataclasses.replace(summary, refreshers=refreshers)


def module_codes(session: Reader) -> dict[int, str]:
    return dict(session.execute(select(tables.modules.c.id, tables.modules.c.code)).all())


def overall_status(requirements: Iterable[str]) -> ReadinessStatus:
    """An officer's status from their requirements' (ready with none at all)."""
    # A set of the few statuses there are, made in C: no Python step per requirement.
    statuses = set(requirements)
    if not statuses.isdisjoint(_NOT_READY):
        return ReadinessStatus.NOT_READY
    if not statuses.isdisjoint(_EXPIRING):
        return ReadinessStatus.EXPIRING
    return ReadinessStatus.READY


def readiness_by_officer(session: Reader, query: ReadinessQuery) -> Iterator[OfficerReadiness]:
    """Every officer in scope with the state of each requirement, in roster order.

    Without the roll-ups, whose module coverage costs as much again as the query: for
    writers that go through a whole mission officer by officer. The statements run (and a
    bad query is refused) on the call; the officers come as they are iterated, within the
    session.
    """
    codes = module_codes(session)
    rows: dict[int, list[RequirementRow]] = {}
    through = query.through
    # Through the connection: the ORM's handling of each row costs a tenth of the query.
    version = published_version(session)
    scope = officer_scope(session, query)
    found = connection_of(session).execute(
        requirement_rows(session, query, version=version, scope=scope)
    )
    if through is None:  # a whole mission's rows: no step for them but the grouping
        for officer_id, module_id, status, completed_on, expires_on, _ in found:
            row = (codes[module_id], status, completed_on, expires_on)
            rows.setdefault(officer_id, []).append(row)
    else:
        for officer_id, module_id, status, completed_on, expires_on, exempt_until in found:
            if status == RequirementStatus.EXEMPT.value:
                ends = exemption_ends(exempt_until, completed_on, expires_on)
                if status_through(status, ends, through) != status:
                    status, expires_on = RequirementStatus.LAPSES.value, ends
            else:
                status = status_through(status, expires_on, through)
            row = (codes[module_id], status, completed_on, expires_on)
            rows.setdefault(officer_id, []).append(row)
    holds = holds_of(
        session,
        select(tables.officers.c.id).where(*scope),
        query.as_of,
        version.requires_vetting,
    )
    officers = connection_of(session).execute(_officer_scope_rows(scope))
    return (
        _officer_readiness(officer, rows.pop(officer[0], []), holds.get(officer[0], ()))
        for officer in officers
    )


def _officer_readiness(
    officer: Sequence[Any], rows: list[RequirementRow], holds: tuple[HoldState, ...]
) -> OfficerReadiness:
    _, contingent, unit, uid, number, rank, family, given, officer_status = officer
    rows.sort(key=itemgetter(0))
    return OfficerReadiness(
        uid=uid,
        service_number=number,
        contingent=contingent,
        unit=unit,
        rank=rank,
        family_name=family,
        given_names=given,
        officer_status=officer_status,
        status=overall_status(map(_STATUS_OF_ROW, rows)),
        rows=tuple(rows),
        holds=holds,
    )


def readiness_report(
    session: Reader, query: ReadinessQuery, officers: Sequence[OfficerReadiness] | None = None
) -> ReadinessReport:
    """Every officer in scope with the state of each requirement, and the roll-ups.

    ``officers``, where given, are ``readiness_by_officer`` of the same query, already
    read (a snapshot writes them and prints them: the rules run once).
    """
    officers = tuple(readiness_by_officer(session, query) if officers is None else officers)
    summary = summarise(
        query,
        ((o.contingent, o.unit, o.status, bool(o.holds)) for o in officers),
        (
            (o.contingent, o.unit, state.module, state.status)
            for o in officers
            for state in o.requirements
        ),
    )
    if query.through is not None:
        tally = TourTally()
        for officer in officers:
            tally.add(officer)
        summary = tally.applied_to(summary)
    return ReadinessReport(query.as_of, query.warn_days, query.phase, officers, summary)


def summarise_officers(
    query: ReadinessQuery, statuses: Iterable[tuple[str, str | None, ReadinessStatus, bool]]
) -> ReadinessSummary:
    """The officer counts of (contingent, unit, status, held) rows; module coverage empty."""
    return summarise(query, iter(statuses), iter(()))


def summarise(
    query: ReadinessQuery,
    officer_statuses: Iterator[tuple[Any, ...]],
    requirement_statuses: Iterator[tuple[Any, ...]],
) -> ReadinessSummary:
    """Fold (contingent, unit, status, held[, count]) rows into the roll-ups."""
    overall = StatusCounts()
    by_contingent: dict[str, GroupReadiness] = {}
    by_unit: dict[tuple[str, str], GroupReadiness] = {}

    def groups(contingent: str, unit: str | None) -> list[GroupReadiness]:
        found = [by_contingent.setdefault(contingent, GroupReadiness(contingent))]
        if unit is not None:
            found.append(by_unit.setdefault((contingent, unit), GroupReadiness(unit)))
        return found

    for contingent, unit, status, held, *count in officer_statuses:
        weight = count[0] if count else 1
        overall.add(status, held, weight)
        for group in groups(contingent, unit):
            group.counts.add(status, held, weight)
    for contingent, unit, module, status, *count in requirement_statuses:
        if status is RequirementStatus.EXEMPT:
            continue
        weight = count[0] if count else 1
        met = status in MET_ON_THE_DAY or status is RequirementStatus.LAPSES
        for group in groups(contingent, unit):
            coverage = group.modules.setdefault(module, ModuleCoverage(module))
            coverage.needed += weight
            coverage.met += weight if met else 0
    return ReadinessSummary(
        query.as_of, query.warn_days, query.phase, overall, by_contingent, by_unit, query.through
    )


# The officers behind the trained-but-held part of the dashboard's bars.
ON_HOLD = "on_hold"


def officers_in(
    session: Reader, query: ReadinessQuery, *, status: str = "", module: str = ""
) -> list[OfficerReadiness]:
    """The officers behind a figure: with an overall status, or lacking a module.

    As the dashboard's bars split them: ``ready`` and ``expiring`` are the officers of
    that status free to deploy, ``ON_HOLD`` those of either held back by a hold, and
    ``not_ready`` every officer not ready, held or not.
    """
    chosen = []
    for officer in readiness_by_officer(session, query):
        trained = officer.status is not ReadinessStatus.NOT_READY
        if status == ON_HOLD:
            if not (trained and officer.holds):
                continue
        elif status and (officer.status.value != status or (trained and officer.holds)):
            continue
        if module and not any(
            state.module == module
            and state.status in (RequirementStatus.MISSING, RequirementStatus.EXPIRED)
            for state in officer.requirements
        ):
            continue
        chosen.append(officer)
    return chosen
