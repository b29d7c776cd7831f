"""The window's language: the Qt Linguist catalogues, Qt's own strings, dates and numbers,
and the services' sentences (mss_training.messages).

The catalogues are resources/translations/mss_training_<code>.qm (made by `make
translations`, docs/translation.md). Qt ships its own translations (standard buttons, file
dialogs) for French and Spanish but none for Haitian Creole: Creole users get Qt's own
strings in French, the written language of the Haitian National Police.

The choice is kept in the window's settings, per user (``language/users/<username>``) and
for the machine's next sign-in dialog (``language/last``). The window's widgets are built
in the language installed when they are made, so a new choice shows in the sign-in dialog
at once and in the main window the next time it is opened.
"""

import datetime as dt
import re
from importlib.resources import as_file, files
from pathlib import Path
from typing import TYPE_CHECKING

import PySide6
from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLibraryInfo,
    QLocale,
    QObject,
    QSettings,
    QTranslator,
)

from mss_training.messages import use_language

if TYPE_CHECKING:
    from mss_training.services.curriculum import ModuleView
    from mss_training.services.session_list import SessionDetail

SETTINGS_ORGANISATION = "MSS"
SETTINGS_APPLICATION = "MSS Training"
ENGLISH = "en"
# Each language under its own name, as a person looking for theirs would read it.
LANGUAGE_NAMES = {
    "en": "English",
    "fr": "Français",
    "es": "Español",
    "ht": "Kreyòl ayisyen",
}
# Dates and numbers: the mission's conventions for each language.
LOCALE_NAMES = {"en": "en_US", "fr": "fr_FR", "es": "es_ES", "ht": "ht_HT"}
QT_OWN_LANGUAGE = {"ht": "fr"}
LAST_KEY = "language/last"
_WEEKDAY = re.compile(r"dddd[,.]?\s*")


def app_settings() -> QSettings:
    """The window's settings (geometry, tab, language) for this user of the computer."""
    return QSettings(SETTINGS_ORGANISATION, SETTINGS_APPLICATION)


def system_language() -> str:
    """The system's language when the window speaks it, else English."""
    code = QLocale.system().name().split("_")[0]
    return code if code in LANGUAGE_NAMES else ENGLISH


def _user_key(username: str) -> str:
    return f"language/users/{username}"


def _known(value: object) -> str | None:
    return value if isinstance(value, str) and value in LANGUAGE_NAMES else None


def language_for(settings: QSettings, username: str | None = None) -> str:
    """``username``'s language, else the one last chosen here, else the system's."""
    chosen = _known(settings.value(_user_key(username))) if username else None
    return chosen or _known(settings.value(LAST_KEY)) or system_language()


def remember_language(settings: QSettings, code: str, username: str | None = None) -> None:
    """Keep ``code`` for ``username`` (when given) and for the next sign-in here."""
    settings.setValue(LAST_KEY, code)
    if username:
        settings.setValue(_user_key(username), code)


class _Translators(QObject):
    """The translators installed in the application; a child of it, so they live as long."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.setObjectName("mss-translators")
        self.code = ENGLISH
        self.installed: list[QTranslator] = []


def _translators() -> _Translators:
    application = QCoreApplication.instance()
    assert application is not None, "the application is made before its language is set"
    found = application.findChild(_Translators, "mss-translators")
    return found if isinstance(found, _Translators) else _Translators(application)


def current_language() -> str:
    """The language the window's strings are in now."""
    return _translators().code


def _catalogue(code: str) -> QTranslator | None:
    translator = QTranslator()
    with as_file(files("mss_training.resources.translations") / f"mss_training_{code}.qm") as qm:
        return translator if translator.load(str(qm)) else None


def qt_translation_folders() -> list[str]:
    """Where Qt's own catalogues may be: Qt's translations path, then the PySide6 package's
    folders (Qt/translations on Linux and macOS, translations on Windows), where the app
    folder keeps them too (packaging/qt_translations.py)."""
    package = Path(PySide6.__file__).parent
    return [
        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
        str(package / "Qt" / "translations"),
        str(package / "translations"),
    ]


def qt_own_catalogue(code: str) -> QTranslator | None:
    """Qt's own strings in ``code``, or in French for Creole (Qt ships no qtbase_ht)."""
    name = f"qtbase_{QT_OWN_LANGUAGE.get(code, code)}"
    for folder in qt_translation_folders():
        translator = QTranslator()
        if translator.load(name, folder):
            return translator
    return None


def apply_language(code: str) -> None:
    """Translate what is made from now on into ``code``, with its dates and numbers."""
    code = code if code in LANGUAGE_NAMES else ENGLISH
    state = _translators()
    for translator in state.installed:
        QCoreApplication.removeTranslator(translator)
    state.installed = []
    # English's own catalogue holds only its plural forms ("1 session", "2 sessions").
    own = (_catalogue(code),) if code == ENGLISH else (qt_own_catalogue(code), _catalogue(code))
    for loaded in own:
        if loaded is not None and QCoreApplication.installTranslator(loaded):
            state.installed.append(loaded)
    state.code = code
    QLocale.setDefault(QLocale(LOCALE_NAMES[code]))
    # The services' refusals and rejections, raised on the worker, in the same language.
    use_language(code)


def shown_date(day: dt.date) -> str:
    """``day`` as a sentence of the window's language says it (27 novembre 2026).

    Tables keep ISO dates (2026-11-27): they sort as text, and read the same to every
    contingent, whose habits of day and month order differ.
    """
    locale = QLocale()
    # The language's long form without the weekday: "27 de noviembre de 2026".
    pattern = _WEEKDAY.sub("", locale.dateFormat(QLocale.FormatType.LongFormat)).strip()
    return locale.toString(QDate(day.year, day.month, day.day), pattern)


def shown_number(value: int) -> str:
    """A count with the language's grouping (1,234 · 1 234 · 1.234)."""
    return QLocale().toString(value)


def module_named(module: "ModuleView") -> str:
    """A module as the window's lists name it: its code and its title in the window's
    language where the curriculum translates it ("MAN-101 · El mandato y su marco jurídico")."""
    return f"{module.code} · {module.title_in(current_language())}"


def session_module(detail: "SessionDetail") -> str:
    """A session's module as its dialogs name it: its code and the title its details were
    read with (``session_detail(…, language)``), "UOF-101 · Uso de la fuerza…"."""
    line = detail.line
    return f"{line.module} · {detail.module_title}" if detail.module_title else line.module


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate reads
    """Mark ``text`` of a table for extraction into ``context``; it is translated where shown.

    Qt's own marker is typed as returning ``object``; this one keeps the table's ``str``.
    """
    return text
