"""Setting a database up: reference data and the shared curriculum."""

from dataclasses import dataclass

from sqlalchemy.orm import Session

from mss_training.domain import UNNAMED_SITE
from mss_training.io.curriculum_file import CurriculumSpec
from mss_training.models import Installation
from mss_training.services.curriculum import CurriculumLoad, install_curriculum
from mss_training.services.permissions import Actor
from mss_training.services.reference import add_missing_contingents


@dataclass(frozen=True)
class SetupResult:
    contingents_added: int
    curriculum: CurriculumLoad


def set_up_database(session: Session, curriculum: CurriculumSpec, actor: Actor) -> SetupResult:
    """Add the known contingents and load (and publish) the curriculum; safe to repeat."""
    added = add_missing_contingents(session, actor)
    load = install_curriculum(session, curriculum, actor)
    return SetupResult(added, load)


def installation_name(session: Session) -> str:
    """This installation's name as documents print it (their author, "Issued at ...")."""
    installation = session.get(Installation, 1)
    return installation.site.name if installation is not None else UNNAMED_SITE
