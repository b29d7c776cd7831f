"""Read and validate a curriculum file (TOML) that a coordinator edits by hand.

Every problem is collected with the key it concerns and why, so that one run of
``mss-training init --curriculum FILE`` lists all there is to fix.
"""

import hashlib
import re
import tomllib
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

from mss_training.domain import ALL_ROLES, Assessment, DeliveryMode, Phase
from mss_training.errors import CurriculumError
from mss_training.io.curriculum_limits import (
    MAX_CURRICULUM_BYTES,
    MAX_MODULES,
    MAX_NESTING,
    MAX_OBJECTIVES,
    MAX_PREREQUISITES,
    MAX_REQUIREMENTS,
    MAX_REQUIREMENTS_PER_MODULE,
    MAX_ROLES,
    TRANSLATABLE,
    TRANSLATION_LANGUAGES,
    prerequisite_problems,
    too_deep,
    too_large,
    too_many_modules,
    too_many_requirements,
)
from mss_training.io.toml_depth import line_nested_too_deep
from mss_training.messages import _
from mss_training.models import CurriculumVersion, ModuleRevision, Role
from mss_training.text_limits import column_length, text_problem

MODULE_CODE = re.compile(r"^[A-Z][A-Z0-9]{0,9}(-[A-Z0-9]{1,8})?$")
ROLE_CODE = re.compile(r"^[A-Z][A-Z0-9_]{0,19}$")
CONTINGENT_CODE = re.compile(r"^[A-Z]{3}$")
DEFAULT_CURRICULUM = "mss-gsf-2026.toml"


@dataclass(frozen=True)
class RoleSpec:
    code: str
    name: str


@dataclass(frozen=True)
class RequirementSpec:
    role: str
    phase: Phase
    contingent: str | None = None


@dataclass(frozen=True)
class ModuleSpec:
    code: str
    title: str
    category: str
    hours: float
    delivery: DeliveryMode
    assessment: Assessment
    pass_mark: float | None
    validity_months: int | None
    description: str = ""
    prerequisites: tuple[str, ...] = ()
    objectives: tuple[str, ...] = ()
    requirements: tuple[RequirementSpec, ...] = ()
    # (language, "title" | "description" | "objectives", text or texts), as the file gives
    # them; a tuple so that the spec stays hashable.
    translations: tuple[tuple[str, str, str | tuple[str, ...]], ...] = ()
    # What an instructor of a session of this module must hold on its last day: a pass of
    # each module named, and with ``instructor_current`` a valid pass of this one too.
    instructor_requires: tuple[str, ...] = ()
    instructor_current: bool = False

    def translations_by_language(self) -> dict[str, dict[str, Any]]:
        """The translations as stored: {"fr": {"title": ..., "objectives": [...]}, ...}."""
        stored: dict[str, dict[str, Any]] = {}
        for language, key, value in self.translations:
            stored.setdefault(language, {})[key] = list(value) if key == "objectives" else value
        return stored


@dataclass(frozen=True)
class CurriculumSpec:
    version: str
    title: str
    roles: tuple[RoleSpec, ...]
    modules: tuple[ModuleSpec, ...]
    sha256: str = field(default="", compare=False)
    # An officer deploys on a day only when cleared by human-rights vetting on it.
    requires_vetting: bool = False


_Choice = TypeVar("_Choice", Phase, Assessment, DeliveryMode)


