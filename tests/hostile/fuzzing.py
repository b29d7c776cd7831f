"""What every fuzz test needs: hostile text, a snapshot of the database, and the rule for errors."""

import datetime as dt
import os
from collections.abc import Callable
from typing import Any, TypeVar

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from sqlalchemy import select

from mss_training.db import Database
from mss_training.errors import CurriculumError, MssError
from mss_training.models import Base

Result = TypeVar("Result")

# Bounded, so that the suite stays fast; MSS_FUZZ_EXAMPLES=2000 digs deeper.
FUZZ = settings(
    max_examples=int(os.environ.get("MSS_FUZZ_EXAMPLES", "25")),
    deadline=dt.timedelta(seconds=20),  # a hang guard, not a timing: real runs take milliseconds
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# Text people paste into names and notes, on purpose or not.
NASTY = [
    "<b>bold</b>", "&amp;", "&", "<", "a <br/> b", "<font color=red>x</font>", "<para>",
    "=1+1", "+1", "-1", "@SUM(A1)", "\t=cmd", "\r=cmd", "=HYPERLINK(\"http://x\")",
    "O'Brien", 'say "hi"', "; DROP TABLE officers; --", "%", "_", "100%_", "\\", "' OR 1=1 --",
    "عبد الله", "דוד", "\u202eevil\u202c", "Zoë Dorélien", "Nguyễn", "\ufeffbom",
    "tab\there", "line\nbreak", "cr\rreturn", "\x07bell", "\x1b[31m", "\u200b", "😀",
]  # fmt: skip
hostile_text = st.one_of(
    st.sampled_from(NASTY),
    st.text(max_size=40),
    st.text(alphabet=st.characters(codec="utf-8", exclude_characters="\x00"), max_size=40),
    st.builds(lambda text, n: text * n, st.sampled_from(NASTY), st.integers(100, 3000)),
)


def database_snapshot(database: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, to show that a refused input changed nothing."""
    with database.reading() as session:
        return {
            table.name: sorted(
                (tuple(row) for row in session.execute(select(table)).all()), key=repr
            )
            for table in Base.metadata.sorted_tables
        }


def refused_plainly(error: MssError) -> None:
    """A refusal is one plain sentence (a curriculum may list several problems, one a line)."""
    message = str(error)
    assert message.strip(), "an empty error message"
    assert "Traceback" not in message
    if not isinstance(error, CurriculumError):
        assert "\n" not in message, message


def result_or_plain_error(database: Database, attempt: Callable[[], Result]) -> Result | MssError:
    """Run ``attempt``: it ends in a result, or in a plain MssError that changed nothing."""
    before = database_snapshot(database)
    try:
        return attempt()
    except MssError as error:
        refused_plainly(error)
        assert database_snapshot(database) == before, "a refused input changed the database"
        return error
