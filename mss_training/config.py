"""Where things live: the default database, logs and the choice of database."""

import os
from pathlib import Path

import platformdirs

APP_NAME = "MSS Training"
APP_AUTHOR = "MSS"
DATABASE_ENV = "MSS_TRAINING_DB"
DEFAULT_DATABASE_NAME = "mss-training.sqlite"


def data_dir() -> Path:
    """The per-user folder that holds the default database and its backups."""
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def log_dir() -> Path:
    """The per-user folder for crash reports, which users never see as tracebacks."""
    return Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))


def default_database_path() -> Path:
    return data_dir() / DEFAULT_DATABASE_NAME


def database_url(choice: str | None = None) -> str:
    """Turn ``--db``, else ``$MSS_TRAINING_DB``, else the default file, into a SQLAlchemy URL.

    A value containing ``://`` is taken as a URL as it is; anything else is a file path
    for SQLite.
    """
    value = choice or os.environ.get(DATABASE_ENV) or str(default_database_path())
    if "://" in value:
        return value
    return "sqlite:///" + str(Path(value).expanduser().resolve())
