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
