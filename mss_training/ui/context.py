"""What every view of the window shares: the open database and the worker that uses it."""

import datetime as dt
import getpass
from dataclasses import dataclass, field

from mss_training.db import Database
from mss_training.ui.tasks import TaskRunner


def current_user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "unknown user"


@dataclass
class AppContext:
    database: Database
    runner: TaskRunner
    actor: str = field(default_factory=current_user)
    as_of: dt.date = field(default_factory=dt.date.today)
