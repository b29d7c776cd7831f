"""The services' sentences in French, Spanish and Creole: complete catalogues, kept in step
with the code, and the sentences a training officer meets most said in their language."""

import ast
import gettext
import importlib.util
import re
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po

from mss_training.db import Database, open_database
from mss_training.domain import UserRole
from mss_training.errors import BundleError, CurriculumError
from mss_training.io.curriculum_file import default_curriculum
from mss_training.messages import message_language, ngettext, use_language
from mss_training.services.permissions import (
    Actor,
    Permission,
    PermissionDeniedError,
    require,
    visible_contingents,
)
from mss_training.services.roster_import import preview_roster_import
from mss_training.services.setup import set_up_database
from mss_training.sync.bundle import BundleReader
from tests.sheets import write_csv

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "messages"
LANGUAGES = ("fr", "es", "ht")
PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def _catalogue(path: Path) -> Catalog:
    with path.open("rb") as file:
        return read_po(file)


def _said(catalogue: Catalog) -> dict[str, str]:
    return {str(m.id): str(m.string) for m in catalogue if m.id}


@pytest.fixture
def language() -> Iterator[None]:
    yield
    use_language("en")


def _forms(catalogue: Catalog) -> Iterator[tuple[str, str]]:
    """(source, translation) of every entry, each plural form against its source."""
    for message in catalogue:
        if not message.id:
            continue
        if isinstance(message.id, tuple | list):
            singular, plural = message.id
            for index, said in enumerate(message.string or ()):
                yield (singular if index == 0 else plural), str(said)
        else:
            yield str(message.id), str(message.string or "")


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_sentence_is_translated_with_its_placeholders(code: str) -> None:
    with (FOLDER / f"{code}.po").open("rb") as file:
        catalogue = read_po(file, locale=code)  # the language's own number of plural forms
    assert len(_said(catalogue)) > 400
    assert any(isinstance(m.id, tuple) for m in catalogue), "counts have plural forms"
    untranslated = [m.id for m in catalogue if m.id and m.fuzzy]
    untranslated += [source for source, said in _forms(catalogue) if not said]
    assert untranslated == [], "translate these (docs/translation.md)"
    broken = [
        (source, said)
        for source, said in _forms(catalogue)
        if Counter(PLACEHOLDER.findall(source)) != Counter(PLACEHOLDER.findall(said))
    ]
    assert broken == [], "keep exactly the placeholders of the source"


