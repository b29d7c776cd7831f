"""Qt's own translations (standard buttons, file dialogs) that the app folder carries.

The window loads ``qtbase_<code>.qm`` for French and Spanish from PySide6's translations
folder (mss_training/ui/language.py); Qt ships none for Haitian Creole, whose users get
Qt's own strings in French. PyInstaller's PySide6 hooks usually collect these files, but
which ones depends on the hook's version: the spec names them itself, at the place in the
app folder where PySide6 (and so the window) looks for them. Plain Python, so that
tests/test_packaging.py can check it without PyInstaller.
"""

from pathlib import Path

import PySide6

# The languages whose Qt strings the window shows (Creole uses French: QT_OWN_LANGUAGE).
QT_OWN_LANGUAGES = ("fr", "es")
# Where the wheels keep them: Qt/translations on Linux and macOS, translations on Windows.
_FOLDERS = ("Qt/translations", "translations")


def qt_own_translations() -> list[tuple[str, str]]:
    """(file, folder in the app) for each language's qtbase catalogue, as PyInstaller's
    ``datas`` takes them; the folder mirrors its place under the PySide6 package."""
    package = Path(PySide6.__file__).parent
    found = []
    for code in QT_OWN_LANGUAGES:
        for folder in _FOLDERS:
            catalogue = package / folder / f"qtbase_{code}.qm"
            if catalogue.is_file():
                found.append((str(catalogue), f"PySide6/{folder}"))
                break
        else:
            raise SystemExit(f"PySide6 has no qtbase_{code}.qm: the app folder needs it.")
    return found
