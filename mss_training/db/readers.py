"""What a reading service is handed: the ORM's Session, or a Core Connection.

The window and most commands read in a Session (``Database.reading``); a command that only
reads Core tables, such as a script's `readiness --brief`, reads on a Connection
(``Database.reading_connection``) and so never imports the ORM. The services it calls
take either and run Core statements, which both execute alike.
"""

from typing import TYPE_CHECKING, TypeAlias

from sqlalchemy import Connection

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

Reader: TypeAlias = "Session | Connection"


def connection_of(reader: Reader) -> Connection:
    """The Connection ``reader`` reads on: itself, or the session's, in its transaction."""
    return reader if isinstance(reader, Connection) else reader.connection()


def passes_up_to_date(reader: Reader) -> None:
    """Make the table of effective passes exact for what ``reader``'s transaction has
    written so far, so that readiness read in the transaction that recorded a session (a
    snapshot, a report) counts its passes; the commit's seal would do it only later."""
    if isinstance(reader, Connection):
        return  # a Connection only reads (``Database.reading_connection``)
    # Imported here: the ledger is the ORM's side, which a Connection's reader never loads.
    from mss_training.db.ledger import bring_passes_up_to_date

    bring_passes_up_to_date(reader)
