"""The sentences services say to users (refusals, rejections), in the window's language.

Services write ``_("… {name} …").format(name=…)``: the sentence is looked up in the
language in use when it is raised. Babel extracts the marked sentences into
resources/messages/mss_training.pot and each language's <code>.po (`make translations`,
docs/translation.md); Python's own gettext reads the compiled .mo files, so running the
program needs no extra package. The window sets the language (``use_language``) when its
own changes; the command line leaves it in English, so that its output stays one thing
for scripts and for support.
"""

import functools
import gettext
from importlib.resources import as_file, files


class _InUse:
    """The process's language for these sentences (one window, one language at a time)."""

    code = "en"
    catalogue: gettext.NullTranslations = gettext.NullTranslations()


@functools.cache
def _catalogue(code: str) -> gettext.NullTranslations:
    compiled = files("mss_training.resources.messages") / f"{code}.mo"
    if not compiled.is_file():
        return gettext.NullTranslations()
    with as_file(compiled) as path, path.open("rb") as file:
        return gettext.GNUTranslations(file)


def use_language(code: str) -> None:
    """Say the services' sentences in ``code`` from now on (English when it has none)."""
    _InUse.code, _InUse.catalogue = code, _catalogue(code)


def counted_in(code: str, singular: str, plural: str, count: int) -> str:
    """``ngettext`` in ``code``, whatever the language in use (as ``said_in``)."""
    return _catalogue(code).ngettext(singular, plural, count)


def said_in(code: str, message: str) -> str:
    """``message`` (marked with ``N_``) in ``code``, whatever the language in use: for a
    document printed in its own language (a records pack's README), not for what the
    user is told."""
    return _catalogue(code).gettext(message)


def message_language() -> str:
    """The language the services speak now."""
    return _InUse.code


def _(message: str) -> str:
    """``message`` in the language in use (extracted by Babel)."""
    return _InUse.catalogue.gettext(message)


def ngettext(singular: str, plural: str, count: int) -> str:
    """The form of ``singular``/``plural`` that fits ``count`` in the language in use.

    Languages differ in which counts take which form (French says "1 ligne", "0 ligne"),
    so a sentence with a count is one entry with its forms, never a hand-made "s".
    """
    return _InUse.catalogue.ngettext(singular, plural, count)


def N_(message: str) -> str:  # noqa: N802 - gettext's name, which Babel reads
    """Mark ``message`` of a table for extraction; it is translated with ``_`` where said."""
    return message
