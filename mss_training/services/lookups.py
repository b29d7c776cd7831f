"""Look-ups every reading service needs: the published curriculum, a contingent by code.

Apart from services/curriculum.py and services/reference.py, which also write (and so
import the audit trail and the curriculum file's parser), so that readiness, which every
script's `readiness --brief` runs, imports only what it reads with. Readiness reads the
Core tables (``published_version``, ``contingent_key``); the services that go on to change
what they found take the ORM's objects (``active_version``, ``contingent_by_code``), whose
module is imported by the first of them that runs.
"""

from typing import TYPE_CHECKING, NamedTuple, TypeVar

from sqlalchemy import ColumnElement, select

from mss_training.db.published import published_version_id
from mss_training.db.readers import Reader
from mss_training.db.tables import contingents, curriculum_versions
from mss_training.errors import InputError, NotFoundError
from mss_training.messages import _
from mss_training.text_limits import text_problem

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from mss_training.models import Contingent, CurriculumVersion

_Found = TypeVar("_Found")


class PublishedVersion(NamedTuple):
    """What readiness needs of the published curriculum version."""

    id: int
    label: str
    requires_vetting: bool


class ContingentKey(NamedTuple):
    id: int
    code: str


def _published(version: _Found | None) -> _Found:
    if version is None:
        raise InputError(
            _("This database has no published curriculum yet; run `mss-training init` first.")
        )
    return version


def published_version(session: Reader) -> PublishedVersion:
    """The published curriculum version, or a plain error when there is none."""
    found = session.execute(
        select(
            curriculum_versions.c.id,
            curriculum_versions.c.label,
            curriculum_versions.c.requires_vetting,
        ).where(curriculum_versions.c.id == published_version_id())
    ).one_or_none()
    return _published(None if found is None else PublishedVersion(*found))


def active_version(session: "Session") -> "CurriculumVersion":
    """The published curriculum version as the ORM's object, or the same plain error."""
    from mss_training.models import CurriculumVersion

    return _published(
        session.scalar(
            select(CurriculumVersion).where(CurriculumVersion.id == published_version_id())
        )
    )


def _code_is(code: str) -> ColumnElement[bool] | None:
    """The condition for the contingent with this code; None for a code no row can have."""
    if text_problem(code):  # a code with NUL in it is none, on every backend
        return None
    return contingents.c.code == code.strip().upper()


def _known(session: Reader, code: str, found: _Found | None) -> _Found:
    """``found``, or a plain error naming the known contingents."""
    if found is None:
        known = ", ".join(session.scalars(select(contingents.c.code).order_by(contingents.c.code)))
        raise NotFoundError(
            _("There is no contingent {code!r}; known contingents: {known}.").format(
                code=code, known=known or _("none yet")
            )
        )
    return found


def contingent_key(session: Reader, code: str) -> ContingentKey:
    """The id and code of the contingent with this ISO code, or a plain error."""
    condition = _code_is(code)
    found = None
    if condition is not None:
        row = session.execute(
            select(contingents.c.id, contingents.c.code).where(condition)
        ).one_or_none()
        found = None if row is None else ContingentKey(*row)
    return _known(session, code, found)


def contingent_by_code(session: "Session", code: str) -> "Contingent":
    """The contingent with this ISO code as the ORM's object, or the same plain error."""
    from mss_training.models import Contingent

    condition = _code_is(code)
    found = None if condition is None else session.scalar(select(Contingent).where(condition))
    return _known(session, code, found)
