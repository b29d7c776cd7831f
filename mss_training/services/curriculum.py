"""The shared curriculum: loading a version, publishing it, and reading the active one."""

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mss_training.db.database import installation_site_id
from mss_training.domain import ALL_ROLES, CurriculumStatus
from mss_training.errors import InputError
from mss_training.io.curriculum_file import CurriculumSpec, ModuleSpec
from mss_training.messages import _
from mss_training.models import (
    Contingent,
    CurriculumVersion,
    Module,
    ModuleRevision,
    Requirement,
    Role,
)
from mss_training.services.audit import record_change
from mss_training.services.lookups import active_version
from mss_training.services.permissions import Actor, Permission, require
from mss_training.services.translated import translated


@dataclass(frozen=True)
class CurriculumLoad:
    version: str
    created: bool
    modules: int
    requirements: int


@dataclass(frozen=True)
class RoleView:
    code: str
    name: str


@dataclass(frozen=True)
class ModuleView:
    code: str
    title: str
    category: str
    hours: float
    delivery_mode: str
    assessment: str
    pass_mark: float | None
    validity_months: int | None
    description: str
    prerequisites: tuple[str, ...]
    objectives: tuple[str, ...]
    instructor_requires: tuple[str, ...] = ()
    instructor_current: bool = False
    # The curriculum's translations: language -> {"title": ..., "description": ..., ...}.
    translations: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)

    def title_in(self, language: str) -> str:
        """The title in ``language`` where the curriculum translates it, else English."""
        return str(translated(self.title, self.translations, language))

    def description_in(self, language: str) -> str:
        """The description in ``language`` where the curriculum translates it."""
        return str(translated(self.description, self.translations, language, "description"))

    def objectives_in(self, language: str) -> tuple[str, ...]:
        """The objectives in ``language`` where the curriculum translates them."""
        return tuple(translated(self.objectives, self.translations, language, "objectives"))


@dataclass(frozen=True)
class RequirementView:
    module: str
    role: str
    contingent: str | None
    phase: str


@dataclass(frozen=True)
class CurriculumView:
    version: str
    title: str
    status: str
    roles: tuple[RoleView, ...]
    modules: tuple[ModuleView, ...]
    requirements: tuple[RequirementView, ...]


def _roles_by_code(session: Session, spec: CurriculumSpec, site_id: int) -> dict[str, Role]:
    roles = {role.code: role for role in session.scalars(select(Role))}
    for role_spec in spec.roles:
        role = roles.get(role_spec.code)
        if role is None:
            role = Role(code=role_spec.code, name=role_spec.name, site_id=site_id)
            session.add(role)
            roles[role.code] = role
        elif role.name != role_spec.name:
            role.name = role_spec.name
    session.flush()
    return roles


def _modules_by_code(session: Session, spec: CurriculumSpec, site_id: int) -> dict[str, Module]:
    modules = {module.code: module for module in session.scalars(select(Module))}
    for module_spec in spec.modules:
        if module_spec.code not in modules:
            module = Module(code=module_spec.code, site_id=site_id)
            session.add(module)
            modules[module.code] = module
    session.flush()
    return modules


def revision_values(spec: ModuleSpec) -> dict[str, Any]:
    """What a curriculum version says of a module, as ModuleRevision columns.

    Translations and instructor rules only when the spec has some: a module edited in the
    window, which does not show them, keeps those it had.
    """
    translations = {"translations": spec.translations_by_language()} if spec.translations else {}
    instructors = (
        {
            "instructor_requires": list(spec.instructor_requires),
            "instructor_current": spec.instructor_current,
        }
        if spec.instructor_requires or spec.instructor_current
        else {}
    )
    return (
        translations
        | instructors
        | {
            "title": spec.title,
            "description": spec.description,
            "category": spec.category,
            "hours": spec.hours,
            "delivery_mode": spec.delivery.value,
            "assessment": spec.assessment.value,
            "pass_mark": spec.pass_mark,
            "validity_months": spec.validity_months,
            "prerequisites": list(spec.prerequisites),
            "objectives": list(spec.objectives),
        }
    )