class _Checker:
    """Collects problems as "where: why" sentences while reading loose TOML data."""

    def __init__(self) -> None:
        self.problems: list[str] = []

    def problem(self, where: str, why: str) -> None:
        self.problems.append(f"{where}: {why}")

    def text(
        self,
        table: dict[str, Any],
        key: str,
        where: str,
        *,
        required: bool = True,
        limit: int | None = None,
    ) -> str:
        value = table.get(key)
        if value is None:
            if required:
                self.problem(f"{where}.{key}", "is missing")
            return ""
        if not isinstance(value, str) or (required and not value.strip()):
            self.problem(
                f"{where}.{key}",
                _("must be a non-empty text, not {value!r}").format(value=value),
            )
            return ""
        problem = text_problem(value.strip(), limit)
        if problem:
            self.problem(f"{where}.{key}", problem)
            return ""
        return value.strip()

    def choice(self, value: object, enum: type[_Choice], where: str) -> _Choice | None:
        if isinstance(value, str) and value in {member.value for member in enum}:
            return enum(value)
        allowed = ", ".join(f'"{member.value}"' for member in enum)
        self.problem(
            where, _("must be one of {allowed}, not {value!r}").format(allowed=allowed, value=value)
        )
        return None

    def number(
        self, value: object, where: str, *, low: float, high: float, whole: bool = False
    ) -> float | None:
        kind = "a whole number" if whole else "a number"
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.problem(
                where,
                _("must be {kind} from {low:g} to {high:g}, not {value!r}").format(
                    kind=kind, low=low, high=high, value=value
                ),
            )
            return None
        if (whole and not isinstance(value, int)) or not low <= value <= high:
            self.problem(
                where,
                _("must be {kind} from {low:g} to {high:g}, not {value!r}").format(
                    kind=kind, low=low, high=high, value=value
                ),
            )
            return None
        return float(value)

    def text_list(self, table: dict[str, Any], key: str, where: str, most: int) -> tuple[str, ...]:
        value = table.get(key, [])
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            self.problem(f"{where}.{key}", _("must be a list of texts"))
            return ()
        if len(value) > most:
            self.problem(f"{where}.{key}", self.too_many(len(value), "a module", most, key))
            return ()
        for item in value:
            problem = text_problem(item)
            if problem:
                self.problem(f"{where}.{key}", f"{item!r} {problem}")
                return ()
        return tuple(item.strip() for item in value)

    @staticmethod
    def too_many(count: int, holder: str, most: int, what: str) -> str:
        return _("has {count:,} {what}; {holder} may have at most {most:,} {what}").format(
            count=count, what=what, holder=holder, most=most
        )

    def tables(self, data: dict[str, Any], key: str, where: str) -> list[dict[str, Any]]:
        value = data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
            self.problem(
                f"{where}{key}",
                _("must be a list of tables ([[{key}]])").format(key=key),
            )
            return []
        return value


def _read_roles(check: _Checker, data: dict[str, Any]) -> tuple[RoleSpec, ...]:
    roles: list[RoleSpec] = []
    seen: set[str] = set()
    tables = check.tables(data, "roles", "")
    if len(tables) > MAX_ROLES:
        check.problem("roles", check.too_many(len(tables), "a curriculum", MAX_ROLES, "roles"))
        return ()
    for index, table in enumerate(tables, start=1):
        where = f"roles[{index}]"
        code = check.text(table, "code", where)
        name = check.text(table, "name", where, limit=column_length(Role.name))
        if code and not ROLE_CODE.match(code):
            check.problem(
                f"{where}.code",
                _("{code!r} must be capitals, digits or _ (e.g. FPU)").format(code=code),
            )
        elif code == ALL_ROLES:
            check.problem(
                f"{where}.code",
                _('"{ALL_ROLES}" is reserved for "every officer"').format(ALL_ROLES=ALL_ROLES),
            )
        elif code in seen:
            check.problem(
                f"{where}.code",
                _("role {code} is defined twice").format(code=code),
            )
        elif code:
            seen.add(code)
            roles.append(RoleSpec(code, name))
    return tuple(roles)