def test_the_catalogues_hold_every_marked_sentence_and_no_other(tmp_path: Path) -> None:
    template = tmp_path / "fresh.pot"
    subprocess.run(
        [str(Path(sys.executable).parent / "pybabel"), "-q", "extract", "-F",
         str(ROOT / "babel.cfg"), "-k", "N_", "-k", "counted_in:2,3", "--no-location", "-o",
         str(template),
         str(ROOT / "mss_training")],
        check=True, capture_output=True,
    )  # fmt: skip
    fresh = set(_said(_catalogue(template)))
    assert fresh == set(_said(_catalogue(FOLDER / "mss_training.pot"))), "make translations"
    for code in LANGUAGES:
        assert set(_said(_catalogue(FOLDER / f"{code}.po"))) == fresh, "make translations"


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_compiled_catalogue_is_made_from_the_committed_one(code: str, tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location(
        "compile_messages", ROOT / "packaging" / "compile_messages.py"
    )
    assert spec is not None and spec.loader is not None
    compiler = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(compiler)
    compiled = tmp_path / f"{code}.mo"
    compiler.compile_catalogue(FOLDER / f"{code}.po", compiled)
    assert (FOLDER / f"{code}.mo").read_bytes() == compiled.read_bytes(), "make translations"
    with compiled.open("rb") as file:
        assert gettext.GNUTranslations(file).gettext("missing contingent") != "missing contingent"


COMMANDER = Actor("commander", UserRole.COMMANDER, frozenset({"JAM"}))


def _refusal(permission: Permission) -> str:
    with pytest.raises(PermissionDeniedError) as refused:
        require(COMMANDER, permission)
    return str(refused.value)


def test_a_refusal_is_said_in_the_language_in_use(language: None) -> None:
    english = "Commanders cannot revoke certificates; ask a coordinator or training officer."
    assert _refusal(Permission.REVOKE_CERTIFICATES) == english
    use_language("es")
    assert message_language() == "es"
    assert _refusal(Permission.REVOKE_CERTIFICATES) == (
        "Los comandantes no pueden revocar certificados; "
        "solicítelo a un coordinador u oficial de capacitación."
    )
    use_language("fr")
    assert _refusal(Permission.MANAGE_USERS) == (
        "Les commandants ne peuvent pas gérer les comptes utilisateurs ; "
        "adressez-vous à un administrateur."
    )
    use_language("ht")
    with pytest.raises(PermissionDeniedError, match="Kont ou limite a JAM; li pa ka montre KEN"):
        visible_contingents(COMMANDER, "ken")
    use_language("en")
    assert _refusal(Permission.REVOKE_CERTIFICATES) == english


@pytest.fixture
def site(database_url: str) -> Iterator[Database]:
    database = open_database(database_url)
    with database.transaction() as session:
        set_up_database(session, default_curriculum(), Actor("setup", UserRole.COORDINATOR))
    yield database
    database.close()


def test_a_roster_s_rejected_rows_are_explained_in_spanish(
    site: Database, tmp_path: Path, language: None
) -> None:
    path = tmp_path / "nomina.csv"
    write_csv(
        path,
        [
            ["service_number", "family_name", "given_names", "contingent", "gender"],
            ["GT-1", "López", "Ana", "GTM", "F"],
            ["", "Pérez", "Luis", "GTM", "M"],
            ["GT-3", "Díaz", "Eva", "Narnia", "F"],
            ["GT-4", "Ruiz", "Raúl", "GTM", "Q"],
        ],
    )
    use_language("es")
    with site.reading() as session:
        preview = preview_roster_import(session, path)
    assert {problem.row: problem.reason for problem in preview.rejected} == {
        3: "falta el número de placa",
        4: "contingente desconocido 'Narnia'",
        5: "sexo desconocido 'Q' (use F, M o X)",
    }


def test_a_sync_refusal_is_said_in_french(tmp_path: Path, language: None) -> None:
    not_a_bundle = tmp_path / "lot.mssync"
    not_a_bundle.write_text("rien", encoding="utf-8")
    use_language("fr")
    with pytest.raises(BundleError) as refused:
        BundleReader(not_a_bundle)
    assert str(refused.value) == (
        "lot.mssync n'est pas un lot de synchronisation, ou il est endommagé ou tronqué."
    )
    with pytest.raises(BundleError, match=r"^Le fichier .*absent\.mssync n.existe pas\.$"):
        BundleReader(tmp_path / "absent.mssync")


_BUILT_IN = {
    "ValueError", "TypeError", "KeyError", "RuntimeError", "AssertionError",
    "NotImplementedError", "OSError", "LookupError", "IndexError", "SystemExit",
}  # fmt: skip


def _plain_raises(path: Path) -> Iterator[str]:
    """Each ``raise …Error("…")`` of ``path`` whose sentence does not go through ``_()``."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)):
            continue
        called = node.exc.func
        name = called.id if isinstance(called, ast.Name) else getattr(called, "attr", "")
        said = node.exc.args[0] if node.exc.args else None
        plain = isinstance(said, ast.JoinedStr) or (
            isinstance(said, ast.Constant) and isinstance(said.value, str)
        )
        if name.endswith("Error") and name not in _BUILT_IN and plain:
            yield f"{path.relative_to(ROOT)}:{node.lineno}"


def test_every_sentence_the_services_raise_is_translatable() -> None:
    """What the window shows of a refusal is said through gettext, in every layer under it
    (the command line's own sentences stay English: README, docs/translation.md)."""
    package = ROOT / "mss_training"
    layers = [
        path
        for path in package.rglob("*.py")
        if not {"ui", "documents", "migrations"} & set(path.relative_to(package).parts)
        and not path.name.startswith("cli")
    ]
    assert len(layers) > 80
    untranslatable = [where for path in sorted(layers) for where in _plain_raises(path)]
    assert untranslatable == [], "say these with _() (docs/translation.md)"


def test_a_count_takes_the_language_s_plural_form(language: None) -> None:
    use_language("es")
    problems = ["falta el título", "falta la versión"]
    assert str(CurriculumError("plan.toml", problems)).splitlines()[0] == (
        "plan.toml tiene 2 problemas:"
    )
    use_language("fr")
    # French counts 0 and 1 in the singular.
    said = ngettext(
        "{count} earlier conflict was settled by a later edit.",
        "{count} earlier conflicts were settled by later edits.",
        0,
    )
    assert (
        said.format(count=0) == "0 conflit antérieur a été réglé par une modification ultérieure."
    )
    assert str(CurriculumError("plan.toml", [*problems, "x"])).startswith(
        "plan.toml a 3 problèmes :"
    )
