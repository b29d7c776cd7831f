"""The mission the instructor tests share: the shared curriculum, whose firearms and use of
force modules ask for trained and current instructors, and the officers a test names."""

import datetime as dt
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from mss_training.db import Database, open_database
from mss_training.domain import UserRole
from mss_training.io.curriculum_file import default_curriculum
from mss_training.services.permissions import Actor
from mss_training.services.personnel import OfficerInput, add_officers
from mss_training.services.setup import set_up_database

ACTOR = Actor("instructors.test", UserRole.COORDINATOR)
DAY = dt.date(2026, 6, 10)  # the last day of the sessions the tests check


@contextmanager
def instructor_mission(database_url: str, officers: Sequence[OfficerInput]) -> Iterator[Database]:
    """A database on the shared curriculum with ``officers`` and no training recorded yet."""
    database = open_database(database_url)
    try:
        with database.transaction() as session:
            set_up_database(session, default_curriculum(), ACTOR)
            add_officers(session, officers, ACTOR)
        yield database
    finally:
        database.close()
