"""The wheel holds the whole program: every package and every resource file.

The package list in pyproject.toml is written by hand (resources/ is mapped into the
package), so a package or a kind of resource added later must be added there too, or
the installed program would fail where the checkout works. CI also builds the wheel and
runs the program from it (.ci/smoke.py).
"""

import fnmatch
import importlib.util
import tomllib
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def _configuration() -> dict[str, Any]:
    with (ROOT / "pyproject.toml").open("rb") as file:
        setuptools: dict[str, Any] = tomllib.load(file)["tool"]["setuptools"]
    return setuptools


def _package_folders() -> dict[str, Path]:
    """Every package of the tree, by the name it is installed under."""
    folders = {
        ".".join(path.parent.relative_to(ROOT).parts): path.parent
        for path in (ROOT / "mss_training").rglob("__init__.py")
        if "__pycache__" not in path.parts
    }
    resources = ROOT / "resources"
    for folder in [resources, *(p for p in resources.rglob("*") if p.is_dir())]:
        if folder.name != "__pycache__":
            name = ".".join(["mss_training", "resources", *folder.relative_to(resources).parts])
            folders[name] = folder
    return folders


def test_every_package_of_the_tree_is_in_the_wheel() -> None:
    listed = set(_configuration()["packages"])
    in_tree = set(_package_folders())
    assert in_tree - listed == set(), "add these to [tool.setuptools] packages"
    assert listed - in_tree == set(), "these listed packages no longer exist"


def test_every_resource_file_is_in_the_wheel() -> None:
    patterns: dict[str, list[str]] = _configuration()["package-data"]
    missed = []
    for name, folder in _package_folders().items():
        if not name.startswith("mss_training.resources"):
            continue
        for path in folder.iterdir():
            kept = any(fnmatch.fnmatch(path.name, p) for p in patterns.get(name, []))
            if path.is_file() and path.suffix not in {".py", ".pyc"} and not kept:
                missed.append(str(path.relative_to(ROOT)))
    assert missed == [], "add patterns for these to [tool.setuptools.package-data]"


def _packaging_module(name: str) -> Any:
    spec = importlib.util.spec_from_file_location(name, ROOT / "packaging" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_app_folder_carries_qt_s_own_translations_for_french_and_spanish() -> None:
    collected = _packaging_module("qt_translations").qt_own_translations()
    assert sorted(Path(source).name for source, _ in collected) == ["qtbase_es.qm", "qtbase_fr.qm"]
    for source, folder in collected:
        assert Path(source).is_file()
        # Kept where the frozen PySide6, and so the window's loader, looks for them.
        assert folder in ("PySide6/Qt/translations", "PySide6/translations")
    spec = (ROOT / "packaging" / "mss-training.spec").read_text(encoding="utf-8")
    assert "+ qt_own_translations()" in spec
