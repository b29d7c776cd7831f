"""The shared curriculum file: the shipped one is sound, and mistakes are named plainly."""

import re
from pathlib import Path

import pytest

from mss_training.db import open_database
from mss_training.domain import ALL_ROLES, Assessment, Phase
from mss_training.errors import CurriculumError, InputError
from mss_training.io.curriculum_file import (
    default_curriculum,
    parse_curriculum,
    read_curriculum_file,
)
from mss_training.services.curriculum import curriculum_view, install_curriculum
from mss_training.services.reference import add_missing_contingents
from tests.mission import ACTOR, RULES_CURRICULUM

VALID_MODULE = """
[curriculum]
version = "x"
title = "X"

[[roles]]
code = "FPU"
name = "FPU member"

[[modules]]
code = "UOF-101"
title = "Use of force"
category = "Use of force"
hours = 8
delivery = "classroom"
assessment = "scored"
pass_mark = 80
validity_months = 12
requirements = [{ role = "ALL", phase = "pre-deployment" }]
"""


def problems_of(text: str) -> list[str]:
    with pytest.raises(CurriculumError) as caught:
        parse_curriculum(text, source="test.toml")
    return caught.value.problems


def test_the_shipped_curriculum_covers_the_mission() -> None:
    spec = default_curriculum()
    codes = {module.code for module in spec.modules}
    titles = " ".join(module.title.lower() for module in spec.modules)
    for topic in (
        "mandate", "haiti", "command", "human rights", "protection of civilians",
        "conduct and discipline", "use of force", "arrest", "first aid", "creole",
        "safety and security", "firearms", "public order", "command responsibility", "driving",
        "medics", "trainers",
    ):  # fmt: skip
        assert topic in titles, topic
    validity = {module.code: module.validity_months for module in spec.modules}
    assert validity["FRM-101"] == 6 and validity["UOF-101"] == 12
    assert {"IPO", "FPU", "MIL", "CMD", "DRV", "MED", "INS"} <= {role.code for role in spec.roles}
    everyone = {
        module.code
        for module in spec.modules
        for requirement in module.requirements
        if requirement.role == ALL_ROLES and requirement.contingent is None
    }
    assert {"MAN-101", "UOF-101", "CDT-101", "HR-101"} <= everyone <= codes
    phases = {r.phase for module in spec.modules for r in module.requirements}
    assert phases == set(Phase)


def test_a_valid_module_reads_back_as_written() -> None:
    spec = parse_curriculum(VALID_MODULE)
    (module,) = spec.modules
    assert (module.assessment, module.pass_mark, module.validity_months) == (
        Assessment.SCORED,
        80.0,
        12,
    )


def test_bad_toml_names_the_line() -> None:
    (problem,) = problems_of('[curriculum]\nversion = "1"\ntitle = \n')
    assert "line 3" in problem


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (('pass_mark = 80', ''), "modules[1] (UOF-101).pass_mark: must be a number from 1 to 100"),
        (('pass_mark = 80', 'pass_mark = 180'), "pass_mark: must be a number from 1 to 100, not 180"),
        (('validity_months = 12', 'validity_months = "twelve"'), "validity_months: must be a whole number"),
        (('validity_months = 12', 'validity_months = 0'), "validity_months: must be a whole number from 1 to 120"),
        (('assessment = "scored"', 'assessment = "exam"'), 'assessment: must be one of "attendance", "pass_fail", "scored"'),
        (('role = "ALL"', 'role = "PILOT"'), "requirements[1].role: unknown role 'PILOT'"),
        (('phase = "pre-deployment"', 'phase = "predeployment"'), "requirements[1].phase: must be one of"),
        (('code = "UOF-101"', 'code = "use of force"'), "must look like UOF-101"),
        (('hours = 8', 'hours = -2'), "hours: must be a number from 0.5 to 400"),
        (('title = "Use of force"', ''), "modules[1] (UOF-101).title: is missing"),
        (('hours = 8', 'hours = 8\nduration = 3'), "unknown key(s) duration"),
    ],
)  # fmt: skip
def test_each_mistake_is_named_with_its_key(change: tuple[str, str], expected: str) -> None:
    old, new = change
    assert old in VALID_MODULE
    problems = problems_of(VALID_MODULE.replace(old, new, 1))
    assert any(expected in problem for problem in problems), problems


def test_all_problems_are_listed_at_once() -> None:
    broken = VALID_MODULE.replace("hours = 8", "hours = 0").replace('role = "ALL"', 'role = "X"')
    with pytest.raises(CurriculumError) as caught:
        parse_curriculum(broken, source="mission.toml")
    assert len(caught.value.problems) == 2
    assert str(caught.value).startswith("mission.toml has 2 problems:")


