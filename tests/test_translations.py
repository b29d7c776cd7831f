"""The window's catalogues: complete, faithful to their source and to the code, compiled.

Each test fails with the entries to mend, so that whoever adds a window string knows what
to do: `make translations`, then translate the new entries (docs/translation.md).
"""

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("fr", "es", "ht")
TOOLS = Path(sys.executable).parent
# {0}, {name}, %n, %Ln, %1: what the code fills in.
PLACEHOLDER = re.compile(r"\{[A-Za-z0-9_]*\}|%L?n|%\d")
# One & before a letter marks the accelerator; && is a literal ampersand.
ACCELERATOR = re.compile(r"(?<!&)&(?=\w)")


@dataclass(frozen=True)
class Entry:
    context: str
    source: str
    translations: tuple[str, ...]
    unfinished: bool

    def where(self) -> str:
        return f"{self.context}: {self.source!r}"


def _entries(path: Path) -> list[Entry]:
    entries = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [form.text or "" for form in translation.iter("numerusform")]
            texts = tuple(forms) if message.get("numerus") == "yes" else (translation.text or "",)
            entries.append(
                Entry(
                    name,
                    message.findtext("source") or "",
                    texts,
                    translation.get("type") in {"unfinished", "vanished", "obsolete"},
                )
            )
    return entries


def _catalogue(language: str) -> Path:
    return FOLDER / f"mss_training_{language}.ts"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_entry_is_translated(language: str) -> None:
    entries = _entries(_catalogue(language))
    assert len(entries) > 400
    untranslated = [
        e.where() for e in entries if e.unfinished or not all(t.strip() for t in e.translations)
    ]
    assert untranslated == [], "translate these (docs/translation.md)"


def _mismatched(language: str, marks: re.Pattern[str]) -> list[str]:
    """The translations whose ``marks`` differ from their source's."""
    return [
        f"{e.where()} -> {text!r}"
        for e in _entries(_catalogue(language))
        for text in e.translations
        if Counter(marks.findall(text)) != Counter(marks.findall(e.source))
    ]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_placeholder_is_kept(language: str) -> None:
    assert _mismatched(language, PLACEHOLDER) == [], "keep the source's placeholders"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_accelerator_is_kept(language: str) -> None:
    lost = _mismatched(language, ACCELERATOR)
    assert lost == [], "give each translated label one & before its access key"


# What a botched merge of two catalogues leaves: an escape as text ("…amp;sesiones"), or
# the same words twice over ("Planificar las Planificar las …").
ESCAPE_AS_TEXT = re.compile(r"(?<!&)\b(?:amp|lt|gt|quot|apos);")
DOUBLED = re.compile(r"\b(\w+(?:\W+\w+){1,3})\W+\1\b")


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_translation_carries_the_debris_of_a_merge(language: str) -> None:
    debris = [
        f"{e.where()} -> {text!r}"
        for e in _entries(_catalogue(language))
        for text in e.translations
        if ESCAPE_AS_TEXT.search(text)
        or (DOUBLED.search(text.replace("&", "")) and not DOUBLED.search(e.source))
    ]
    assert debris == [], "write each translation once, as the reader sees it"


def _lupdate(sources: list[Path], catalogue: Path) -> None:
    subprocess.run(
        [str(TOOLS / "pyside6-lupdate"), "-silent", "-locations", "none", "-no-obsolete",
         *map(str, sources), "-ts", str(catalogue)],
        check=True, capture_output=True,
    )  # fmt: skip


def _sources(entries: list[Entry]) -> set[tuple[str, str]]:
    return {(e.context, e.source) for e in entries}


def test_the_catalogues_hold_every_string_of_the_window_and_no_other(tmp_path: Path) -> None:
    """lupdate over the code, into a copy, finds what the committed catalogue holds."""
    window = sorted((ROOT / "mss_training" / "ui").rglob("*.py"))
    for language in LANGUAGES:
        copy = tmp_path / _catalogue(language).name
        shutil.copy(_catalogue(language), copy)
        _lupdate(window, copy)
        committed, fresh = _sources(_entries(_catalogue(language))), _sources(_entries(copy))
        assert fresh - committed == set(), f"{language}: run `make translations`; new strings"
        assert committed - fresh == set(), f"{language}: run `make translations`; gone strings"


@pytest.mark.parametrize("language", (*LANGUAGES, "en"))
def test_the_compiled_catalogue_is_made_from_the_committed_one(
    language: str, tmp_path: Path
) -> None:
    compiled = tmp_path / f"{language}.qm"
    subprocess.run(
        [str(TOOLS / "pyside6-lrelease"), "-silent", str(_catalogue(language)),
         "-qm", str(compiled)],
        check=True, capture_output=True,
    )  # fmt: skip
    committed = _catalogue(language).with_suffix(".qm")
    assert committed.read_bytes() == compiled.read_bytes(), "run `make translations`"


def test_english_has_the_singular_of_every_count_and_no_other_string(tmp_path: Path) -> None:
    """English reads its sources as they are, except a count's singular ("1 day", not "1 days"):
    its catalogue holds just the strings with a count, with both forms."""
    english = _catalogue("en")
    copy = tmp_path / english.name
    shutil.copy(english, copy)
    subprocess.run(
        [str(TOOLS / "pyside6-lupdate"), "-silent", "-locations", "none", "-no-obsolete",
         "-pluralonly", *map(str, sorted((ROOT / "mss_training" / "ui").rglob("*.py"))),
         "-ts", str(copy)],
        check=True, capture_output=True,
    )  # fmt: skip
    entries = _entries(english)
    assert _sources(entries) == _sources(_entries(copy)), "run `make translations`"
    unfinished = [e.where() for e in entries if e.unfinished or len(set(e.translations)) != 2]
    assert unfinished == [], "give each count its singular and plural (docs/translation.md)"
    kept = [
        e.where()
        for e in entries
        for text in e.translations
        if Counter(PLACEHOLDER.findall(text)) != Counter(PLACEHOLDER.findall(e.source))
    ]
    assert kept == [], "keep the source's placeholders"  # fmt: skip


def test_no_window_string_hides_inside_an_f_string() -> None:
    """lupdate reads no tr() inside an f-string: such a string would never be translated."""
    hidden = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in sorted((ROOT / "mss_training" / "ui").rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(r"\{self\.tr\(", line)
    ]
    assert hidden == [], "look the string up with self.tr() before the f-string"
