"""Which curriculum version is the published one: one expression for every reader.

The program keeps one version published at a time. A file where someone made a second
one published behind its back is named by `audit verify`; until then readiness, the
table of effective passes and every look-up must still agree on one version, and must
not fail: the first published, by id.
"""

from sqlalchemy import ScalarSelect, select

from mss_training.db.tables import curriculum_versions
from mss_training.domain import CurriculumStatus


def published_version_id() -> ScalarSelect[int]:
    """The id of the published curriculum version, as a subquery (NULL when there is none)."""
    return (
        select(curriculum_versions.c.id)
        .where(curriculum_versions.c.status == CurriculumStatus.PUBLISHED.value)
        .order_by(curriculum_versions.c.id)
        .limit(1)
        .scalar_subquery()
    )
