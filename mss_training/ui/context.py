"""What every view of the window shares: the open database, the worker and who is signed in."""

import datetime as dt
from dataclasses import dataclass, field

from mss_training.db import Database
from mss_training.services.permissions import Actor
from mss_training.ui.tasks import TaskRunner


@dataclass
class AppContext:
    """``actor`` is the signed-in account; every record the window writes names it."""

    database: Database
    runner: TaskRunner
    actor: Actor
    as_of: dt.date = field(default_factory=dt.date.today)
    # The last day of the tour the dashboard asks about (None: the as-of date only).
    through: dt.date | None = None