def test_duplicates_unknown_prerequisites_and_cycles_are_refused() -> None:
    twice = VALID_MODULE + VALID_MODULE.split("[[modules]]")[1].join(["\n[[modules]]", ""])
    assert any("defined twice" in p for p in problems_of(twice))
    unknown = VALID_MODULE.replace(
        "validity_months = 12", 'validity_months = 12\nprerequisites = ["HR-101"]'
    )
    assert any("'HR-101' is not a module" in p for p in problems_of(unknown))
    cycle = RULES_CURRICULUM.replace(
        'code = "ATT"', 'code = "ATT"\nprerequisites = ["PF"]'
    ).replace('code = "PF"', 'code = "PF"\nprerequisites = ["ATT"]')
    assert any("go round in a circle" in p for p in problems_of(cycle))


def test_unreadable_files_are_plain_errors(tmp_path: Path) -> None:
    with pytest.raises(CurriculumError, match="there is no such file"):
        read_curriculum_file(tmp_path / "missing.toml")
    binary = tmp_path / "curriculum.toml"
    binary.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(CurriculumError, match="not a UTF-8 text file"):
        read_curriculum_file(binary)


def test_loading_twice_changes_nothing_and_changed_content_needs_a_new_version(
    database_url: str,
) -> None:
    database = open_database(database_url)
    spec = parse_curriculum(RULES_CURRICULUM)
    with database.transaction() as session:
        add_missing_contingents(session, ACTOR)
        assert install_curriculum(session, spec, ACTOR).created
    with database.transaction() as session:
        assert not install_curriculum(session, spec, ACTOR).created
    edited = parse_curriculum(RULES_CURRICULUM.replace("hours = 2", "hours = 3"))
    with (
        pytest.raises(InputError, match="give the edited file a new version"),
        database.transaction() as session,
    ):
        install_curriculum(session, edited, ACTOR)
    newer = parse_curriculum(RULES_CURRICULUM.replace('version = "test-1"', 'version = "test-2"'))
    with database.transaction() as session:
        install_curriculum(session, newer, ACTOR)
    with database.reading() as session:
        view = curriculum_view(session)
    assert (view.version, view.status) == ("test-2", "published")
    database.close()


def test_a_broken_module_is_not_reported_again_as_a_missing_prerequisite() -> None:
    text = RULES_CURRICULUM.replace('code = "PF"', 'code = "PF"\nprerequisites = ["ATT"]')
    text = text.replace("hours = 2\n", "hours = -1\n", 1)  # ATT's hours
    assert problems_of(text) == ["modules[1] (ATT).hours: must be a number from 0.5 to 400, not -1"]


TRANSLATED_MODULE = VALID_MODULE.replace(
    'title = "Use of force"\n',
    'title.en = "Use of force"\ntitle.fr = "Usage de la force"\ntitle.ht = "Itilizasyon fòs"\n'
    'objectives.en = ["Apply proportionality."]\n'
    'objectives.es = ["Aplicar la proporcionalidad."]\n',
)


def test_module_texts_may_carry_translations() -> None:
    module = parse_curriculum(TRANSLATED_MODULE).modules[0]
    assert module.title == "Use of force" and module.objectives == ("Apply proportionality.",)
    assert module.translations_by_language() == {
        "fr": {"title": "Usage de la force"},
        "ht": {"title": "Itilizasyon fòs"},
        "es": {"objectives": ["Aplicar la proporcionalidad."]},
    }


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (('title.ht = "Itilizasyon fòs"', 'title.de = "Gewalt"'), "unknown language(s) de"),
        (('title.en = "Use of force"\n', ""), "title.en: is missing"),
        (('title.ht = "Itilizasyon fòs"', 'title.ht = ""'), "ht.title: must be a non-empty"),
        (('title.ht = "Itilizasyon fòs"', f'title.ht = "{"x" * 301}"'), "ht.title"),
        (
            ('objectives.es = ["Aplicar la proporcionalidad."]', "objectives.es = 3"),
            "list of texts",
        ),
    ],
)
def test_a_bad_translation_is_named(change: tuple[str, str], expected: str) -> None:
    with pytest.raises(CurriculumError, match=re.escape(expected)):
        parse_curriculum(TRANSLATED_MODULE.replace(*change))


def test_the_shipped_curriculum_titles_every_module_in_four_languages() -> None:
    for module in default_curriculum().modules:
        translations = module.translations_by_language()
        assert sorted(translations) == ["es", "fr", "ht"], module.code
        assert all(translations[language]["title"] != module.title for language in translations)
