"""What every table shares: the UTC timestamp type, the naming of constraints, the one
MetaData, and the columns of records that travel between installations."""

import datetime as dt
import uuid

from sqlalchemy import (
    Column,
    DateTime,
    Dialect,
    ForeignKey,
    Integer,
    MetaData,
    TypeDecorator,
    Uuid,
)

from mss_training.dates import utc_now


class UTCDateTime(TypeDecorator[dt.datetime]):
    """A timestamp stored in UTC and always returned timezone-aware.

    SQLite keeps no time zone, so a naive value read back is UTC by construction.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("timestamps must be timezone-aware")
        return value.astimezone(dt.UTC)

    def process_result_value(
        self, value: dt.datetime | None, dialect: Dialect
    ) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC)


NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING_CONVENTION)


# The shared columns come after a table's own, in this order: the row ledger's digest of a
# row is over its columns in table order (db/row_digests.py), so the order is part of the
# stored trail and must not change.
def travelling() -> list[Column[object]]:
    """Columns of every record that may travel between installations."""
    return [
        Column("id", Integer, primary_key=True),
        Column("uid", Uuid, nullable=False, unique=True, default=uuid.uuid4),
        Column("created_at", UTCDateTime, nullable=False, default=utc_now),
        Column("site_id", Integer, ForeignKey("sites.id"), nullable=False),
    ]


def stored() -> list[Column[object]]:
    """When a record was last written here, which is what a sync bundle ``--since`` selects.

    ``created_at`` is when the record was made at its own site, perhaps weeks before it
    arrived here; a bundle for another site must carry what arrived since, too.
    """
    # Not indexed: only a bundle reads it, and scanning costs less than indexing every insert.
    return [Column("stored_at", UTCDateTime, nullable=False, default=utc_now, onupdate=utc_now)]