def install_curriculum(
    session: Session, spec: CurriculumSpec, actor: Actor, *, publish: bool = True
) -> CurriculumLoad:
    """Store a validated curriculum as a new version and, by default, publish it.

    Loading the very same file again changes nothing. Publishing retires the version that
    was active, so that exactly one is active at a time. The first curriculum of a new
    database is part of setting it up; any later one is a coordinator's change.
    """
    require(actor, Permission.SET_UP)
    existing = session.scalar(
        select(CurriculumVersion).where(CurriculumVersion.label == spec.version)
    )
    if existing is not None:
        if existing.source_sha256 == spec.sha256:
            if publish and existing.status != CurriculumStatus.PUBLISHED:
                publish_version(session, spec.version, actor)
            return CurriculumLoad(spec.version, created=False, modules=0, requirements=0)
        raise InputError(
            _(
                "Curriculum version {version} is already loaded with different content; "
                "give the edited file a new version number."
            ).format(version=spec.version)
        )
    contingent_ids = dict(session.execute(select(Contingent.code, Contingent.id)).all())
    for module_spec in spec.modules:
        for requirement in module_spec.requirements:
            if requirement.contingent and requirement.contingent not in contingent_ids:
                raise InputError(
                    _(
                        "Module {code} requires contingent {contingent}, which this database "
                        "does not know."
                    ).format(code=module_spec.code, contingent=requirement.contingent)
                )
    has_curriculum = session.scalar(select(CurriculumVersion.id).limit(1)) is not None
    if has_curriculum:
        require(actor, Permission.EDIT_CURRICULUM)
    site_id = installation_site_id(session)
    version = CurriculumVersion(
        label=spec.version,
        title=spec.title,
        status=CurriculumStatus.DRAFT.value,
        source_sha256=spec.sha256,
        requires_vetting=spec.requires_vetting,
        site_id=site_id,
    )
    session.add(version)
    session.flush()
    roles = _roles_by_code(session, spec, site_id)
    modules = _modules_by_code(session, spec, site_id)
    requirement_count = 0
    for module_spec in spec.modules:
        session.add(
            ModuleRevision(
                curriculum_version_id=version.id,
                module_id=modules[module_spec.code].id,
                site_id=site_id,
                **revision_values(module_spec),
            )
        )
        for requirement in module_spec.requirements:
            session.add(
                Requirement(
                    curriculum_version_id=version.id,
                    module_id=modules[module_spec.code].id,
                    role_id=None if requirement.role == ALL_ROLES else roles[requirement.role].id,
                    contingent_id=contingent_ids.get(requirement.contingent or ""),
                    phase=requirement.phase.value,
                    site_id=site_id,
                )
            )
            requirement_count += 1
    session.flush()
    record_change(
        session,
        actor=actor.username,
        action="create",
        entity="curriculum_version",
        entity_uid=version.uid,
        summary=f"Loaded curriculum {spec.version} ({len(spec.modules)} modules)",
        after={"version": spec.version, "sha256": spec.sha256},
    )
    if publish:
        _publish(session, spec.version, actor.username)
    return CurriculumLoad(spec.version, True, len(spec.modules), requirement_count)


def publish_version(session: Session, label: str, actor: Actor) -> None:
    """Make one version the active curriculum and retire the one it replaces."""
    require(actor, Permission.EDIT_CURRICULUM)
    _publish(session, label, actor.username)


def _publish(session: Session, label: str, username: str) -> None:
    version = session.scalar(select(CurriculumVersion).where(CurriculumVersion.label == label))
    if version is None:
        raise InputError(_("There is no curriculum version {label!r}.").format(label=label))
    if version.status == CurriculumStatus.RETIRED:
        raise InputError(
            _("Curriculum version {label} is retired and cannot be published again.").format(
                label=label
            )
        )
    for previous in session.scalars(
        select(CurriculumVersion).where(CurriculumVersion.status == CurriculumStatus.PUBLISHED)
    ):
        if previous.id != version.id:
            previous.status = CurriculumStatus.RETIRED.value
    version.status = CurriculumStatus.PUBLISHED.value
    version.published_at = dt.datetime.now(dt.UTC)
    record_change(
        session,
        actor=username,
        action="publish",
        entity="curriculum_version",
        entity_uid=version.uid,
        summary=f"Published curriculum {label}",
        after={"status": CurriculumStatus.PUBLISHED.value},
    )


def curriculum_view(session: Session, label: str | None = None) -> CurriculumView:
    """The active curriculum (or the version named ``label``) as plain data, in code order."""
    version = active_version(session)
    if label is not None and label != version.label:
        found = session.scalar(select(CurriculumVersion).where(CurriculumVersion.label == label))
        if found is None:
            raise InputError(_("There is no curriculum version {label!r}.").format(label=label))
        version = found
    roles = tuple(
        RoleView(code, name)
        for code, name in session.execute(select(Role.code, Role.name).order_by(Role.code))
    )
    revisions = session.execute(
        select(Module.code, ModuleRevision)
        .join(ModuleRevision, ModuleRevision.module_id == Module.id)
        .where(ModuleRevision.curriculum_version_id == version.id)
        .order_by(Module.code)
    )
    modules = tuple(
        ModuleView(
            code=code,
            title=revision.title,
            category=revision.category,
            hours=revision.hours,
            delivery_mode=revision.delivery_mode,
            assessment=revision.assessment,
            pass_mark=revision.pass_mark,
            validity_months=revision.validity_months,
            description=revision.description,
            prerequisites=tuple(revision.prerequisites),
            objectives=tuple(revision.objectives),
            instructor_requires=tuple(revision.instructor_requires or ()),
            instructor_current=bool(revision.instructor_current),
            translations=revision.translations or {},
        )
        for code, revision in revisions
    )
    requirement_rows = session.execute(
        select(Module.code, Role.code, Contingent.code, Requirement.phase)
        .select_from(Requirement)
        .join(Module, Module.id == Requirement.module_id)
        .outerjoin(Role, Role.id == Requirement.role_id)
        .outerjoin(Contingent, Contingent.id == Requirement.contingent_id)
        .where(Requirement.curriculum_version_id == version.id)
        .order_by(Module.code, Requirement.phase, Role.code, Contingent.code)
    )
    requirements = tuple(
        RequirementView(module, role or ALL_ROLES, contingent, phase)
        for module, role, contingent, phase in requirement_rows
    )
    return CurriculumView(
        version.label, version.title, version.status, roles, modules, requirements
    )


def module_titles(session: Session, language: str = "en") -> dict[str, str]:
    """Each module's title in the active curriculum, in ``language`` where the curriculum
    gives one (``title.fr = ...``), else in English."""
    version = active_version(session)
    rows = session.execute(
        select(Module.code, ModuleRevision.title, ModuleRevision.translations)
        .join(ModuleRevision, ModuleRevision.module_id == Module.id)
        .where(ModuleRevision.curriculum_version_id == version.id)
    )
    return {code: translated(title, translations, language) for code, title, translations in rows}