def _read_requirements(
    check: _Checker, table: dict[str, Any], where: str, role_codes: set[str]
) -> tuple[RequirementSpec, ...]:
    requirements: list[RequirementSpec] = []
    entries = check.tables(table, "requirements", f"{where}.")
    if len(entries) > MAX_REQUIREMENTS_PER_MODULE:
        count = len(entries)
        why = check.too_many(count, "a module", MAX_REQUIREMENTS_PER_MODULE, "requirements")
        check.problem(f"{where}.requirements", why)
        return ()
    for index, entry in enumerate(entries, start=1):
        spot = f"{where}.requirements[{index}]"
        role = check.text(entry, "role", spot)
        if role and role != ALL_ROLES and role not in role_codes:
            known = ", ".join(sorted(role_codes | {ALL_ROLES}))
            check.problem(
                f"{spot}.role",
                _("unknown role {role!r}; known roles: {known}").format(role=role, known=known),
            )
        phase = check.choice(entry.get("phase"), Phase, f"{spot}.phase")
        contingent = entry.get("contingent")
        if contingent is not None and (
            not isinstance(contingent, str) or not CONTINGENT_CODE.match(contingent)
        ):
            check.problem(
                f"{spot}.contingent",
                _("must be a 3-letter ISO code, not {contingent!r}").format(contingent=contingent),
            )
            contingent = None
        unknown = set(entry) - {"role", "phase", "contingent"}
        if unknown:
            check.problem(spot, f"unknown key(s) {', '.join(sorted(unknown))}")
        if role and phase is not None:
            requirement = RequirementSpec(role, phase, contingent)
            if requirement in requirements:
                check.problem(spot, _("repeats an earlier requirement of this module"))
            requirements.append(requirement)
    return tuple(requirements)


MODULE_KEYS = {
    "code", "title", "category", "hours", "delivery", "assessment", "pass_mark",
    "validity_months", "description", "prerequisites", "objectives", "requirements",
    "instructor_requires", "instructor_current",
}  # fmt: skip


def _split_translations(
    check: _Checker, table: dict[str, Any], where: str
) -> tuple[dict[str, Any], dict[str, dict[str, Any]]]:
    """The module's table with its English texts in place, and the other languages' texts
    (``title.fr = "..."`` makes ``title`` a table of languages, English under ``en``)."""
    english = dict(table)
    others: dict[str, dict[str, Any]] = {}
    for key in TRANSLATABLE:
        value = table.get(key)
        if not isinstance(value, dict):
            continue
        english[key] = value.get("en")
        if key == "title" and "en" not in value:
            check.problem(
                f"{where}.title.en",
                _("is missing; a translated title keeps its English"),
            )
        allowed = {"en", *TRANSLATION_LANGUAGES}
        unknown = set(value) - allowed
        if unknown:
            check.problem(
                f"{where}.{key}",
                _("unknown language(s) {join}; translations may be in {join2}").format(
                    join=", ".join(sorted(unknown)), join2=", ".join(TRANSLATION_LANGUAGES)
                ),
            )
        for language in TRANSLATION_LANGUAGES:
            if language in value:
                others.setdefault(language, {})[key] = value[language]
    return english, others


def _read_translations(
    check: _Checker, others: dict[str, dict[str, Any]], where: str
) -> tuple[tuple[str, str, str | tuple[str, ...]], ...]:
    """Each translation checked by the rules of the English text it translates."""
    found: list[tuple[str, str, str | tuple[str, ...]]] = []
    for language, texts in sorted(others.items()):
        spot = f"{where}.{language}"
        for key in TRANSLATABLE:
            if key not in texts:
                continue
            if key == "objectives":
                objectives = check.text_list(texts, key, spot, MAX_OBJECTIVES)
                found.append((language, key, objectives))
                continue
            limit = column_length(ModuleRevision.title) if key == "title" else None
            text = check.text(texts, key, spot, limit=limit)
            if text:
                found.append((language, key, " ".join(text.split())))
    return tuple(found)


