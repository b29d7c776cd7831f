"""Storage: opening, creating and upgrading a database, and units of work on it."""

from mss_training.db.database import Database, open_database

__all__ = ["Database", "open_database"]
