"""Sites stored as the code of an earlier format left them (tests/data/*/README.md), with the
certificates they printed: opened as a copy and upgraded, then verified and forged against."""

import datetime as dt
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from reportlab.lib.colors import white
from reportlab.pdfgen.canvas import Canvas

from mss_training.db import Database, open_database
from mss_training.documents.fonts import SANS
from mss_training.services.certificates import Verification, verify_pdf


@contextmanager
def stored_site(
    fixture: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Database]:
    """A copy of the site stored in ``fixture``, with its signing keys, upgraded on opening."""
    # A copy, since opening upgrades the database and the stored one must stay as it was.
    shutil.copytree(fixture / "keys", tmp_path / "keys")
    monkeypatch.setenv("MSS_TRAINING_KEYS", str(tmp_path / "keys"))
    shutil.copy(fixture / "site.sqlite", tmp_path / "site.sqlite")
    database = open_database(f"sqlite:///{tmp_path / 'site.sqlite'}")
    try:
        yield database
    finally:
        database.close()


def verified(
    database: Database, pdf: bytes, tmp_path: Path, today: dt.date | None = None
) -> list[Verification]:
    """What verifying ``pdf`` as a file says of each of its pages."""
    path = tmp_path / "checked.pdf"
    path.write_bytes(pdf)
    with database.reading() as session:
        return verify_pdf(session, path, today)


def cover_and_write(
    x: float, y: float, width: float, text: str, *, height: float
) -> Callable[[Canvas], None]:
    """A white box over what the page printed there, and other words over it."""

    def draw(canvas: Canvas) -> None:
        canvas.setFillColor(white)
        canvas.rect(x - width / 2, y - 4, width, height, stroke=0, fill=1)
        canvas.setFillColorRGB(0, 0, 0)
        canvas.setFont(SANS, 11)
        canvas.drawCentredString(x, y, text)

    return draw