def _read_module(
    check: _Checker, table: dict[str, Any], index: int, role_codes: set[str]
) -> ModuleSpec | None:
    code = table.get("code")
    where = f"modules[{index}]" + (f" ({code})" if isinstance(code, str) else "")
    problems_before = len(check.problems)
    table, others = _split_translations(check, table, where)
    code = check.text(table, "code", where)
    if code and not MODULE_CODE.match(code):
        check.problem(
            f"{where}.code",
            _("{code!r} must look like UOF-101 (capitals, digits, '-')").format(code=code),
        )
    title = check.text(table, "title", where, limit=column_length(ModuleRevision.title))
    category = check.text(table, "category", where, limit=column_length(ModuleRevision.category))
    hours = check.number(table.get("hours"), f"{where}.hours", low=0.5, high=400)
    delivery = check.choice(table.get("delivery"), DeliveryMode, f"{where}.delivery")
    assessment = check.choice(table.get("assessment"), Assessment, f"{where}.assessment")
    pass_mark: float | None = None
    if assessment is Assessment.SCORED:
        pass_mark = check.number(table.get("pass_mark"), f"{where}.pass_mark", low=1, high=100)
    elif "pass_mark" in table:
        check.problem(f"{where}.pass_mark", _('only a "scored" module has a pass mark'))
    validity: int | None = None
    if "validity_months" in table:
        months = check.number(
            table["validity_months"], f"{where}.validity_months", low=1, high=120, whole=True
        )
        validity = int(months) if months is not None else None
    unknown = set(table) - MODULE_KEYS
    if unknown:
        check.problem(where, f"unknown key(s) {', '.join(sorted(unknown))}")
    description = table.get("description", "")
    if not isinstance(description, str):
        check.problem(f"{where}.description", _("must be a text"))
        description = ""
    elif text_problem(description):
        check.problem(f"{where}.description", str(text_problem(description)))
        description = ""
    instructor_current = table.get("instructor_current", False)
    if not isinstance(instructor_current, bool):
        check.problem(
            f"{where}.instructor_current", f"must be true or false, not {instructor_current!r}"
        )
        instructor_current = False
    module = ModuleSpec(
        code=code,
        title=title,
        category=category,
        hours=hours or 0.0,
        delivery=delivery or DeliveryMode.CLASSROOM,
        assessment=assessment or Assessment.ATTENDANCE,
        pass_mark=pass_mark,
        validity_months=validity,
        description=" ".join(description.split()),
        prerequisites=check.text_list(table, "prerequisites", where, MAX_PREREQUISITES),
        objectives=check.text_list(table, "objectives", where, MAX_OBJECTIVES),
        requirements=_read_requirements(check, table, where, role_codes),
        translations=_read_translations(check, others, where),
        instructor_requires=check.text_list(table, "instructor_requires", where, MAX_PREREQUISITES),
        instructor_current=instructor_current,
    )
    return module if len(check.problems) == problems_before else None


def _check_prerequisites(check: _Checker, modules: list[ModuleSpec], codes: set[str]) -> None:
    """Prerequisites must name modules of the file (``codes``, even those with other
    problems, so that one mistake is not reported again as a missing prerequisite)."""
    for module in modules:
        for prerequisite in module.prerequisites:
            if prerequisite not in codes:
                check.problem(
                    f"modules ({module.code}).prerequisites",
                    _("{prerequisite!r} is not a module of this curriculum").format(
                        prerequisite=prerequisite
                    ),
                )
        for required in module.instructor_requires:
            if required not in codes:
                check.problem(
                    f"modules ({module.code}).instructor_requires",
                    f"{required!r} is not a module of this curriculum",
                )
    graph = {module.code: module.prerequisites for module in modules}
    for problem in prerequisite_problems(graph):
        check.problem("modules", problem)


def _toml_data(text: str, source: str) -> dict[str, Any]:
    """The TOML document, or a CurriculumError if it is not one or is out of all proportion."""
    if len(text) > MAX_CURRICULUM_BYTES:
        raise CurriculumError(source, [too_large()])
    # tomllib nests by recursion, and RecursionError would be a bug to the user: too deep
    # values are refused before it reads them.
    line = line_nested_too_deep(text, MAX_NESTING)
    if line is not None:
        raise CurriculumError(source, [too_deep(f"line {line}")])
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise CurriculumError(
            source, [_("is not valid TOML ({error})").format(error=error)]
        ) from None
    except RecursionError:  # should the scan above ever be outwitted
        raise CurriculumError(source, [too_deep("the file")]) from None


