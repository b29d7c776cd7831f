"""A curriculum of any shape ends in a result or a plain refusal, within stated limits.

Before these limits, values nested 50,000 deep and a 10,000-module prerequisite chain listed
in reverse ended in RecursionError ("this is a bug"), and a 10,000-module curriculum loaded,
after which `readiness --brief` took 52 s and 1.8 GB.
"""

import sys
import time
import tomllib
from pathlib import Path

import pytest
import tomli_w
from hypothesis import assume, given
from hypothesis import strategies as st

from mss_training.cli import main
from mss_training.db import open_database
from mss_training.errors import CurriculumError, InputError
from mss_training.io.curriculum_file import parse_curriculum, read_curriculum_file
from mss_training.io.curriculum_limits import (
    MAX_CURRICULUM_BYTES,
    MAX_MODULES,
    MAX_NESTING,
    MAX_OBJECTIVES,
    MAX_PREREQUISITE_CHAIN,
    MAX_PREREQUISITES,
    MAX_REQUIREMENTS,
    MAX_REQUIREMENTS_PER_MODULE,
    MAX_ROLES,
)
from mss_training.io.toml_depth import line_nested_too_deep
from mss_training.services.curriculum_editing import save_module, start_draft
from tests.hostile.fuzzing import FUZZ, database_snapshot, refused_plainly
from tests.mission import ACTOR, Mission

HEAD = '[curriculum]\nversion = "big"\ntitle = "Big"\n\n[[roles]]\ncode = "POL"\nname = "Police"\n'


def _module(code: str, prerequisites: list[str] = (), extra: str = "") -> str:  # type: ignore[assignment]
    listed = ", ".join(f'"{p}"' for p in prerequisites)
    return (
        f'\n[[modules]]\ncode = "{code}"\ntitle = "{code}"\ncategory = "T"\n'
        f'hours = 1\ndelivery = "classroom"\nassessment = "attendance"\n'
        f"prerequisites = [{listed}]\n"
        f'requirements = [{{ role = "ALL", phase = "induction" }}]\n{extra}'
    )


def _chain(count: int) -> str:
    """``count`` modules, each needing the next, listed from the last to the first."""
    codes = [f"M{index}" for index in range(count)]
    modules = [
        _module(code, [codes[i + 1]] if i + 1 < count else []) for i, code in enumerate(codes)
    ]
    return HEAD + "".join(reversed(modules))


