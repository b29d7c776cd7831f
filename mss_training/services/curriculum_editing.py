"""Coordinators edit the curriculum in a draft version, then publish it for every site."""

from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from mss_training.db.database import installation_site_id
from mss_training.db.ledger import execute_tracked
from mss_training.domain import ALL_ROLES, CurriculumStatus
from mss_training.errors import InputError
from mss_training.io.curriculum_file import ModuleSpec, check_module
from mss_training.io.curriculum_limits import (
    MAX_MODULES,
    MAX_REQUIREMENTS,
    prerequisite_problems,
    too_many_modules,
    too_many_requirements,
)
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
from mss_training.services.curriculum import active_version, revision_values
from mss_training.services.permissions import Actor, Permission, require

# What a draft copies of each module from the version it starts from.
REVISION_COLUMNS = (
    "title", "description", "category", "hours", "delivery_mode", "assessment", "pass_mark",
    "validity_months", "prerequisites", "objectives", "instructor_requires",
    "instructor_current",
)  # fmt: skip


@dataclass(frozen=True)
class DraftInfo:
    label: str
    based_on: str


def current_draft(session: Session) -> DraftInfo | None:
    draft = session.scalars(
        select(CurriculumVersion)
        .where(CurriculumVersion.status == CurriculumStatus.DRAFT.value)
        .order_by(CurriculumVersion.id.desc())
    ).first()
    if draft is None:
        return None
    return DraftInfo(draft.label, active_version(session).label)


def start_draft(session: Session, label: str, actor: Actor) -> DraftInfo:
    """A new draft version: a copy of the active curriculum to edit before publishing."""
    require(actor, Permission.EDIT_CURRICULUM)
    label = label.strip()
    if not label:
        raise InputError(_("Give the new version a number, e.g. 2027.1."))
    if session.scalar(select(CurriculumVersion.id).where(CurriculumVersion.label == label)):
        raise InputError(_("There is already a curriculum version {label}.").format(label=label))
    if current_draft(session) is not None:
        raise InputError(_("A draft is already open; publish or continue it first."))
    active = active_version(session)
    site_id = installation_site_id(session)
    draft = CurriculumVersion(
        label=label,
        title=active.title,
        status=CurriculumStatus.DRAFT.value,
        requires_vetting=active.requires_vetting,
        site_id=site_id,
    )
    session.add(draft)
    session.flush()
    for revision in session.scalars(
        select(ModuleRevision).where(ModuleRevision.curriculum_version_id == active.id)
    ):
        copied = {column: getattr(revision, column) for column in REVISION_COLUMNS}
        session.add(
            ModuleRevision(
                curriculum_version_id=draft.id,
                module_id=revision.module_id,
                site_id=site_id,
                **copied,
            )
        )
    for requirement in session.scalars(
        select(Requirement).where(Requirement.curriculum_version_id == active.id)
    ):
        session.add(
            Requirement(
                curriculum_version_id=draft.id,
                module_id=requirement.module_id,
                role_id=requirement.role_id,
                contingent_id=requirement.contingent_id,
                phase=requirement.phase,
                site_id=site_id,
            )
        )
    session.flush()
    record_change(
        session,
        actor=actor.username,
        action="create",
        entity="curriculum_version",
        entity_uid=draft.uid,
        summary=f"Started draft curriculum {label} from {active.label}",
    )
    return DraftInfo(label, active.label)


def _audited(
    title: str, hours: float, pass_mark: float | None, validity: int | None
) -> dict[str, Any]:
    return {"title": title, "hours": hours, "pass_mark": pass_mark, "validity_months": validity}


def _sentence(problem: str) -> str:
    return problem[0].upper() + problem[1:] + "."


