"""Reference data every database starts with: the contributing countries."""

import tomllib
from dataclasses import dataclass
from importlib import resources

from sqlalchemy import select
from sqlalchemy.orm import Session

from mss_training.db.database import installation_site_id
from mss_training.models import Contingent
from mss_training.services.audit import record_change
from mss_training.services.permissions import Actor, Permission, require


@dataclass(frozen=True)
class ContingentInfo:
    code: str
    name: str
    name_fr: str | None
    name_es: str | None
    home_agency: str | None
    language: str


def known_contingents() -> list[ContingentInfo]:
    """The contributing countries shipped in resources/reference/contingents.toml."""
    resource = resources.files("mss_training.resources") / "reference" / "contingents.toml"
    data = tomllib.loads(resource.read_text(encoding="utf-8"))
    return [
        ContingentInfo(
            code=entry["code"],
            name=entry["name"],
            name_fr=entry.get("name_fr"),
            name_es=entry.get("name_es"),
            home_agency=entry.get("home_agency"),
            language=entry.get("language", "en"),
        )
        for entry in data["contingents"]
    ]


def add_missing_contingents(session: Session, actor: Actor) -> int:
    """Add the shipped contributing countries that the database does not have yet."""
    require(actor, Permission.SET_UP)
    existing = set(session.scalars(select(Contingent.code)))
    site_id = installation_site_id(session)
    added = 0
    for info in known_contingents():
        if info.code in existing:
            continue
        contingent = Contingent(
            code=info.code,
            name=info.name,
            name_fr=info.name_fr,
            name_es=info.name_es,
            home_agency=info.home_agency,
            language=info.language,
            site_id=site_id,
        )
        session.add(contingent)
        session.flush()
        record_change(
            session,
            actor=actor.username,
            action="create",
            entity="contingent",
            entity_uid=contingent.uid,
            summary=f"Added contingent {info.code} ({info.name})",
            after={"code": info.code, "name": info.name},
        )
        added += 1
    return added
