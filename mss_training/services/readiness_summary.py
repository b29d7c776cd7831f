"""The dashboard's summary of readiness: how many officers are ready, expiring or not,
held or deployable, by contingent and unit, and how many need each module.

One statement counts it all in the database from the requirement rows of
services/readiness.py, without sending an officer's rows to Python; on a large SQLite
mission it runs in two halves at once (db/halves.py).
"""

import datetime as dt

from sqlalchemy import (
    Date,
    Integer,
    String,
    and_,
    bindparam,
    case,
    cast,
    func,
    literal,
    null,
    or_,
    select,
    union_all,
)

from mss_training.db import tables
from mss_training.db.halves import rows_in_halves, within_half
from mss_training.db.readers import Reader, connection_of
from mss_training.db.sql import day_after
from mss_training.domain import ReadinessStatus, RequirementStatus
from mss_training.services.hold_rules import held_back
from mss_training.services.lookups import published_version
from mss_training.services.readiness import (
    MET_ON_THE_DAY,
    STATUS_OF_RANK,
    STATUS_RANK,
    ReadinessQuery,
    ReadinessSummary,
    TourTally,
    module_codes,
    officer_scope,
    requirement_rows,
    summarise,
)


def readiness_summary(session: Reader, query: ReadinessQuery) -> ReadinessSummary:
    """The roll-ups alone, without dates or names: what a dashboard shows.

    One statement: the rules run once (a materialized CTE) and the database counts
    officers by status and requirements by module from that single result. Through a
    tour, the database applies ``status_through`` to each row as well, and counts the
    officers with something lapsing and the refreshers due by module and expiry.
    """
    through = query.through
    version = published_version(session)
    scope = officer_scope(session, query)
    # Counted over one half of the officers at a time, both at once (db/halves.py).
    halved = [*scope, within_half(tables.officers.c.id)]
    looked_up = (
        requirement_rows(
            session,
            query,
            with_dates=through is not None,
            with_groups=True,
            version=version,
            scope=halved,
        )
        .cte("requirement_rows")
        .prefix_with("MATERIALIZED")
    )
    if through is None:
        rows = looked_up
    else:
        # status_through, written by the database: met on the day, and no longer valid on
        # the tour's last day (a pass is valid strictly before its expiry).
        last_day = bindparam("through", through, type_=Date)
        lapses = and_(
            looked_up.c.status.in_(sorted(MET_ON_THE_DAY)),
            looked_up.c.expires_on.is_not(None),
            looked_up.c.expires_on <= last_day,
        )
        # exemption_ends, written by the database: an exemption whose last day is before
        # the tour's, with no pass that outlasts the tour behind it, lapses the day after.
        exemption_lapses = and_(
            looked_up.c.status == RequirementStatus.EXEMPT.value,
            looked_up.c.exempt_until.is_not(None),
            looked_up.c.exempt_until < last_day,
            or_(
                looked_up.c.completed_on.is_(None),
                and_(looked_up.c.expires_on.is_not(None), looked_up.c.expires_on <= last_day),
            ),
        )
        after_exemption = day_after(looked_up.c.exempt_until)
        exemption_end = case(
            (looked_up.c.completed_on.is_(None), after_exemption),
            (after_exemption > looked_up.c.expires_on, after_exemption),
            else_=looked_up.c.expires_on,
        )
        rows = select(
            looked_up.c.officer_id,
            looked_up.c.module_id,
            looked_up.c.contingent_id,
            looked_up.c.unit_id,
            case(
                (or_(lapses, exemption_lapses), literal(RequirementStatus.LAPSES.value)),
                else_=looked_up.c.status,
            ).label("status"),
            case((exemption_lapses, exemption_end), else_=looked_up.c.expires_on)
            .label("expires_on"),
        ).cte("toured")  # fmt: skip
    # The same rule as overall_status, written by the database from the same tables.
    rank = case({str(status): rank for status, rank in STATUS_RANK.items()}, value=rows.c.status)
    worst = (
        select(rows.c.officer_id, func.max(rank).label("worst"))
        .group_by(rows.c.officer_id)
        .subquery("worst")
    )
    # Counted by ids, the names looked up afterwards: grouping 200,000 requirement rows by
    # integers costs the database less than joining and sorting by text.
    officers = (
        select(
            tables.officers.c.contingent_id.label("contingent"),
            tables.officers.c.unit_id.label("unit"),
            case(
                {rank: literal(status.value) for rank, status in STATUS_OF_RANK.items()},
                value=func.coalesce(worst.c.worst, 0),
            ).label("status"),
            case(
                (held_back(tables.officers.c.id, query.as_of, version.requires_vetting), 1),
                else_=0,
            ).label("held"),
        )
        .select_from(tables.officers)
        .outerjoin(worst, worst.c.officer_id == tables.officers.c.id)
        .where(*halved)
        .subquery("officer_status")
    )
    requirements = select(
        rows.c.contingent_id.label("contingent"),
        rows.c.unit_id.label("unit"),
        rows.c.module_id.label("module"),
        rows.c.status,
    ).subquery("requirement_status")
    officer_counts = select(
        literal(_OFFICERS).label("kind"),
        officers.c.contingent,
        officers.c.unit,
        cast(null(), Integer).label("module"),
        officers.c.status,
        officers.c.held,
        cast(null(), Date).label("expires_on"),
        func.count().label("count"),
    ).group_by(officers.c.contingent, officers.c.unit, officers.c.status, officers.c.held)
    requirement_counts = select(
        literal(_REQUIREMENTS).label("kind"),
        requirements.c.contingent,
        requirements.c.unit,
        requirements.c.module,
        requirements.c.status,
        literal(0).label("held"),
        cast(null(), Date).label("expires_on"),
        func.count().label("count"),
    ).group_by(
        requirements.c.contingent, requirements.c.unit, requirements.c.module, requirements.c.status
    )
    counts = [officer_counts, requirement_counts]
    if through is not None:
        lapsing = rows.c.status == RequirementStatus.LAPSES.value
        # TourTally's two counts: officers with a requirement lapsing in the tour, by
        # contingent and unit; and the lapsing requirements by module and expiry.
        counts.append(
            select(
                literal(_LAPSING).label("kind"),
                rows.c.contingent_id,
                rows.c.unit_id,
                cast(null(), Integer),
                cast(null(), String),
                literal(0),
                cast(null(), Date),
                func.count(rows.c.officer_id.distinct()),
            )
            .where(lapsing)
            .group_by(rows.c.contingent_id, rows.c.unit_id)
        )
        counts.append(
            select(
                literal(_DUE).label("kind"),
                cast(null(), Integer),
                cast(null(), Integer),
                rows.c.module_id,
                cast(null(), String),
                literal(0),
                rows.c.expires_on,
                func.count(),
            )
            .where(lapsing)
            .group_by(rows.c.module_id, rows.c.expires_on)
        )
    contingents: dict[int, str] = dict(
        session.execute(select(tables.contingents.c.id, tables.contingents.c.code)).all()
    )
    units: dict[int | None, str | None] = {None: None}
    units.update(session.execute(select(tables.units.c.id, tables.units.c.name)).all())
    modules = module_codes(session)
    officer_statuses: list[tuple[str, str | None, ReadinessStatus, bool, int]] = []
    requirement_statuses: list[tuple[str, str | None, str, RequirementStatus, int]] = []
    tally = TourTally()
    counted = rows_in_halves(
        connection_of(session), union_all(*counts), tables.officers.c.id, scope
    )
    for kind, contingent, unit, module, status, held, expires_on, count in counted:
        if kind == _DUE:
            month = f"{_as_date(expires_on) - dt.timedelta(days=1):%Y-%m}"
            tally.due[(modules[module], month)] += count
            continue
        code, name = contingents[contingent], units[unit]
        if kind == _OFFICERS:
            officer_statuses.append((code, name, ReadinessStatus(status), bool(held), count))
        elif kind == _REQUIREMENTS:
            requirement_statuses.append(
                (code, name, modules[module], RequirementStatus(status), count)
            )
        else:
            tally.lapsing[(code, name)] += count
    summary = summarise(query, iter(officer_statuses), iter(requirement_statuses))
    return summary if through is None else tally.applied_to(summary)


# The kinds of row readiness_summary's one statement returns.
_OFFICERS, _REQUIREMENTS, _LAPSING, _DUE = "officers", "requirements", "lapsing", "due"


def _as_date(value: dt.date | str) -> dt.date:
    """A date from a union's column, which SQLite may hand back as its ISO text."""
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(value)