def _check_draft_limits(session: Session, draft_id: int, spec: ModuleSpec) -> None:
    """The draft with ``spec`` saved keeps to the limits of a curriculum file: as many
    modules and requirements, prerequisites that exist, and no circle or over-long chain."""
    graph: dict[str, tuple[str, ...]] = {
        code: tuple(prerequisites or ())
        for code, prerequisites in session.execute(
            select(Module.code, ModuleRevision.prerequisites)
            .join(ModuleRevision, ModuleRevision.module_id == Module.id)
            .where(ModuleRevision.curriculum_version_id == draft_id)
        )
    }
    graph[spec.code] = spec.prerequisites
    if len(graph) > MAX_MODULES:
        raise InputError(_sentence(too_many_modules(len(graph))))
    missing = [code for code in spec.prerequisites if code not in graph]
    if missing:
        raise InputError(
            _("Prerequisite {missing} is not a module of this curriculum.").format(
                missing=missing[0]
            )
        )
    problems = prerequisite_problems(graph)
    if problems:
        raise InputError(_sentence(problems[0]))
    others = session.scalar(
        select(func.count())
        .select_from(Requirement)
        .join(Module, Module.id == Requirement.module_id)
        .where(Requirement.curriculum_version_id == draft_id, Module.code != spec.code)
    )
    if (others or 0) + len(spec.requirements) > MAX_REQUIREMENTS:
        raise InputError(_sentence(too_many_requirements((others or 0) + len(spec.requirements))))


def save_module(session: Session, label: str, table: dict[str, Any], actor: Actor) -> ModuleSpec:
    """Add or replace one module of a draft, checked as strictly as the curriculum file."""
    require(actor, Permission.EDIT_CURRICULUM)
    draft = session.scalar(select(CurriculumVersion).where(CurriculumVersion.label == label))
    if draft is None or draft.status != CurriculumStatus.DRAFT.value:
        raise InputError(
            _("Curriculum version {label} is not a draft; start a draft to edit it.").format(
                label=label
            )
        )
    roles = dict(session.execute(select(Role.code, Role.id)).all())
    spec = check_module(table, set(roles), "module")
    _check_draft_limits(session, draft.id, spec)
    contingents = dict(session.execute(select(Contingent.code, Contingent.id)).all())
    for requirement in spec.requirements:
        if requirement.contingent and requirement.contingent not in contingents:
            raise InputError(
                _("There is no contingent {contingent}.").format(contingent=requirement.contingent)
            )
    site_id = installation_site_id(session)
    module = session.scalar(select(Module).where(Module.code == spec.code))
    if module is None:
        module = Module(code=spec.code, site_id=site_id)
        session.add(module)
        session.flush()
    revision = session.scalar(
        select(ModuleRevision).where(
            ModuleRevision.curriculum_version_id == draft.id, ModuleRevision.module_id == module.id
        )
    )
    before = None
    if revision is None:
        revision = ModuleRevision(
            curriculum_version_id=draft.id, module_id=module.id, site_id=site_id
        )
        session.add(revision)
    else:
        before = _audited(
            revision.title, revision.hours, revision.pass_mark, revision.validity_months
        )
    for column, value in revision_values(spec).items():
        setattr(revision, column, value)
    execute_tracked(
        session,
        delete(Requirement).where(
            Requirement.curriculum_version_id == draft.id, Requirement.module_id == module.id
        ),
    )
    for requirement in spec.requirements:
        session.add(
            Requirement(
                curriculum_version_id=draft.id,
                module_id=module.id,
                role_id=None if requirement.role == ALL_ROLES else roles[requirement.role],
                contingent_id=contingents.get(requirement.contingent or ""),
                phase=requirement.phase.value,
                site_id=site_id,
            )
        )
    session.flush()
    after = _audited(spec.title, spec.hours, spec.pass_mark, spec.validity_months)
    edited = before is not None
    if before:
        # Only what changed: "pass_mark 80 -> 80" would read as an edit that was not made.
        changed = [name for name in after if before[name] != after[name]]
        before = {name: before[name] for name in changed}
        after = {name: after[name] for name in changed}
    record_change(
        session,
        actor=actor.username,
        action="update" if edited else "create",
        entity="module",
        entity_uid=module.uid,
        summary=f"{'Edited' if edited else 'Added'} module {spec.code} in draft {label}",
        before=before,
        after=after,
    )
    return spec
