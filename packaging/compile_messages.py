"""Compile each language's .po of the services' sentences into the .mo the program reads.

Babel's own `pybabel compile` stamps the compiling minute into the .mo; this writes the
same catalogue with a fixed date, so that the committed .mo changes only when a sentence
does (tests/test_messages.py compares them). Run by `make translations`.
"""

import datetime as dt
import sys
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

FIXED = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


def compile_catalogue(po: Path, mo: Path) -> None:
    with po.open("rb") as file:
        catalogue = read_po(file, locale=po.stem)
    catalogue.creation_date = catalogue.revision_date = FIXED
    with mo.open("wb") as file:
        write_mo(file, catalogue, use_fuzzy=False)


if __name__ == "__main__":
    for name in sys.argv[1:]:
        compile_catalogue(Path(name), Path(name).with_suffix(".mo"))
