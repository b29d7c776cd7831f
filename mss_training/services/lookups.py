"""Look-ups every reading service needs: the published curriculum, a contingent by code.

Apart from services/curriculum.py and services/reference.py, which also write (and so
import the audit trail and the curriculum file's parser), so that readiness, which every
script's `readiness --brief` runs, imports only what it reads with.
"""

from sqlalchemy import select
from sqlalchemy.orm import Session

from mss_training.domain import CurriculumStatus
from mss_training.errors import InputError, NotFoundError
from mss_training.messages import _
from mss_training.models import Contingent, CurriculumVersion
from mss_training.text_limits import text_problem


def active_version(session: Session) -> CurriculumVersion:
    """The published curriculum version, or a plain error when there is none."""
    version = session.scalar(
        select(CurriculumVersion).where(CurriculumVersion.status == CurriculumStatus.PUBLISHED)
    )
    if version is None:
        raise InputError(
            _("This database has no published curriculum yet; run `mss-training init` first.")
        )
    return version


def contingent_by_code(session: Session, code: str) -> Contingent:
    """The contingent with this ISO code, or a plain error naming the known ones."""
    contingent = (
        None
        if text_problem(code)  # a code with NUL in it is none, on every backend
        else session.scalar(select(Contingent).where(Contingent.code == code.strip().upper()))
    )
    if contingent is None:
        known = ", ".join(session.scalars(select(Contingent.code).order_by(Contingent.code)))
        raise NotFoundError(
            _("There is no contingent {code!r}; known contingents: {known}.").format(
                code=code, known=known or _("none yet")
            )
        )
    return contingent
