"""Look-ups by what a user types (a session reference) and lists gathered elsewhere
(sync conflicts), held to the scope rule of services.scope."""

from collections.abc import Collection

from sqlalchemy import select
from sqlalchemy.orm import Session

from mss_training.errors import NotFoundError
from mss_training.messages import _
from mss_training.models import Officer, TrainingSession
from mss_training.services.scope import limits_text, officer_clause, session_clause
from mss_training.sync.conflicts import ConflictRow, open_conflicts


def visible_session(
    session: Session, reference: str, within: Collection[str] | None
) -> TrainingSession:
    """A session by its reference, as ``find_session``, if the account may see it.

    A session the account may not see is answered like one that does not exist, so that
    references cannot be probed.
    """
    # Imported here: services.certificates brings ReportLab and pypdf, which the window's
    # session list (this module's other reader) must not load before its first paint.
    from mss_training.services.certificates import find_session

    training = find_session(session, reference)
    if within is not None and (
        session.scalar(select(TrainingSession.id).where(
            TrainingSession.id == training.id, session_clause(within)
        )) is None
    ):  # fmt: skip
        raise NotFoundError(
            _("There is no training session {reference!r} with officers of {limits_text}.").format(
                reference=reference, limits_text=limits_text(within)
            )
        )
    return training


def visible_conflicts(session: Session, within: Collection[str] | None) -> list[ConflictRow]:
    """The open conflicts about officers the account may see."""
    rows = open_conflicts(session)
    if within is None:
        return rows
    ids = {row.officer_id for row in rows}
    seen = set(
        session.scalars(
            select(Officer.id).where(Officer.id.in_(ids), officer_clause(within, Officer.id))
        )
    )
    return [row for row in rows if row.officer_id in seen]