def _requirement(index: int) -> str:
    """A requirement of its own: for the contingent AAA, AAB, … (codes need not exist)."""
    code = "".join(chr(65 + index // 26**power % 26) for power in (2, 1, 0))
    return f'{{ role = "ALL", phase = "induction", contingent = "{code}" }}'


def _one_problem(text: str) -> str:
    with pytest.raises(CurriculumError) as caught:
        parse_curriculum(text, "big.toml")
    refused_plainly(caught.value)
    assert len(caught.value.problems) == 1, caught.value.problems
    return caught.value.problems[0]


@pytest.mark.parametrize(
    "value",
    [
        "[" * 50_000 + "]" * 50_000,
        "{a = " * 50_000 + "1" + "}" * 50_000,
        "[{a = " * 25_000 + "1" + "}]" * 25_000,
    ],
    ids=["arrays", "inline tables", "both"],
)
def test_values_nested_50000_deep_are_refused_in_one_sentence(value: str) -> None:
    started = time.perf_counter()
    text = HEAD + _module("A", extra=f"objectives = {value}\n")
    problem = _one_problem(text)
    line = text[: text.index("objectives")].count("\n") + 1
    assert problem == f"line {line} nests arrays or tables more than {MAX_NESTING} deep"
    assert time.perf_counter() - started < 5


def test_keys_dotted_50000_deep_are_refused_quickly() -> None:
    # tomllib takes two minutes over such a key, and Python cannot print what it makes.
    for text in ("a" + ".a" * 50_000 + " = 1", "[a" + ".a" * 50_000 + "]"):
        started = time.perf_counter()
        assert f"more than {MAX_NESTING} deep" in _one_problem(HEAD + text)
        assert time.perf_counter() - started < 5


def test_brackets_inside_strings_and_comments_are_not_nesting() -> None:
    brackets = "[" * 100 + "{" * 100
    text = (
        HEAD.replace('"Big"', f'"{brackets}"')
        + f"# {brackets}\n"
        + _module("A", extra=f"description = '''{brackets}'''\nobjectives = [\"{brackets}\"]\n")
    )
    assert parse_curriculum(text).title == brackets


def test_a_10000_module_chain_in_reverse_ends_in_one_sentence() -> None:
    text = _chain(10_000)
    assert len(text) < MAX_CURRICULUM_BYTES
    tight = text
    assert _one_problem(tight) == (
        f"modules: the curriculum has 10,000 modules; a curriculum may hold at most "
        f"{MAX_MODULES:,} modules"
    )


def test_the_prerequisite_check_does_not_recurse() -> None:
    """A long chain and a long circle are followed without Python's call stack."""
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(200)
    try:
        chain = _chain(MAX_PREREQUISITE_CHAIN)
        assert len(parse_curriculum(chain).modules) == MAX_PREREQUISITE_CHAIN
        circle = chain.replace("prerequisites = []", 'prerequisites = ["M0"]')
        problem = _one_problem(circle)
    finally:
        sys.setrecursionlimit(limit)
    assert "go round in a circle" in problem and "M0 -> M1 -> M2" in problem


def test_a_chain_longer_than_the_limit_is_refused() -> None:
    problem = _one_problem(_chain(MAX_PREREQUISITE_CHAIN + 1))
    assert problem.startswith(
        f"modules: a chain of prerequisites is {MAX_PREREQUISITE_CHAIN + 1} modules long"
    )
    assert f"at most {MAX_PREREQUISITE_CHAIN} modules long" in problem


def test_each_limit_is_stated_in_one_sentence() -> None:
    many_roles = "".join(
        f'\n[[roles]]\ncode = "R{i}"\nname = "Role {i}"\n' for i in range(MAX_ROLES + 1)
    )
    assert f"at most {MAX_ROLES:,} roles" in _one_problem(HEAD + many_roles + _module("A"))
    requirements = ", ".join(_requirement(i) for i in range(MAX_REQUIREMENTS_PER_MODULE + 1))
    crowded = HEAD + _module("A").replace(
        'requirements = [{ role = "ALL", phase = "induction" }]', f"requirements = [{requirements}]"
    )
    assert f"at most {MAX_REQUIREMENTS_PER_MODULE:,} requirements" in _one_problem(crowded)
    objectives = ", ".join(f'"Objective {i}"' for i in range(MAX_OBJECTIVES + 1))
    problem = _one_problem(HEAD + _module("A", extra=f"objectives = [{objectives}]\n"))
    assert f"at most {MAX_OBJECTIVES:,} objectives" in problem
    codes = [f"P{i}" for i in range(MAX_PREREQUISITES + 1)]
    wide = HEAD + _module("A", codes) + "".join(_module(code) for code in codes)
    assert f"at most {MAX_PREREQUISITES:,} prerequisites" in _one_problem(wide)


def test_too_many_requirements_in_all_is_refused() -> None:
    per_module = MAX_REQUIREMENTS // MAX_MODULES + 1
    requirements = ", ".join(_requirement(i) for i in range(per_module))
    modules = "".join(
        _module(f"M{i}").replace(
            'requirements = [{ role = "ALL", phase = "induction" }]',
            f"requirements = [{requirements}]",
        )
        for i in range(MAX_MODULES)
    )
    problem = _one_problem(HEAD + modules)
    assert f"at most {MAX_REQUIREMENTS:,} requirements in all" in problem


def test_a_file_larger_than_any_curriculum_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.toml"
    path.write_text(HEAD + "# " + "x" * MAX_CURRICULUM_BYTES + "\n", encoding="utf-8")
    with pytest.raises(CurriculumError) as caught:
        read_curriculum_file(path)
    refused_plainly(caught.value)
    assert f"larger than {MAX_CURRICULUM_BYTES:,} bytes" in str(caught.value)


def test_the_command_line_refuses_deep_nesting_plainly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "deep.toml"
    path.write_text(HEAD + _module("A", extra="objectives = " + "[" * 50_000 + "]" * 50_000))
    database = tmp_path / "new.sqlite"
    assert main(["--db", str(database), "init", "--curriculum", str(path)]) == 1
    error = capsys.readouterr().err
    assert "bug" not in error and f"more than {MAX_NESTING} deep" in error


def test_a_curriculum_at_the_module_limit_loads() -> None:
    text = HEAD + "".join(_module(f"M{i}") for i in range(MAX_MODULES))
    started = time.perf_counter()
    assert len(parse_curriculum(text).modules) == MAX_MODULES
    assert time.perf_counter() - started < 5


def test_the_curriculum_editor_keeps_to_the_same_limits(database_url: str) -> None:
    full = HEAD + "".join(_module(f"M{i}") for i in range(MAX_MODULES))
    with open_database(database_url) as database:
        Mission.set_up(database, curriculum=full)
        with database.transaction() as session:
            start_draft(session, "big-2", ACTOR)
        table = {
            "code": "NEW-1", "title": "New", "category": "Test", "hours": 1,
            "delivery": "classroom", "assessment": "attendance", "prerequisites": ["M1"],
        }  # fmt: skip
        before = database_snapshot(database)
        with pytest.raises(InputError) as caught, database.transaction() as session:
            save_module(session, "big-2", table, ACTOR)
        refused_plainly(caught.value)
        assert database_snapshot(database) == before
        assert f"{MAX_MODULES + 1:,} modules; a curriculum may hold at most" in str(caught.value)
        # A circle made one edit at a time is refused as in a file.
        with database.transaction() as session:
            save_module(session, "big-2", {**table, "code": "M0"}, ACTOR)
        with pytest.raises(InputError) as caught, database.transaction() as session:
            save_module(session, "big-2", {**table, "code": "M1", "prerequisites": ["M0"]}, ACTOR)
        refused_plainly(caught.value)
        assert "go round in a circle: M0 -> M1 -> M0" in str(caught.value)


def _depth(value: object) -> int:
    if isinstance(value, dict):
        return 1 + max(map(_depth, value.values()), default=0)
    if isinstance(value, list):
        return 1 + max(map(_depth, value), default=0)
    return 0


# Text made mostly of what the scan looks at: brackets, braces, dots, quotes, #, escapes.
tricky_text = st.one_of(st.text(), st.text(alphabet="[]{}.#\"'\\\n =,a", max_size=30))
toml_values = st.recursive(
    st.one_of(tricky_text, st.integers(), st.floats(allow_nan=False), st.booleans(), st.dates()),
    lambda children: st.one_of(
        st.lists(children, max_size=3), st.dictionaries(tricky_text, children, max_size=3)
    ),
    max_leaves=30,
)


@FUZZ
@given(value=toml_values, multiline=st.booleans())
def test_the_nesting_scan_passes_every_document_within_the_limit(
    value: object, multiline: bool
) -> None:
    """Brackets, braces, dots, quotes and # inside strings and keys are not nesting: any
    document nested within the limit, as a TOML writer lays it out, passes the scan."""
    document = {"x": value}
    assume(_depth(document) <= MAX_NESTING - 2)
    text = tomli_w.dumps(document, multiline_strings=multiline)
    assert line_nested_too_deep(text, MAX_NESTING) is None, text
    assert tomllib.loads(text) == document