def parse_curriculum(text: str, source: str = "curriculum") -> CurriculumSpec:
    """Validate curriculum TOML and return it, or raise CurriculumError listing every problem."""
    data = _toml_data(text, source)
    check = _Checker()
    header = data.get("curriculum")
    if not isinstance(header, dict):
        check.problem("[curriculum]", _("is missing; it gives the version and title"))
        header = {}
    version = check.text(
        header, "version", "curriculum", limit=column_length(CurriculumVersion.label)
    )
    if version and not version.isprintable():
        # A label that names the version in messages and menus, on one line.
        check.problem(
            "curriculum.version",
            _("{version!r} must be one line of plain text").format(version=version),
        )
        version = ""
    title = check.text(header, "title", "curriculum", limit=column_length(CurriculumVersion.title))
    requires_vetting = header.get("requires_vetting", False)
    if not isinstance(requires_vetting, bool):
        check.problem(
            "curriculum.requires_vetting",
            _("must be true or false, not {requires_vetting!r}").format(
                requires_vetting=requires_vetting
            ),
        )
        requires_vetting = False
    roles = _read_roles(check, data)
    role_codes = {role.code for role in roles}
    modules: list[ModuleSpec] = []
    seen: set[str] = set()
    tables = check.tables(data, "modules", "")
    if len(tables) > MAX_MODULES:
        # Refused before each module is read: the rest would take long and say little.
        check.problem("modules", too_many_modules(len(tables)))
        raise CurriculumError(source, check.problems)
    declared = {table["code"] for table in tables if isinstance(table.get("code"), str)}
    for index, table in enumerate(tables, start=1):
        module = _read_module(check, table, index, role_codes)
        if module is None:
            continue
        if module.code in seen:
            check.problem(
                f"modules[{index}].code",
                _("module {code} is defined twice").format(code=module.code),
            )
            continue
        seen.add(module.code)
        modules.append(module)
    if not modules and not check.problems:
        check.problem("modules", _("the curriculum has no modules"))
    requirements = sum(len(module.requirements) for module in modules)
    if requirements > MAX_REQUIREMENTS:
        check.problem("modules", too_many_requirements(requirements))
    _check_prerequisites(check, modules, declared)
    unknown = set(data) - {"curriculum", "roles", "modules"}
    if unknown:
        check.problem("(top level)", f"unknown section(s) {', '.join(sorted(unknown))}")
    if check.problems:
        raise CurriculumError(source, check.problems)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return CurriculumSpec(
        version, title, roles, tuple(modules), sha256=digest, requires_vetting=requires_vetting
    )


def read_curriculum_file(path: Path) -> CurriculumSpec:
    """Read a curriculum file from disk, with plain errors for unreadable files."""
    try:
        if path.stat().st_size > MAX_CURRICULUM_BYTES:
            raise CurriculumError(str(path), [too_large()])
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise CurriculumError(str(path), [_("there is no such file")]) from None
    except IsADirectoryError:
        raise CurriculumError(str(path), [_("is a folder, not a curriculum file")]) from None
    except UnicodeDecodeError:
        raise CurriculumError(str(path), [_("is not a UTF-8 text file")]) from None
    except OSError as error:
        raise CurriculumError(
            str(path), [_("cannot be read ({strerror})").format(strerror=error.strerror)]
        ) from None
    return parse_curriculum(text, source=str(path))


def default_curriculum() -> CurriculumSpec:
    """The shared curriculum shipped with the program."""
    resource = resources.files("mss_training.resources") / "curriculum" / DEFAULT_CURRICULUM
    return parse_curriculum(resource.read_text(encoding="utf-8"), source=DEFAULT_CURRICULUM)


def check_module(table: dict[str, Any], role_codes: set[str], source: str) -> ModuleSpec:
    """One module as a form or file gives it, validated by the same rules as a whole file."""
    check = _Checker()
    module = _read_module(check, table, 1, role_codes)
    if module is None or check.problems:
        problems = [problem.replace("modules[1] ", "").lstrip(". ") for problem in check.problems]
        raise CurriculumError(source, problems)
    return module
