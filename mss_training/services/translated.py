"""What the curriculum says of a module in a reader's language: the one rule every screen,
document and sentence follows (a module's ``title.fr = …`` in the curriculum file)."""

from collections.abc import Mapping
from typing import Any

Translations = Mapping[str, Mapping[str, Any]] | None


def translated(
    english: Any, translations: Translations, language: str, field: str = "title"
) -> Any:
    """``field`` in ``language`` where the curriculum translates it, else the ``english``."""
    return ((translations or {}).get(language) or {}).get(field) or english
