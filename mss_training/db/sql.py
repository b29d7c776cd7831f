"""SQL functions that SQLite and PostgreSQL spell differently."""

from typing import Any

from sqlalchemy import Date
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement


class add_months(FunctionElement[Any]):  # noqa: N801 - reads like the SQL function it is
    """``date + months`` clamped to the end of the target month, as ``dates.add_months``.

    PostgreSQL's ``date + interval`` already clamps. SQLite's ``date(x, '+N months')``
    overflows into the next month, so there it is capped at the target month's last day.
    NULL in, NULL out.
    """

    type = Date()
    inherit_cache = True
    name = "add_months"

    def __init__(self, day: Any, months: Any) -> None:
        super().__init__(day, months)


@compiles(add_months, "postgresql")
def _add_months_postgresql(element: add_months, compiler: SQLCompiler, **kw: Any) -> str:
    day, months = (compiler.process(clause, **kw) for clause in element.clauses)
    return f"CAST(({day}) + make_interval(months => CAST({months} AS INTEGER)) AS DATE)"


@compiles(add_months, "sqlite")
def _add_months_sqlite(element: add_months, compiler: SQLCompiler, **kw: Any) -> str:
    day_clause, months_clause = element.clauses

    # Each use is compiled afresh so that a bound parameter gets a placeholder each time.
    def day() -> str:
        return str(compiler.process(day_clause, **kw))

    def months() -> str:
        return str(compiler.process(months_clause, **kw))

    # SQLite's 'N months' keeps the day and overflows past a shorter month's end (31
    # January + 1 month is 2 or 3 March), so the earlier of it and the month's last day
    # is the clamped date. No '+' before N: '+-3 months' is no modifier at all.
    same_day = f"date({day()}, ({months()}) || ' months')"
    month_end = f"date({day()}, 'start of month', (({months()}) + 1) || ' months', '-1 days')"
    return f"min({same_day}, {month_end})"


class day_after(FunctionElement[Any]):  # noqa: N801 - reads like the SQL function it is
    """``date + 1 day``. NULL in, NULL out."""

    type = Date()
    inherit_cache = True
    name = "day_after"

    def __init__(self, day: Any) -> None:
        super().__init__(day)


@compiles(day_after, "postgresql")
def _day_after_postgresql(element: day_after, compiler: SQLCompiler, **kw: Any) -> str:
    (day,) = (compiler.process(clause, **kw) for clause in element.clauses)
    return f"CAST(({day}) + 1 AS DATE)"


@compiles(day_after, "sqlite")
def _day_after_sqlite(element: day_after, compiler: SQLCompiler, **kw: Any) -> str:
    (day,) = (compiler.process(clause, **kw) for clause in element.clauses)
    return f"date({day}, '+1 days')"
