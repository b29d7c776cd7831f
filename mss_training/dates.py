"""Calendar arithmetic used by the readiness rules."""

import calendar
import datetime as dt

from mss_training.errors import InputError
from mss_training.messages import _


def add_months(day: dt.date, months: int) -> dt.date:
    """Return ``day`` moved by whole calendar months, clamped to the end of the target month.

    31 January 2024 + 1 month is 29 February 2024, not 2 March as SQLite's own
    ``date(x, '+1 months')`` would say.
    """
    month_index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(month_index, 12)
    last_day = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last_day))


def last_valid_day(expires_on: dt.date | None) -> dt.date | None:
    """The last day a pass holds: the day before its ``expires_on``, the first day it no
    longer does (None: it never expires). Every paper and screen says this one."""
    return expires_on - dt.timedelta(days=1) if expires_on else None


def parse_date(text: str, what: str = "date") -> dt.date:
    """Parse an ISO date (YYYY-MM-DD) typed by a user, or say plainly what is wrong."""
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise InputError(
            _(
                "The {what} {text!r} is not a valid date; write it as YYYY-MM-DD, e.g. 2026-03-31."
            ).format(what=what, text=text)
        ) from None


def stamp_time(moment: dt.datetime) -> str:
    """A fixed-width UTC time whose text order is its time order, as sync bundles carry it."""
    return moment.astimezone(dt.UTC).replace(tzinfo=None).isoformat(timespec="microseconds") + "Z"


def parse_stamp_time(text: str) -> dt.datetime:
    if not text.endswith("Z") or len(text) != 27:
        raise ValueError(f"not a UTC time stamp: {text[:40]!r}")
    return dt.datetime.fromisoformat(text[:-1]).replace(tzinfo=dt.UTC)


def utc_now() -> dt.datetime:
    """The current time, timezone-aware in UTC."""
    return dt.datetime.now(dt.UTC)


def earliest_valid_completion(day: dt.date, months: int) -> dt.date:
    """The first completion date whose ``add_months(..., months)`` is still after ``day``.

    A pass completed on P with validity ``months`` is valid on ``day`` exactly when
    P >= this date, so readiness can compare dates instead of adding months per row.
    Month-end clamping makes ``add_months`` non-invertible, hence the short search.
    """
    candidate = add_months(day, -months) - dt.timedelta(days=4)
    while add_months(candidate, months) <= day:
        candidate += dt.timedelta(days=1)
    return candidate
