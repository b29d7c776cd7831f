"""Whether one officer may deploy on a day: the one answer every face and document asks for.

An officer is deployable on a day when their training is good for it (ready, or expiring
but still current, as services.readiness decides) and nothing holds them back: no hold in
force that day and, when the curriculum asks for vetting, a vetting that clears them on
it (services.holds). Reports, exports and the window read the same ``deployable`` of
services.readiness; this function is the answer for one officer.
"""

import datetime as dt

from sqlalchemy.orm import Session

from mss_training.errors import NotFoundError
from mss_training.messages import _
from mss_training.services.permissions import Actor
from mss_training.services.readiness import ReadinessQuery, for_actor, readiness_report


def is_deployable_on(session: Session, officer_id: int, day: dt.date, actor: Actor) -> bool:
    """True when the officer is trained for ``day`` and held back by nothing on it."""
    query = for_actor(
        ReadinessQuery(as_of=day, include_inactive=True, officer_ids=(officer_id,)), actor
    )
    officers = readiness_report(session, query).officers
    if not officers:
        raise NotFoundError(_("That officer is not in the database, or not for your account."))
    return officers[0].deployable
